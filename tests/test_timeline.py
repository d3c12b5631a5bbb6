"""Canonical cluster linking and cluster timelines (merging reports, flagging contradictions)."""

import csv
import io
import json

import pytest

from nicextract.cli import main
from nicextract.lexicons.clusters import ClusterEntry, ClusterGazetteer
from nicextract.linking import ClusterLinker, core
from nicextract.timeline import build_timelines, format_csv, format_json, format_table

GAZETTEER = ClusterGazetteer([
    ClusterEntry("Eyde-klyngen", aliases=("NCE Eyde", "Eyde Cluster"), former_names=("Arena Eyde",)),
    ClusterEntry("NCE Energy Technology", aliases=("Subsea Valley",), former_names=("Arena Subsea Valley",)),
    ClusterEntry("Arena Heidner", aliases=("Heidner",)),
    ClusterEntry("Oslo Cancer Cluster", aliases=("OCC",)),
])


def status(doc, cluster, level, year, action="granted", aliases=()):
    return {"type": "status", "cluster": cluster, "aliases": list(aliases), "status": level, "action": action,
            "year": year, "place": None, "previous_status": None, "doc_id": doc,
            "evidence": {"start": 0, "end": 10, "text": f"{cluster} …"}}


def rename(doc, old, new):
    return {"type": "rename", "old": old, "new": new, "doc_id": doc, "evidence": {"start": 0, "end": 5, "text": "…"}}


def linker(events=()):
    return ClusterLinker.from_events(events, GAZETTEER)


@pytest.mark.parametrize("name", ["NCE Eyde", "Eyde", "Eyde-klyngen", "EYDE-KLYNGEN", "Eyde–klyngen",
                                  "Eydeklyngen", "Arena Eyde", "eyde cluster", "GCE Eyde", "Arena Pro Eyde"])
def test_status_prefixes_suffixes_case_and_dashes_link_to_one_gazetteer_cluster(name):
    cluster = linker().link(name)
    assert (cluster.key, cluster.name, cluster.known) == ("g:eyde klyngen", "Eyde-klyngen", True)


def test_core_drops_status_prefix_and_cluster_suffix():
    assert core("NCE Eyde") == core("Eyde-klyngen") == core("Arena Pro Eyde") == "eyde"
    assert core("Arena") == "arena"  # never empty


def test_dash_subtitle_links_through_its_head_or_tail():
    assert linker().link("OCC – Oslo Cancer Cluster").key == "g:oslo cancer cluster"
    assert linker().link("Heidner – bioøkonomi i Innlandet").key == "g:arena heidner"


def test_unknown_clusters_get_their_own_folded_key():
    lk = linker()
    keys = {lk.link(n).key for n in ("NCE Fjellmat", "Fjellmat-klyngen", "Fjellmat", "FJELLMAT")}
    assert keys == {"u:fjellmat"}
    assert lk.link("Fjordmat").key != "u:fjellmat"
    assert lk.link("Fjellmat").known is False


def test_renames_in_the_texts_join_names_and_give_the_current_name():
    lk = linker([rename("r1", "Arena Fjellmat", "Høyfjellsmat Cluster"), status("r2", "Fjellmat-klyngen", "ARENA", 2016)])
    old, new = lk.link("Fjellmat-klyngen"), lk.link("Høyfjellsmat Cluster")
    assert old == new and old.name == "Høyfjellsmat Cluster" and not old.known


def test_rename_to_an_unknown_name_keeps_the_gazetteer_key():
    lk = linker([rename("r1", "Arena Heidner", "Heidner Bioøkonomi")])
    cluster = lk.link("Heidner Bioøkonomi")
    assert cluster.key == "g:arena heidner" and cluster.name == "Heidner Bioøkonomi"


def test_event_aliases_join_unknown_names_but_never_two_gazetteer_clusters():
    lk = linker([status("r1", "Polar Cluster", "ARENA", 2018, aliases=["Polarklyngen"]),
                 status("r2", "NCE Eyde", "NCE", 2015, aliases=["Heidner"])])
    assert lk.link("Polarklyngen").key == lk.link("Polar Cluster").key
    assert lk.link("NCE Eyde").key != lk.link("Heidner").key


def test_reports_of_one_decision_merge_when_years_agree_or_one_is_missing():
    events = [status("a", "NCE Eyde", "NCE", 2015), status("b", "Eyde-klyngen", "NCE", None),
              status("a", "Eyde", "NCE", 2015), status("c", "Eyde", "GCE", 2020)]
    [t] = build_timelines(events, linker=linker(events))
    assert t.name == "Eyde-klyngen" and t.known
    assert [(d.status, d.year, d.documents) for d in t.history] == [("NCE", 2015, ["a", "b"]), ("GCE", 2020, ["c"])]
    assert t.contradictions == [] and not any(d.conflict for d in t.history)
    assert set(t.names) == {"NCE Eyde", "Eyde-klyngen", "Eyde"}


def test_different_years_for_one_level_and_action_are_flagged():
    events = [status("a", "NCE Eyde", "NCE", 2015), status("d", "Eyde-klyngen", "NCE", 2014),
              status("e", "Eyde", "NCE", None), status("f", "Eyde", "NCE", 2016, action="extended")]
    [t] = build_timelines(events, linker=linker(events))
    assert [(d.year, d.action, d.conflict) for d in t.history] == [
        (2014, "granted", True), (2015, "granted", True), (2016, "extended", False), (None, "granted", False)]
    [c] = t.contradictions
    assert c.kind == "year" and c.documents == ["a", "d"] and "2014" in c.detail and "2015" in c.detail


def test_different_levels_for_one_year_are_flagged():
    events = [status("a", "Fjellmat", "ARENA", 2017), status("b", "NCE Fjellmat", "NCE", 2017)]
    [t] = build_timelines(events, linker=linker(events))
    [c] = t.contradictions
    assert c.kind == "level" and c.documents == ["a", "b"] and all(d.conflict for d in t.history)


def test_cluster_filter_accepts_any_of_its_names():
    events = [status("a", "NCE Eyde", "NCE", 2015), status("b", "Fjellmat", "ARENA", 2017)]
    [t] = build_timelines(events, linker=linker(events), cluster="eyde-klyngen")
    assert t.key == "g:eyde klyngen"
    assert build_timelines(events, linker=linker(events), cluster="Ukjent klynge") == []


def test_output_formats():
    events = [status("a", "NCE Eyde", "NCE", 2015), status("d", "Eyde", "NCE", 2014), rename("a", "Arena Eyde", "NCE Eyde")]
    timelines = build_timelines(events, linker=linker(events))
    rows = list(csv.DictReader(io.StringIO(format_csv(timelines))))
    assert [(r["cluster"], r["year"], r["status"], r["documents"], r["conflict"]) for r in rows] == [
        ("Eyde-klyngen", "2014", "NCE", "d", "yes"), ("Eyde-klyngen", "2015", "NCE", "a", "yes")]
    [data] = json.loads(format_json(timelines))
    assert data["cluster"] == "Eyde-klyngen" and data["contradictions"][0]["kind"] == "year"
    assert data["history"][0]["sources"][0]["doc_id"] == "d"
    table = format_table(timelines)
    assert "Eyde-klyngen" in table and "contradiction (year)" in table and "!" in table


def test_timeline_command_over_a_database(tmp_path, capsys):
    records = [
        {"id": "r1", "published": "2016-05-02", "text": "Arena Fjordmat fikk status som Arena-klynge i 2016."},
        {"id": "r2", "published": "2021-06-20", "text": "Fjordmat-klyngen ble i dag tatt opp som NCE-klynge."},
        {"id": "r3", "published": "2019-05-01",
         "text": "Vestlandsmat Cluster – tidligere Arena Fjordmat – fikk status som Arena Pro i 2019."},
        {"id": "r4", "published": "2017-05-01", "text": "Fjordmat fikk status som Arena i 2017."},
        {"id": "r5", "published": "2020-06-01", "text": "NCE Eyde ble tildelt status som Global Centre of Expertise i 2020."},
        {"id": "r6", "published": "2020-06-02", "text": "Eyde-klyngen fikk GCE-status i 2020."},
    ]
    inputs = tmp_path / "records.jsonl"
    inputs.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "events.sqlite"
    assert main(["extract", str(inputs), "--db", str(db)]) == 0
    capsys.readouterr()

    assert main(["timeline", "--db", str(db), "--cluster", "Fjordmat", "--format", "json"]) == 0
    [fjordmat] = json.loads(capsys.readouterr().out)
    assert fjordmat["cluster"] == "Vestlandsmat Cluster"
    history = [(h["status"], h["year"], h["documents"]) for h in fjordmat["history"]]
    assert ("NCE", 2021, ["r2"]) in history and ("ARENA_PRO", 2019, ["r3"]) in history
    assert [c["kind"] for c in fjordmat["contradictions"]] == ["year"]  # Arena in 2016 or 2017?

    assert main(["timeline", "--db", str(db), "--cluster", "NCE Eyde", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["year"], r["status"], r["documents"]) for r in rows] == [("2020", "GCE", "r5; r6")]

    assert main(["timeline", "--db", str(db)]) == 0
    assert "Vestlandsmat Cluster" in capsys.readouterr().out


def test_timeline_without_database_says_how_to_make_one(tmp_path, capsys):
    assert main(["timeline", "--db", str(tmp_path / "none.sqlite")]) == 2
    assert "extract" in capsys.readouterr().err
