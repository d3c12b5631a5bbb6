"""Entity recognisers on hand-written Norwegian sentences (Bokmål and Nynorsk)."""

import pytest

from conftest import ents


def values(doc, label):
    return [(e.text, e._.value) for e in doc.ents if e.label_ == label]


# -- CLUSTER ------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Arena Fjellbygg i Valdres fikk gode tilbakemeldinger.", "Arena Fjellbygg"),
    ("Samarbeidet i NCE Havvind Vest har gitt resultater.", "NCE Havvind Vest"),
    ("Leder for Bodø Space Cluster er fornøyd.", "Bodø Space Cluster"),
    ("Målet for Nordic Battery Hub er å vokse.", "Nordic Battery Hub"),
    ("Grønn Stål AS er med i Stålklyngen, som har 40 medlemmer.", "Stålklyngen"),
])
def test_unknown_cluster_names_from_their_shape(process, text, name):
    assert (name, "CLUSTER") in ents(process(text), "CLUSTER")


def test_subject_of_status_verb_is_a_cluster(process):
    doc = process("Tindevekst Innlandet får status som Arena-klynge.")
    assert ents(doc, "CLUSTER") == [("Tindevekst Innlandet", "CLUSTER")]


@pytest.mark.parametrize("text", ["I går fikk Tindevekst status som Arena-klynge.",
                                  "I går gjekk Tindevekst inn i NCE-programmet."])
def test_a_date_word_before_the_verb_is_no_verb(process, text):
    """"I går" is a date: the verb after it is the one whose subject follows."""
    assert ents(process(text), "CLUSTER") == [("Tindevekst", "CLUSTER")]


@pytest.mark.parametrize("text,name", [
    ("Havkraft Arena fikk status som Arena-klynge.", "Havkraft Arena"),
    ("I fjor fikk Norsk Solkraft Arena status som Arena-klynge.", "Norsk Solkraft Arena"),
    ("Fjellhallen Arena vart teken opp som Arena-klynge.", "Fjellhallen Arena"),
])
def test_arena_as_a_name_head_in_a_decision(process, text, name):
    """"Arena" after a name's word is its head, at a sentence's start too; such a name is a
    cluster where a decision puts it, and "Arena" is then no level of its own."""
    doc = process(text)
    assert ents(doc, "CLUSTER") == [(name, "CLUSTER")]
    assert [t for t, _ in ents(doc, "STATUS")] == ["Arena-klynge"]


@pytest.mark.parametrize("text,name", [
    ("– Vi har manglet en organisasjon, sier daglig leder Line Fossum Rygh i Havlab Cluster.", "Havlab Cluster"),
    ("– Dette er stas, seier dagleg leiar Kari Nordmann i Fjellmat Cluster.", "Fjellmat Cluster"),
])
def test_a_persons_cluster_after_a_role_is_the_cluster_alone(process, text, name):
    assert ents(process(text), "CLUSTER") == [(name, "CLUSTER")]


@pytest.mark.parametrize("text", ["NTNU er partner i tre av de nye klyngene.",
                                  "Høgskulen på Vestlandet fekk status som partner i Arena-klynga."])
def test_research_partners_are_no_clusters(process, text):
    assert ents(process(text), "CLUSTER") == []


def test_arena_after_a_function_word_is_the_level(process):
    assert ("Arena", "STATUS") in ents(process("Etter Arena kommer NCE-nivået."), "STATUS")


def test_list_items_under_level_heading(process):
    doc = process("Dei tre nye Arena-prosjekta er:\n  • Kystmat Nord, Troms\n  • Fjordlys, Vestland\n  • Smart Fjell, Innlandet\n")
    assert ents(doc, "CLUSTER") == [("Kystmat Nord", "CLUSTER"), ("Fjordlys", "CLUSTER"), ("Smart Fjell", "CLUSTER")]
    assert ("Vestland", "PLACE") in ents(doc, "PLACE")


def test_descriptor_before_a_name_is_outside_it(process):
    doc = process("I dag fikk batteriklyngen Nordic Cell Cluster status som NCE.")
    assert ("Nordic Cell Cluster", "CLUSTER") in ents(doc, "CLUSTER")


def test_bracketed_acronym_and_later_mentions(process):
    doc = process("Arctic Fibre Cluster (AFC) har vokst. I år fikk AFC nye medlemmer, og Arctic Fibre Cluster feiret.")
    assert [t for t, _ in ents(doc, "CLUSTER")] == ["Arctic Fibre Cluster", "AFC", "AFC", "Arctic Fibre Cluster"]


def test_generic_references_are_not_clusters(process):
    doc = process("Klyngen har 40 medlemmer. Næringsklyngen vokser, og de nye Arena-prosjektene er i gang.")
    assert ents(doc, "CLUSTER") == []


def test_gazetteer_alias_and_dash_subtitle(process):
    doc = process("NCE iKuben – Rapid Transformation i Molde og GCE Subsea i Bergen.")
    assert ents(doc, "CLUSTER") == [("NCE iKuben – Rapid Transformation", "CLUSTER"), ("GCE Subsea", "CLUSTER")]


# -- STATUS and PROGRAMME -------------------------------------------------------

@pytest.mark.parametrize("text,span,level", [
    ("Klyngen fekk Arena-status.", "Arena-status", "ARENA"),
    ("To nye NCE-klynger ble utnevnt.", "NCE-klynger", "NCE"),
    ("Den er en Arena Pro-klynge nå.", "Arena Pro-klynge", "ARENA_PRO"),
    ("Status som Global Centre of Expertise er høyest.", "Global Centre of Expertise", "GCE"),
    ("Nettverket ble en av to nye Hub-noder.", "Hub-noder", "HUB_NODE"),
    ("Klynga har fått status som moden klynge.", "moden klynge", "MATURE"),
    ("Dei blir nye arenaprosjekt.", "arenaprosjekt", "ARENA"),
])
def test_status_terms_and_their_level(process, text, span, level):
    assert (span, level) in values(process(text), "STATUS")


def test_programme_names(process):
    doc = process("Klyngeprogrammet Norwegian Innovation Clusters erstattet Arena-programmet og NCE-programmet.")
    assert [t for t, _ in ents(doc, "PROGRAMME")] == ["Klyngeprogrammet", "Norwegian Innovation Clusters", "Arena-programmet", "NCE-programmet"]


def test_plain_arena_word_is_not_a_level(process):
    assert ents(process("Dette blir en viktig arena for samarbeid."), "STATUS") == []


# -- PLACE ---------------------------------------------------------------------

def test_places_and_organisations(process):
    doc = process("Innovasjon Norge og Norges forskningsråd møttes i Tromsø, Nord-Norge, med gjester fra Sverige.")
    assert [t for t, _ in ents(doc, "PLACE")] == ["Tromsø", "Nord-Norge", "Sverige"]


def test_place_inside_cluster_name_is_not_a_place(process):
    doc = process("Arena Helgeland Vekst samler bedrifter på Helgeland.")
    assert ents(doc, "PLACE") == [("Helgeland", "PLACE")]


def test_nynorsk_place_names(process):
    doc = process("Klynga held til i Noreg, i Vestland fylke.")
    assert ("Vestland", "PLACE") in ents(doc, "PLACE")


# -- MONEY -----------------------------------------------------------------------

def test_money_with_values(process):
    doc = process("Klyngane får sju millionar kroner, og programmet har 1,5 – 2,5 millioner kroner per klynge. "
                  "Ramma er kr 500 000 i år.")
    assert values(doc, "MONEY") == [("sju millionar kroner", 7_000_000), ("1,5 – 2,5 millioner kroner", [1_500_000, 2_500_000]),
                                    ("kr 500 000", 500_000)]


def test_amount_without_currency_needs_funding_context(process):
    assert values(process("Klyngen får 75 millioner i støtte."), "MONEY") == [("75 millioner", 75_000_000)]
    assert values(process("Byen har 75 millioner innbyggere i regionen."), "MONEY") == []


def test_whole_kroner_dash_is_no_part_of_the_number(process):
    """Price notation ("kr 750 000,-", "1.500.000,- kroner"): the ",-" neither hides the amount nor joins it."""
    doc = process("Klyngen får kr 750 000,- i året og 1.500.000,- kroner til slutt. Tilskotet er kr. 300.000,-.")
    assert values(doc, "MONEY") == [("kr 750 000", 750_000), ("1.500.000,- kroner", 1_500_000), ("kr. 300.000", 300_000)]


def test_a_price_in_whole_kroner_is_no_year(process):
    doc = process("Deltakelse koster 2000,- per person på konferansen i 2019.")
    assert values(doc, "DATE") == [("2019", 2019)]


def test_a_number_and_a_half_is_one_amount_not_a_range(process):
    doc = process("Klyngen får to og en halv million kroner, klynga tre og ein halv million kroner og "
                  "programmet mellom to og tre millioner kroner.")
    assert values(doc, "MONEY") == [("to og en halv million kroner", 2_500_000), ("tre og ein halv million kroner", 3_500_000),
                                    ("to og tre millioner kroner", [2_000_000, 3_000_000])]


def test_phone_numbers_are_not_money(process):
    assert ents(process("Kontakt: telefon 908 20 918 eller 22 00 25 00."), "MONEY") == []


# -- DATE ------------------------------------------------------------------------

def test_dates_and_relative_dates(process):
    doc = process("Vedtaket kom 11. juni 2009. I dag, 14.3.2024, og i fjor var det annerledes.", published="2024-03-14")
    assert values(doc, "DATE") == [("11. juni 2009", "2009-06-11"), ("I dag", "2024-03-14"), ("14.3.2024", "2024-03-14"),
                                   ("i fjor", 2023)]


def test_relative_date_without_published_has_no_value(process):
    assert values(process("Klyngen fikk status i dag."), "DATE") == [("i dag", None)]


def test_durations_are_not_dates(process):
    assert ents(process("Støtten gjelder i fem år, for to nye år."), "DATE") == []


def test_glued_boilerplate_date_is_found(process):
    doc = process("Ny fabrikk i Mo14.3.2024 10:00:00 CET | Pressemelding")
    assert values(doc, "DATE") == [("14.3.2024", "2024-03-14")]


def test_a_year_before_til_is_no_range_of_kroner(extractor):
    doc = extractor.process("Budsjettet har økt fra 110 millioner kroner i 2014 til 165 millioner kroner i 2023.",
                            published="2024-05-15")
    assert [(e.text, e._.value) for e in doc.ents if e.label_ == "MONEY"] == [
        ("110 millioner kroner", 110_000_000), ("165 millioner kroner", 165_000_000)]


def test_a_descriptor_before_a_camel_case_name_is_no_part_of_it(process):
    doc = process("Industrinettverket iKuben i Molde vart fredag teke opp som Arena-prosjekt.")
    assert [e.text for e in doc.ents if e.label_ == "CLUSTER"] == ["iKuben"]


@pytest.mark.parametrize("text", ["Klyngen får en ramme på 12 millionar euro.", "Klyngen får 3 millioner dollar i støtte.",
                                  "Prosjektet fikk 40 millioner svenske kroner i tilskudd."])
def test_an_amount_in_a_foreign_currency_is_no_money(process, text):
    assert [e.text for e in process(text).ents if e.label_ == "MONEY"] == []


def test_a_document_title_after_a_dash_is_no_part_of_the_name(process):
    doc = process("NCE Havkraft – Årsberetning 2013\n\nNCE Havkraft er en næringsklynge i Halden.")
    assert {e.text for e in doc.ents if e.label_ == "CLUSTER"} == {"NCE Havkraft"}


@pytest.mark.parametrize("text,names", [
    ("I tillegg avanserer havromsklyngen Ocean Space Møre til NCE.", ["Ocean Space Møre"]),
    ("Klyngen skifter navn til NCE Smart Hav.", ["NCE Smart Hav"]),  # the gazetteer's short form "NCE Smart" begins it
    ("NCE Smart Energy Markets sitt mål er vekst.", ["NCE Smart Energy Markets"]),
])
def test_names_after_a_lower_case_compound_and_past_a_short_known_form(process, text, names):
    assert [e.text for e in process(text).ents if e.label_ == "CLUSTER"] == names


def test_a_former_name_after_the_new_name_and_its_place_is_a_cluster_name(process):
    doc = process("Nye Arena-klynger:\n– Sjøkraft Nordvest, Kristiansund – tidlegare Kraftforum Nordmøre\n")
    assert [e.text for e in doc.ents if e.label_ == "CLUSTER"] == ["Sjøkraft Nordvest", "Kraftforum Nordmøre"]
