"""Funding as news writes it: the recipient a decision implies, attributes read
from each amount's own clause, statements that are no grant, the programme's
frame as a compound, and per-year amounts the text's own arithmetic settles.
Sentences written for these tests, Bokmål and Nynorsk."""

import pytest

PUBLISHED = "2023-06-20"


def funding(found):
    """(kind, cluster name or None, level for a group or None, amount, max, per_year, years)."""
    return sorted((e["recipient_kind"], e["recipient"] if e["recipient_kind"] == "cluster" else None,
                   e["status"] if e["recipient_kind"] == "status_group" else None,
                   e["amount_nok"], e["amount_max_nok"], e["per_year"], e["years"])
                  for e in found if e["type"] == "funding")


def read(events, text):
    return funding(events(text, published=PUBLISHED))


# -- the recipient a decision implies ------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("NCE Kystlab ble i dag tatt opp som NCE. Utnevnelsen innebærer en årlig grunnfinansiering på 4,5 millioner kroner.",
     ("cluster", "NCE Kystlab", None, 4_500_000, None, True, None)),
    ("Fjordmat Cluster vart i dag teken opp som Arena-klynge. Med opptaket følgjer 2 millionar kroner i året dei neste tre åra.",
     ("cluster", "Fjordmat Cluster", None, 2_000_000, None, True, 3)),
    ("Havlab Cluster har fått NCE-status. NCE-statusen er verdt 5 millioner kroner i året.",
     ("cluster", "Havlab Cluster", None, 5_000_000, None, True, None)),
    ("Havlab Cluster har fått NCE-status. Tildelingen utløser et årlig tilskudd på 5 millioner kroner.",
     ("cluster", "Havlab Cluster", None, 5_000_000, None, True, None)),
    ("Havlab Cluster har fått NCE-status. Dette gir 5 millioner kroner i året.",
     ("cluster", "Havlab Cluster", None, 5_000_000, None, True, None)),
    ("Havlab Cluster har fått NCE-status. Det betyr 5 millioner kroner årlig.",
     ("cluster", "Havlab Cluster", None, 5_000_000, None, True, None)),
])
def test_a_decision_noun_or_demonstrative_takes_the_decided_cluster(events, text, expected):
    assert read(events, text) == [expected]


def test_the_decision_told_after_the_money(events):
    text = "Med NCE-statusen følger et årlig tilskudd på fem millioner kroner. Havlab Cluster fikk NCE-status i dag."
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 5_000_000, None, True, None)]


def test_a_decision_about_two_clusters_gives_their_group(events):
    text = "Fjordbio Cluster og Havlab Cluster er tatt opp som Arena Pro-klynger. Opptaket gir 6 millioner kroner i året."
    assert read(events, text) == [("status_group", None, "ARENA_PRO", 6_000_000, None, True, None)]


def test_dei_for_the_clusters_just_decided(events):
    text = "Fjordbio Cluster og Havlab Cluster vart i dag tekne opp som Arena-klynger. Dei får 2 millionar kroner kvar i året."
    assert read(events, text) == [("status_group", None, "ARENA", 2_000_000, None, True, None)]


def test_dette_for_the_money_just_stated(events):
    text = "Havlab Cluster får totalt 30 millioner kroner de neste ti årene. Dette fordeler seg med 3 millioner kroner i året."
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 3_000_000, None, True, 10),
                                  ("cluster", "Havlab Cluster", None, 30_000_000, None, False, 10)]


def test_disse_for_the_programmes_clusters(events):
    text = "Klyngeprogrammet har i år 40 klynger. Disse får til sammen 190 millioner kroner."
    assert read(events, text) == [("programme", None, None, 190_000_000, None, False, None)]


@pytest.mark.parametrize("text,level", [
    ("NCE-programmet gir om lag 5 millioner kroner årlig.", "NCE"),
    ("Arena-programmet gjev inntil 2 millionar kroner i året for utvikling av klynger.", "ARENA"),
])
def test_the_programme_as_giver_gives_to_its_levels_group(events, text, level):
    assert read(events, text)[0][:3] == ("status_group", None, level)


@pytest.mark.parametrize("text,expected", [
    ("Havlab Cluster er tatt opp som Arena-klynge.\n\nDet dreier seg om et tilskudd på 1,5 millioner kroner.",
     [("cluster", "Havlab Cluster", None, 1_500_000, None, False, None)]),
    ("Fjordmat Cluster vart i dag teken opp som Arena-klynge. Her er det tale om ei støtte på to millionar kroner.",
     [("cluster", "Fjordmat Cluster", None, 2_000_000, None, False, None)]),
    # two clusters decided: whose support it is, the text does not say
    ("Havlab Cluster og Fjordbio Cluster er tatt opp som Arena-klynger. Her er det snakk om støtte på to millioner kroner.", []),
    # support sent elsewhere
    ("Havlab Cluster er tatt opp som Arena-klynge. Regjeringen har satt av 300 millioner kroner i støtte til grønn omstilling.", []),
    # paragraphs away from the decision
    ("Havlab Cluster fikk Arena-status.\n\nOm klyngen\n\nKlyngen ble etablert i 2015.\n\n"
     "Det er gitt støtte på 3 millioner kroner.", []),
])
def test_support_that_names_no_one(events, text, expected):
    assert read(events, text) == expected


# -- each amount's own clause ----------------------------------------------------------------

def test_each_clause_its_own_duration(events):
    text = "NCE-klyngene får 5 millioner kroner årlig i fem år, mens Arena-klyngene får 2 millioner kroner årlig i tre år."
    assert read(events, text) == [("status_group", None, "ARENA", 2_000_000, None, True, 3),
                                  ("status_group", None, "NCE", 5_000_000, None, True, 5)]


def test_a_clause_without_its_own_takes_both_by_ellipsis(events):
    text = "GCE-klyngene mottar 10 millioner kroner i året i ti år, mens NCE-klyngene mottar 5 millioner kroner."
    assert read(events, text) == [("status_group", None, "GCE", 10_000_000, None, True, 10),
                                  ("status_group", None, "NCE", 5_000_000, None, True, 10)]


def test_ellipsis_runs_forward_only(events):
    """A later clause with an amount of its own lends its duration to no earlier one."""
    text = "NCE-klyngene får mellom 6 og 8 millioner kroner i året, mens GCE-klyngene får inntil 10 millioner kroner årlig i ti år."
    assert read(events, text) == [("status_group", None, "GCE", 10_000_000, None, True, 10),
                                  ("status_group", None, "NCE", 6_000_000, 8_000_000, True, None)]


def test_a_clause_that_only_may_apply_lends_no_duration(events):
    text = "Havlab Cluster får 1,9 millioner kroner i år, og kan søke om videre støtte i inntil tre år."
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 1_900_000, None, False, None)]


def test_a_total_takes_no_per_year_marker_from_its_parallel(events):
    text = "NCE-klyngene får 5 millioner kroner i året, mens Arena-klyngene til sammen får 40 millioner kroner."
    assert read(events, text) == [("status_group", None, "ARENA", 40_000_000, None, False, None),
                                  ("status_group", None, "NCE", 5_000_000, None, True, None)]


def test_aarets_is_no_per_year_marker(events):
    assert read(events, "Havlab Cluster fikk 3 millioner kroner i årets tildeling.") == [
        ("cluster", "Havlab Cluster", None, 3_000_000, None, False, None)]


@pytest.mark.parametrize("phrase,years", [
    ("i ein treårsperiode", 3), ("for minimum seks år", 6), ("over ein periode på fire år", 4),
    ("dei neste fem åra", 5), ("i opptil 10 år", 10), ("strekkjer seg over åtte år", 8),
])
def test_duration_wordings_nynorsk(events, phrase, years):
    found = read(events, f"Fjordmat Cluster får 2 millionar kroner i året, og støtta {phrase}.")
    assert [f[6] for f in found] == [years]


def test_ago_is_no_duration(events):
    assert read(events, "Havlab Cluster fikk 2 millioner kroner i støtte for tre år siden.") == [
        ("cluster", "Havlab Cluster", None, 2_000_000, None, False, None)]


@pytest.mark.parametrize("gap,years", [(" ", 5), ("\n\n", None)])
def test_duration_of_the_sentence_before_only_in_its_paragraph(events, gap, years):
    text = f"Havlab Cluster får støtte i fem år.{gap}Klyngen får 2 millioner kroner i året."
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 2_000_000, None, True, years)]


# -- statements that are no grant ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Skulle Havlab Cluster bli tatt opp, får klyngen 2 millioner kroner i året.",
    "Hvis Havlab Cluster får NCE-status, får klyngen 5 millioner kroner i året.",
    "Departementet foreslår at klyngeprogrammet får 220 millioner kroner i 2025.",
    "Regjeringa vil auke løyvinga til klyngeprogrammet med 30 millionar kroner.",
    "Bevilgningen til klyngeprogrammet får en økning på 15 millioner kroner.",
    "NCE-klyngene får som regel rundt 5 millioner kroner i året.",
    "Det er uklart hvor mye støtte Havlab Cluster får, men klyngen kan få om lag 2 millioner kroner.",
    "Havlab Cluster søker om 3 millioner kroner i støtte.",
    "Bedriftene i Havlab Cluster har fått 5 millioner kroner i støtte.",
    "Havlab Cluster har en samlet omsetning på 5 milliarder kroner.",
    "Fylkestinget i Nordland løyvde 800 000 kroner til Havlab Cluster.",
    "Fylkesutvalet har løyvd 400 000 kroner til Fjordmat Cluster.",
])
def test_no_grant(events, text):
    assert read(events, text) == []


def test_a_future_consequence_of_a_decision_taken_is_funding(events):
    text = "Fjordmat Cluster vart i dag teken opp som Arena-klynge. Opptaket vil gje klynga 2 millionar kroner i året."
    assert read(events, text) == [("cluster", "Fjordmat Cluster", None, 2_000_000, None, True, None)]


# -- the programme's frame -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Innovasjonsprogrammets totalramme for 2025 er 230 millioner kroner.",
    "Programramma for 2025 er 230 millionar kroner.",
    "Klyngeprogrammet har eit samla budsjett på 230 millionar kroner i 2025.",
])
def test_frame_compounds(events, text):
    assert read(events, text) == [("programme", None, None, 230_000_000, None, False, None)]


def test_the_state_budget_is_no_programme_frame(events):
    text = "Regjeringen har satt av 5 millioner kroner på statsbudsjettet til Havlab Cluster."
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 5_000_000, None, False, None)]


# -- per year, settled by the text's arithmetic --------------------------------------------------

@pytest.mark.parametrize("text,total,expected", [
    ("Til sammen får klyngene 36 millioner kroner. Det betyr tre klynger med 4 millioner kroner hver i tre år.", 36_000_000,
     ("status_group", None, None, 4_000_000, None, True, 3)),
    # 3 × 4 is the total itself: the 4 millioner are for the three years
    ("Til sammen får klyngene 12 millioner kroner. Det betyr tre klynger med 4 millioner kroner hver i tre år.", 12_000_000,
     ("status_group", None, None, 4_000_000, None, False, 3)),
    ("Til saman får klyngjene 40 millionar kroner. Det gjev to klynger med fire millionar kroner kvar i fem år.", 40_000_000,
     ("status_group", None, None, 4_000_000, None, True, 5)),
])
def test_amount_each_times_members_times_years(events, text, total, expected):
    found = read(events, text)
    assert expected in found and [f for f in found if f[3] == total] == [
        ("status_group", None, None, total, None, False, None)]


def test_a_coordinated_clause_without_its_own_subject_shares_the_recipient(events):
    """", og vil få …": the subject of the clause before receives the money; a clause with a
    subject of its own ("og bedriftene får …") does not borrow it."""
    assert read(events, "Havlab Cluster har fått Arena-status, og vil få om lag 1,8 millioner kroner årlig over tre år.") == [
        ("cluster", "Havlab Cluster", None, 1_800_000, None, True, 3)]
    assert read(events, "Havlab Cluster har fått Arena-status, og bedriftene får 1,8 millioner kroner årlig.") == []


# -- whose frame, and where a programme is only the funder -------------------------------------

def test_a_programme_after_the_amount_is_the_funder_not_the_recipient(events):
    text = ("Som Arena-klynge får Havlab Cluster inntil 2,5 millionar kroner i året i tre år frå Innovasjon Noreg, "
            "som står bak programmet Norwegian Innovation Clusters.")
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 2_500_000, None, True, 3)]


def test_a_frame_in_a_decision_sentence_is_the_decided_clusters(events):
    text = "Havlab Cluster fekk i dag status som Arena-prosjekt, med ei ramme på 4,5 millionar kroner over tre år."
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 4_500_000, None, False, 3)]


def test_a_contracts_frame_is_the_clusters(events):
    text = "Havlab Cluster vart NCE i 2017. NCE-avtalen hadde ei ramme på totalt 30 millionar kroner over fem år."
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 30_000_000, None, False, 5)]


def test_a_frame_restating_a_yearly_amount_is_a_total(events):
    text = "Havlab Cluster får inntil to millionar kroner i året i tre år, altså ei ramme på seks millionar kroner."
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 2_000_000, None, True, 3),
                                  ("cluster", "Havlab Cluster", None, 6_000_000, None, False, 3)]


def test_a_clusters_own_budget_through_a_genitive_and_an_adjective(events):
    assert read(events, "Havlab Cluster er moden klynge. Klyngens samlede budsjett for 2022 var 9,4 millioner kroner.") == []


def test_each_of_a_level_is_its_group(events):
    assert read(events, "Hvert Arena-prosjekt får 1–2 millioner kroner i året i inntil tre år.") == [
        ("status_group", None, "ARENA", 1_000_000, 2_000_000, True, 3)]


def test_a_parallel_sentence_keeps_its_duration(events):
    text = "Hvert Arena-prosjekt får 2 millioner kroner i året i inntil tre år. NCE-klyngene kan få inntil 10 millioner kroner per år."
    assert read(events, text) == [("status_group", None, "ARENA", 2_000_000, None, True, 3),
                                  ("status_group", None, "NCE", 10_000_000, None, True, None)]


@pytest.mark.parametrize("text", [
    "Havlab Cluster er en næringsklynge i Bergen. Budsjettet for 2019 er på 6 millioner kroner, der 1,4 millioner kommer fra medlemskontingenter.",
    "Klyngeorganisasjonen har et årlig budsjett på rundt 18 millioner kroner.",
    "I revidert nasjonalbudsjett ble bevilgningen økt med 20 millioner kroner.",
    "Kuttet kjem etter at programmet i fjor vart styrkt med 10 millionar kroner.",
    "Bedrifter i Havlab Cluster har det siste året hentet over 300 millioner kroner i ny kapital.",
])
def test_budgets_increments_and_capital_that_are_no_programme_funding(events, text):
    assert read(events, text) == []


def test_the_programmes_frame_named_in_the_plural(events):
    assert read(events, "Til sammen har de to programmene en ramme på 112 millioner kroner i 2009.") == [
        ("programme", None, None, 112_000_000, None, False, None)]


def test_an_anaphor_in_apposition_names_its_cluster(events):
    """"Nettverket Havvind Vest er teke opp …, med X som hub. Noden får …": the node, not its hub."""
    text = ("Nyheit | Havlab Cluster | 20.10.2022\n\nNettverket Havvind Vest er i dag teke opp som Hub-node, med Havlab "
            "Cluster som hub. Nettverket held til i Sunnhordland.\n\nNoden får 0,5 mill. årleg i tre år frå programmet.")
    assert read(events, text) == [("cluster", "Havvind Vest", None, 500_000, None, True, 3)]


def test_a_later_clause_with_its_own_per_year_marker_takes_no_duration(events):
    text = "Arena-klyngene får inntil 2,5 millioner kroner årlig i tre år, mens Arena Pro-klyngene kan få inntil 5 millioner kroner i året."
    assert read(events, text) == [("status_group", None, "ARENA", 2_500_000, None, True, 3),
                                  ("status_group", None, "ARENA_PRO", 5_000_000, None, True, None)]


def test_disse_under_a_list_is_the_group_listed(events):
    """Written for this test: "Disse får …" right under the lines of a labelled list."""
    text = ("Seks nye klynger tatt opp\n\n"
            "Arena Pro:\n"
            "Havlab Cluster – havforskning i Bergen.\n"
            "Fjordkraft Cluster – vannkraft i Førde.\n"
            "Disse får 2,5 millioner kroner årlig i fem år.\n"
            "Arena:\n"
            "Kystlab Cluster – kystnæringer i Bodø.\n")
    money = [(e["recipient_kind"], e["status"], e["amount_nok"], e["per_year"], e["years"])
             for e in events(text, published="2019-11-12") if e["type"] == "funding"]
    assert money == [("status_group", "ARENA_PRO", 2_500_000, True, 5)]


# -- who "klyngen", "vi" and "For X" point to ---------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("For Havlab Cluster betyr NCE-statusen 5 millioner kroner i året.",
     ("cluster", "Havlab Cluster", None, 5_000_000, None, True, None)),
    ("Fjordmat Cluster vart teken opp som Arena-klynge. For klynga inneber dette 2 millionar kroner årleg.",
     ("cluster", "Fjordmat Cluster", None, 2_000_000, None, True, None)),
    ("Havlab Cluster og Fjordbio Cluster fikk NCE-status. For Fjordbio Cluster utgjør støtten 4 millioner kroner i året.",
     ("cluster", "Fjordbio Cluster", None, 4_000_000, None, True, None)),
])
def test_the_one_the_money_is_for_stands_first(events, text, expected):
    assert read(events, text) == [expected]


def test_for_without_a_cluster_is_no_recipient(events):
    assert read(events, "For næringslivet i regionen betyr dette 5 millioner kroner i året.") == []


def test_a_level_in_the_clause_points_klyngen_to_the_cluster_decided_at_it(events):
    text = ("Havlab Cluster ble i dag tatt opp som NCE. Klyngen bygger på Kystnettverket Arena, "
            "som ble tatt opp i Arena-programmet i 2015. NCE-statusen gir klyngen 5 millioner kroner i året.")
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 5_000_000, None, True, None)]


def test_without_a_level_klyngen_is_the_nearest_cluster(events):
    text = ("Havlab Cluster ble i dag tatt opp som NCE. Fjordbio Cluster har vært med i programmet lenge. "
            "Klyngen får 2 millioner kroner i året.")
    assert read(events, text) == [("cluster", "Fjordbio Cluster", None, 2_000_000, None, True, None)]


@pytest.mark.parametrize("text", [
    "I fjor fikk vi Arena-status i Havlab Cluster. Som Arena-klynge får vi 2 millioner kroner i året fra programmet.",
    "Havlab Cluster er tatt opp som Arena-klynge. Statusen gir oss 2 millioner kroner i året, skriver klyngen.",
])
def test_vi_and_oss_on_a_clusters_own_page(events, text):
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 2_000_000, None, True, None)]


def test_vi_in_a_quote_with_two_decided_clusters_is_no_one(events):
    text = ("Havlab Cluster og Fjordbio Cluster er tatt opp som Arena-klynger. "
            "– Vi får 2 millioner kroner i året, sier rådgiver Kari Berg.")
    assert read(events, text) == []


def test_of_a_decision_about_two_the_cluster_the_text_went_on_with(events):
    text = ("Både Havlab Cluster og Fjordbio Cluster er tatt opp i Arena-programmet. Fjordbio Cluster samler "
            "22 bedrifter. Med opptaket følger et tilskudd på 1,8 millioner kroner.")
    assert read(events, text) == [("cluster", "Fjordbio Cluster", None, 1_800_000, None, False, None)]


def test_the_programme_that_gives_is_no_recipient(events):
    text = "Programmet løyver 6 millionar kroner i året til Fjordmat Cluster."
    assert read(events, text) == [("cluster", "Fjordmat Cluster", None, 6_000_000, None, True, None)]


def test_the_programme_a_cluster_enters_is_no_recipient(events):
    text = "Fjordmat Cluster er teken opp som Arena-klynge. Med opptaket i programmet følgjer 2 millionar kroner."
    assert read(events, text) == [("cluster", "Fjordmat Cluster", None, 2_000_000, None, False, None)]


# -- the term of the agreement -----------------------------------------------------------------

@pytest.mark.parametrize("after,years", [
    ("Avtalen gjelder i første omgang for tre år, med mulighet for forlengelse.", 3),
    ("Kontrakta varer i fem år.", 5),
    ("Avtaleperioden løper over fire år.", 4),
    ("Den nye avtalen varer i tre år.", 3),
    ("Avtalen ble undertegnet i Oslo.", None),
])
def test_the_term_in_the_next_sentence(events, after, years):
    text = f"Havlab Cluster ble tatt opp som NCE. Klyngen får 5 millioner kroner i året. {after}"
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 5_000_000, None, True, years)]


def test_a_term_in_the_next_paragraph_or_with_its_own_amount_lends_nothing(events):
    text = ("Havlab Cluster ble tatt opp som NCE. Klyngen får 5 millioner kroner i året.\n\n"
            "Avtalen gjelder for tre år.")
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 5_000_000, None, True, None)]


@pytest.mark.parametrize("phrase,years", [("de tre første årene", 3), ("i dei fire første åra", 4)])
def test_the_first_years(events, phrase, years):
    found = read(events, f"Med statusen følger en årlig støtte på fire millioner kroner {phrase}. Havlab Cluster fikk NCE-status.")
    assert [f[6] for f in found] == [years]


def test_vi_outside_a_quotation_is_the_page_cluster(events):
    text = ("Havlab Cluster\n\nHavlab Cluster er en klynge i Bergen.\n\n"
            "2012 – Vi blir tatt opp i Arena-programmet som Arena Havlab.\n\n"
            "Som NCE mottar vi i dag rundt 5 millioner kroner i året fra klyngeprogrammet.")
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 5_000_000, None, True, None)]


def test_the_statusen_is_the_grant_not_the_renewal_told_after_it(events):
    text = ("Havlab Cluster ble tatt opp som NCE denne uken. Fjordbio Cluster fikk samtidig fornyet avtalen som NCE. "
            "Med statusen følger et årlig tilskudd på 5 millioner kroner. "
            "For Fjordbio Cluster betyr forlengelsen 4 millioner kroner i året.")
    assert read(events, text) == [("cluster", "Fjordbio Cluster", None, 4_000_000, None, True, None),
                                  ("cluster", "Havlab Cluster", None, 5_000_000, None, True, None)]


def test_forlengelsen_is_the_renewal(events):
    text = ("Fjordbio Cluster fikk fornyet avtalen som NCE. Havlab Cluster ble tatt opp som NCE. "
            "Med forlengelsen følger 4 millioner kroner i året.")
    assert read(events, text) == [("cluster", "Fjordbio Cluster", None, 4_000_000, None, True, None)]


@pytest.mark.parametrize("text", [
    "Ifølge utlysningen kan Arena Pro-klynger få inntil 5 millioner kroner i året.",
    "Klynger som tas opp, kan få inntil 2,5 millioner kroner i året. NCE-klynger kan få 6 millioner kroner årlig.",
])
def test_what_a_levels_clusters_may_get_is_no_grant(events, text):
    assert read(events, text) == []


@pytest.mark.parametrize("text,level", [
    ("NCE-klyngene kan få inntil 6 millioner kroner årlig.", "NCE"),
    ("Havlab Cluster og Fjordbio Cluster ble NCE. De to NCE-klyngene kan få 6 millioner kroner årlig.", "NCE"),
])
def test_the_levels_named_set_may_get_is_a_grant(events, text, level):
    assert [f[:3] for f in read(events, text)] == [("status_group", None, level)]


@pytest.mark.parametrize("sentence", [
    "Med det nye nivået følgjer om lag 12 millionar kroner over fem år frå programmet.",
    "Opprykket gir klyngen 12 millioner kroner over fem år.",
])
def test_money_that_follows_from_a_move_up(events, sentence):
    text = f"Fjellmat Cluster har fått Arena Pro-status. {sentence}"
    money = [e for e in events(text, published="2021-06-24") if e["type"] == "funding"]
    assert [(e["recipient"], e["amount_nok"], e["years"]) for e in money] == [("Fjellmat Cluster", 12000000, 5)]


@pytest.mark.parametrize("sentence,level", [
    ("De nye NCE-klyngene får en årlig ramme på inntil 4 millioner kroner i fem år.", "NCE"),
    ("Dei nye Arena-klyngene får ei årleg ramme på inntil 4 millionar kroner i fem år.", "ARENA"),
])
def test_a_frame_the_clusters_receive_is_theirs_not_the_programmes(events, sentence, level):
    money = [e for e in events(sentence, published="2017-06-22") if e["type"] == "funding"]
    assert [(e["recipient_kind"], e["status"], e["amount_nok"], e["per_year"], e["years"]) for e in money] == [
        ("status_group", level, 4000000, True, 5)]


def test_a_frame_the_cluster_has_from_the_programme_is_its_funding(events):
    text = ("Fjordsensor Cluster er en Arena Pro-klynge i Porsgrunn.\n\nFinansiering\nI Arena Pro-perioden har klyngen "
            "en årlig ramme på inntil 3 millioner kroner fra klyngeprogrammet.")
    money = [e for e in events(text, published="2024-03-01") if e["type"] == "funding"]
    assert [(e["recipient"], e["recipient_kind"], e["amount_nok"], e["per_year"]) for e in money] == [
        ("Fjordsensor Cluster", "cluster", 3000000, True)]


def test_a_clusters_own_budget_is_not_programme_funding(events):
    text = "Fjordsensor Cluster er en Arena-klynge. Klyngen har et årlig budsjett på 8 millioner kroner."
    assert [e for e in events(text, published="2024-03-01") if e["type"] == "funding"] == []


@pytest.mark.parametrize("text", [
    "NCE Havkraft er en NCE-klynge. Forskningssenteret Havlab, der klyngen er partner, får 96 millioner kroner over åtte år.",
    "GCE Havkraft fikk GCE-status i 2019. Klyngen leder nå et forskingssenter som får 20 millioner kroner i året i åtte år.",
    "NCE Havkraft har fått 5 millioner kroner i støtte fra Innovasjon Norge til et forprosjekt om hydrogen.",
])
def test_money_another_body_receives_is_not_the_clusters(events, text):
    assert [e for e in events(text, published="2023-05-01") if e["type"] == "funding"] == []


def test_money_a_relative_clause_gives_the_cluster_is_the_clusters(events):
    text = "Innovasjon Norge har valgt ut Havkraft Cluster, som får 5 millioner kroner i året i fem år."
    money = [e for e in events(text, published="2023-05-01") if e["type"] == "funding"]
    assert [(e["recipient"], e["amount_nok"], e["years"]) for e in money] == [("Havkraft Cluster", 5000000, 5)]


def test_the_members_share_in_another_clause_leaves_the_programmes_money(events):
    text = ("Fjellmat Cluster er tatt opp i Arena-programmet. Klyngen får to millioner kroner i året i tre år fra "
            "programmet, og bedriftene skal selv bidra med minst like mye i egeninnsats.")
    money = [e for e in events(text, published="2023-06-22") if e["type"] == "funding"]
    assert [(e["recipient"], e["amount_nok"], e["per_year"], e["years"]) for e in money] == [
        ("Fjellmat Cluster", 2000000, True, 3)]


@pytest.mark.parametrize("sentence", [
    "Klyngen har også fått 11 millioner kroner fra EUs Interreg-program til et samarbeid med Sverige.",
    "Det er fortsatt usikkert hvor mye støtte de får, men lederen sier det kan bli om lag to millioner kroner.",
])
def test_other_programmes_and_hedged_amounts_are_no_funding(events, sentence):
    text = f"Fjellmat Cluster ble Arena-klynge i 2018. {sentence}"
    assert [e for e in events(text, published="2023-06-22") if e["type"] == "funding"] == []


def test_a_section_of_the_clusters_own_page_speaks_of_the_page_cluster(events):
    text = ("Fjellmat Cluster\n\nOm oss\n\nFjellmat Cluster samler 70 matprodusenter.\n\nHistorien vår\n\n"
            "I 2023 ble Hardanger Fruktnettverk tatt opp som hub-node med Fjellmat Cluster som hub. Siden har også "
            "Voss Ølnettverk blitt hub-node.\n\nFinansiering\n\nKlyngen mottar om lag 5 millioner kroner i året fra "
            "klyngeprogrammet.")
    money = [e for e in events(text, published="2024-03-12") if e["type"] == "funding"]
    assert [(e["recipient"], e["amount_nok"]) for e in money] == [("Fjellmat Cluster", 5000000)]


def test_a_table_of_rates_gives_each_level_its_amount(events):
    text = ("Dette er satsene for basisfinansiering i 2024:\n\nArena: inntil 2 mill. kr/år\n"
            "Arena Pro: inntil 3,5 mill. kr/år\nNCE: inntil 5 mill. kr/år\nGCE – 8 millioner kroner i året\n"
            "Moden klynge: ingen basisfinansiering\n")
    money = [e for e in events(text, published="2024-02-08") if e["type"] == "funding"]
    assert [(e["recipient_kind"], e["status"], e["amount_nok"], e["per_year"]) for e in money] == [
        ("status_group", "ARENA", 2000000, True), ("status_group", "ARENA_PRO", 3500000, True),
        ("status_group", "NCE", 5000000, True), ("status_group", "GCE", 8000000, True)]


@pytest.mark.parametrize("sentence", [
    "– Søknaden vår var på 9 millionar, så vi fekk ikkje alt vi bad om, seier dagleg leiar Kari Nordmann.",
    "Søknaden bygger på et budsjett med 5 millioner kroner årlig fra programmet i fem år.",
    "Klyngen søkte i vår om Arena Pro-status og 3 millioner kroner årlig, men fikk avslag.",
    "Nye NCE-klynger vil etter planen kunne få opptil 5 millioner årlig.",
    "Flere av opposisjonspartiene vil foreslå 200 millioner kroner til programmet.",
])
def test_applied_planned_and_proposed_amounts_are_no_funding(events, sentence):
    text = f"Fjellmat Cluster er en Arena-klynge i Valdres. {sentence}"
    assert [e for e in events(text, published="2022-10-07") if e["type"] == "funding"] == []


def test_the_years_at_a_level_are_no_group_of_clusters(events):
    text = "Fjellmat Cluster ble NCE i 2018. I de fem NCE-årene fikk klyngen fem millioner kroner i året fra programmet."
    money = [e for e in events(text, published="2024-10-03") if e["type"] == "funding"]
    assert [(e["recipient"], e["recipient_kind"]) for e in money] == [("Fjellmat Cluster", "cluster")]


def test_a_compound_period_is_the_duration(events):
    text = ("Fjellmat Cluster ble Arena-klynge i 2018. Kvar av dei nye klyngene fekk inntil 2 millionar kroner årleg "
            "frå programmet i den første treårsperioden.")
    money = [e for e in events(text, published="2023-09-04") if e["type"] == "funding"]
    assert [(e["amount_nok"], e["per_year"], e["years"]) for e in money] == [(2000000, True, 3)]


def test_the_programmes_whole_budget_takes_no_level_from_the_sentences_before(events):
    text = ("To klynger har fått oppgradert status til Arena Pro.\n\nTotalt er det 36 klynger i programmet, som har et "
            "samlet budsjett på 189 mill. kr.")
    money = [e for e in events(text, published="2019-11-20") if e["type"] == "funding"]
    assert [(e["recipient_kind"], e["status"], e["amount_nok"]) for e in money] == [("programme", None, 189000000)]


@pytest.mark.parametrize("text", [
    "Havlab Cluster er i dag tatt opp i klyngeprogrammet som Arena Pro. Tildelingen er på 2,5 millioner kroner per år.",
    "Havlab Cluster er i dag teken opp i klyngeprogrammet som Arena Pro. Tildelinga er på 2,5 millionar kroner per år.",
    "Havlab Cluster er i dag tatt opp i klyngeprogrammet som Arena Pro, noe som gir 2,5 millioner kroner i året.",
    "Havlab Cluster er i dag teken opp i klyngeprogrammet som Arena Pro, noko som gjev 2,5 millionar kroner i året.",
])
def test_the_allocation_and_a_sentential_relative_point_to_the_decision(events, text):
    assert read(events, text) == [("cluster", "Havlab Cluster", None, 2_500_000, None, True, None)]


def test_noe_som_after_a_sentence_without_a_decision_gives_no_recipient(events):
    text = "Klyngeprogrammet er populært, noe som gir 2,5 millioner kroner i året til nye søkere."
    assert read(events, text) == []


@pytest.mark.parametrize("text", [
    "Havlab Cluster og universitetet går sammen om et prosjekt om batterier. Forskningsrådet støtter prosjektet med 16 millioner kroner.",
    "I tillegg leder Havlab Cluster EU-prosjektet BlueFuture, som har et budsjett på 42 millioner kroner over fire år.",
    "Havlab Cluster leder forprosjektet Kystlys, som har en ramme på 3 millioner kroner.",
])
def test_another_funders_or_a_projects_money_is_no_programme_funding(events, text):
    assert read(events, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Havlab Cluster er teke opp i Arena-programmet. Frå 1. juli er klynga med i programmet, og ho får inntil "
     "6 mill. kr over tre år til fellesprosjekt, kompetanseheving og marknadsarbeid.",
     ("cluster", "Havlab Cluster", None, 6_000_000, None, False, 3)),
    ("Havlab Cluster ble plukket ut som ny NCE. Fra programmet kan klyngen regne med inntil 6 millioner kroner "
     "årlig de første tre årene.", ("cluster", "Havlab Cluster", None, 6_000_000, None, True, 3)),
])
def test_a_pronoun_recipient_a_kind_of_work_and_money_counted_on(events, text, expected):
    assert read(events, text) == [expected]


def test_money_expected_as_a_plan_is_no_funding(events):
    assert read(events, "Havlab Cluster ble plukket ut som ny NCE. Klyngen regner med å få 6 millioner kroner årlig.") == []


def test_a_list_of_names_and_amounts_under_a_funding_colon_line(events):
    text = ("Klyngene i fylket får denne årlege støtta frå programmet i 2022:\n\n"
            "• GCE Havteknikk, Bergen: 7,2 millionar kroner\n"
            "• NCE Fjordmat, Stord: 6,1 millionar kroner\n")
    assert read(events, text) == [("cluster", "GCE Havteknikk", None, 7_200_000, None, True, None),
                                  ("cluster", "NCE Fjordmat", None, 6_100_000, None, True, None)]


def test_a_list_of_names_and_figures_under_another_colon_line_is_no_funding(events):
    text = "Medlemmene omset for desse summane:\n\n• GCE Havteknikk, Bergen: 7,2 millionar kroner\n"
    assert read(events, text) == []


@pytest.mark.parametrize("text,expected", [
    # what the amount depends on names no other source of money
    ("De to Arena-klyngene får mellom 1,5 og 2,5 millioner kroner i året i tre år, avhengig av aktivitetsnivå og "
     "egenfinansiering.", [("status_group", None, "ARENA", 1_500_000, 2_500_000, True, 3)]),
    # a set that shares the money
    ("Til sammen deler de fire klyngene 64 millioner kroner over hele perioden.",
     [("status_group", None, None, 64_000_000, None, False, None)]),
    ("Klyngane delte 30 millionar kroner i fjor.", [("status_group", None, None, 30_000_000, None, False, None)]),
    # a difference is no grant
    ("I år fordeler programmet 201,4 millioner kroner til klyngene, om lag åtte millioner mer enn året før.",
     [("programme", None, None, 201_400_000, None, False, None)]),
])
def test_conditions_shares_and_differences(events, text, expected):
    assert read(events, text) == expected


def test_these_of_other_programmes_get_no_programme_money(events):
    text = ("Ved siden av klyngeprogrammet drifter Siva inkubasjonsprogrammet og næringshageprogrammet. "
            "Disse fikk i 2022 henholdsvis 95 og 62 millioner kroner.")
    assert read(events, text) == []


@pytest.mark.parametrize("text,expected", [
    ("For Arena Pro er rammen inntil 5 millioner kroner årlig, og avtalene løper i fem år.",
     [("status_group", None, "ARENA_PRO", 5_000_000, None, True, 5)]),
    ("Arena-programmet setter av mellom 1,5 og 2,5 millioner kroner i året til hvert av prosjektene.",
     [("status_group", None, "ARENA", 1_500_000, 2_500_000, True, None)]),
    ("Til sammen er 12 millioner kroner satt av til de tre nye sentrene i år.",
     [("status_group", None, None, 12_000_000, None, False, None)]),
    ("Samlet setter programmet av i overkant av 40 millioner kroner til årets nye og fornyede klynger.",
     [("status_group", None, None, 40_000_000, None, False, None)]),
    # a ratio is no grant
    ("Evaluatorene anslår at hver krone i programstøtte utløser nesten tre kroner fra andre kilder.", []),
])
def test_each_ones_frame_and_sets_of_projects_and_centres(events, text, expected):
    assert read(events, text) == expected


def test_a_particle_verb_with_its_subject_between(events):
    """"Totalt setter programmet av 142 millioner kroner …": "setter … av" with the subject inside."""
    assert read(events, "Totalt setter programmet av 142 millioner kroner til klyngene i år.") == [
        ("programme", None, None, 142_000_000, None, False, None)]


def test_a_status_named_with_its_two_word_level_gives_the_cluster_the_money(events):
    text = ("Havkraft Cluster er tatt opp som Arena Pro-klynge. Arena Pro-statusen gir klyngen opptil 4 millioner "
            "kroner årlig fra programmet i fem år.")
    assert read(events, text) == [("cluster", "Havkraft Cluster", None, 4_000_000, None, True, 5)]


def test_the_level_noun_names_the_named_cluster_not_its_description(events):
    """"Prosessindustriklyngen i Grenland, Havkraft Cluster, ble utnevnt til NCE … Den nye
    NCE-klyngen får …": the compound describes the one named cluster, so the money is its."""
    text = ("Prosessindustriklyngen i Grenland, Havkraft Cluster, ble torsdag utnevnt til NCE. Samtidig fikk Fjordmat "
            "Cluster status som ny Arena-klynge. Den nye NCE-klyngen får inntil 6 millioner kroner i året i ti år.")
    assert read(events, text) == [("cluster", "Havkraft Cluster", None, 6_000_000, None, True, 10)]


def test_an_income_line_from_the_programme_in_a_clusters_accounts(events):
    """A cluster's annual report lists its income: the line from the programme is its grant,
    in the year the report is for."""
    text = ("Årsrapport 2022 | Havkraft Cluster\n\nØkonomi\n\nHavkraft Cluster hadde et år med høy aktivitet.\n\n"
            "Inntektene fordelte seg slik:\n– Medlemskontingenter: 5,2 millioner kroner\n"
            "– Tilskudd fra Arena Pro-programmet i Norwegian Innovation Clusters: 3,4 millioner kroner\n"
            "– Prosjektinntekter fra EU-prosjekter: 4,1 millioner kroner\n")
    found = [(e["recipient"], e["recipient_kind"], e["status"], e["amount_nok"], e["year"])
             for e in events(text) if e["type"] == "funding"]
    assert found == [("Havkraft Cluster", "cluster", "ARENA_PRO", 3_400_000, 2022)]


@pytest.mark.parametrize("sentence,expected", [
    ("Norwegian Centres of Expertise får inntil 5 millioner kroner årlig.", ("NCE", 5_000_000, True, None)),
    ("På Arena Pro-nivået er tilskuddet inntil 3 millioner kroner per år, og perioden er fem år.", ("ARENA_PRO", 3_000_000, True, 5)),
])
def test_a_level_told_by_its_long_name_or_as_a_place_on_the_ladder(events, sentence, expected):
    [grant] = [e for e in events(sentence, published="2017-03-01") if e["type"] == "funding"]
    assert (grant["recipient_kind"], grant["status"], grant["amount_nok"], grant["per_year"], grant["years"]) == (
        "status_group", *expected)


def test_clusters_of_a_level_that_may_get_money_are_still_no_grant(events):
    assert [e for e in events("Arena Pro-klynger kan få inntil 5 millioner kroner i året.", published="2019")
            if e["type"] == "funding"] == []


def test_a_headings_year_is_the_year_its_sections_money_is_for(events):
    text = ("Havkraft Cluster blir ny Arena-klynge.\n\nFinansiering i 2024\n• Arena: inntil 2 millioner kroner i året\n"
            "• NCE: inntil 6 millioner kroner i året\n")
    found = [e for e in events(text, published="2023-12-14") if e["type"] == "funding"]
    assert sorted((e["status"], e["amount_nok"], e["year"]) for e in found) == [("ARENA", 2_000_000, 2024), ("NCE", 6_000_000, 2024)]


def test_named_clusters_that_get_an_amount_each_are_each_a_recipient(events):
    text = "Havkraft Cluster, Fjordmat Cluster og Kystlab Cluster får 1,5 millioner kroner hver for 2021."
    assert read(events, text) == [("cluster", name, None, 1_500_000, None, False, None)
                                  for name in ("Fjordmat Cluster", "Havkraft Cluster", "Kystlab Cluster")]


def test_a_demonstrative_under_name_lines_with_their_descriptions(events):
    text = ("Styringsgruppen har tatt opp to nye klynger på Arena-nivå.\n\nNye på Arena-nivå\n\nHavkraft Cluster, Andøya\n"
            "Samler romfartsmiljøet i nord.\n\nFjordmat Cluster, Oslo\nEt nettverk av matprodusenter.\n\n"
            "Disse to får inntil 2 millioner kroner årlig de neste tre årene.")
    assert read(events, text) == [("status_group", None, "ARENA", 2_000_000, None, True, 3)]


def test_a_held_level_is_not_the_level_of_the_group_that_gets_the_money(events):
    text = ("Dette er de to nye Arena Pro-klyngene:\n\n• Havkraft Cluster (Bergen)\n• Fjordmat Cluster (Florø)\n\n"
            "Begge har vært Arena-klynger fram til nå.\n\nHver av dem kan få opptil tre millioner kroner i året fra "
            "programmet. Avtalene gjelder for fem år.")
    assert read(events, text) == [("status_group", None, "ARENA_PRO", 3_000_000, None, True, 5)]


def test_the_money_a_renewal_noun_points_to_takes_the_renewals_duration(events):
    text = ("Havkraft Cluster og Fjordmat Cluster får forlenget Arena-perioden med to år. Forlengelsen gir hver av dem "
            "1,5 millioner kroner i året.")
    assert read(events, text) == [("status_group", None, "ARENA", 1_500_000, None, True, 2)]


def test_the_frame_of_a_renewed_period_is_the_renewed_clusters(events):
    text = ("Styringsgruppa har fornya avtalen med NCE Havkraft. Klynga held fram på NCE-nivå i fem nye år.\n\n"
            "Ramma for den nye perioden er på 26 millionar kroner frå programmet.")
    assert read(events, text) == [("cluster", "NCE Havkraft", None, 26_000_000, None, False, None)]


def test_support_as_subject_goes_to_the_one_cluster_the_paragraphs_above_tell_of(events):
    text = ("Fjordbygg Vest er éi av fem nye klynger som denne veka vart tekne opp i Arena-programmet.\n\n"
            "Av Kari Nordmann | 25.06.2020\n\nKlynga har base på Voss og samlar 34 bedrifter.\n\n"
            "Tilskotet frå programmet er 1,8 millionar kroner årleg, og perioden er tre år.")
    assert read(events, text) == [("cluster", "Fjordbygg Vest", None, 1_800_000, None, True, 3)]


def test_support_below_paragraphs_about_another_cluster_has_no_recipient(events):
    text = ("Fjordbygg Vest vart denne veka teken opp i Arena-programmet.\n\nHavkraft Cluster søkte òg, men nådde ikkje opp.\n\n"
            "Klynga i Bergen vil prøve igjen.\n\nTilskotet frå programmet er 1,8 millionar kroner årleg.")
    assert read(events, text) == []


def test_each_levels_term_given_after_a_table_of_amounts(events):
    text = ("Årets beslutninger\n\nKlynge              Nytt nivå   Sted        Støtte per år\n"
            "Havkraft Cluster    NCE         Bergen      5,0 mill. kr\nFjordmat Cluster    Arena Pro   Florø       3,0 mill. kr\n"
            "Kystlab Cluster     Arena       Bodø        1,8 mill. kr\n\n"
            "Støtten gjelder for hele kontraktsperioden. Den er fem år for klynger på NCE- og Arena Pro-nivå og tre år "
            "for Arena-klyngene.")
    assert read(events, text) == [("cluster", "Fjordmat Cluster", None, 3_000_000, None, True, 5),
                                  ("cluster", "Havkraft Cluster", None, 5_000_000, None, True, 5),
                                  ("cluster", "Kystlab Cluster", None, 1_800_000, None, True, 3)]


def test_a_table_of_levels_and_amounts_gives_each_levels_group_its_amount_and_term(events):
    text = ("Støtte fra programmet\nNivå        Støtte per år          Periode\nArena       inntil 2,5 mill. kr    3 år\n"
            "NCE         inntil 7 mill. kr      5 år\nHub-node    500 000 kr             2 år\n")
    assert read(events, text) == [("status_group", None, "ARENA", 2_500_000, None, True, 3),
                                  ("status_group", None, "HUB_NODE", 500_000, None, True, 2),
                                  ("status_group", None, "NCE", 7_000_000, None, True, 5)]


def test_money_for_each_of_the_years_is_per_year(events):
    text = "Havkraft Cluster har fått forlengd perioden sin i Arena-programmet med to år. Forlenginga gjev 1,7 millionar kroner for kvart av dei to åra."
    assert read(events, text) == [("cluster", "Havkraft Cluster", None, 1_700_000, None, True, 2)]


def test_the_programme_giving_under_a_renewed_contract_gives_to_the_pages_cluster(events):
    text = ("NCE Havkraft\nHeim   Om oss   Nyheiter\n\nHistoria vår\n\n2019\nNCE-avtalen vart fornya for fem nye år. "
            "I den nye avtalen løyver programmet inntil 5 millionar kroner i året.")
    assert read(events, text) == [("cluster", "NCE Havkraft", None, 5_000_000, None, True, 5)]


def test_the_programme_giving_its_total_to_the_clusters_stays_the_programmes_frame(events):
    text = "Samlet bevilger programmet 172 millioner kroner til klyngene i 2025."
    assert read(events, text) == [("programme", None, None, 172_000_000, None, False, None)]


def test_a_renamed_clusters_old_name_with_a_level_prefix_is_no_name_of_today(events):
    text = ("NCE Havkraft\nHeim   Om oss   Nyheiter\n\n2011\nVi vart tekne opp i Arena-programmet som Arena Havkraft West.\n\n"
            "2016\nVi endra namn frå Havkraft West til NCE Havkraft.\n\n2019\nNCE-avtalen vart fornya for fem nye år. "
            "I den nye avtalen løyver programmet inntil 5 millionar kroner i året.")
    assert read(events, text) == [("cluster", "NCE Havkraft", None, 5_000_000, None, True, 5)]


def test_a_projects_budget_is_no_programme_money_but_the_arena_projects_own_is(events):
    assert read(events, "Havkraft Cluster leier eit EU-prosjekt om hydrogen med eit budsjett på 40 millionar kroner.") == []
    text = ("Året etter ble Havkraft Cluster tatt opp i Arena-programmet. Tre år senere fikk prosjektet forlenget "
            "Arena-perioden, nå med et budsjett på 1,2 millioner kroner per år.")
    assert [r[0] for r in read(events, text)] == ["cluster"]


def test_money_told_of_a_description_goes_to_the_name_the_decision_folds_it_into(events):
    text = ("NCE Kongsmåling\nHjem | Om klyngen | Nyheter\n\nNy kontraktsperiode for NCE Kongsmåling\n\nMåleklyngen i Trøndelag fortsetter i NCE-programmet. Klyngen har "
            "fått en ny kontrakt for fire nye år.\n\nKlyngen ble utnevnt til NCE i 2006.\n\n"
            "Klyngen får inntil 5,5 millioner kroner per år i de fire årene.")
    found = [e for e in events(text, published="2013-06-20") if e["type"] == "funding"]
    assert [(e["recipient_kind"], e["recipient"]) for e in found] == [("cluster", "NCE Kongsmåling")]


def test_money_beyond_any_clusters_grant_is_not_the_clusters(events):
    text = ("Havkraft Cluster er tatt opp som Arena-klynge. Klyngen er også sentral i Grønn plattform, der regjeringen "
            "har satt av 1 milliard kroner til grønne omstillingsprosjekter, og fikk selv 1 milliard kroner.")
    assert all(r[3] < 1_000_000_000 for r in read(events, text) if r[0] == "cluster")


def test_a_frame_for_two_levels_together_is_the_programmes(events):
    assert read(events, "Den samla ramma for Arena og NCE var 150 millionar kroner i 2015.") == [
        ("programme", None, None, 150_000_000, None, False, None)]
    assert read(events, "For Arena Pro er rammen inntil 5 millioner kroner årlig.") == [
        ("status_group", None, "ARENA_PRO", 5_000_000, None, True, None)]


def test_a_share_of_the_sum_told_before_goes_to_its_receivers_in_the_same_year(events):
    text = ("Programmet hadde 200 millioner kroner å fordele i 2016. Av dette gikk 90 millioner kroner "
            "til NCE-klyngene og resten til Arena-klyngene.")
    found = [e for e in events(text, published="2017-02-01") if e["type"] == "funding"]
    share = [e for e in found if e["amount_nok"] == 90_000_000]
    assert [(e["recipient_kind"], e["status"], e["year"]) for e in share] == [("status_group", "NCE", 2016)]
    assert read(events, "På grunn av dette tapte bedriften 3 millioner kroner.") == []


def test_we_on_a_member_companys_page_is_the_company(events):
    text = ("Fjordlys AS\nProdukter | Om oss | Nyheter\n\nDerfor er vi med i Havkraft Cluster\n\n"
            "Havkraft Cluster er på Arena-nivå. Vi har også fått et tilskudd på 900 000 kroner fra Innovasjon Norge.")
    assert read(events, text) == []


def test_a_projects_budget_after_an_adjective_and_a_hedge_is_no_clusters_grant(events):
    assert read(events, "Havkraft Cluster er partner i et EU-prosjekt om havvind med et samlet budsjett på rundt "
                        "90 millioner kroner.") == []


def test_a_term_adjective_is_a_duration_and_the_new_period_takes_it(events):
    text = ("Havkraft Cluster har fått ein ny, fireårig kontrakt som NCE. I den nye perioden får klynga om lag "
            "6 millionar kroner i året frå programmet.")
    assert read(events, text) == [("cluster", "Havkraft Cluster", None, 6_000_000, None, True, 4)]
    assert [(e["cluster"], e["status"], e["action"]) for e in events(text, published=PUBLISHED) if e["type"] == "status"] == [
        ("Havkraft Cluster", "NCE", "extended")]
    assert read(events, "Fjellmat Cluster får ei treårig løyving på 3,6 millionar kroner frå programmet.") == [
        ("cluster", "Fjellmat Cluster", None, 3_600_000, None, False, 3)]
    assert read(events, "Fjellmat Cluster held fram som Arena-klynge. Den treårige perioden gjev 1,5 millionar "
                        "kroner årleg.") == [("cluster", "Fjellmat Cluster", None, 1_500_000, None, True, 3)]


def test_another_funder_in_the_next_sentence_does_not_take_the_programmes_money(events):
    text = ("Fjellmat Cluster er teken opp som Arena-klynge. Ho får 2 millionar kroner frå programmet. "
            "Sparebanken gjev i tillegg 100 000 kroner til ein festival.")
    assert read(events, text) == [("cluster", "Fjellmat Cluster", None, 2_000_000, None, False, None)]


def test_a_headline_whose_second_part_has_another_giver(events):
    text = ("Fjellposten\nNyheiter | Sport\n\nMatklynga fekk nei – fylket går inn med ein halv million\n\n"
            "Fjellmat Cluster fekk ikkje opprykk til Arena Pro.")
    assert read(events, text) == []


def test_money_of_the_node_is_not_its_hubs(events):
    text = ("Havvind Nord er teke opp som hub-node i klyngeprogrammet, med NCE Havkraft i Bodø som hub. "
            "Som node blir nettverket knytt fagleg til NCE Havkraft.\n\nFrå programmet får noden 300 000 kroner årleg "
            "dei neste tre åra.")
    assert read(events, text) == [("cluster", "Havvind Nord", None, 300_000, None, True, 3)]


def test_a_level_contract_renewed_with_its_money_on_a_clusters_own_page(events):
    text = ("Havkraft Cluster\nHjem | Om oss | Kontakt\n\nHistorikk\n2018: Havkraft Cluster tas opp i Arena-programmet.\n"
            "2024: Arena-avtalen fornyes ut 2027, med 1,9 millioner kroner i året.\n")
    assert [(r[0], r[1], r[3], r[5]) for r in read(events, text)] == [("cluster", "Havkraft Cluster", 1_900_000, True)]
    assert read(events, "Havkraft Cluster har signert en kontrakt på 12 millioner kroner med Statens vegvesen.") == []


def test_a_recommended_frame_is_no_funding(events):
    assert read(events, "Vi anbefaler at programeierne øker den årlige rammen per NCE-klynge til 7 millioner kroner.") == []


def test_items_under_a_recommending_line_are_no_decisions(events):
    text = ("Tilrådingar\nEvaluatorane tilrår at\n• Arena Pro-perioden for Havkraft Cluster vert forlengd frå fem til seks år,\n"
            "• det årlege tilskotet til Arena Pro-klyngene vert auka frå 3 til 4 millionar kroner.\n")
    found = events(text, published="2022-05-03")
    assert [e for e in found if e["type"] in ("status", "funding")] == []
    text = "Dette fikk klyngene:\n• Havkraft Cluster får 2 millioner kroner i året i tre år.\n"
    assert read(events, text) == [("cluster", "Havkraft Cluster", None, 2_000_000, None, True, 3)]


def test_also_after_proposed_money_is_the_same_kind_of_money(events):
    text = ("Fylkesrådet foreslår å vidareføre tilskotet på 600 000 kroner til Fjellmat Cluster også neste år.\n\n"
            "– Det ville vore eit dårleg signal å kutte no, seier fylkesrådet.\n\n"
            "Også Havkraft Cluster i Bodø beheld sitt tilskot på 300 000 kroner.")
    assert read(events, text) == []


def test_a_contract_told_as_a_signed_deal_is_no_programme_money(events):
    text = ("Havlys AS har signert sin største kontrakt noensinne. Selskapet er medlem i Havkraft Cluster, som i "
            "fjor fikk NCE-status.\n\nKontrakten har en verdi på rundt 45 millioner kroner over fem år.")
    assert read(events, text) == []
    text = ("Havkraft Cluster har fått en ny kontraktsperiode som NCE. – Det er først når avtalen er signert at man tør "
            "å puste ut, sier lederen.\n\nAvtalen løper i fem år og gir inntil 5 millioner kroner i året.")
    assert [r[0] for r in read(events, text)] == ["cluster"]
