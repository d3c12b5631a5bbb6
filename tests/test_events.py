"""Events from hand-written releases: trigger families, list structures,
Nynorsk, negatives, anaphora and year resolution."""

import pytest


def one(found):
    assert len(found) == 1, found
    return found[0]


def brief(found):
    return sorted((e["cluster"], e["status"], e["action"], e["year"]) for e in found)


# -- trigger families -----------------------------------------------------------

@pytest.mark.parametrize("sentence,status,action", [
    ("Fjordkraft Cluster får status som Arena-klynge.", "ARENA", "granted"),
    ("Fjordkraft Cluster har fått NCE-status.", "NCE", "granted"),
    ("Fjordkraft Cluster blir ny Arena Pro-klynge.", "ARENA_PRO", "granted"),
    ("Fjordkraft Cluster er tildelt status som Global Centre of Expertise.", "GCE", "granted"),
    ("Fjordkraft Cluster er tatt opp i klyngeprogrammet som Arena-prosjekt.", "ARENA", "granted"),
    ("Fjordkraft Cluster avanserer til NCE-nivå.", "NCE", "granted"),
    ("Fjordkraft Cluster er oppgradert fra Arena til NCE.", "NCE", "granted"),
    ("Fjordkraft Cluster er utnevnt til Norwegian Centre of Expertise.", "NCE", "granted"),
    ("Fjordkraft Cluster får forlenget status som Arena-prosjekt for to nye år.", "ARENA", "extended"),
    ("Fjordkraft Cluster har fått status som moden klynge.", "MATURE", "granted"),
])
def test_trigger_families(events, sentence, status, action):
    e = one(events(sentence, published="2022-06-01", kind="status"))
    assert (e["cluster"], e["status"], e["action"], e["year"]) == ("Fjordkraft Cluster", status, action, 2022)


def test_upgrade_sets_previous_status(events):
    e = one(events("Fjordkraft Cluster er oppgradert fra Arena til NCE.", published="2022", kind="status"))
    assert e["previous_status"] == "ARENA"


# -- structures -------------------------------------------------------------------

def test_coordinated_list_with_places(events):
    found = events("Fire nye klynger får Arena-status: Kystlys Cluster i Bodø, Arena Fjellmat, Vindkraft Cluster i Tromsø "
                   "og Arena Tresmak i Hamar.", published="2023-06-20", kind="status")
    assert brief(found) == [("Arena Fjellmat", "ARENA", "granted", 2023), ("Arena Tresmak", "ARENA", "granted", 2023),
                            ("Kystlys Cluster", "ARENA", "granted", 2023), ("Vindkraft Cluster", "ARENA", "granted", 2023)]
    places = {e["cluster"]: e["place"] for e in found}
    assert places["Kystlys Cluster"] == "Bodø" and places["Arena Tresmak"] == "Hamar"


def test_bullet_list_under_heading(events):
    text = ("Næringsklynger med ny status\n\nDe tre nye Arena-prosjektene er:\n\n  • Havlys, Troms\n  • Skogkraft Nord, Nordland\n"
            "  • Arena Fjordsmak, Vestland\n\nStatssekretæren gratulerer.")
    found = events(text, published="2013-06-01", kind="status")
    assert brief(found) == [("Arena Fjordsmak", "ARENA", "granted", 2013), ("Havlys", "ARENA", "granted", 2013),
                            ("Skogkraft Nord", "ARENA", "granted", 2013)]
    assert {e["cluster"]: e["place"] for e in found}["Havlys"] == "Troms"


def test_apposition_with_based_adjective(events):
    e = one(events("Den Tromsø-baserte klyngen Arctic Sea Cluster har fått GCE-status.", published="2019-06-01", kind="status"))
    assert (e["cluster"], e["status"], e["place"]) == ("Arctic Sea Cluster", "GCE", "Tromsø")


def test_heading_and_body_give_one_event(events):
    text = "Arctic Sea Cluster blir GCE\n\nArctic Sea Cluster i Tromsø blir i dag Global Centre of Expertise, melder departementet."
    assert len(events(text, published="2019-06-01", kind="status")) == 1


def test_two_decisions_in_one_sentence(events):
    found = events("Kystlys Cluster ble tildelt NCE-status, mens Fjellmat Cluster og Havlys Cluster blir nye Arena-klynger.",
                   published="2016-06-20", kind="status")
    assert sorted((e["cluster"], e["status"]) for e in found) == [
        ("Fjellmat Cluster", "ARENA"), ("Havlys Cluster", "ARENA"), ("Kystlys Cluster", "NCE")]


def test_hub_node_names_its_hub(events):
    text = ("Fiskenett Senja blir en av to nye Hub-noder. Nettverket har 20 bedrifter. "
            "NCE Aquatech er hub-en i samarbeidet.")
    e = one(events(text, published="2021-11-01", kind="status"))
    assert (e["cluster"], e["status"], e["hub"]) == ("Fiskenett Senja", "HUB_NODE", "NCE Aquatech")


# -- Nynorsk ------------------------------------------------------------------------

def test_nynorsk_triggers(events):
    found = events("Næringsklyngja Fjordlys Cluster i Sogndal fekk i dag status som Arena-klynge, og Kystkraft Cluster vart NCE.",
                   published="2018-06-15", kind="status")
    # "vart NCE" in the plain past of a news report: the publication year (ANNOTATION.md)
    assert brief(found) == [("Fjordlys Cluster", "ARENA", "granted", 2018), ("Kystkraft Cluster", "NCE", "granted", 2018)]


# -- negatives ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Fjordkraft Cluster fikk ikke GCE-status i år.",
    "Fjordkraft Cluster har vært Arena-klynge i fem år.",
    "Fjordkraft Cluster har siden 2006 hatt status som NCE.",
    "Fjordkraft Cluster er en NCE-klynge med 80 medlemmer.",
    "Fjordkraft Cluster søker om NCE-status neste år.",
    "Fjordkraft Cluster ønsker å få status som Arena Pro.",
    "Klynger som får status som Arena, får støtte i tre år.",
    "Fjordkraft Cluster vant prisen for årets klynge.",
])
def test_not_events(events, sentence):
    assert events(sentence, published="2022-01-01", kind="status") == []


# -- anaphora and year resolution ---------------------------------------------------------

def test_anaphor_takes_the_name_from_earlier_text(events):
    text = "Om Fjordkraft Cluster\n\nKlyngen består av 50 bedrifter. I 2014 ble klyngen tildelt status som GCE."
    e = one(events(text, published="2020-05-05", kind="status"))
    assert (e["cluster"], e["status"], e["year"]) == ("Fjordkraft Cluster", "GCE", 2014)


def test_year_from_sentence_beats_publication_date(events):
    e = one(events("Fjordkraft Cluster fikk NCE-status i 2015.", published="2016-09-29", kind="status"))
    assert e["year"] == 2015


def test_present_tense_without_published_has_no_year(events):
    e = one(events("Fjordkraft Cluster får status som Arena-klynge.", kind="status"))
    assert e["year"] is None


def test_relative_date_resolves_against_published(events):
    e = one(events("Fjordkraft Cluster ble i dag tildelt NCE-status.", published="2011-06-14", kind="status"))
    assert e["year"] == 2011


def test_boilerplate_dates_do_not_set_the_year(events):
    text = ("Fjordkraft Cluster får status som Arena-klynge.\n\nSiste pressemeldinger\n\n"
            "Ny fabrikk åpnet på Mo14.3.2024 10:00:00 CET | Pressemelding")
    e = one(events(text, published="2021-11-01", kind="status"))
    assert e["year"] == 2021


# -- funding ----------------------------------------------------------------------

def test_funding_group_per_year_and_ellipsis(events):
    found = events("De nye NCE-klyngene mottar i snitt seks millioner kroner i året, mens Arena-klyngene får 2,5 millioner kroner.",
                   published="2018-06-01", kind="funding")
    got = sorted((e["recipient_kind"], e["status"], e["amount_nok"], e["per_year"]) for e in found)
    assert got == [("status_group", "ARENA", 2_500_000, True), ("status_group", "NCE", 6_000_000, True)]


def test_funding_range_each_cluster(events):
    text = "Arena-programmet har nye klynger i år. Hver klynge kan motta 2 – 3 millioner kroner i årlig støtte i tre år."
    e = one(events(text, published="2013", kind="funding"))
    assert (e["recipient_kind"], e["amount_nok"], e["amount_max_nok"], e["per_year"], e["years"], e["status"]) == \
        ("status_group", 2_000_000, 3_000_000, True, 3, "ARENA")


def test_programme_budget(events):
    e = one(events("For 2024 er det budsjettert med 230 millioner kroner til klyngeprogrammet.", published="2023-11-01", kind="funding"))
    assert (e["recipient_kind"], e["amount_nok"], e["per_year"], e["year"]) == ("programme", 230_000_000, False, 2024)


def test_named_cluster_funding(events):
    e = one(events("Fjordkraft Cluster mottar 4 millioner kroner i årlig støtte fra klyngeprogrammet.", published="2022", kind="funding"))
    assert (e["recipient_kind"], e["recipient"], e["amount_nok"], e["per_year"]) == ("cluster", "Fjordkraft Cluster", 4_000_000, True)


@pytest.mark.parametrize("sentence", [
    "Innovasjon Norge har innvilget 7,5 millioner kroner i tilskudd til Havfisk AS.",
    "Bedriftene i klyngen har en samlet omsetning på 62 milliarder kroner.",
    "Et Arena-prosjekt vil normalt ha en kostnadsramme på 3-5 millioner kroner per år.",
    "Fjordkraft Cluster er òg partnar i eit EU-prosjekt med ei ramme på 12 millionar euro.",
    "Fjordkraft Cluster får 3 millioner dollar fra et amerikansk fond.",
    "I tillegg har Kongsberg kommune bevilget 500 000 kroner til et eget sekretariat for Fjordkraft Cluster.",
])
def test_money_that_is_not_programme_funding(events, sentence):
    assert events(sentence, published="2020", kind="funding") == []


# -- rename ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Fjordkraft Cluster – tidligere Arena Vannkraft – får NCE-status.",
    "Fjordkraft Cluster (tidligere Arena Vannkraft) får NCE-status.",
    "Fjordkraft Cluster er det tidligere Arena Vannkraft.",
    "Klyngen endret navn fra Arena Vannkraft til Fjordkraft Cluster i fjor.",
    "Fjordkraft Cluster i Sogndal, som fram til i år het Arena Vannkraft, har 40 medlemmer.",
    "Fjordkraft Cluster ble tatt opp i Arena-programmet i 2012 under navnet Arena Vannkraft.",
    "Fjordkraft Cluster startet som Arena Vannkraft og er fortsatt Arena-klynge.",
    "Nye Arena-klynger:\n– Fjordkraft Cluster, Kristiansund – tidligere Arena Vannkraft\n",
    "Året etter fulgte Arena Vannkraft i Sogndal, i dag Fjordkraft Cluster.",
    "I tillegg avanserer kraftklyngen Arena Vannkraft fra Arena til NCE, og skifter samtidig navn til Fjordkraft Cluster.",
    "Nye klynger:\n• Fjordkraft Cluster, Sunnhordland og Hardanger (tidligere Arena Vannkraft)\n",
])
def test_rename(events, sentence):
    e = one(events(sentence, published="2020", kind="rename"))
    assert (e["old"], e["new"]) == ("Arena Vannkraft", "Fjordkraft Cluster")


@pytest.mark.parametrize("text", [
    "Fjordkraft Cluster får NCE-status. Klyngen het tidligere Arena Vannkraft.",
    "Fjordkraft Cluster får NCE-status. Klynga heitte tidlegare Arena Vannkraft.",
    "Fjordkraft Cluster får NCE-status. Klyngen, som tidligere var kjent som Arena Vannkraft, har 60 medlemmer.",
    "Fjordkraft Cluster får NCE-status.\n\nDen het tidligere Arena Vannkraft.",
])
def test_rename_with_an_anaphor_for_the_new_name(events, text):
    e = one(events(text, published="2020", kind="rename"))
    assert (e["old"], e["new"]) == ("Arena Vannkraft", "Fjordkraft Cluster")
    assert e["evidence"]["text"].rstrip(".").endswith(("Vannkraft", "medlemmer"))


@pytest.mark.parametrize("text", [
    "Fjordkraft Cluster får NCE-status. Bedriften het tidligere Arena Vannkraft.",  # no anaphor for the cluster
    "Klyngen het tidligere Arena Vannkraft.",  # nothing for it to refer to
])
def test_no_rename_without_a_cluster_to_refer_to(events, text):
    assert events(text, published="2020", kind="rename") == []


def test_evidence_slices_the_text(extractor):
    text = "Innledning.\n\nFjordkraft Cluster får status som Arena-klynge i dag."
    for e in extractor.extract(text, published="2020-02-02"):
        assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
        for start, end in e["spans"].values():
            assert 0 <= start < end <= len(text)


def test_a_past_name_of_a_descriptive_subject_is_no_rename(events):
    text = "Stord-klyngen, som ble etablert som Arena-prosjekt under navnet Arena Havkraft, får nå NCE-status."
    assert events(text, published="2014", kind="rename") == []
