"""One test per error category found when running on releases the rules were
not written against. Every sentence here is written for the test, in the
style of real releases; none is taken from an evaluation text."""

from pathlib import Path

import pytest


def brief(found):
    return sorted((e["cluster"], e["status"], e["action"], e["year"]) for e in found if e["type"] == "status")


# -- list structure -------------------------------------------------------------

def test_dash_quotation_after_a_sentence_is_not_a_list_item(events):
    text = ("Tre sterke klynger utpekes nå som Norwegian Centres of Expertise.\n\n"
            "- Vi gleder oss til samarbeidet, sier styreleder i NCE Fjellkraft, Ola Nordmann.\n")
    assert events(text, published="2019-06-20") == []


def test_dash_items_under_a_colon_are_a_list(events):
    text = ("Disse klyngene får status som Arena-prosjekter:\n"
            "– Fjellmat Cluster, Valdres\n"
            "– Havkraft Cluster, Senja\n")
    assert brief(events(text, published="2019-06-20")) == [
        ("Fjellmat Cluster", "ARENA", "granted", 2019), ("Havkraft Cluster", "ARENA", "granted", 2019)]


def test_decision_without_names_completed_by_a_colon_list(events):
    text = ("I dag kunngjorde vi hvilke nye klynger som ble tatt opp i klyngeprogrammet 2019.\n\n"
            "Klyngene som kom med i år var:\n\n"
            " • NCE Havbruk Nord\n"
            " • Arena Fjellmat\n")
    assert brief(events(text, published="2019-06-20")) == [
        ("Arena Fjellmat", "ARENA", "granted", 2019), ("NCE Havbruk Nord", "NCE", "granted", 2019)]


# -- pending decisions ----------------------------------------------------------

def test_count_decision_completed_by_blant_sentence(events):
    text = ("Fire nye miljøer tas opp i Arena-programmet i år. "
            "Blant de fire er Fjellmat Cluster fra Valdres.")
    found = events(text, published="2018-06-01")
    assert brief(found) == [("Fjellmat Cluster", "ARENA", "granted", 2018)]
    assert found[0]["place"] == "Valdres"


def test_pending_decision_expires(events):
    text = ("Fire nye miljøer tas opp i Arena-programmet i år. Søknadene var mange. "
            "Juryen brukte lang tid. Styret møttes i mai. Blant gjestene var Fjellmat Cluster.")
    assert events(text, published="2018-06-01") == []


# -- trigger wording ------------------------------------------------------------

def test_adjective_nye_in_passing_is_no_decision(events):
    text = "Daglig leder i Fjellmat Cluster ser fram til å samarbeide med de nye NCE-klyngene."
    assert events(text, published="2019-06-20") == []


def test_adjective_nye_after_copula_is_a_decision(events):
    assert brief(events("Fjellmat Cluster er ny Arena-klynge.", published="2019-06-20")) == [
        ("Fjellmat Cluster", "ARENA", "granted", 2019)]


def test_heading_with_nye_introduces_the_bullets(events):
    text = "Nye NCE-klynger\n\n • NCE Havbruk Nord, Tromsø\n • NCE Fjellkraft, Hamar\n"
    found = events(text, published="2016-06-20")
    assert brief(found) == [("NCE Fjellkraft", "NCE", "granted", 2016), ("NCE Havbruk Nord", "NCE", "granted", 2016)]
    assert {e["place"] for e in found} == {"Tromsø", "Hamar"}


# -- name boundary ---------------------------------------------------------------

def test_name_with_a_mis_encoded_dash_stays_whole(events):
    # The tokenizer reads " ? " between words as the dash it stands for (nicextract.normalise);
    # the event names the cluster as the document writes it.
    text = "NCE Havbruk ? Nordlige Farvann er tildelt NCE-status."
    found = events(text, published="2009-06-11")
    assert [e["cluster"] for e in found] == ["NCE Havbruk ? Nordlige Farvann"]
    start, end = found[0]["spans"]["cluster"]
    assert text[start:end] == "NCE Havbruk ? Nordlige Farvann"


def test_plural_descriptor_before_names(events):
    text = "Næringsklyngjene Fjellmat Cluster og Havkraft Cluster vart tekne opp som Arena-klynger i 2015."
    assert brief(events(text)) == [("Fjellmat Cluster", "ARENA", "granted", 2015),
                                   ("Havkraft Cluster", "ARENA", "granted", 2015)]


def test_former_names_in_apposition_get_no_event(events):
    text = ("Havkraft Cluster og Fjellmat Cluster, de tidligere Arena-prosjektene Havkraft Nord "
            "og Fjellmat Vest, får status som NCE.")
    assert brief(events(text, published="2020-06-01")) == [
        ("Fjellmat Cluster", "NCE", "granted", 2020), ("Havkraft Cluster", "NCE", "granted", 2020)]


# -- anaphora --------------------------------------------------------------------

def test_pronoun_den_refers_back(events):
    text = "Fjellmat Cluster ble etablert i 2012. Den fikk status som Arena-klynge i 2014."
    assert brief(events(text)) == [("Fjellmat Cluster", "ARENA", "granted", 2014)]


def test_den_before_a_date_is_no_pronoun(events):
    text = ("Fjellmat Cluster ble presentert i mars. "
            "Den 20. juni ble det klart hvilke klynger som ble tatt opp som NCE. Ingen navn er kjent ennå.")
    assert events(text, published="2019-06-21") == []


def test_klynga_takes_the_title_cluster(events):
    text = "Fjellmat Cluster\n\nKlynga fekk status som Arena-klynge i 2017."
    assert brief(events(text)) == [("Fjellmat Cluster", "ARENA", "granted", 2017)]


# -- place ------------------------------------------------------------------------

@pytest.mark.parametrize("description,place", [
    ("NCE Havbruk Nord representerer 40 bedrifter innen havbruk i Tromsø.", "Tromsø"),
    ("NCE Havbruk Nord er en sammenslutning av 60 aktører i hele verdikjeden på Østlandet og Sørlandet.",
     "Østlandet og Sørlandet"),
])
def test_place_from_a_sentence_about_the_cluster(events, description, place):
    text = f"NCE Havbruk Nord får status som NCE.\n\n{description}"
    found = events(text, published="2014-06-01")
    assert [e["place"] for e in found] == [place]


def test_place_of_a_speaker_is_not_the_clusters(events):
    text = "NCE Havbruk Nord får status som NCE, sier statsråd Kari Nordmann i Oslo."
    assert [e["place"] for e in events(text, published="2014-06-01")] == [None]


# -- who decides is not a cluster -------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Innovasjon Norge har godkjent Fjellmat Cluster som ny Arena-klynge.",
    "Regjeringen har i dag utnevnt Fjellmat Cluster til nytt Arena-prosjekt.",
    "Styret i Innovasjon Norge har vedtatt at Fjellmat Cluster blir ny Arena-klynge.",
])
def test_the_deciding_body_is_not_a_cluster(events, sentence):
    assert brief(events(sentence, published="2021-06-15")) == [("Fjellmat Cluster", "ARENA", "granted", 2021)]


# -- more trigger wording ---------------------------------------------------------

@pytest.mark.parametrize("sentence,status,year,previous", [
    ("Havkraft Cluster rykker opp til NCE-nivå.", "NCE", 2021, None),
    ("Havkraft Cluster går inn i GCE-programmet.", "GCE", 2021, None),
    ("Havkraft Cluster gikk i 2016 fra Arena til NCE.", "NCE", 2016, "ARENA"),
    ("I tillegg går NCE Havkraft opp til GCE-nivå.", "GCE", 2021, "NCE"),
])
def test_movement_into_a_level(events, sentence, status, year, previous):
    [found] = events(sentence, published="2021-06-15")
    assert (found["status"], found["year"], found["previous_status"]) == (status, year, previous)


def test_rename_from_the_subject(events):
    found = events("Arena Havkraft har endret navn til Havkraft Cluster.", published="2021-06-15")
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("Arena Havkraft", "Havkraft Cluster")]


# -- more list structure ----------------------------------------------------------

def test_names_after_a_colon_in_one_sentence(events):
    text = "Tre nye klynger får NCE-status: Havkraft Cluster (Senja), Fjellmat Cluster og Nordlys Sol."
    found = events(text, published="2021-06-15")
    assert brief(found) == [("Fjellmat Cluster", "NCE", "granted", 2021), ("Havkraft Cluster", "NCE", "granted", 2021),
                            ("Nordlys Sol", "NCE", "granted", 2021)]
    assert {e["cluster"]: e["place"] for e in found}["Havkraft Cluster"] == "Senja"


def test_short_lines_under_a_colon_end_at_a_section_heading(events):
    text = ("De nye Arena-klyngene er:\n\nFjellmat (Valdres)\nHavkraft (Senja)\n\n"
            "Formål\n\nKlyngene skal samarbeide om innovasjon.")
    found = events(text, published="2021-06-15")
    assert brief(found) == [("Fjellmat", "ARENA", "granted", 2021), ("Havkraft", "ARENA", "granted", 2021)]


def test_navigation_lines_are_not_items(events):
    text = "Les mer om de nye Arena-klyngene her:\nNye klynger skal gi vekst\n\nTil toppen\n"
    assert events(text, published="2021-06-15") == []


# -- funding wording ---------------------------------------------------------------

def test_funding_duration_with_inntil_and_range_with_mellom(events):
    [found] = events("Arena-klyngane får mellom 1 og 2 millionar kroner i året i inntil tre år.", published="2021-06-15")
    assert (found["amount_nok"], found["amount_max_nok"], found["per_year"], found["years"]) == (1_000_000, 2_000_000, True, 3)


def test_programme_a_cluster_joins_is_not_the_recipient(events):
    found = events("Med opptaket i Arena-programmet får Havkraft Cluster 2 millioner kroner årlig.", published="2021-06-15")
    [money] = [e for e in found if e["type"] == "funding"]
    assert (money["recipient_kind"], money["recipient"]) == ("cluster", "Havkraft Cluster")
    # the admission the sentence tells of is a decision of its own
    assert [(e["cluster"], e["status"]) for e in found if e["type"] == "status"] == [("Havkraft Cluster", "ARENA")]


# -- Nynorsk forms and copular identification -------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("Dei nye Arena-klyngene er Fjellmat Cluster og Havkraft Cluster.",
     [("Fjellmat Cluster", "ARENA", "granted", 2021), ("Havkraft Cluster", "ARENA", "granted", 2021)]),
    ("Fjellmat Cluster er ei av dei nye Arena-klyngene i år.", [("Fjellmat Cluster", "ARENA", "granted", 2021)]),
    ("Havkraft Cluster fekk forlengd NCE-statusen sin for tre nye år i 2020.", [("Havkraft Cluster", "NCE", "extended", 2020)]),
    ("Havkraft Cluster har vore med i Arena-programmet i tre år, og går no over til NCE.",
     [("Havkraft Cluster", "NCE", "granted", 2021)]),
])
def test_nynorsk_and_copular_decisions(events, sentence, expected):
    assert brief(events(sentence, published="2021-06-15")) == expected


def test_nynorsk_pronoun_ho_carries_the_place(events):
    [found] = events("Fjellmat Cluster har fått status som NCE. Ho held til i Valdres.", published="2021-06-15")
    assert found["place"] == "Valdres"


def test_descriptive_compound_is_an_alias_not_the_name(events):
    [found] = events("Eyde-klyngen har fått GCE-status. NCE Eyde ble etablert i 2007.", published="2021-06-15")
    assert found["cluster"] == "NCE Eyde" and found["aliases"] == ["Eyde-klyngen"]


# -- a whole web page -------------------------------------------------------------

def test_nynorsk_web_page_with_boilerplate(events):
    """A release written for this test: menu, quotation, bullet list with places
    not in the gazetteer, an extension, a programme description, contact block."""
    text = (Path(__file__).parent / "data" / "nynorsk_webpage.txt").read_text(encoding="utf-8")
    found = events(text, published="2022-06-14")
    assert brief(found) == [("Fjellmat Cluster", "ARENA", "granted", 2022), ("Havkraft Nord", "ARENA", "granted", 2022),
                            ("NCE Marin Teknologi", "NCE", "extended", 2022), ("Sunnfjord Plast", "ARENA", "granted", 2022)]
    grant = [e for e in found if e["type"] == "funding" and e["years"] == 3]
    assert [(e["recipient_kind"], e["status"], e["amount_nok"], e["per_year"]) for e in grant] == [
        ("status_group", "ARENA", 2_500_000, True)]
    assert not any(e["type"] == "funding" and e["amount_nok"] == 915_23_456 for e in found)


def test_two_decisions_joined_by_og_keep_their_years(events):
    text = "Havkraft Cluster ble tatt opp i Arena-programmet i 2016 og fikk Arena Pro-status i 2019."
    assert brief(events(text)) == [("Havkraft Cluster", "ARENA", "granted", 2016),
                                   ("Havkraft Cluster", "ARENA_PRO", "granted", 2019)]


@pytest.mark.parametrize("text,status,year", [
    ("I dag får Smart Sjømat Nord status som Arena-klynge.", "ARENA", 2021),
    ("Samtidig fekk Smart Sjømat Nord status som Arena-klynge.", "ARENA", 2021),  # plain past of a news report
    ("I 2019 ble Smart Sjømat Nord tatt opp i Arena-programmet.", "ARENA", 2019),
    ("Nå blir Smart Sjømat Nord ny NCE-klynge.", "NCE", 2021),
])
def test_subject_after_the_verb_behind_a_fronted_adverbial(events, text, status, year):
    assert brief(events(text, published="2021-01-01")) == [("Smart Sjømat Nord", status, "granted", year)]


@pytest.mark.parametrize("text", [
    "I dag får Innovasjon Norge status som Arena-klynge.",  # an organisation
    "I år får Bodø kommune status som Arena-klynge.",  # a place
    "Nå får Kari Nordmann ansvaret for Arena-klyngen.",  # no status word right after the name
])
def test_no_inverted_subject_where_the_words_do_not_fit(events, text):
    assert [e["cluster"] for e in events(text, published="2021-01-01")] == []


def test_coordinated_names_before_one_decision_are_not_split(events):
    text = "I 2015 ble Havkraft Cluster, Fjellmat Cluster og NCE Nordlys tildelt status som NCE."
    assert [e["cluster"] for e in events(text)] == ["Havkraft Cluster", "Fjellmat Cluster", "NCE Nordlys"]


# -- boilerplate: other pages' teasers ----------------------------------------------

def test_related_items_block_gives_no_events_and_klyngen_gets_the_money(events):
    """A release written for this test, with a "Relaterte saker" block of other
    releases' titles and dates, and a contact block with a phone number."""
    text = (Path(__file__).parent / "data" / "bokmal_webpage_related.txt").read_text(encoding="utf-8")
    found = events(text, published="2020-06-10")
    assert brief(found) == [("Fjellmat Cluster", "ARENA", "granted", 2020)]
    [money] = [e for e in found if e["type"] == "funding"]
    assert (money["recipient_kind"], money["recipient"], money["amount_nok"], money["per_year"], money["years"]) == (
        "cluster", "Fjellmat Cluster", 1_800_000, True, 3)


@pytest.mark.parametrize("teaser", [
    "Les også: NCE Vestfjord får forlenget status",
    "Les òg: Havkraft Cluster blir ny Arena-klynge.",
    "Se også: Fjellmat Cluster får 2 millioner kroner i året",
])
def test_a_link_label_with_a_colon_opens_another_pages_title(events, teaser):
    text = f"Fjellmat Cluster får status som Arena-klynge.\n\n{teaser}\nDel på Facebook"
    assert brief(events(text, published="2020-06-10")) == [("Fjellmat Cluster", "ARENA", "granted", 2020)]
    assert [e for e in events(text, published="2020-06-10") if e["type"] == "funding"] == []


def test_a_link_label_alone_still_heads_a_block_and_a_label_in_a_sentence_is_text(events):
    block = "Fjellmat Cluster får status som Arena-klynge.\n\nLes også:\nNCE Vestfjord får forlenget status\n"
    assert brief(events(block, published="2020-06-10")) == [("Fjellmat Cluster", "ARENA", "granted", 2020)]
    inline = "Les mer om dette: Fjellmat Cluster får status som Arena-klynge."
    # "Les mer om dette" is no link label: the sentence is the release's own text
    assert brief(events(inline, published="2020-06-10")) == [("Fjellmat Cluster", "ARENA", "granted", 2020)]
    plain = "Relatert til dette får Fjellmat Cluster status som Arena-klynge."
    assert brief(events(plain, published="2020-06-10")) == [("Fjellmat Cluster", "ARENA", "granted", 2020)]


def test_navigation_bullets_are_not_clusters(events):
    text = "De nye NCE-klyngene er:\n• Les mer\n• Del på Facebook\n• Havkraft Cluster\n"
    assert [e["cluster"] for e in events(text, published="2021-01-01")] == ["Havkraft Cluster"]


# -- appositions, upgrades told by the name, renames with "kjent som" ----------------

def test_level_noun_in_apposition_introduces_a_name(events):
    [found] = events("Arena-prosjektet Havkraft Nord i Tromsø får 1,5 millioner kroner i året.", published="2021-06-15")
    assert (found["recipient_kind"], found["recipient"], found["amount_nok"]) == ("cluster", "Havkraft Nord", 1_500_000)
    [status] = events("Den Bergens-baserte klynga Havkraft Subsea blir GCE.", published="2021-06-15")
    assert (status["cluster"], status["status"], status["place"]) == ("Havkraft Subsea", "GCE", "Bergen")


def test_level_prefix_of_the_name_is_the_previous_status(events):
    [found] = events("NCE Havkraft er oppgradert til GCE-nivå.", published="2021-06-15")
    assert (found["status"], found["previous_status"]) == ("GCE", "NCE")


@pytest.mark.parametrize("text", [
    "Fjordkraft Cluster – tidligere Vannkraft Forum – får NCE-status.",
    "Fjordkraft Cluster (tidligere Vannkraft Forum) får NCE-status.",
    "Fjordkraft Cluster, tidligere kjent som Vannkraft Forum, får NCE-status.",
    "Fjordkraft Cluster får NCE-status. Klynga heitte tidlegare Vannkraft Forum.",
])
def test_former_name_needs_no_cue_of_its_own(events, text):
    """The former name has no level prefix, head word or gazetteer entry: the
    marker after a cluster name (or a sentence-opening anaphor) makes it one."""
    found = events(text, published="2021-06-15")
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("Vannkraft Forum", "Fjordkraft Cluster")]
    assert [e["cluster"] for e in found if e["type"] == "status"] == ["Fjordkraft Cluster"]


@pytest.mark.parametrize("text", [
    "Kari Nordmann, tidligere Equinor, leder Fjordkraft Cluster.",  # a person's former employer
    "Fjordkraft Cluster får NCE-status. Tidligere Vannkraft Forum er nå med.",  # no name or anaphor before the marker
])
def test_a_name_after_a_former_marker_alone_is_no_cluster(process, text):
    doc = process(text)
    assert "Equinor" not in [e.text for e in doc.ents if e.label_ == "CLUSTER"]
    assert "Vannkraft Forum" not in [e.text for e in doc.ents if e.label_ == "CLUSTER"]
    assert all(e.type != "rename" for e in doc._.events)


def test_rename_with_kjent_som(events):
    found = events("NCE Havkraft, tidligere kjent som Arena Havbruk, får GCE-status.", published="2021-06-15")
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("Arena Havbruk", "NCE Havkraft")]
    assert [e["cluster"] for e in found if e["type"] == "status"] == ["NCE Havkraft"]


# -- members named after the decision -------------------------------------------------

def test_selection_then_det_er_with_coordinated_unknown_names(events):
    text = ("Innovasjon Norge, Siva og Forskningsrådet har valgt ut fire nye Arena-klynger. "
            "Det er Havkraft Cluster, Fjellmat Cluster, Nordlys Sol og Vestkyst Bio.")
    assert [e["cluster"] for e in events(text, published="2021-06-15")] == [
        "Havkraft Cluster", "Fjellmat Cluster", "Nordlys Sol", "Vestkyst Bio"]


def test_partner_lists_do_not_make_clusters(process):
    doc = process("NCE Havkraft får status som GCE sammen med Fjellmat Cluster, Sintef og Universitetet i Bergen.")
    assert [e.text for e in doc.ents if e.label_ == "CLUSTER"] == ["NCE Havkraft", "Fjellmat Cluster"]


def test_heading_over_sub_headings_that_name_clusters(events):
    text = ("Nye Arena-klynger 2018\n\nHavkraft Cluster\nHavkraft Cluster er en klynge innen havbruk i Bodø.\n\n"
            "Fjellmat Cluster\nFjellmat Cluster samler matprodusenter i Valdres.\n\nOm programmet\n\n"
            "Nordlys Sol er en annen klynge.\n")
    found = events(text, published="2018-06-20")
    assert brief(found) == [("Fjellmat Cluster", "ARENA", "granted", 2018), ("Havkraft Cluster", "ARENA", "granted", 2018)]
    assert {e["cluster"]: e["place"] for e in found} == {"Havkraft Cluster": "Bodø", "Fjellmat Cluster": "Valdres"}


# -- who gives and who gets ---------------------------------------------------------

def test_programme_as_giver_and_level_of_its_group(events):
    [found] = events("NCE-programmet gir klyngene inntil 10 millioner kroner i året.", published="2021-06-15")
    assert (found["recipient_kind"], found["status"], found["amount_nok"], found["per_year"]) == (
        "status_group", "NCE", 10_000_000, True)


def test_money_from_other_funds_is_not_programme_funding(events):
    text = "Havkraft Cluster og Sparebanken Nord har fått 3 millioner kroner fra Regionalt forskningsfond."
    assert events(text, published="2021-06-15") == []


def test_forms_with_and_without_prefix_give_one_event(events):
    text = ("NCE Eyde får GCE-status\n\nEyde-nettverket har fått status som Global Centre of Expertise. "
            "Eyde-klyngen har 70 medlemmer.")
    [found] = events(text, published="2021-06-01")
    assert (found["cluster"], found["status"], sorted(found["aliases"])) == ("NCE Eyde", "GCE", ["Eyde-klyngen", "Eyde-nettverket"])


def test_nynorsk_news_with_former_name_and_read_also_block(events):
    """A news item written for this test: former name with its level, the
    second cluster named later, a group grant, and a "Les også" block."""
    text = (Path(__file__).parent / "data" / "nynorsk_gce_news.txt").read_text(encoding="utf-8")
    found = events(text, published="2014-07-01")
    status = {e["cluster"]: (e["status"], e["year"], e["place"], e["previous_status"]) for e in found if e["type"] == "status"}
    assert status == {"GCE Havbruk": ("GCE", 2014, "Bergen", "NCE"), "GCE Node": ("GCE", 2014, "Sørlandet", None)}
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("NCE Havbruk", "GCE Havbruk")]
    [grant] = [e for e in found if e["type"] == "funding"]
    assert (grant["recipient_kind"], grant["status"], grant["amount_nok"], grant["per_year"], grant["years"]) == (
        "status_group", "GCE", 10_000_000, True, 10)


# -- year from a heading ------------------------------------------------------------

def test_past_decision_takes_the_bare_year_of_its_heading(events):
    text = "Klyngeprogrammet 2019\n\nFire nye Arena-klynger ble tatt opp: Havkraft Cluster og Fjellmat Cluster."
    assert {e["year"] for e in events(text, published="2020-02-01")} == {2019}


def test_a_heading_without_a_year_leaves_a_past_decision_to_the_publication_year(events):
    text = "Klyngeprogrammet 2019\n\nNye klynger\n\nHavkraft Cluster fikk NCE-status."
    assert [e["year"] for e in events(text, published="2020-02-01")] == [2020]


# -- decisions told with the deciding body as subject ---------------------------

def test_status_given_to_a_name_without_a_head_word(events):
    """"gi X-status til Y", "tildele Y X-status": the receiver is a cluster whatever its name
    looks like, and a place may begin it."""
    assert brief(events("Innovasjon Norge har besluttet å gi GCE-status til Hydrogen Valley.", published="2022-07-01")) == [
        ("Hydrogen Valley", "GCE", "granted", 2022)]
    assert brief(events("Styret valgte å tildele Agder Robotics Arena-status.", published="2022-07-01")) == [
        ("Agder Robotics", "ARENA", "granted", 2022)]
    assert events("Innovasjon Norge gir NCE-status til Bergen og Stavanger.", published="2022-07-01") == []


def test_a_decision_to_renew_is_a_decision_a_purpose_is_not(events):
    """"vedtok å forlenge": the infinitive after a deciding verb is the decision; "for å få" and
    "søker om å forlenge" stay plans."""
    text = "Styret i Innovasjon Norge vedtok i dag å forlenge NCE-avtalen med Seafood Innovation Cluster for nye fem år."
    assert brief(events(text, published="2022-11-30")) == [("Seafood Innovation Cluster", "NCE", "extended", 2022)]
    assert brief(events("Innovasjon Norge forlenger Arena-avtalen med Fjordmat Cluster.", published="2022-11-30")) == [
        ("Fjordmat Cluster", "ARENA", "extended", 2022)]
    assert events("Seafood Innovation Cluster søker om å forlenge NCE-avtalen.", published="2022-11-30") == []
    assert events("Fjordmat Cluster jobber for å få Arena-status.", published="2022-11-30") == []


def test_a_member_named_after_a_pointer_to_the_decisions_set(events):
    """"Ei av dei er X", "En av dem er X": the complement names a member, in Nynorsk and Bokmål."""
    text = "Innovasjon Norge tek opp fire nye Arena-klynger i år. Ei av dei er Trearena Vest."
    assert brief(events(text, published="2022-06-30")) == [("Trearena Vest", "ARENA", "granted", 2022)]
    text = "Klyngeprogrammet tar opp fire nye Arena-klynger i år. En av dem er Vestlandets Trearena."
    assert brief(events(text, published="2022-06-30")) == [("Vestlandets Trearena", "ARENA", "granted", 2022)]
    assert events("Arena Fjordmat tar opp spørsmålet om eksport.", published="2022-06-30") == []


def test_a_start_date_without_a_year_may_lie_ahead(events):
    """"fra 1. juli" is a start: the nearest such day, this year or next; a plain past
    date after the publication date is last year's."""
    assert brief(events("Smart Mobility Norway er tatt opp i NCE-programmet fra 1. juli.", published="2020-06-20")) == [
        ("Smart Mobility Norway", "NCE", "granted", 2020)]
    assert brief(events("Havlab Cluster får NCE-status fra 1. januar.", published="2022-11-30")) == [
        ("Havlab Cluster", "NCE", "granted", 2023)]
    assert brief(events("Havlab Cluster fikk NCE-status 15. desember.", published="2023-02-10")) == [
        ("Havlab Cluster", "NCE", "granted", 2022)]


# -- renames ----------------------------------------------------------------------

def renames(found):
    return sorted((e["old"], e["new"]) for e in found if e["type"] == "rename")


@pytest.mark.parametrize("text", [
    "Ocean Cluster Norway (tidligere Arena Havlab) har fått NCE-status.",
    "Ocean Cluster Norway, som inntil nylig het Arena Havlab, får NCE-status.",
    "Ocean Cluster Norway, som fram til i fjor het Arena Havlab, får NCE-status.",
    "Klyngen Ocean Cluster Norway het tidligere Arena Havlab.",
    "Ocean Cluster Norway er det nye navnet på Arena Havlab.",
    "Det nye namnet til Arena Havlab er Ocean Cluster Norway.",
    "Ocean Cluster Norway – tidlegare Arena Havlab – får NCE-status.",
])
def test_a_former_name_however_the_sentence_tells_it(events, text):
    """A relative clause, a naming verb before the marker, "det nye navnet på Y"; and a name
    that goes on after its head word ("… Cluster Norway") is kept whole."""
    assert renames(events(text, published="2020-06-20")) == [("Arena Havlab", "Ocean Cluster Norway")]


def test_a_place_or_country_after_the_head_word_ends_the_name(events):
    text = "Smart City Cluster Stavanger og Ocean Cluster Norway får Arena-status."
    assert brief(events(text, published="2020-06-20")) == [
        ("Ocean Cluster Norway", "ARENA", "granted", 2020), ("Smart City Cluster Stavanger", "ARENA", "granted", 2020)]


def test_names_with_their_places_in_an_enumeration(events):
    """"A i Bergen, B i Sogndal og C i Tromsø", "A (Bergen), B (Tromsø)": a bare name coordinated
    with known cluster names is one, its place stays outside the name."""
    text = ("Innovasjon Norge har tatt opp tre nye NCE-klynger. "
            "Det er Havkraft Cluster i Bergen, Fjordmat Cluster i Sogndal og Nordlys Energy i Tromsø.")
    assert brief(events(text, published="2021-06-10")) == [
        ("Fjordmat Cluster", "NCE", "granted", 2021), ("Havkraft Cluster", "NCE", "granted", 2021),
        ("Nordlys Energy", "NCE", "granted", 2021)]


def test_new_level_before_a_colon_announces_its_members(events):
    """"Tre nye Arena-klynger: A (Bergen), B (Tromsø) og C": the colon makes it an announcement;
    "de nye NCE-klyngene" in passing is none."""
    text = "Tre nye Arena-klynger: Havkraft Cluster (Bergen), Nordlys Energy (Tromsø) og Fjordmat Cluster (Sogndal)."
    found = [e for e in events(text, published="2021-06-10") if e["type"] == "status"]
    assert sorted((e["cluster"], e["status"], e["year"], e["place"]) for e in found) == [
        ("Fjordmat Cluster", "ARENA", 2021, "Sogndal"), ("Havkraft Cluster", "ARENA", 2021, "Bergen"),
        ("Nordlys Energy", "ARENA", 2021, "Tromsø")]
    assert events("Havkraft Cluster samarbeider med de nye NCE-klyngene om eksport.", published="2021-06-10") == []


def test_the_speakers_organisation_in_a_quote_about_our_status(events):
    """"– Vi er glade for å ha fått status …, sier daglig leder i Y, Kari Nord": "vi" are the
    speaker's organisation, a cluster whatever its name looks like; a perfect infinitive
    ("å ha fått") is a fact, not a plan."""
    text = "– Vi er glade for å ha fått status som Arena-klynge, sier daglig leder i Nordlys Tech, Kari Nord."
    assert brief(events(text, published="2021-06-10")) == [("Nordlys Tech", "ARENA", "granted", 2021)]
    assert events("– Vi er glade, sier daglig leder i Nordlys Tech, Kari Nord.", published="2021-06-10") == []
    assert events("Målet er å ha fått NCE-status innen 2025.", published="2021-06-10") == []


@pytest.mark.parametrize("text,expected", [
    ("Havkraft Cluster har fått tilslag på søknaden om NCE-status.", [("Havkraft Cluster", "NCE", "granted", 2020)]),
    ("Søknaden frå Havkraft Cluster om Arena-status er innvilga.", [("Havkraft Cluster", "ARENA", "granted", 2020)]),
    ("Havkraft Cluster sendte søknad om NCE-status i fjor.", []),
    ("Havkraft Cluster fikk avslag på søknaden om NCE-status.", []),
])
def test_an_application_is_a_decision_only_when_approved(events, text, expected):
    assert brief(events(text, published="2020-06-20")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Havkraft Cluster er nå offisielt en GCE-klynge.", [("Havkraft Cluster", "GCE", "granted", 2020)]),
    ("Havkraft Cluster er no ei NCE-klynge.", [("Havkraft Cluster", "NCE", "granted", 2020)]),
    ("Havkraft Cluster er nå inne i sitt siste år som NCE.", []),
])
def test_a_level_said_as_now_is_news_of_a_decision(events, text, expected):
    assert brief(events(text, published="2020-06-20")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Klyngen «Havkraft Vest» har fått Arena-status.", [("Havkraft Vest", "ARENA", "granted", 2020)]),
    ("«Havkraft» har fått Arena-status.", [("Havkraft", "ARENA", "granted", 2020)]),
    ("NCE Bio- og Nanoteknologi får GCE-status.", [("NCE Bio- og Nanoteknologi", "GCE", "granted", 2020)]),
    ("Arena Helse 2.0 får NCE-status.", [("Arena Helse 2.0", "NCE", "granted", 2020)]),
])
def test_names_in_guillemets_suspended_compounds_and_versions(events, text, expected):
    """A name in «», a suspended compound ("Bio- og Nanoteknologi") and a version number are
    whole names; a conference in «» beside a decision is none."""
    assert brief(events(text, published="2020-06-20")) == expected


def test_a_quoted_title_that_is_no_cluster(extractor):
    doc = extractor.nlp("Konferansen «Havets Fremtid» samlet mange, og Havkraft Cluster fikk Arena-status.")
    assert [e.text for e in doc.ents if e.label_ == "CLUSTER"] == ["Havkraft Cluster"]


def test_a_release_with_a_level_given_a_rename_a_singular_level_and_two_amounts(events):
    """"NCE-statusen går til Y, som fram til i fjor het X": the status, the rename; "…, mens
    NCE-klyngen får …": the one cluster decided at that level gets the money."""
    text = ("Innovasjon Norge har i dag tatt opp fire nye klynger. De nye Arena-klyngene er Agder Havbruk Cluster "
            "og Nordkapp Reiseliv. NCE-statusen går til Vestland Batteri, som fram til i fjor het Arena Batteri Vest.\n\n"
            "Arena-klyngene får inntil 2 millioner kroner i året i tre år, mens NCE-klyngen får 5 millioner kroner "
            "årlig over ti år.")
    found = events(text, published="2023-06-15")
    assert ("Vestland Batteri", "NCE", "granted", 2023) in brief(found)
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("Arena Batteri Vest", "Vestland Batteri")]
    assert sorted((e["recipient"], e["recipient_kind"], e["amount_nok"], e["per_year"], e["years"])
                  for e in found if e["type"] == "funding") == [
        ("Arena-klyngene", "status_group", 2_000_000, True, 3), ("Vestland Batteri", "cluster", 5_000_000, True, 10)]


@pytest.mark.parametrize("text,expected", [
    ("Sogn Mat og Reiseliv blir Arena-klynge.", [("Sogn Mat og Reiseliv", "ARENA", "granted", 2022)]),
    ("Havkraft og Fjordmat blir Arena-klynger.", [("Fjordmat", "ARENA", "granted", 2022), ("Havkraft", "ARENA", "granted", 2022)]),
    ("Arena Kystlab og Fjordmat Cluster blir Arena-klynge.",
     [("Arena Kystlab", "ARENA", "granted", 2022), ("Fjordmat Cluster", "ARENA", "granted", 2022)]),
])
def test_a_singular_level_makes_a_and_b_one_name(events, text, expected):
    """"A og B blir Arena-klynge" (one cluster) is one name unless B has a level or head of its own."""
    assert brief(events(text, published="2022-06-24")) == expected


# -- members named by layout and syntax beyond the decision clause --------------

@pytest.mark.parametrize("lead", [
    "Fire nye Arena-klynger\n\n",
    "Årets nykommere\n\nInnovasjon Norge har valgt ut fire nye Arena-klynger.\n\n",
    "Nye klynger i programmet\n\nSiva og Innovasjon Norge presenterte i dag tre nye Arena-klynger.\n\n",
])
def test_name_lines_over_their_descriptions_are_the_announced_set(events, lead):
    text = lead + ("Fjellbygg Arena\nSamler 25 byggebedrifter i Hallingdal.\n\n"
                   "Nordlys Reiseliv\nReiselivsklynge i Alta med 40 medlemmer.\n")
    assert brief(events(text, published="2022-06-20")) == [
        ("Fjellbygg Arena", "ARENA", "granted", 2022), ("Nordlys Reiseliv", "ARENA", "granted", 2022)]


def test_sentence_case_section_headings_are_no_set(events):
    text = ("Fire nye Arena-klynger\n\nFjellbygg Cluster i Hallingdal er en av dem.\n\n"
            "Sterk vekst\nByggenæringen i dalen har vokst i ti år.\n\n"
            "Mer om programmet\nKlyngeprogrammet ble etablert i 2017.\n")
    assert brief(events(text, published="2022-06-20")) == [("Fjellbygg Cluster", "ARENA", "granted", 2022)]


@pytest.mark.parametrize("text", [
    "Agder Energilab og Vestfold Helseteknologi har samarbeidet tett i flere år. Nå er begge løftet til NCE-nivå.",
    "Agder Energilab og Vestfold Helseteknologi har samarbeidd tett i fleire år. No har dei to fått NCE-status.",
])
def test_begge_refers_to_unknown_names_coordinated_just_before(events, text):
    assert brief(events(text, published="2020-06-10")) == [
        ("Agder Energilab", "NCE", "granted", 2020), ("Vestfold Helseteknologi", "NCE", "granted", 2020)]


def test_begge_after_a_paragraph_break_does_not_reach_back(events):
    text = "Agder Energilab og Vestfold Helseteknologi har samarbeidet tett i flere år.\n\nNå er begge løftet til NCE-nivå."
    assert brief(events(text, published="2020-06-10")) == []


@pytest.mark.parametrize("text,expected", [
    ("Ordføreren gleder seg over at Agder Energilab nå er blitt GCE.", ("Agder Energilab", "GCE", "granted", 2021)),
    ("Styret er glad for at Agder Energilab endelig har fått status som GCE.", ("Agder Energilab", "GCE", "granted", 2021)),
    ("Det er klart at Agder Energilab også i år får fortsette som Arena-klynge.", ("Agder Energilab", "ARENA", "extended", 2021)),
    ("Det vart klart at Agder Energilab får halde fram som Arena-klynge.", ("Agder Energilab", "ARENA", "extended", 2021)),
])
def test_adverbs_before_the_verb_of_an_at_clause(events, text, expected):
    assert brief(events(text, published="2021-06-01")) == [expected]


# -- a month alone, and decision verbs as news varies them ------------------------

@pytest.mark.parametrize("text,published,year", [
    ("Havlab Cluster fikk i desember status som NCE.", "2023-01-04", 2022),  # last December
    ("Havlab Cluster vart i mai teken opp som Arena-klynge.", "2023-06-20", 2023),
    ("Havlab Cluster blir NCE fra januar.", "2022-11-04", 2023),  # "fra": the month ahead
    ("Havlab Cluster fikk i slutten av november status som NCE.", "2023-01-04", 2022),
    ("Havlab Cluster fikk i desember status som NCE.", "2023", 2023),  # no month published: the year stands
])
def test_a_month_without_a_year_lies_near_the_publication_date(events, text, published, year):
    assert [e["year"] for e in events(text, published=published) if e["type"] == "status"] == [year]


@pytest.mark.parametrize("text,expected", [
    ("I 2019 gikk Havlab Cluster fra Arena til Arena Pro.", ("Havlab Cluster", "ARENA_PRO", "granted", 2019)),
    ("I fjor tok Havlab Cluster steget fra Arena til Arena Pro.", ("Havlab Cluster", "ARENA_PRO", "granted", 2019)),
    ("Havlab Cluster tek no steget opp til NCE-nivå.", ("Havlab Cluster", "NCE", "granted", 2020)),
    ("Havlab Cluster nådde i fjor opp i konkurransen om NCE-status.", ("Havlab Cluster", "NCE", "granted", 2019)),
    ("Havlab Cluster kvalifiserte seg i fjor for NCE-nivået.", ("Havlab Cluster", "NCE", "granted", 2019)),
])
def test_decision_verbs_with_words_between_verb_and_particle(events, text, expected):
    assert brief(events(text, published="2020-02-01")) == [expected]


@pytest.mark.parametrize("text", [
    "Havlab Cluster, som også søkte om Arena-status, nådde ikke opp denne gangen.",
    "Havlab Cluster gikk ikke videre til Arena Pro i år.",
])
def test_a_negation_inside_the_decision_verb(events, text):
    assert brief(events(text, published="2020-02-01")) == []


@pytest.mark.parametrize("text,expected", [
    ("Det ble kjent i formiddag at Arena Beredskap og Arena Nordlys, begge med base i Bodø, er blant de nye "
     "prosjektene i Arena-programmet.", [("Arena Beredskap", "ARENA", "granted", 2008), ("Arena Nordlys", "ARENA", "granted", 2008)]),
    ("Det er mange nye prosjekter i Arena-programmet.", []),
])
def test_new_projects_of_a_programme_of_one_level(events, text, expected):
    assert brief(events(text, published="2008-09-23")) == expected


@pytest.mark.parametrize("published,year", [("2022-11-25", 2023), ("2023-01-10", 2023)])
def test_fra_nyttar_is_the_new_year_nearest_the_publication(events, published, year):
    found = events("Frå nyttår blir Havlab Cluster ei Arena Pro-klynge.", published=published)
    assert [e["year"] for e in found if e["type"] == "status"] == [year]


@pytest.mark.parametrize("head,year", [
    ("Kristiansand, 18. juni 2014\n\n", 2014),
    ("Innovasjon Norge\nPressemelding   |   Dato: 12.06.2015\n\n", 2015),
    ("Publisert 24. juni 2016 kl. 10:15\n\n", 2016),
    ("Søknadsfristen er 1. mars 2017.\n\n", None),  # a date in a sentence is no dateline
])
def test_a_text_without_a_publication_date_gives_its_own_at_its_head(events, head, year):
    found = events(head + "Havlab Cluster fikk i dag status som NCE.", published=None)
    assert [e["year"] for e in found if e["type"] == "status"] == [year]


def test_a_given_publication_date_wins_over_the_dateline(events):
    found = events("Kristiansand, 18. juni 2014\n\nHavlab Cluster fikk i dag status som NCE.", published="2015-01-02")
    assert [e["year"] for e in found if e["type"] == "status"] == [2015]


def test_les_ogsa_on_a_line_of_its_own_over_a_long_teaser_title(events):
    text = ("Kalender for klyngene\n\n9. april – Digitalt\nErfaringsdeling for hub-noder\n\n"
            "Les også\nSeks klynger tatt opp i programmet – Havlab Cluster blir Arena Pro (14.06.2021)\n\n"
            "Abonner på kalenderen   Personvern\n")
    assert brief(events(text, published="2024-02-01")) == []


def test_a_mastheads_date_cell_is_the_dateline(events):
    text = "Nordlandsposten · Næringsliv · 14. mars 2023\n\nHavlab Cluster fikk i dag status som NCE."
    assert [e["year"] for e in events(text, published=None) if e["type"] == "status"] == [2023]


@pytest.mark.parametrize("text,expected", [
    # an anaphor's past name and the new name the same sentence calls it
    ("Havkraft-klynga i Ålesund vert NCE\n\nKlynga, som til no har heitt Arena Havkraft, skal heretter kallast NCE "
     "Havkraft Vest.", [("Arena Havkraft", "NCE Havkraft Vest")]),
    # a description's new name, the description standing for the name told just before
    ("Samme dag ble Arena Fjordbio i Hamar løftet til NCE. Bioklyngen, som samler landbruk og bioteknologi, heter nå "
     "NCE Fjordbio Cluster.", [("Arena Fjordbio", "NCE Fjordbio Cluster")]),
])
def test_the_new_name_a_sentence_gives_an_anaphor_or_a_description(events, text, expected):
    assert renames(events(text, published="2018-06-21")) == expected


def test_a_description_whose_new_name_shares_nothing_with_the_name_before_stays_its_own(events):
    text = ("NCE Havkraft får nytt navn: GCE Havkraft Cluster.\n\nMedieklyngen i Bergen går fra Arena til NCE og heter "
            "heretter NCE Fjordmedia.")
    assert ("NCE Havkraft", "NCE Fjordmedia") not in renames(events(text, published="2014-06-19"))


def test_a_pronoun_that_is_one_of_a_set_just_decided(events):
    text = "Havkraft Cluster har fått nytt styre. Den er en av tre klynger som i dag ble løftet til NCE."
    assert [(e["cluster"], e["status"]) for e in events(text, published="2018-06-21") if e["type"] == "status"] == [
        ("Havkraft Cluster", "NCE")]


def test_years_ago_with_a_hedge(events):
    found = events("Havkraft Cluster ble Arena-klynge for bare ett år siden.", published="2018-06-20")
    assert [(e["cluster"], e["year"]) for e in found if e["type"] == "status"] == [("Havkraft Cluster", 2017)]


def test_new_names_paired_in_order_with_the_names_before(events):
    text = ("I same runde vart to Arena-klynger oppgraderte til NCE-nivå: Havkraft West på Stord og FjordArena i Bergen. "
            "Dei skal heretter heite NCE Havkraft og NCE Fjord.")
    assert renames(events(text, published="2014-06-19")) == [("FjordArena", "NCE Fjord"), ("Havkraft West", "NCE Havkraft")]


def test_the_other_cluster_is_no_anaphor_of_the_one_named_last(events):
    text = ("Ålesund-klyngen skifter samtidig navn fra NCE Havkraft til GCE Havkraft. Den andre klyngen skal heretter "
            "hete GCE Fjordnode.")
    assert renames(events(text, published="2014-06-13")) == [("NCE Havkraft", "GCE Havkraft")]


def test_a_description_is_no_former_name(events):
    text = ("Møbelklynga på Sunnmøre vert NCE\n\nKlynga som samlar møbelprodusentane, er løfta opp til NCE-nivå.\n\n"
            "Klynga skal heretter kallast NCE Nordic Møbel.")
    found = events(text, published="2024-06-21")
    assert renames(found) == []
    assert [(e["cluster"], e["status"]) for e in found if e["type"] == "status"] == [("NCE Nordic Møbel", "NCE")]
