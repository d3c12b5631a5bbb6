"""The scorer follows ANNOTATION.md's matching rules."""

from nicextract.evaluation.scoring import Report, match_events, score_document, status_strict

GOLD = {"type": "status", "cluster": "NCE iKuben – Rapid Transformation", "aliases": ["iKuben"],
        "status": "NCE", "action": "granted", "year": 2017}


def pred(**kw):
    return {**{"type": "status", "cluster": "iKuben", "status": "NCE", "action": "granted", "year": 2017}, **kw}


def test_alias_casefold_and_dash_folding_match():
    assert status_strict(pred(cluster="IKUBEN"), GOLD)
    assert status_strict(pred(cluster="NCE iKuben - Rapid  Transformation"), GOLD)
    assert not status_strict(pred(year=2016), GOLD)


def test_duplicate_prediction_is_a_false_positive():
    counts, extras, misses, _ = match_events([pred(), pred()], [GOLD], status_strict)
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_optional_gold_is_neither_right_nor_wrong():
    optional = {**GOLD, "optional": True}
    counts, *_ = match_events([pred()], [optional], status_strict)
    assert (counts.tp, counts.fp, counts.fn) == (0, 0, 0)
    counts, *_ = match_events([], [optional], status_strict)
    assert counts.fn == 0


def test_entities_need_exact_offsets_and_label():
    report = Report()
    gold = [{"start": 0, "end": 5, "label": "PLACE"}, {"start": 10, "end": 14, "label": "DATE"}]
    predicted = [{"start": 0, "end": 5, "label": "PLACE"}, {"start": 10, "end": 15, "label": "DATE"}]
    score_document(report, "x", "Bergen og i 2012 er", gold, [], predicted, [])
    assert report.entities["PLACE"].tp == 1
    assert report.entities["DATE"].fp == 1 and report.entities["DATE"].fn == 1


def test_funding_compares_amounts_kind_and_duration():
    from nicextract.evaluation.scoring import funding_match
    gold = {"type": "funding", "recipient": "hver klynge", "recipient_kind": "status_group", "amount_nok": 1500000,
            "amount_max_nok": 2500000, "per_year": True, "years": None}
    assert funding_match({**gold, "recipient": "Hver klynge"}, gold)
    assert not funding_match({**gold, "per_year": False}, gold)
    assert not funding_match({**gold, "recipient_kind": "programme"}, gold)


def test_a_cluster_recipient_matches_the_gold_name_or_its_aliases():
    """ANNOTATION.md: for cluster recipients "the cluster matches" as for status, name or alias;
    gold lists a recipient's other forms as "recipient_aliases"."""
    from nicextract.evaluation.scoring import funding_match
    gold = {"type": "funding", "recipient": "NCE Heidner Biocluster", "recipient_aliases": ["Heidner Biocluster"],
            "recipient_kind": "cluster", "amount_nok": 5000000, "amount_max_nok": None, "per_year": True, "years": 5}
    assert funding_match({**gold, "recipient": "Heidner Biocluster"}, gold)
    assert funding_match({**gold, "recipient": "NCE Heidner Biocluster"}, gold)
    assert not funding_match({**gold, "recipient": "Heidner"}, gold)


def test_relaxed_funding_asks_only_whether_the_amount_was_found():
    """Relaxed funding tells a wrong attribute (per year, duration, recipient) from a missed amount."""
    from nicextract.evaluation.scoring import funding_match, funding_relaxed
    gold = {"type": "funding", "recipient": "Arena-klyngene", "recipient_kind": "status_group", "amount_nok": 2000000,
            "amount_max_nok": None, "per_year": True, "years": 3}
    wrong_scope = {**gold, "per_year": False, "years": None, "recipient": "Havlab", "recipient_kind": "cluster"}
    assert funding_relaxed(wrong_scope, gold) and not funding_match(wrong_scope, gold)
    assert not funding_relaxed({**gold, "amount_nok": 20000000}, gold)
    assert not funding_relaxed({**gold, "amount_max_nok": 3000000}, gold)
