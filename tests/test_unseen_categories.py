"""One group of tests per category of error found on real texts that no one
working on nicextract has read (22 categories). Each group holds the invented
example sentences that describe the category and sentences of our own that
vary its wording (Bokmål and Nynorsk, other verbs, other layouts), and checks
what the text says. No sentence here is taken from an evaluation text."""

import pytest


def status(found):
    return sorted((e["cluster"], e["status"], e["action"], e["year"]) for e in found if e["type"] == "status")


def funding(found):
    return sorted((e["recipient_kind"], e.get("recipient") if e["recipient_kind"] == "cluster" else None,
                   e["amount_nok"], e["per_year"], e["years"]) for e in found if e["type"] == "funding")


def renames(found):
    return sorted((e["old"], e["new"]) for e in found if e["type"] == "rename")


# -- 1. a past-tense decision in a news report takes the publication year ----------------

@pytest.mark.parametrize("text,published,expected", [
    ("Arena Fjellmat fikk forrige uke status som Arena-klynge.", "2023-03-10", [("Arena Fjellmat", "ARENA", "granted", 2023)]),
    ("Havlab Cluster ble tatt opp som NCE under en markering i Tromsø tirsdag kveld.", "2023-03-10",
     [("Havlab Cluster", "NCE", "granted", 2023)]),
    # a week before 2 January is the year before
    ("Fjellkraft Cluster fikk forrige uke status som NCE.", "2023-01-02", [("Fjellkraft Cluster", "NCE", "granted", 2022)]),
    ("Klynga Sognefrukt vart nyleg teken opp som Arena-klynge.", "2019-11-20", [("Sognefrukt", "ARENA", "granted", 2019)]),
    ("Kystlys Cluster fikk Arena-status. Klyngen har 40 medlemmer.", "2018-06-20", [("Kystlys Cluster", "ARENA", "granted", 2018)]),
    ("Kystlys Cluster ble på mandag tildelt status som Arena-klynge.", "2018-06-20", [("Kystlys Cluster", "ARENA", "granted", 2018)]),
    # a day and month after the publication date belong to the year before
    ("Kystlys Cluster ble 3. desember tildelt status som NCE.", "2019-02-01", [("Kystlys Cluster", "NCE", "granted", 2018)]),
    ("For tre år siden ble Kystlys Cluster tatt opp som Arena-klynge.", "2021-11-17", [("Kystlys Cluster", "ARENA", "granted", 2018)]),
])
def test_1_past_tense_news_takes_the_publication_year(events, text, published, expected):
    assert status(events(text, published=published)) == expected


@pytest.mark.parametrize("text", [
    "Kystlys Cluster har tidligere fått status som Arena-klynge.",
    "Kystlys Cluster ble senere GCE.",
    "Kystlys Cluster fikk for noen år siden status som NCE.",
    "Kystlys Cluster, som fikk NCE-status, har nå 60 medlemmer.",
])
def test_1_a_decision_set_back_in_time_without_a_date_has_no_year(events, text):
    assert [e["year"] for e in events(text, published="2023-03-10") if e["type"] == "status"] == [None]


def test_1_a_stated_year_in_another_report_of_the_decision_wins(events):
    text = "Kystlys Cluster får NCE-status\n\nKystlys Cluster fikk NCE-status i november 2022, melder klyngen."
    assert status(events(text, published="2023-01-15")) == [("Kystlys Cluster", "NCE", "granted", 2022)]


# -- 2. an announcement without a decision verb for its members --------------------------

def test_2_announcing_heading_over_member_sub_headings(events):
    text = ("Tre nye NCE-klynger i nord\n\nNæringsministeren var i Tromsø i dag for å presentere årets utvalg.\n\n"
            "Bakgrunn\nProgrammet ble startet i 2006 og har i dag 14 klynger på dette nivået.\n\n"
            "NCE Polarteknikk\nKlyngen samler 40 bedrifter i Tromsø.\n\n"
            "Fjordbio Cluster\nKlyngen samler 30 bedrifter i Florø.")
    assert status(events(text, published="2022-06-15")) == [
        ("Fjordbio Cluster", "NCE", "granted", 2022), ("NCE Polarteknikk", "NCE", "granted", 2022)]


def test_2_announcing_noun_then_a_membership_sentence(events):
    text = ("Næringsministeren deltok i dag på kunngjøringen av årets NCE-utvalg i Bergen. "
            "Utvalget består av NCE Polarteknikk i Tromsø, NCE Fjordbio i Florø og Isbreklyngen i Stryn.")
    found = events(text, published="2022-06-15")
    assert status(found) == [("Isbreklyngen", "NCE", "granted", 2022), ("NCE Fjordbio", "NCE", "granted", 2022),
                             ("NCE Polarteknikk", "NCE", "granted", 2022)]
    assert {e["cluster"]: e["place"] for e in found} == {
        "NCE Polarteknikk": "Tromsø", "NCE Fjordbio": "Florø", "Isbreklyngen": "Stryn"}


@pytest.mark.parametrize("text", [
    "Dette er dei nye Arena-klyngjene: Fjellmat Cluster, Havlab Cluster og Reinlykke Nettverk.",
    "Årets nye Arena-klynger er klare. Dette er Fjellmat Cluster, Havlab Cluster og Reinlykke Nettverk.",
])
def test_2_announcement_then_its_members(events, text):
    assert [c for c, *_ in status(events(text, published="2021-06-15"))] == [
        "Fjellmat Cluster", "Havlab Cluster", "Reinlykke Nettverk"]


# -- 3. an unspaced dash between words separates them --------------------------------------

def test_3_unspaced_dashes_in_names_and_former_names(events):
    text = "To miljøer rykker opp til NCE: akvArena–Smart Havbruk i Trondheim og NCE Kystlab–tidligere Arena Kystlab."
    found = events(text, published="2023-10-20")
    assert status(found) == [("NCE Kystlab", "NCE", "granted", 2023), ("akvArena–Smart Havbruk", "NCE", "granted", 2023)]
    assert renames(found) == [("Arena Kystlab", "NCE Kystlab")]


@pytest.mark.parametrize("text,name,level", [
    ("NCE Havlab–Ocean Technology får status som GCE.", "NCE Havlab–Ocean Technology", "GCE"),
    ("Arena Kystlys—Lofoten Energi Cluster ble tatt opp i Arena-programmet.", "Arena Kystlys—Lofoten Energi Cluster", "ARENA"),
])
def test_3_unspaced_dash_before_a_subtitle(events, text, name, level):
    assert status(events(text, published="2023-10-20")) == [(name, level, "granted", 2023)]


# -- 4. a decision completed by the sentence after it --------------------------------------

def test_4_names_after_a_semicolon(events):
    text = ("Årets nye Arena-klynger ble kunngjort på en konferanse i dag. Tre søkere lyktes denne gangen; "
            "Arena Fjellmat i Valdres, Havlab Cluster i Tromsø og Arena Reinlykke i Karasjok.")
    assert status(events(text, published="2022-06-15")) == [
        ("Arena Fjellmat", "ARENA", "granted", 2022), ("Arena Reinlykke", "ARENA", "granted", 2022),
        ("Havlab Cluster", "ARENA", "granted", 2022)]


@pytest.mark.parametrize("text", [
    "Polartek Cluster og Havlab Cluster er tatt opp i klyngeprogrammet. De to er de eneste av årets søkere som fikk Arena Pro-status.",
    "Polartek Cluster og Havlab Cluster vart tekne opp i klyngeprogrammet i dag. Begge fekk status som Arena Pro.",
])
def test_4_names_then_the_level_for_de_to(events, text):
    assert status(events(text, published="2022-06-15")) == [
        ("Havlab Cluster", "ARENA_PRO", "granted", 2022), ("Polartek Cluster", "ARENA_PRO", "granted", 2022)]


# -- 5. funding whose recipient is implied ----------------------------------------------------

def test_5_an_event_noun_stands_for_the_decision(events):
    text = "Arena Fjellmat ble i dag tatt opp som Arena-klynge. Med opptaket følger et årlig tilskudd på 2 millioner kroner."
    found = events(text, published="2023-06-20")
    assert status(found) == [("Arena Fjellmat", "ARENA", "granted", 2023)]
    assert funding(found) == [("cluster", "Arena Fjellmat", 2_000_000, True, None)]


@pytest.mark.parametrize("sentence", [
    "Tildelingen innebærer en årlig finansiering på rundt 3 millioner kroner.",
    "Statusen gir klyngen 3 millioner kroner i året.",
    "Dette betyr 3 millioner kroner årlig til klyngen.",
])
def test_5_the_cluster_of_the_decision_before(events, sentence):
    found = events(f"Havlab Cluster har fått status som NCE. {sentence}", published="2023-06-20")
    assert funding(found) == [("cluster", "Havlab Cluster", 3_000_000, True, None)]


def test_5_a_demonstrative_for_a_group_just_named(events):
    text = "Fjordbio Cluster og Havlab Cluster er begge Arena-klynger. Disse får til sammen 4 millioner kroner i året."
    assert funding(events(text, published="2023-06-20")) == [("status_group", None, 4_000_000, True, None)]


# -- 6. renames told with a verb or as a narrative; a merger is no rename --------------------

def test_6_rename_verb_with_a_bare_new_name(events):
    found = events("Klyngen Arena Fjellmat bytter navn til Tindra og blir med det Arena Pro-klynge.", published="2023-11-08")
    assert renames(found) == [("Arena Fjellmat", "Tindra")]
    assert status(found) == [("Tindra", "ARENA_PRO", "granted", 2023)]


@pytest.mark.parametrize("text,old,new", [
    ("De første årene gikk klyngen under navnet Arena Fjordbio; i dag heter den NCE Fjordbio.", "Arena Fjordbio", "NCE Fjordbio"),
    ("Klynga heitte Havkraft Vest fram til 2019. No heiter ho Havkraft Cluster.", "Havkraft Vest", "Havkraft Cluster"),
    ("Fjellmat Nettverk skifter navn til Fjellmat Cluster.", "Fjellmat Nettverk", "Fjellmat Cluster"),
    ("Havlab endret i fjor navnet til Havlab Ocean Cluster.", "Havlab", "Havlab Ocean Cluster"),
])
def test_6_rename_as_verb_or_narrative(events, text, old, new):
    assert renames(events(text, published="2023-11-08")) == [(old, new)]


@pytest.mark.parametrize("text,old,new", [
    ("Arena Havbruk heter nå Havkraft Cluster.", "Arena Havbruk", "Havkraft Cluster"),
    ("Havkraft Cluster har fått nytt navn: Ocean Havkraft.", "Havkraft Cluster", "Ocean Havkraft"),
    ("Arena Havbruk har skiftet navn og heter nå Havkraft Cluster.", "Arena Havbruk", "Havkraft Cluster"),
    ("Det nye navnet på klyngen er Havkraft Cluster. Tidligere het den Arena Havbruk.", "Arena Havbruk", "Havkraft Cluster"),
    ("NCE Havkraft, som tidligere het Arena Havbruk, får status som GCE.", "Arena Havbruk", "NCE Havkraft"),
    ("Havkraft Cluster (tidl. Vannkraft Forum) får status som NCE.", "Vannkraft Forum", "Havkraft Cluster"),
])
def test_6_a_new_name_said_as_new(events, text, old, new):
    assert renames(events(text, published="2023-11-08")) == [(old, new)]


def test_6_a_name_given_is_no_rename(events):
    assert renames(events("Klyngen Havkraft Cluster heter så fordi den startet ved havet.", published="2023-11-08")) == []


def test_6_a_merger_is_no_rename(events):
    text = "Arena Fjellmat og Arena Dalsmat slår seg sammen og heter nå Innlandsmat Cluster."
    assert renames(events(text, published="2023-11-08")) == []


# -- 7. a descriptive common noun is no cluster name -----------------------------------------

def test_7_headline_description_and_the_name_in_the_body(events):
    text = "Matklynge fra Hardanger blir Arena-klynge\n\nArena Hardangermat ble i dag tatt opp i Arena-programmet."
    assert status(events(text, published="2023-06-20")) == [("Arena Hardangermat", "ARENA", "granted", 2023)]


def test_7_sector_noun_then_the_name(events):
    text = "Trebransjen på Innherred har nå fått Arena-status. Klyngen heter Arena Trebyggerne og samler 30 bedrifter."
    assert status(events(text, published="2023-06-20")) == [("Arena Trebyggerne", "ARENA", "granted", 2023)]


def test_7_descriptive_compound_in_the_lead_and_the_name_below(events):
    text = ("Medieklyngen i Bergen blir oppgradert og får NCE-status.\n\n"
            "Fjordmedia Cluster er i dag tildelt status som Norwegian Centre of Expertise.")
    assert [c for c, *_ in status(events(text, published="2014-06-18"))] == ["Fjordmedia Cluster"]


# -- 8. each funding attribute from its own clause --------------------------------------------

def test_8_duration_of_each_clause(events):
    text = ("Arena-klyngene mottar 2 millioner kroner årlig over tre år, "
            "mens GCE-klyngene mottar 10 millioner kroner for minimum ti år.")
    assert funding(events(text, published="2023-06-20")) == [
        ("status_group", None, 2_000_000, True, 3), ("status_group", None, 10_000_000, True, 10)]


def test_8_genitive_aarets_is_no_per_year_marker(events):
    assert funding(events("I årets tildeling får Havlab Cluster 3 millioner kroner.", published="2023-06-20")) == [
        ("cluster", "Havlab Cluster", 3_000_000, False, None)]


@pytest.mark.parametrize("phrase,years", [
    ("i løpet av de neste fem årene", 5), ("fordelt på fire år", 4), ("i en femårsperiode", 5), ("de neste tre årene", 3),
])
def test_8_duration_wordings(events, phrase, years):
    found = events(f"Havlab Cluster får 2 millioner kroner i året {phrase}.", published="2023-06-20")
    assert [e["years"] for e in found if e["type"] == "funding"] == [years]


# -- 9. level sub-headings over "Name – description" paragraphs --------------------------------

def test_9_level_labels_over_name_dash_description_items(events):
    text = ("Klyngeprogrammet har tatt opp to nye miljøer i år:\n\nArena Pro:\n\n"
            "Fjordbio Cluster – et nettverk for marin bioteknologi med 40 medlemsbedrifter.\n\nArena:\n\n"
            "Reinlykke Nett – et samarbeid mellom reindriftsbedrifter i Finnmark.")
    assert status(events(text, published="2023-11-08")) == [
        ("Fjordbio Cluster", "ARENA_PRO", "granted", 2023), ("Reinlykke Nett", "ARENA", "granted", 2023)]


# -- 10. a sentence broken by a hard line break ------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Arena Fjellmat og Havlab Cluster ble i dag tatt opp\ni klyngeprogrammet som Arena-klynger.",
     [("Arena Fjellmat", "ARENA", "granted", 2023), ("Havlab Cluster", "ARENA", "granted", 2023)]),
    ("NCE Kystlab har i dag fått\nforlenget status som NCE for tre nye år.", [("NCE Kystlab", "NCE", "extended", 2023)]),
])
def test_10_hard_line_break_inside_a_sentence(events, text, expected):
    assert status(events(text, published="2023-06-01")) == expected


# -- 11. conditional, generic and proposed amounts are no funding --------------------------------

@pytest.mark.parametrize("text", [
    "Blir Polartek Cluster tatt opp, vil klyngen få 3 millioner kroner i årlig støtte.",
    "Regjeringen foreslår å øke bevilgningen til klyngeprogrammet med 20 millioner kroner.",
    "Dersom Polartek Cluster får NCE-status, får klyngen 5 millioner kroner i året.",
    "En status som NCE vil normalt gi rundt 5 millioner kroner i året.",
    "Regjeringa gjer framlegg om 210 millionar kroner til klyngeprogrammet neste år.",
])
def test_11_conditional_generic_or_proposed_amounts(events, text):
    assert [e for e in events(text, published="2023-06-20") if e["type"] == "funding"] == []


def test_11_a_future_consequence_of_a_decision_taken_is_funding(events):
    text = "Polartek Cluster ble i dag tatt opp som Arena-klynge. Opptaket vil gi klyngen 2 millioner kroner i året."
    assert funding(events(text, published="2023-06-20")) == [("cluster", "Polartek Cluster", 2_000_000, True, None)]


# -- 12. a descriptor compound before a known name is outside it ---------------------------------

def test_12_descriptor_before_a_gazetteer_name(events):
    text = ("Energisatsingen Arena Vindenergi har fått status som Arena-klynge. "
            "Arena Vindenergi fikk statusen etter to års forarbeid.")
    assert status(events(text, published="2023-06-20")) == [("Arena Vindenergi", "ARENA", "granted", 2023)]


@pytest.mark.parametrize("descriptor", ["Klyngeprosjektet", "Samarbeidsprosjektet", "Næringsinitiativet"])
def test_12_other_descriptors(events, descriptor):
    found = events(f"{descriptor} Fjellmat Cluster har fått status som Arena-klynge.", published="2023-06-20")
    assert status(found) == [("Fjellmat Cluster", "ARENA", "granted", 2023)]


# -- 13. members named in the sentence before the decision ----------------------------------------

@pytest.mark.parametrize("text", [
    "Polartek Cluster og Havlab Cluster har lenge vært regionale satsinger. Nå har begge fått status som NCE.",
    "Polartek Cluster og Havlab Cluster har lenge vore regionale satsingar. No har dei to fått status som NCE.",
])
def test_13_begge_and_de_to_refer_back(events, text):
    assert status(events(text, published="2022-06-15")) == [
        ("Havlab Cluster", "NCE", "granted", 2022), ("Polartek Cluster", "NCE", "granted", 2022)]


# -- 14. the programme's frame as a compound or Nynorsk noun --------------------------------------

@pytest.mark.parametrize("text", [
    "Programmets totalbudsjett for 2024 er 210 millioner kroner.",
    "Den samla ramma for 2024 er 210 millionar kroner.",
    "Klyngeprogrammets samleramme for 2024 er på 210 millioner kroner.",
])
def test_14_programme_frame_nouns(events, text):
    assert funding(events(text, published="2023-06-20")) == [("programme", None, 210_000_000, False, None)]


# -- 15. a level prefix against the sentence's level: the sentence is read literally ---------------

def test_15_the_sentence_level_applies_to_every_conjunct(events):
    text = "Tre klynger får NCE-status i år: NCE Polarteknikk, GCE Fjordbio og NCE Kystlab."
    assert {e["status"] for e in events(text, published="2015-06-20")} == {"NCE"}


# -- 16. a misspelt level prefix stays in the name ---------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Styreleder i Areana Konvekst Cluster gleder seg over at klyngen er tatt opp i Arena-programmet.",
     "Areana Konvekst Cluster"),
    ("Arnea Fjordbio Cluster ble i dag tatt opp i Arena-programmet.", "Arnea Fjordbio Cluster"),
])
def test_16_misspelt_prefix(events, text, name):
    assert status(events(text, published="2023-06-20")) == [(name, "ARENA", "granted", 2023)]



# -- 17. an amount over years with no per-year word is read literally --------------------------------

def test_17_amount_over_years_is_a_total(events):
    text = "Havlab Cluster tildeles 4 millioner kroner over fem år som ny Arena Pro-klynge."
    assert funding(events(text, published="2023-06-20")) == [("cluster", "Havlab Cluster", 4_000_000, False, 5)]


# -- 18. unlisted level compounds and node names -------------------------------------------------------

@pytest.mark.parametrize("text,level", [
    ("Polartek Cluster ble i dag tatt opp i Arena Pro-klassen.", "ARENA_PRO"),
    ("Polartek Cluster ble i dag tatt opp i ArenaPro-divisjonen.", "ARENA_PRO"),
    ("Polartek Cluster ble i dag løftet inn i GCE-eliten.", "GCE"),
])
def test_18_level_compounds(events, text, level):
    assert status(events(text, published="2022-11-08")) == [("Polartek Cluster", level, "granted", 2022)]


def test_18_a_node_name_is_a_hub_node(events):
    [found] = [e for e in events("Reinlykke Nettverk blir NODE Finnmark, knyttet til NCE Kystlab som hub.",
                                 published="2022-11-08") if e["type"] == "status"]
    assert (found["cluster"], found["status"], found["year"], found["hub"]) == (
        "Reinlykke Nettverk", "HUB_NODE", 2022, "NCE Kystlab")
    assert found["aliases"] == ["NODE Finnmark"]


# -- 19. an extension told as a renewed contract ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Avtalen med NCE Kystlab er forlenget med en ny treårsperiode.",
    "NCE Kystlab har fått en ny kontraktsperiode i programmet.",
    "NCE Kystlab har fått fornya avtalen med klyngeprogrammet.",
])
def test_19_renewed_contract_is_extended(events, text):
    assert status(events(text, published="2022-11-08")) == [("NCE Kystlab", "NCE", "extended", 2022)]


# -- 20. company-shaped cluster names ------------------------------------------------------------------------

def test_20_maritime_name_with_a_status(events):
    assert status(events("Vest Maritime har fått status som GCE.", published="2023-06-20")) == [
        ("Vest Maritime", "GCE", "granted", 2023)]


def test_20_technology_name_coordinated_with_a_cluster(events):
    assert status(events("Fjell Technology og Arena Fjellmat får status som Arena-klynger.", published="2023-06-20")) == [
        ("Arena Fjellmat", "ARENA", "granted", 2023), ("Fjell Technology", "ARENA", "granted", 2023)]


def test_20_a_company_is_still_no_cluster(process):
    doc = process("Vest Maritime AS har levert 40 skip i år.")
    assert [e.text for e in doc.ents if e.label_ == "CLUSTER"] == []


# -- 21. a cluster referred to only by description: no event (project rule) -------------------------------

def test_21_description_only_gives_no_event(events):
    text = ("GCE-status til to klynger i nord og øst\n\nBåde havklyngen i Troms og skogklyngen i Innlandet fikk i dag "
            "GCE-status.\n\nStatsråden roste arbeidet.\n\nPå bildet: Kari Nordmann, leder for Havlab Cluster, og statsråden.")
    assert status(events(text, published="2014-06-20")) == []


# -- 22. the subject of a reaction is not the cluster of the at-clause ---------------------------------------

def test_22_reaction_to_a_decision(events):
    found = events("Fylkesordføreren er stolt over at Arena Fjellmat har fått status som NCE.", published="2023-06-20")
    assert status(found) == [("Arena Fjellmat", "NCE", "granted", 2023)]


@pytest.mark.parametrize("text", [
    "Sjømatrådet har ventet lenge på at en klynge i regionen skulle få NCE-status.",
    "Ordføreren er glad for at det nå kommer en ny Arena-klynge til kommunen.",
])
def test_22_no_event_from_the_main_clause(events, text):
    assert status(events(text, published="2023-06-20")) == []


@pytest.mark.parametrize("text,old,new", [
    ("Havlab Cluster heitte før Florø Havforum og vart Arena-klynge i 2018.", "Florø Havforum", "Havlab Cluster"),
    ("I 2015 ble klyngen løftet til NCE, og Fjord Medtech ble til NCE Fjordhelse.", "Fjord Medtech", "NCE Fjordhelse"),
    ("2006 – Havteknikk Vest får status som NCE og tar navnet NCE Havteknikk.", "Havteknikk Vest", "NCE Havteknikk"),
    ("Fjordsjø får status som NCE og heiter frå no av NCE Blue Fjordsjø.", "Fjordsjø", "NCE Blue Fjordsjø"),
    ("2015 – Klyngen løftes til GCE-nivået. NCE Havteknikk blir GCE Havteknikk.", "NCE Havteknikk", "GCE Havteknikk"),
])
def test_6_renames_told_as_a_cluster_history(events, text, old, new):
    assert (old, new) in renames(events(text, published="2021-06-29"))


@pytest.mark.parametrize("text", [
    "Havlab Cluster og Polartek Cluster slo seg sammen og ble til Nordkyst Cluster.",
    "Klyngen ble til i 2016 som et samarbeid mellom tolv bedrifter.",
    "NCE Havteknikk blir GCE i år.",
])
def test_6_becoming_is_a_rename_only_between_two_names_of_one_cluster(events, text):
    assert renames(events(text, published="2021-06-29")) == []


@pytest.mark.parametrize("text,old,new", [
    ("Vi har besøkt Havlab Cluster i Tromsø. Da klyngen ble etablert i 2015, het den Arena Havforum Nord og var et lite "
     "Arena-prosjekt.", "Arena Havforum Nord", "Havlab Cluster"),
    ("Bedriftene i Havlab Cluster satsar på havvind. Fram til 2018 heitte klynga Havforum Nord.", "Havforum Nord", "Havlab Cluster"),
    # "det" after a naming verb: the neuter anaphor ("miljøet", "nettverket")
    ("Havlab Cluster vart i dag løfta til GCE. Miljøet fekk NCE-status i 2006. Den gongen gjekk det under namnet "
     "Havforum Nord.", "Havforum Nord", "Havlab Cluster"),
    ("Havlab Cluster ble i dag GCE. Nettverket fikk NCE-status i 2006. Da het det Havforum Nord.", "Havforum Nord", "Havlab Cluster"),
])
def test_6_a_past_name_of_the_cluster_the_text_is_about(events, text, old, new):
    assert renames(events(text, published="2023-09-14")) == [(old, new)]


def test_6_money_after_such_a_rename_goes_to_the_name_of_today(events):
    text = ("Vi har besøkt Havlab Cluster i Tromsø. Da klyngen ble etablert i 2015, het den Arena Havforum Nord. "
            "Arena Havforum Nord hadde fjorten bedrifter. For 2023 får klyngen 3,8 millioner kroner fra programmet.")
    assert [e["recipient"] for e in events(text, published="2023-09-14") if e["type"] == "funding"] == ["Havlab Cluster"]


def test_6_a_timeline_of_renames_told_of_anaphors(events):
    text = ("NCE Fjordlaks har vakse fram frå eit lite forum. Her er dei viktigaste åra.\n\n"
            "2006: Åtte oppdrettarar skipar eit forum.\n"
            "2008: Forumet skiftar namn til Arena Fjordlaks og vert teke opp som Arena-prosjekt.\n"
            "2014: Klynga vert løfta opp til NCE-nivå og får namnet NCE Fjordlaks Aqua.\n"
            "2024: Fiskehelse Vest vert teke opp som hub-node, med NCE Fjordlaks Aqua som hub.\n")
    found = events(text, published="2024-03-01")
    assert ("Arena Fjordlaks", "NCE Fjordlaks Aqua") in renames(found)
    assert not any(e["type"] == "rename" and e["new"] == "Arena Fjordlaks" and e["old"].startswith("NCE") for e in found)
    assert not any(e["type"] == "status" and e["status"] == "HUB_NODE" and e["cluster"] == e.get("hub") for e in found)


@pytest.mark.parametrize("text,old,new", [
    ("I 2009 fikk Havforum Nord status som NCE. Klyngen heter nå Havlab Cluster.", "Havforum Nord", "Havlab Cluster"),
    ("I 2009 fikk Havforum Nord status som NCE. Klyngen er i dag kjent som Havlab Cluster.", "Havforum Nord", "Havlab Cluster"),
    ("I 2009 fikk Fjordmat Cluster og Havforum Nord status som NCE. Sistnevnte heter i dag Havlab Cluster.",
     "Havforum Nord", "Havlab Cluster"),
    ("I 2009 fikk Fjordmat Cluster og Havforum Nord status som NCE. Den siste er i dag kjent som Havlab Cluster.",
     "Havforum Nord", "Havlab Cluster"),
    ("Seks klynger ble NCE i 2006:\n• Havforum Nord (Horten), som senere skiftet navn til Havlab Cluster\n"
     "• Fjordmat Cluster (Bergen)\n", "Havforum Nord", "Havlab Cluster"),
])
def test_6_the_name_of_today_of_a_cluster_named_before(events, text, old, new):
    """The anaphor ("Klyngen", "Sistnevnte", "Den siste") is no name: the old name is the one
    it refers to."""
    assert renames(events(text, published="2014-06-24")) == [(old, new)]
