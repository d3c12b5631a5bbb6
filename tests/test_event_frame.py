"""The document frame (docs/event-frame.md), slot by slot: how a decision is
told, where its members, level and year come from, and how reports of one
decision become one event. Sentences written for these tests."""

import pytest


def status(found):
    return sorted((e["cluster"], e["status"], e["action"], e["year"]) for e in found if e["type"] == "status")


# -- how a decision is told -------------------------------------------------------------

def test_a_new_year_ahead_is_next_year(events):
    """"fra nyttår" in a text of June is the coming January; in one of January, the one just begun."""
    text = "Havkraft Cluster blir med i Arena-programmet fra nyttår."
    assert status(events(text, published="2023-06-20")) == [("Havkraft Cluster", "ARENA", "granted", 2024)]
    assert status(events(text, published="2023-01-10")) == [("Havkraft Cluster", "ARENA", "granted", 2023)]
    assert status(events("Fra januar fikk Havkraft Cluster plass i Arena-programmet.", published="2023-03-10")) == [
        ("Havkraft Cluster", "ARENA", "granted", 2023)]


@pytest.mark.parametrize("sentence,level,action", [
    ("Havkraft Cluster kan nå kalle seg Norwegian Centre of Expertise.", "NCE", "granted"),
    ("Havkraft Cluster har fått innpass i Arena-programmet.", "ARENA", "granted"),
    ("Havkraft Cluster er innlemmet i klyngeprogrammet som Arena-klynge.", "ARENA", "granted"),
    ("Havkraft Cluster har kvalifisert seg til Arena Pro.", "ARENA_PRO", "granted"),
    ("Havkraft Cluster løftes opp til GCE-nivå.", "GCE", "granted"),
    ("Havkraft Cluster er blant de nye Arena-klyngene.", "ARENA", "granted"),
    ("Havkraft Cluster går fra Arena til Arena Pro.", "ARENA_PRO", "granted"),
    ("Regjeringen ga i dag Havkraft Cluster status som GCE.", "GCE", "granted"),
    ("Status som NCE ble i dag gitt til Havkraft Cluster.", "NCE", "granted"),
    ("NCE-status til Havkraft Cluster", "NCE", "granted"),
    ("Havkraft Cluster får ytterligere tre år som Arena-klynge.", "ARENA", "extended"),
    ("Havkraft Cluster får fortsette som NCE i fem nye år.", "NCE", "extended"),
    ("Tildelingen av NCE-status til Havkraft Cluster skjedde i dag.", "NCE", "granted"),
    ("Havkraft Cluster har fått status som et globalt ekspertisesenter.", "GCE", "granted"),
    ("Etter tre år som Arena-klynge har Havkraft Cluster nå fått NCE-status.", "NCE", "granted"),
    ("I dag har Havkraft Cluster endelig blitt NCE-klynge.", "NCE", "granted"),
    ("Som ny GCE gikk statusen i dag til Havkraft Cluster.", "GCE", "granted"),
])
def test_decision_wordings(events, sentence, level, action):
    assert status(events(sentence, published="2023-06-20")) == [("Havkraft Cluster", level, action, 2023)]


@pytest.mark.parametrize("sentence", [
    "Klynger som er kvalifisert til NCE kan søke om status.",
    "Havkraft Cluster har fått status som nasjonal motor for omstilling.",
    "Målet er å bli tatt opp i Arena-programmet neste år.",
    "Havkraft Cluster jobber for å få status som NCE.",
    "Det ble kjent at Havkraft Cluster ikke fikk NCE-status.",
    "Kommunen vil at Fjordmat Cluster skal bli en NCE-klynge innen 2025.",
    "Klyngeleder Kari Nordmann mener Havkraft Cluster bør få status som GCE.",
    "Les også:\nNCE Havkraft får GCE-status\nArena Fjordmat er tatt opp i programmet\n\nDel artikkelen",
])
def test_no_decision(events, sentence):
    assert status(events(sentence, published="2023-06-20")) == []


# -- members ------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,names,level", [
    ("Innovasjon Norge har godkjent Fjordmat som ny Arena-klynge.", ["Fjordmat"], "ARENA"),
    ("Regjeringen har utnevnt Havbris til nytt NCE.", ["Havbris"], "NCE"),
    ("Innovasjon Norge har tatt opp Fjordmat i Arena-programmet.", ["Fjordmat"], "ARENA"),
    ("Programmet har plukket ut Fjordmat og Havbris som nye Arena-klynger.", ["Fjordmat", "Havbris"], "ARENA"),
    ("Regjeringen har gitt Fjordmat status som NCE.", ["Fjordmat"], "NCE"),
    ("De tre nye Arena-klyngene er Fjordmat, Havbris og Lysverk.", ["Fjordmat", "Havbris", "Lysverk"], "ARENA"),
    ("I år kom Fjordmat med i Arena-programmet.", ["Fjordmat"], "ARENA"),
])
def test_a_name_with_no_cue_of_its_own_where_the_decision_puts_it(events, sentence, names, level):
    """A deciding body's object, a copula's complement, an inverted subject: no gazetteer
    entry, prefix or head word needed."""
    found = status(events(sentence, published="2023-06-20"))
    assert found == [(name, level, "granted", 2023) for name in names]


@pytest.mark.parametrize("text,expected", [
    ("Disse klyngene får Arena-status:\n\n• Fjordmat: en klynge for matprodusenter i Valdres\n"
     "• Havbris: et nettverk for havvind i Rogaland\n", ["Fjordmat", "Havbris"]),
    ("Disse klyngene får Arena-status:\n\n1. Fjordmat Cluster, Valdres\n2. Havbris Cluster, Rogaland\n",
     ["Fjordmat Cluster", "Havbris Cluster"]),
    ("Fire nye klynger er tatt opp i Arena-programmet i år. Fjordmat Cluster i Valdres er en av dem.", ["Fjordmat Cluster"]),
    ("Tre klynger får Arena-status. I tillegg til Fjordmat Cluster gjelder det Havbris Cluster og Lysverk Cluster.",
     ["Fjordmat Cluster", "Havbris Cluster", "Lysverk Cluster"]),
])
def test_members_in_list_items_and_pointing_sentences(events, text, expected):
    assert [c for c, *_ in status(events(text, published="2023-06-20"))] == sorted(expected)


def test_cleft_sentence_names_its_members(events):
    text = "Det ble Havkraft Cluster og Fjellmat Cluster som fikk Arena-status i år."
    assert [c for c, *_ in status(events(text, published="2023-06-20"))] == ["Fjellmat Cluster", "Havkraft Cluster"]


def test_members_and_levels_of_coordinated_clauses(events):
    text = "Tre klynger rykker opp: Havkraft Cluster og Fjellmat Cluster blir NCE, mens Nordlys Cluster blir GCE."
    assert status(events(text, published="2023-06-20")) == [
        ("Fjellmat Cluster", "NCE", "granted", 2023), ("Havkraft Cluster", "NCE", "granted", 2023),
        ("Nordlys Cluster", "GCE", "granted", 2023)]


def test_a_headline_without_a_subject_takes_the_cluster_below(events):
    text = "Får status som Arenaprosjekt\n\nHavkraft Cluster i Bodø får status som Arenaprosjekt."
    found = [e for e in events(text, published="2011-06-14") if e["type"] == "status"]
    assert [(e["cluster"], e["status"], e["place"]) for e in found] == [("Havkraft Cluster", "ARENA", "Bodø")]


def test_a_place_as_subject_stands_for_the_cluster_named_next(events):
    text = ("Nordland får nå status som Norwegian Centre of Expertise innen havbruk. "
            "Bak NCE Havbruk Nord står 30 bedrifter.")
    assert status(events(text, published="2009-02-20")) == [("NCE Havbruk Nord", "NCE", "granted", 2009)]


def test_a_status_passive_takes_the_cluster_the_text_is_about(events):
    text = "Om Havkraft Cluster\n\nArbeidet nådde en milepæl da Arena-status ble innvilget i juni 2012."
    assert status(events(text, published="2020-10-29")) == [("Havkraft Cluster", "ARENA", "granted", 2012)]


def test_a_quote_in_the_first_person_is_about_the_speakers_cluster(events):
    text = "– Vi har fått status som NCE, sier Kari Nordmann, leder i Havkraft Cluster."
    assert status(events(text, published="2023-06-20")) == [("Havkraft Cluster", "NCE", "granted", 2023)]


def test_a_speakers_cluster_is_not_the_decisions(events):
    text = "Fjellmat Cluster har fått status som NCE, sier Kari Nordmann, styreleder i Havkraft Cluster."
    assert status(events(text, published="2023-06-20")) == [("Fjellmat Cluster", "NCE", "granted", 2023)]


def test_the_name_after_a_grant_participle_with_the_status_as_subject(events):
    text = "Den ettertraktede statusen som Norwegian Centre of Expertise ble i dag tildelt Fjordlys Reiseliv."
    assert status(events(text, published="2009-06-11")) == [("Fjordlys Reiseliv", "NCE", "granted", 2009)]


def test_klyngen_refers_to_the_subject_of_the_sentence_before(events):
    text = ("Vinneren er NCE Fjellkraft, i samarbeid med Havkraft Cluster og Sintef. "
            "Klyngen får 8 millioner kroner i støtte.")
    [money] = [e for e in events(text, published="2017-06-01") if e["type"] == "funding"]
    assert money["recipient"] == "NCE Fjellkraft"


# -- level ------------------------------------------------------------------------------------

def test_level_of_an_announcement_without_members(events):
    text = "Årets nye Arena-klynger ble kunngjort i dag. Havkraft Cluster og Fjellmat Cluster er tatt opp i programmet."
    assert status(events(text, published="2023-06-20")) == [
        ("Fjellmat Cluster", "ARENA", "granted", 2023), ("Havkraft Cluster", "ARENA", "granted", 2023)]


def test_admission_into_the_programme_takes_the_only_level_the_text_names(events):
    text = ("Havkraft Cluster er tatt inn som del av klyngeprogrammet.\n\n"
            "Arena-programmet består av 22 klynger i hele landet.")
    assert status(events(text, published="2018-11-01")) == [("Havkraft Cluster", "ARENA", "granted", 2018)]


def test_no_level_when_the_text_names_several(events):
    text = ("Havkraft Cluster er tatt inn som del av klyngeprogrammet.\n\n"
            "Programmet har nivåene Arena, NCE og GCE.")
    assert status(events(text, published="2018-11-01")) == []


def test_such_a_status_gives_no_level_of_its_own(events):
    text = ("NCE Havkraft er tildelt eit katapultsenter. Det er verkeleg fortent.\n\n"
            "At klynga no er ein av dei som får tildelt ein slik status, viser kapasiteten.")
    assert status(events(text, published="2018-06-01")) == []


# -- year ---------------------------------------------------------------------------------------

def test_recency_word_in_a_relative_clause_is_news(events):
    text = "Klyngen Havkraft Cluster, som nylig fikk NCE-status, har 60 medlemmer."
    assert status(events(text, published="2023-06-20")) == [("Havkraft Cluster", "NCE", "granted", 2023)]


def test_start_date_of_the_decision(events):
    text = "Det ble i dag kjent at Havkraft Cluster får Arena Pro-status fra 1.1.2024 til 2028."
    assert status(events(text, published="2023-11-20")) == [("Havkraft Cluster", "ARENA_PRO", "granted", 2024)]


def test_appointment_without_level_gives_its_year(events):
    text = ("For tre år siden ble Havkraft Cluster i Bergen utnevnt til nasjonal havbruksklynge. "
            "Da Havkraft Cluster fikk sin NCE-status, kom det overraskende på mange.")
    assert status(events(text, published="2021-11-17")) == [("Havkraft Cluster", "NCE", "granted", 2018)]


# -- one event per cluster and decision -------------------------------------------------------------

def test_headline_lead_and_body_give_one_event(events):
    text = ("Havkraft Cluster blir NCE\n\nHavkraft Cluster har fått status som Norwegian Centre of Expertise. "
            "Klyngen fikk statusen etter en lang prosess.")
    assert status(events(text, published="2019-06-01")) == [("Havkraft Cluster", "NCE", "granted", 2019)]


def test_a_report_names_the_cluster_by_its_own_form(events):
    """A gazetteer links "Media City Bergen" to NCE Media; the decision names "Mediarena"."""
    text = "Mediarena får NCE-status\n\nKlyngen Mediarena er i dag tildelt status som NCE. Media City Bergen åpner i 2017."
    [found] = [e for e in events(text, published="2014-06-18") if e["type"] == "status"]
    assert found["cluster"] == "Mediarena" and "Media City Bergen" in found["aliases"]


def test_a_breadcrumb_over_the_title_is_no_block_of_other_pages(events):
    text = "Hjem\nAktuelt\n\nHavkraft Cluster får NCE-status\n\nKlyngen har 40 medlemmer."
    assert status(events(text, published="2014-06-18")) == [("Havkraft Cluster", "NCE", "granted", 2014)]


def test_two_levels_are_two_decisions(events):
    text = "Havkraft Cluster ble tatt opp i Arena-programmet i 2012 og fikk NCE-status i 2018."
    assert status(events(text)) == [("Havkraft Cluster", "ARENA", "granted", 2012), ("Havkraft Cluster", "NCE", "granted", 2018)]


def test_a_relative_clause_tells_its_own_decision(events):
    """"X, som fikk NCE-status i 2014, ble i dag GCE": two decisions of one cluster, each with
    its own year; a relative clause with no decision beside it changes nothing."""
    found = events("Havkraft Cluster, som fikk NCE-status i 2014, ble i dag GCE-klynge.", published="2020-06-20")
    assert sorted((e["cluster"], e["status"], e["year"]) for e in found if e["type"] == "status") == [
        ("Havkraft Cluster", "GCE", 2020), ("Havkraft Cluster", "NCE", 2014)]
    found = events("Havkraft Cluster, som fikk NCE-status i 2014, inviterer til fest.", published="2020-06-20")
    assert [(e["cluster"], e["status"], e["year"]) for e in found if e["type"] == "status"] == [
        ("Havkraft Cluster", "NCE", 2014)]


def test_a_relative_clause_after_the_decision_word_keeps_its_level_and_year(events):
    """"I dag fikk X, som ble Arena-klynge i 2012, status som NCE": the main decision word
    stands before the relative clause; the level and year inside it are the relative's."""
    found = events("I dag fikk Havkraft Cluster, som ble Arena-klynge i 2012, status som NCE.", published="2015-06-12")
    assert sorted((e["cluster"], e["status"], e["year"]) for e in found if e["type"] == "status") == [
        ("Havkraft Cluster", "ARENA", 2012), ("Havkraft Cluster", "NCE", 2015)]
    found = events("I går fekk Fjordmat, som vart Arena-klynge i 2016, status som NCE-klynge.", published="2021-06-12")
    assert sorted((e["cluster"], e["status"], e["year"]) for e in found if e["type"] == "status") == [
        ("Fjordmat", "ARENA", 2016), ("Fjordmat", "NCE", 2021)]


def test_each_member_takes_the_level_beside_its_name(events):
    """A level in brackets after each name, or a table row's level cell, is that member's
    own; a level an item merely mentions yields to the decision's."""
    text = "Havkraft Cluster (Arena) og Fjordmat Cluster (NCE) er tatt opp i programmet."
    assert sorted((e["cluster"], e["status"]) for e in events(text, published="2020-06-20")) == [
        ("Fjordmat Cluster", "NCE"), ("Havkraft Cluster", "ARENA")]
    text = ("Disse klyngene er tatt opp i programmet:\n\nKlynge\tNivå\tSted\n"
            "Havkraft Cluster\tArena\tBergen\nFjordmat Cluster\tNCE\tSogndal\n")
    assert sorted((e["cluster"], e["status"]) for e in events(text, published="2020-06-20")) == [
        ("Fjordmat Cluster", "NCE"), ("Havkraft Cluster", "ARENA")]
    text = "Disse får NCE-status:\n• Havkraft Cluster – tidligere Arena-klynge\n• Fjordmat Cluster\n"
    assert sorted((e["cluster"], e["status"]) for e in events(text, published="2020-06-20")) == [
        ("Fjordmat Cluster", "NCE"), ("Havkraft Cluster", "NCE")]


def test_a_heading_of_new_clusters_over_level_sections(events):
    """"Årets nye klynger" names no level; the section labels under it do, each for its lines.
    "nye klynger" in a running sentence announces nothing."""
    text = ("Årets nye klynger\n\nArena:\nHavkraft Cluster, Bergen\nFjordmat Cluster, Sogndal\n\n"
            "NCE:\nNordlys Energy Cluster, Tromsø\n")
    assert sorted((e["cluster"], e["status"], e["year"]) for e in events(text, published="2020-06-20")) == [
        ("Fjordmat Cluster", "ARENA", 2020), ("Havkraft Cluster", "ARENA", 2020), ("Nordlys Energy Cluster", "NCE", 2020)]
    assert events("Havkraft Cluster samarbeider med nye klynger i regionen.", published="2020-06-20") == []


@pytest.mark.parametrize("text,expected", [
    ("Havkraft Cluster ble i 2015 tatt opp som Arena-klynge, og fikk NCE-status tre år senere.",
     [("ARENA", 2015), ("NCE", 2018)]),
    ("Havkraft Cluster ble Arena-klynge i 2015. Året etter fikk klyngen NCE-status.", [("ARENA", 2015), ("NCE", 2016)]),
    ("Havkraft Cluster fikk NCE-status tre år senere.", [("NCE", None)]),  # no date to count from
    ("Havkraft Cluster har fått forlenget NCE-perioden til og med 2025.", [("NCE", 2022)]),
    ("Havkraft Cluster har fått forlenget NCE-perioden ut 2025.", [("NCE", 2022)]),
    ("Fra og med 1. januar 2010 ble Havkraft Cluster en del av Arena-programmet.", [("ARENA", 2010)]),
])
def test_years_counted_from_a_date_before_and_dates_that_end_a_period(events, text, expected):
    """"tre år senere" counts from the last date told before it; "til (og med) 2025" is when the
    status runs out, not when it was decided ("fra og med" starts it)."""
    found = events(text, published="2022-06-20")
    assert sorted((e["status"], e["year"]) for e in found if e["type"] == "status") == expected


@pytest.mark.parametrize("text,expected", [
    ("NCE-statusen tildeles Havkraft Cluster og Fjordmat Cluster.", [("Fjordmat Cluster", "NCE"), ("Havkraft Cluster", "NCE")]),
    ("Arena-status gis til klynger som er i en tidlig fase.", []),
    ("Havkraft Cluster har fått NCE-status. NCE-statusen innebærer en grunnfinansiering på fem millioner kroner "
     "i året, og tildeles modne klynger med et potensial for vekst.", [("Havkraft Cluster", "NCE")]),
])
def test_an_s_passive_with_the_status_as_subject(events, text, expected):
    """"NCE-statusen tildeles X": the status is what is given, to X; given to clusters in
    general ("tildeles modne klynger med …") it describes the level and reports nothing."""
    found = events(text, published="2019-04-15")
    assert sorted((e["cluster"], e["status"]) for e in found if e["type"] == "status") == expected


# -- a bare "statusen", an anaphor that carries the topic, a description at a sentence's start ------

def test_a_bare_statusen_is_the_level_named_before(events):
    """"I tillegg gikk statusen til A og B": the level is the one the sentence before names."""
    text = ("Tre klynger fikk i dag NCE-status. Havkraft Cluster var en av dem. "
            "I tillegg gikk statusen til Fjordmat og Kystlab Nord.")
    assert status(events(text, published="2008-06-20")) == [
        ("Fjordmat", "NCE", "granted", 2008), ("Havkraft Cluster", "NCE", "granted", 2008),
        ("Kystlab Nord", "NCE", "granted", 2008)]


def test_an_anaphoric_subject_carries_the_topic(events):
    """"Klyngen har sine røtter i Y": Y is named in passing; a later "klyngen" is still the
    cluster the text is about."""
    text = ("Havkraft Cluster fikk i dag NCE-status.\n\nKlyngen har sine røtter i Kystnettverket Vest, "
            "som ble etablert i 2001.\n\nNCE-statusen gir klyngen inntil fem millioner kroner årlig.")
    funding = [e for e in events(text, published="2012-06-20") if e["type"] == "funding"]
    assert [(e["recipient"], e["amount_nok"], e["per_year"]) for e in funding] == [("Havkraft Cluster", 5000000, True)]


def test_a_compound_capitalised_only_at_a_sentence_start_is_a_description(events):
    """"Matklyngen ble nasjonalt ekspertsenter" where the text writes "matklyngen i Rogaland":
    a description, capitalised by its place; the named cluster is the one decided."""
    text = ("Matklyngen ble NCE\n\nI dag ble Fjellmat Cluster tatt opp i NCE-programmet, sammen med Havkraft Cluster. "
            "Det er første gang matklyngen i Rogaland får en slik status.")
    assert status(events(text, published="2007-06-20")) == [
        ("Fjellmat Cluster", "NCE", "granted", 2007), ("Havkraft Cluster", "NCE", "granted", 2007)]


@pytest.mark.parametrize("text,names", [
    ("Havkraft Cluster er blant de fem nye klyngene i Arena-programmet. Blant de andre nye Arena-klyngene er "
     "matklyngen Fjordmat i Ålesund og møbelklyngen Nordic Rooms.", ["Fjordmat", "Havkraft Cluster", "Nordic Rooms"]),
    ("Havkraft er ett av fem miljøer som blir nye Arena-prosjekter i år. Blant de andre er Fjordmat Nord i Tromsø "
     "og Arena Kystlab i Molde.", ["Arena Kystlab", "Fjordmat Nord", "Havkraft"]),  # no level noun after "andre"
])
def test_the_other_new_ones_of_a_level_after_blant(events, text, names):
    assert status(events(text, published="2013-06-21")) == [(name, "ARENA", "granted", 2013) for name in names]


@pytest.mark.parametrize("text", [
    "Havkraft Cluster ble etablert i 2010 og fikk Arena-status samme år.",
    "Havkraft Cluster ble stiftet i 2010. Da fikk klyngen også Arena-status.",    # "da" before its verb: "then"
    "Havkraft Cluster vart skipa i 2010. Då fekk klynga Arena-status.",
    "Bergen har hatt ei Arena-klynge sidan 2010. Då vart Havkraft Cluster ei av dei første klyngene som fekk status i programmet.",
])
def test_samme_aar_and_then_are_the_year_told_before(events, text):
    assert status(events(text, published="2014-06-12")) == [("Havkraft Cluster", "ARENA", "granted", 2010)]


def test_da_opening_a_temporal_clause_is_no_then(events):
    text = "Havkraft Cluster fikk Arena-status i 2010. Da Fjordkraft Cluster fikk NCE-status, var det stor jubel."
    assert ("Fjordkraft Cluster", "NCE", "granted", 2010) not in status(events(text, published="2014-06-12"))


@pytest.mark.parametrize("text,expected", [
    ("Fjordkraft Cluster fikk i mars 2019 ny periode som Arena Pro-klynge. I samme runde ble Havkraft Cluster "
     "tatt opp som Arena-klynge.", ("Havkraft Cluster", "ARENA", "granted", 2019)),
    ("Fjordkraft Cluster vart teken opp som Arena-klynge i 2016. Samstundes fekk Havkraft Cluster status som NCE.",
     ("Havkraft Cluster", "NCE", "granted", 2016)),
    ("Fjordkraft Cluster ble NCE i 2012. Samtidig ble Havkraft Cluster tatt opp som Arena-klynge.",
     ("Havkraft Cluster", "ARENA", "granted", 2012)),
])
def test_the_same_round_is_the_year_of_the_decision_before(events, text, expected):
    """"I samme runde", "samtidig": dated by the decision told just before."""
    assert expected in status(events(text, published="2022-05-01"))


@pytest.mark.parametrize("text", [
    # the lines before give only background: the round is today's
    "Begge har vært NCE-klynger siden 2009.\n\nSamtidig ble Havkraft Cluster tatt opp som ny NCE-klynge.",
    # the decision before is a relative clause's, background to the main clause
    "Fjordkraft Cluster, som fikk GCE-status i 2014, får ikke mer støtte.\n\nI samme runde har Havkraft Cluster "
    "fått status som Arena-klynge.",
    # a history told between the round and "i samme runde", past a sub-heading: the round is the first decision
    "Fjordkraft Cluster er blant klyngene som denne uka ble løftet til Arena Pro. Klyngen fikk Arena-status i 2015."
    "\n\nTorsk i nord\n\nHavkraft Cluster ble også oppgradert til Arena Pro i samme runde.",
])
def test_the_same_round_is_not_a_background_year(events, text):
    years = [e["year"] for e in events(text, published="2021-06-24") if e["type"] == "status"
             and e["cluster"] == "Havkraft Cluster"]
    assert years == [2021]


@pytest.mark.parametrize("text,old,new", [
    ("Havkraft får i dag ny status i klyngeprogrammet – og skifter samtidig navn til NCE Havkraft.", "Havkraft", "NCE Havkraft"),
    ("Arena Kystlab i Ålesund, som heretter heter Kystlab Cluster, rykker opp.", "Arena Kystlab", "Kystlab Cluster"),
])
def test_renames_with_the_subject_shared_or_the_new_name_from_now_on(events, text, old, new):
    renames = [(e["old"], e["new"]) for e in events(text, published="2014-06-12") if e["type"] == "rename"]
    assert renames == [(old, new)]


def test_lifting_an_industry_is_no_decision(events):
    text = "– NCE Havkraft, som har hatt NCE-status siden 2014, har løftet den maritime næringen her, sier hun."
    assert status(events(text, published="2016-03-02")) == []
    assert status(events("NCE Havkraft ble løftet til GCE-nivå i 2016.", published="2018-06-21")) == [
        ("NCE Havkraft", "GCE", "granted", 2016)]


def test_chosen_names_each_with_a_place_are_each_a_member(events):
    """"har valgt ut A på Fosen og B blant årets nye Arena-klynger": two compounds, two
    clusters, though one is descriptive-looking."""
    text = "Innovasjon Norge har valgt ut Fornybarklyngen på Fosen og Betongklyngen N3C blant årets nye Arena-klynger."
    assert status(events(text, published="2018-06-21")) == [
        ("Betongklyngen N3C", "ARENA", "granted", 2018), ("Fornybarklyngen", "ARENA", "granted", 2018)]


def test_a_place_before_a_cluster_compound_is_part_of_its_name(events):
    assert status(events("Sunnhordland Sjømatklynge fikk i dag Arena-status.", published="2016-06-21")) == [
        ("Sunnhordland Sjømatklynge", "ARENA", "granted", 2016)]


def test_a_new_name_from_now_on_renames_the_nearest_name(events):
    text = ("De to nye GCE-klyngene er GCE Havbunn (tidligere NCE Havbunn) i Bergen, og NCE Kystlab i Ålesund, "
            "som heretter heter GCE Blue Kystlab.")
    renames = sorted((e["old"], e["new"]) for e in events(text, published="2014-06-12") if e["type"] == "rename")
    assert renames == [("NCE Havbunn", "GCE Havbunn"), ("NCE Kystlab", "GCE Blue Kystlab")]


def test_staying_in_the_programme_for_new_years_is_an_extension(events):
    assert status(events("Arena Havlab i Lofoten får halde fram i programmet i to nye år.", published="2018-06-21")) == [
        ("Arena Havlab", "ARENA", "extended", 2018)]


def test_a_headline_description_is_the_leads_cluster(events):
    """"Hydrogenklynga i Florø fekk Arena-status" over a lead that names the cluster: one
    cluster, named by its proper name, with the headline's level."""
    text = ("Hydrogenklynga i Florø fekk Arena-status\n\nHavlab Cluster er ein av fem nye klynger som i dag vart "
            "tekne opp i klyngeprogrammet. Også Fjordmat Cluster fekk Arena-status.")
    assert status(events(text, published="2018-06-21")) == [
        ("Fjordmat Cluster", "ARENA", "granted", 2018), ("Havlab Cluster", "ARENA", "granted", 2018)]


def test_a_counted_title_over_a_table_that_names_each_level(events):
    """"Sju klynger tatt opp" over "Årets opptak" and a table of rows with a level cell: each
    row a member with its own level; a report of one level takes its rows only."""
    text = ("Tre klynger tatt opp i klyngeprogrammet\n\nTo klynger går opp til Arena Pro, og én ny får Arena-status.\n\n"
            "Årets opptak\n\nKlynge | Sted | Nivå\nHavlab Cluster | Bergen | Arena Pro\nFjordmat Vest | Sogndal | Arena Pro\n"
            "Kystbio Nord | Tromsø | Arena\n\nKlyngene er presentert i dag.")
    assert status(events(text, published="2019-11-06")) == [
        ("Fjordmat Vest", "ARENA_PRO", "granted", 2019), ("Havlab Cluster", "ARENA_PRO", "granted", 2019),
        ("Kystbio Nord", "ARENA", "granted", 2019)]


def test_an_announcing_heading_over_one_paragraph_per_cluster(events):
    """"Fire nye Arena-klynger" over paragraphs that open with each cluster's name; a paragraph
    that opens with a common word ("Evalueringen") names none."""
    text = ("Nye klynger i programmet\n\nTo nye Arena-klynger\n\nHavbunn Vest er en ny klynge for kartlegging av havbunnen.\n\n"
            "Agritech Innlandet skal bidra til digitalisering i landbruket.\n\nEvalueringen viser gode resultater.")
    assert status(events(text, published="2019-11-06")) == [
        ("Agritech Innlandet", "ARENA", "granted", 2019), ("Havbunn Vest", "ARENA", "granted", 2019)]


def test_a_selection_for_two_levels_gives_each_member_its_lists_level(events):
    """"valgt ut ni klynger som skal få støtte gjennom Arena-programmet og NCE": no one level;
    the lists below give each its own."""
    text = ("Innovasjon Norge har i dag valgt ut tre næringsklynger som skal få støtte gjennom Arena-programmet og "
            "Norwegian Centres of Expertise.\n\nDisse blir nye Arena-prosjekter:\n\n1. Arena Havlab – rederier på Haugalandet.\n"
            "2. Arena Fjordmat – matprodusenter i Sogn.\n\nTo nye NCE-klynger\n\nDe to er NCE Kystbio i Tromsø og NCE Havvind i Bergen.")
    assert status(events(text, published="2009-06-16")) == [
        ("Arena Fjordmat", "ARENA", "granted", 2009), ("Arena Havlab", "ARENA", "granted", 2009),
        ("NCE Havvind", "NCE", "granted", 2009), ("NCE Kystbio", "NCE", "granted", 2009)]


@pytest.mark.parametrize("text,old,new", [
    ("Havlab i Ålesund skifter samtidig navn til Havlab Ocean Cluster.", "Havlab", "Havlab Ocean Cluster"),
    ("• NCE Kystbio (Tromsø) – tidligere Arena Kystbio. Klyngen samler 40 bedrifter.", "Arena Kystbio", "NCE Kystbio"),
    ("Også NCE Fjellmat i Valdres – tidligere NCE Matfjell – får forlenget kontrakten.", "NCE Matfjell", "NCE Fjellmat"),
])
def test_renames_past_the_place_after_a_name(events, text, old, new):
    renames = [(e["old"], e["new"]) for e in events(text, published="2014-06-13") if e["type"] == "rename"]
    assert renames == [(old, new)]


def test_gazetteer_names_one_the_beginning_of_the_other_stay_two(events):
    """"NCE Maritime" and "NCE Maritime CleanTech" are two clusters the gazetteer knows apart:
    "Klyngen" after the first is not the second."""
    text = ("NCE Maritime CleanTech på Stord fikk NCE-status i år.\n\nNCE Maritime i Ålesund samler rederier. "
            "Klyngen ble tatt opp som NCE i 2006.")
    assert ("NCE Maritime", "NCE", "granted", 2006) in status(events(text, published="2014-06-13"))


def test_a_count_in_a_fact_box_is_no_cluster(events):
    text = "NCE-klyngene får forlenget kontraktene.\n\nFakta om Norwegian Centres of Expertise\n• Etablert i 2006\n• Tolv klynger i programmet"
    assert [e for e in events(text, published="2012-11-01") if "Tolv" in e.get("cluster", "")] == []


def test_a_status_going_this_year_to_names_with_places(events):
    text = "Arena Pro-status gikk i år til Havlab Cluster og Fjordmat Vest i Stavanger-regionen og til Solkraft på Kjeller."
    assert status(events(text, published="2019-06-27")) == [
        ("Fjordmat Vest", "ARENA_PRO", "granted", 2019), ("Havlab Cluster", "ARENA_PRO", "granted", 2019),
        ("Solkraft", "ARENA_PRO", "granted", 2019)]


def test_a_name_a_copula_calls_a_cluster_is_one(events):
    text = ("Havlab Valley er en næringsklynge for batteriteknologi i Arendal.\n\nI 2022 ble klyngen tatt opp som "
            "Arena Pro i klyngeprogrammet.")
    assert status(events(text)) == [("Havlab Valley", "ARENA_PRO", "granted", 2022)]


def test_a_contract_as_subject_is_the_clusters(events):
    text = "Treklynga Vest samlar sagbruk på Vestlandet. Klynga fekk Arena-status i 2016, og avtalen vart forlengd i 2019."
    assert status(events(text, published="2020-07-01")) == [
        ("Treklynga Vest", "ARENA", "extended", 2019), ("Treklynga Vest", "ARENA", "granted", 2016)]


def test_a_timeline_line_without_a_name_is_the_line_befores(events):
    text = ("Milepæler\n2019 – Arena-status for Arena Havlab\n2021 – Arena-avtalen forlenget med ett år\n"
            "2024 – Fjordmat Nettverk tatt opp som Hub-node")
    found = status(events(text))
    assert ("Arena Havlab", "ARENA", "extended", 2021) in found
    assert not any(c == "Fjordmat Nettverk" and s == "ARENA" for c, s, _, _ in found)


def test_the_other_new_ones_this_year(events):
    text = "Dei andre nye Arena Pro-klyngene i år er Arctic Havlab på Helgeland og Fjordmat Cluster i Lofoten."
    assert status(events(text, published="2020-07-01")) == [
        ("Arctic Havlab", "ARENA_PRO", "granted", 2020), ("Fjordmat Cluster", "ARENA_PRO", "granted", 2020)]


def test_a_timeline_of_year_lines_gives_each_entry_its_year(events):
    """A history page: a line that is only a year, then the entry in the present tense; the
    cluster renamed at the end is one cluster, under its new name."""
    text = ("Historikk\n\n2010\nHavlab blir tatt opp i Arena-programmet som Arena Havlab.\n\n2013\n"
            "Ny avtale: Arena-prosjektet forlenges med tre nye år.\n\n2016\nKlyngen blir valgt ut som en av tre nye "
            "NCE-klynger og skifter samtidig navn til NCE Havlab Robotics.")
    found = events(text)
    assert status(found) == [("NCE Havlab Robotics", "ARENA", "extended", 2013),
                             ("NCE Havlab Robotics", "ARENA", "granted", 2010), ("NCE Havlab Robotics", "NCE", "granted", 2016)]
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("Arena Havlab", "NCE Havlab Robotics")]


def test_a_bullet_item_broken_over_an_indented_line_is_one_name(events):
    text = ("Tre nye NCE-klynger\nProgramstyret valgte ut tre nye klynger, som ble tatt opp fra 1. juli 2009:\n\n"
            "  •  NCE Havlab Energy\n     Markets, Halden\n  •  NCE Fjordmat, Sogndal\n")
    assert status(events(text, published="2010")) == [
        ("NCE Fjordmat", "NCE", "granted", 2009), ("NCE Havlab Energy Markets", "NCE", "granted", 2009)]


def test_an_annual_report_tells_the_past_of_its_year(events):
    """"ÅRSRAPPORT 2009", published in 2010: a past decision without a date is of 2009."""
    text = ("ÅRSRAPPORT 2009\n\nEvaluering av klyngene\n\nFem av dem fikk forlenget kontraktene for en ny periode "
            "på fire år, blant dem NCE Havlab og NCE Fjordmat.")
    assert status(events(text, published="2010")) == [
        ("NCE Fjordmat", "NCE", "extended", 2009), ("NCE Havlab", "NCE", "extended", 2009)]


def test_an_anaphor_before_a_relative_clause_is_the_subject_both_share(events):
    text = ("Havlab Cluster rykker opp i klyngeprogrammet. Klyngen, som fikk Arena-status i 2016, er blant de første "
            "som får den nye statusen Arena Pro.")
    assert status(events(text, published="2019-06-20")) == [
        ("Havlab Cluster", "ARENA", "granted", 2016), ("Havlab Cluster", "ARENA_PRO", "granted", 2019)]


def test_a_decision_after_a_colon_and_a_node_as_anaphor(events):
    text = ("Vi er en node!\n\nMen nå er det offisielt: Tare & Tang Havlab er tatt opp som Hub-node, med NCE Seafood "
            "Innovation som vår hub. Hva er egentlig en hub-node? Noden får 500 000 kroner i året i tre år.")
    found = events(text, published="2023-06-15")
    assert status(found) == [("Tare & Tang Havlab", "HUB_NODE", "granted", 2023)]
    assert [(e["recipient"], e["amount_nok"], e["years"]) for e in found if e["type"] == "funding"] == [
        ("Tare & Tang Havlab", 500_000, 3)]


def test_moving_up_from_one_level_to_another_with_the_subject_inverted(events):
    text = "I tillegg rykker Ålesund-klyngen Marin Havlab Vest opp fra Arena til Arena Pro."
    assert status(events(text, published="2023-06-21")) == [("Marin Havlab Vest", "ARENA_PRO", "granted", 2023)]


@pytest.mark.parametrize("text,year", [
    ("Havkraft Cluster, som ble etablert i 2010, fikk i dag Arena-status.", 2021),
    ("Nå går Havkraft Cluster over fra NCE til kategorien moden klynge, som Innovasjon Norge, Siva og "
     "Forskningsrådet innførte i fjor.", 2021),
])
def test_a_date_in_a_relative_clause_without_a_decision_is_not_the_decisions(events, text, year):
    assert [e["year"] for e in events(text, published="2021-04-20") if e["type"] == "status"] == [year]


def test_new_ones_of_a_level_named_after_a_colon_later_in_the_clause(events):
    text = "To av de nye Arena-klyngene kommer fra Møre og Romsdal: Vindkraft Havlab i Molde og møbelklyngen Sunnmøre Interiør i Sykkylven."
    assert status(events(text, published="2023-06-21")) == [
        ("Sunnmøre Interiør", "ARENA", "granted", 2023), ("Vindkraft Havlab", "ARENA", "granted", 2023)]


# -- members told as "the others" of a set, and lists of labelled lines (sentences written for these tests) --

@pytest.mark.parametrize("text", [
    "Departementet kunngjorde i dag hvilke klynger som blir nye NCE-er. Blant de tre er Havlab Cluster i Bergen. "
    "De to andre er Fjordkraft Cluster i Førde og Kystlab Cluster i Bodø.",
    "Havlab Cluster er blant de tre nye NCE-klyngene. Dei to andre var Fjordkraft Cluster og Kystlab Cluster.",
    "Havlab Cluster er blant de tre nye NCE-klyngene. Klyngen har 40 medlemmer. "
    "De øvrige nye klyngene er Fjordkraft Cluster og Kystlab Cluster.",
])
def test_the_others_of_a_set_are_members_too(events, text):
    assert status(events(text, published="2016-06-20")) == [
        ("Fjordkraft Cluster", "NCE", "granted", 2016), ("Havlab Cluster", "NCE", "granted", 2016),
        ("Kystlab Cluster", "NCE", "granted", 2016)]


def test_others_that_are_no_members(events):
    text = "Havlab Cluster er blant de tre nye NCE-klyngene. De andre bedriftene i regionen er Fjordkraft AS og Kyst AS."
    assert status(events(text, published="2016-06-20")) == [("Havlab Cluster", "NCE", "granted", 2016)]


@pytest.mark.parametrize("sentence", [
    "Havlab Cluster er den første NCE-klyngen innen reiseliv.",
    "Havlab Cluster var en av de første NCE-klyngene i landet.",
])
def test_being_among_the_first_describes(events, sentence):
    assert status(events(sentence, published="2015-06-12")) == []


def test_the_first_of_a_new_level(events):
    text = "De to første GCE-klyngene er Havlab Cluster i Bergen og Fjordkraft Cluster i Førde."
    assert status(events(text, published="2014-06-12")) == [
        ("Fjordkraft Cluster", "GCE", "granted", 2014), ("Havlab Cluster", "GCE", "granted", 2014)]


SECTIONS = ("Seks nye klynger tatt opp – to blir Arena Pro\n\n"
            "Klyngeprogrammet har tatt opp nye klynger i årets runde.\n\n"
            "Arena Pro ble innført i år som et nytt nivå mellom Arena og NCE.\n\n"
            "Arena Pro:\n"
            "Havlab Cluster – samler aktører innen havforskning i Bergen.\n"
            "Fjordkraft Cluster – leverandører og forskere innen vannkraft, med base i Førde.\n"
            "Disse får 2,5 millioner kroner årlig i fem år.\n"
            "Arena:\n"
            "Kystlab Cluster – kystnæringer i Bodø.\n"
            "Fjellmat Cluster – lokalmat i Valdres.\n")


def test_a_headline_over_lines_under_level_labels(events):
    assert status(events(SECTIONS, published="2019-11-12")) == [
        ("Fjellmat Cluster", "ARENA", "granted", 2019), ("Fjordkraft Cluster", "ARENA_PRO", "granted", 2019),
        ("Havlab Cluster", "ARENA_PRO", "granted", 2019), ("Kystlab Cluster", "ARENA", "granted", 2019)]


def test_a_heading_after_numbered_items_ends_their_section(events):
    text = ("Fire nye Arena-prosjekter og to nye NCE-klynger\n\n"
            "Disse blir nye Arena-prosjekter:\n\n"
            "1. Havlab Cluster – havforskning i Bergen.\n"
            "2. Fjordkraft Cluster – vannkraft i Førde.\n\n"
            "To nye NCE-klynger\n\n"
            "De to er Kystlab Cluster i Bodø og Fjellmat Cluster i Valdres. Kystlab samler 60 bedrifter.\n")
    assert status(events(text, published="2009-06-16")) == [
        ("Fjellmat Cluster", "NCE", "granted", 2009), ("Fjordkraft Cluster", "ARENA", "granted", 2009),
        ("Havlab Cluster", "ARENA", "granted", 2009), ("Kystlab Cluster", "NCE", "granted", 2009)]


def test_a_dateline_under_a_headline_is_no_name(events, extractor):
    text = ("Tre nye NCE-klynger: Havlab, Fjordkraft og Kystlab\n"
            "Publisert 21.06.2017 | Del: Facebook Twitter\n"
            "Havlab Cluster er blant de tre nye NCE-klyngene.")
    doc = extractor.process(text, published="2017-06-21")
    assert not [e for e in doc.ents if e.label_ == "CLUSTER" and e.text.startswith("Publisert")]


@pytest.mark.parametrize("sentence,year", [
    ("Havkraft Cluster rykkjer no opp til NCE.", 2024),
    ("Havkraft Cluster rykte i fjor opp til NCE.", 2023),
    ("Havkraft Cluster flyttar frå Arena til NCE.", 2024),
])
def test_nynorsk_movement_into_a_level(events, sentence, year):
    assert status(events(sentence, published="2024-06-20")) == [("Havkraft Cluster", "NCE", "granted", year)]


def test_a_nynorsk_rename_verb(events):
    text = "Havkraft Cluster i Florø skiftar namn til NCE Havkraft."
    renames = [(e["old"], e["new"]) for e in events(text, published="2024-06-20") if e["type"] == "rename"]
    assert renames == [("Havkraft Cluster", "NCE Havkraft")]


# -- sections per cluster: a name line over its description, a sub-heading the paragraph repeats --

def test_name_lines_each_with_its_description_under_it(events):
    text = ("Fire nye Arena-prosjekter\n\n"
            "Programmet har valgt ut fire nye prosjekter for 2010. To av dem ligger i Bodø:\n\n"
            "Arena Kystmat\n"
            "Samler sjømatbedrifter i Salten. Prosjektet ledes fra Bodø.\n\n"
            "Arena Nordlys\n"
            "Et nettverk av opplevelsesbedrifter i Nordland.\n\n"
            "De to andre nye prosjektene er Arena Skogkraft og Fjellmat Cluster.\n")
    assert status(events(text, published="2010-06-18")) == [
        ("Arena Kystmat", "ARENA", "granted", 2010), ("Arena Nordlys", "ARENA", "granted", 2010),
        ("Arena Skogkraft", "ARENA", "granted", 2010), ("Fjellmat Cluster", "ARENA", "granted", 2010)]


def test_a_name_line_with_text_under_it_and_no_second_one(events):
    text = ("Arena-programmet har valgt ut ett nytt prosjekt:\n\n"
            "Arena Kystmat\n"
            "Samler sjømatbedrifter i Salten.\n\n"
            "Søknadsfristen neste år er 1. mars.\n")
    assert status(events(text, published="2010-06-18")) == [("Arena Kystmat", "ARENA", "granted", 2010)]


SUB_HEADINGS = ("Disse er de nye Arena-klyngene\n\n"
                "Tre nye klynger er i dag tatt opp på Arena-nivå.\n\n"
                "Havvind Trøndelag\n\n"
                "Havvind Trøndelag har base i Trondheim og samler 35 bedrifter.\n\n"
                "– Vi er klare, sier styreleder Kari Berg.\n\n"
                "Space Cluster Senjahopen\n\n"
                "Space Cluster Senjahopen samler 28 partnere.\n\n"
                "Slik ble klyngene valgt ut\n\n"
                "Det kom inn 21 søknader.\n")


def test_sub_headings_that_the_paragraph_below_repeats_are_names(events, extractor):
    doc = extractor.process(SUB_HEADINGS, published="2025-06-20")
    names = [e.text for e in doc.ents if e.label_ == "CLUSTER"]
    assert names == ["Havvind Trøndelag", "Havvind Trøndelag", "Space Cluster Senjahopen", "Space Cluster Senjahopen"]
    assert status(events(SUB_HEADINGS, published="2025-06-20")) == [
        ("Havvind Trøndelag", "ARENA", "granted", 2025), ("Space Cluster Senjahopen", "ARENA", "granted", 2025)]


@pytest.mark.parametrize("text", [
    "Ny daglig leder\n\nNy daglig leder er Kari Berg.",  # words the paragraph repeats, but no name
    "Havvind Trøndelag\n\nHavvind Trøndelag har base i Trondheim.",  # no level spoken of before it
    "Klyngen fikk Arena-status i fjor.\n\nHavvind Trøndelag\n\nKlyngen har base i Trondheim.",  # not repeated
])
def test_no_section_name(extractor, text):
    doc = extractor.process(text, published="2025-06-20")
    assert "Havvind Trøndelag" not in [e.text for e in doc.ents if e.label_ == "CLUSTER"]


@pytest.mark.parametrize("sentence,name", [
    ("Avtalen med Space Cluster Senjahopen ble signert i dag.", "Space Cluster Senjahopen"),
    ("Oslo Cancer Cluster Innovasjonspark fikk ny leder i dag.", "Oslo Cancer Cluster"),  # a known name and a building
    ("I går møtte Havlab Cluster Kari Berg og Ola Dahl.", "Havlab Cluster"),  # two words after the head: a person
])
def test_the_word_after_a_capitalised_head(extractor, sentence, name):
    doc = extractor.process(sentence, published="2025-06-20")
    assert [e.text for e in doc.ents if e.label_ == "CLUSTER"] == [name]


# -- an enumeration that a relative clause interrupts; an anaphor with companions ---------------

@pytest.mark.parametrize("text,expected", [
    ("Både Havlab Cluster, som ble tatt opp som NCE i 2007, og Fjordkraft Cluster fikk i fjor status som modne klynger.",
     [("Fjordkraft Cluster", "MATURE", "granted", 2021), ("Havlab Cluster", "MATURE", "granted", 2021),
      ("Havlab Cluster", "NCE", "granted", 2007)]),
    ("De to nye GCE-klyngene er Havlab Cluster i Bergen, som samler havforskerne, og Fjordkraft Cluster i Førde.",
     [("Fjordkraft Cluster", "GCE", "granted", 2022), ("Havlab Cluster", "GCE", "granted", 2022)]),
])
def test_an_enumeration_goes_on_after_a_relative_clause(events, text, expected):
    assert status(events(text, published="2022-03-15")) == expected


def test_og_after_a_relative_clause_before_a_new_subject_is_a_new_clause(events):
    text = "Havlab Cluster, som har 40 medlemmer, fikk NCE-status, og bedriftene i regionen er fornøyde."
    assert status(events(text, published="2022-03-15")) == [("Havlab Cluster", "NCE", "granted", 2022)]


@pytest.mark.parametrize("text", [
    "Havlab Cluster holder til i Florø. Klyngen fikk i sommer Arena Pro-status sammen med Fjordkraft Cluster og Kystlab Cluster.",
    "Havlab Cluster held til i Florø. Då klynga i sommar fekk Arena Pro-status saman med mellom anna Fjordkraft Cluster "
    "og Kystlab Cluster, var det ein god dag.",
])
def test_an_anaphor_with_companions_is_a_member_too(events, text):
    assert status(events(text, published="2021-12-03")) == [
        ("Fjordkraft Cluster", "ARENA_PRO", "granted", 2021), ("Havlab Cluster", "ARENA_PRO", "granted", 2021),
        ("Kystlab Cluster", "ARENA_PRO", "granted", 2021)]


def test_companions_without_an_anaphor_subject(events):
    text = "Fjellmat Cluster holder til i Valdres. Polar Cluster fikk Arena-status sammen med Kystlab Cluster."
    assert status(events(text, published="2021-12-03")) == [
        ("Kystlab Cluster", "ARENA", "granted", 2021), ("Polar Cluster", "ARENA", "granted", 2021)]


# -- "Name – Level" lines, a quotation between the announcement and its list ---------------------

NAME_LEVEL_LINES = ("Tre klynger frå fylket med i klyngeprogrammet\n\n"
                    "Innovasjon Norge kunngjorde i dag kva klynger som blir tekne opp i Norwegian Innovation "
                    "Clusters frå hausten.\n\n"
                    "– Klyngene er viktige for fylket, seier fylkesordføraren.\n\n"
                    "Dette er klyngene frå fylket:\n\n"
                    "Havlab Cluster – Arena Pro\n"
                    "Klynga i Ålesund har vore Arena-klynge sidan 2013.\n\n"
                    "Nordvest Treklynge – Arena\n"
                    "Klynga samlar trebedrifter på Nordmøre.\n\n"
                    "Kystmat Nordvest – Arena\n"
                    "Ei ung klynge med base i Kristiansund.\n")


def test_name_lines_with_their_level_after_a_quotation(events, extractor):
    doc = extractor.process(NAME_LEVEL_LINES, published="2019-06-27")
    assert [e.text for e in doc.ents if e.label_ == "CLUSTER"] == ["Havlab Cluster", "Nordvest Treklynge", "Kystmat Nordvest"]
    assert status(events(NAME_LEVEL_LINES, published="2019-06-27")) == [
        ("Havlab Cluster", "ARENA_PRO", "granted", 2019), ("Kystmat Nordvest", "ARENA", "granted", 2019),
        ("Nordvest Treklynge", "ARENA", "granted", 2019)]


def test_a_dash_before_a_subtitle_stays_in_the_name(extractor):
    doc = extractor.process("Havlab Cluster – Ocean Lab fikk Arena-status i dag.", published="2019-06-27")
    assert [e.text for e in doc.ents if e.label_ == "CLUSTER"] == ["Havlab Cluster – Ocean Lab"]


def test_a_sentence_past_the_quotation_still_counts(events):
    text = ("Innovasjon Norge kunngjorde i dag kva klynger som blir tekne opp i klyngeprogrammet.\n\n"
            "– Dette er ein god dag, seier fylkesordføraren.\n\n"
            "Søknadsfristen for neste runde er 1. mars.\n\n"
            "Fylket har mange klynger.\n\n"
            "Dette er klyngene:\n\n"
            "Havlab Cluster – Arena\n")
    assert status(events(text, published="2019-06-27")) == []  # the list stands too far below the announcement


@pytest.mark.parametrize("text", ["NCE Kystlab–tidligere Arena Kystlab får status som NCE.–?–",
                                  "Havlab Cluster fikk Arena-status.\n\nHavlab Cluster\n\n•"])
def test_a_last_sentence_of_marks_only_after_a_name_line(events, text):
    assert [e["cluster"] for e in events(text, published="2021-06-01") if e["type"] == "status"]


# -- the hub of a hub-node: named after a word of attachment, one per node ------------------------

def status_hubs(found):
    return sorted((e["cluster"], e["status"], e.get("hub")) for e in found if e["type"] == "status")


@pytest.mark.parametrize("text,expected", [
    ("Fruktnett Hardanger blir hub-node under NCE Culinology i Stavanger.",
     [("Fruktnett Hardanger", "HUB_NODE", "NCE Culinology")]),
    ("Havbruksnettverk Helgeland vart teke opp som hub-node, knytt til NCE Aquaculture i Bodø.",
     [("Havbruksnettverk Helgeland", "HUB_NODE", "NCE Aquaculture")]),
    ("Fruktnett Hardanger blir hub-node under NCE Culinology. Også Havbruksnettverk Helgeland vart "
     "teke opp som hub-node, tilknytt NCE Aquaculture.",
     [("Fruktnett Hardanger", "HUB_NODE", "NCE Culinology"), ("Havbruksnettverk Helgeland", "HUB_NODE", "NCE Aquaculture")]),
    ("Disse blir nye hub-noder:\n• Fjellmat Valdres, node under NCE Heidner Biocluster\n"
     "• Havbrukslab Lofoten, node under NCE Aquaculture\n",
     [("Fjellmat Valdres", "HUB_NODE", "NCE Heidner Biocluster"), ("Havbrukslab Lofoten", "HUB_NODE", "NCE Aquaculture")]),
])
def test_the_hub_after_a_word_of_attachment_is_no_node(events, text, expected):
    assert status_hubs(events(text, published="2022-06-21")) == expected


def test_under_in_a_sentence_about_no_node_marks_no_hub(events):
    text = "Havlab Cluster fikk NCE-status under Arendalsuka, sammen med Fjordkraft Cluster."
    assert status_hubs(events(text, published="2022-06-21")) == [
        ("Fjordkraft Cluster", "NCE", None), ("Havlab Cluster", "NCE", None)]


# -- level lines as section labels, without a colon ------------------------------------------------

def test_level_lines_over_dash_items(events):
    text = ("I årets runde vart desse klyngene tekne opp:\n\n"
            "Arena\n"
            "– Kystlandbruk Nord – eit samarbeid mellom bønder og slakteri i Troms.\n"
            "– Havlab Cluster – leverandørar i Sunnhordland.\n\n"
            "Arena Pro\n"
            "– Fjordkraft Cluster – møbelklynga på Sunnmøre.\n\n"
            "GCE\n"
            "– NCE Kystlab, som no rykkjer opp frå NCE.\n\n"
            "Dei nye klyngene får støtte i tre år.\n")
    assert status(events(text, published="2024-06-13")) == [
        ("Fjordkraft Cluster", "ARENA_PRO", "granted", 2024), ("Havlab Cluster", "ARENA", "granted", 2024),
        ("Kystlandbruk Nord", "ARENA", "granted", 2024), ("NCE Kystlab", "GCE", "granted", 2024)]


LABELLED_NAME_LINES = ("To nye NCE-klynger og én ny GCE\n\n"
                       "Programmet får tre nye klynger på de to øverste nivåene.\n\n"
                       "Ny GCE\n\n"
                       "NCE Kystlab\n"
                       "Bergensklyngen samler 130 medlemmer. Nå får klyngen status som GCE.\n\n"
                       "Nye NCE-klynger\n\n"
                       "Havlab Cluster\n"
                       "Klyngen holder til i Trondheim.\n\n"
                       "Blått Batteri Norge\n"
                       "Med base i Mo i Rana samler klyngen batteribedrifter.\n\n"
                       "Hver av de nye NCE-klyngene mottar 5 millioner kroner årlig.\n\n"
                       "Forlenget avtale\n\n"
                       "I tillegg har Fjordkraft Cluster fått en ny kontraktsperiode som NCE.\n")


def test_name_lines_under_new_level_labels_take_the_labels_level(events, extractor):
    doc = extractor.process(LABELLED_NAME_LINES, published="2023-06-15")
    assert "Forlenget avtale" not in [e.text for e in doc.ents if e.label_ == "CLUSTER"]
    assert status(events(LABELLED_NAME_LINES, published="2023-06-15")) == [
        ("Blått Batteri Norge", "NCE", "granted", 2023), ("Fjordkraft Cluster", "NCE", "extended", 2023),
        ("Havlab Cluster", "NCE", "granted", 2023), ("NCE Kystlab", "GCE", "granted", 2023)]


def test_one_sentence_paragraphs_then_longer_ones_under_a_label(events):
    text = ("Nye Arena-klynger\n\n"
            "Fornybarklyngen – leverandører til vindkraften på Fosen.\n\n"
            "Havlab Cluster – en klynge for havvind i Bergen. Klyngen har 40 medlemmer.\n\n"
            "Fjordkraft Cluster – vannkraft i Førde.\n")
    assert [s[0] for s in status(events(text, published="2018-06-20"))] == [
        "Fjordkraft Cluster", "Fornybarklyngen", "Havlab Cluster"]


# -- the set restated ("De to nykommerne er …"), a dateline before the sentence ------------------

@pytest.mark.parametrize("second", [
    "De to nykommerne er Havlab Cluster og Fjordkraft Cluster.",
    "Dei tre nye klyngjene var Havlab Cluster, Fjordkraft Cluster og Kystlab Cluster.",
    "TROMSØ: De to nykommerne er Havlab Cluster og Fjordkraft Cluster.",
    "BODØ/TROMSØ: De to nykommerne er Havlab Cluster og Fjordkraft Cluster.",
])
def test_the_set_restated_by_a_plural_noun_names_the_members(events, second):
    found = status(events(f"Nye klynger fikk plass i Arena-programmet i dag.\n\n{second}", published="2020-06-25"))
    assert {"Fjordkraft Cluster", "Havlab Cluster"} <= {f[0] for f in found}
    assert all(f[1:] == ("ARENA", "granted", 2020) for f in found)


def test_the_most_of_them_is_no_set(events):
    text = "Nye klynger fikk plass i Arena-programmet i dag.\n\nDe fleste bedriftene er små, som Havlab AS."
    assert status(events(text, published="2020-06-25")) == []


def test_a_dateline_is_no_subject(events):
    text = "STAVANGER: Havlab Cluster fikk i dag status som NCE."
    assert status(events(text, published="2020-06-25")) == [("Havlab Cluster", "NCE", "granted", 2020)]


# -- an inverted subject ("Tre år senere fikk den …"), the first person of a cluster's own page ----

def test_an_inverted_pronoun_subject_refers_back(events):
    text = ("Havlab Cluster er blitt NCE. Klyngen startet som et nettverk i 2014. "
            "Tre år senere fikk den plass i Arena-programmet.")
    assert status(events(text, published="2023-06-22")) == [
        ("Havlab Cluster", "ARENA", "granted", 2017), ("Havlab Cluster", "NCE", "granted", 2023)]


def test_den_as_a_determiner_after_the_verb_is_no_subject(events):
    text = "Havlab Cluster er blitt NCE. I fjor fikk den nye klyngen Fjordkraft Cluster Arena-status."
    assert status(events(text, published="2023-06-22")) == [
        ("Fjordkraft Cluster", "ARENA", "granted", 2022), ("Havlab Cluster", "NCE", "granted", 2023)]


OWN_PAGE = ("Meny   Søk\n"
            "Havlab Cluster\n\n"
            "Om klyngen\n\n"
            "Havlab Cluster er en klynge for havteknologi i Bergen.\n\n"
            "Klyngen ble etablert i 2013. Allerede året etter fikk vi Arena-status.\n\n"
            "I 2019 var vi blant de første som fikk Arena Pro-status, sammen med Fjordkraft Cluster.\n\n"
            "Fra 1. januar 2025 blir vi moden klynge.\n")


def test_vi_on_a_clusters_own_page_is_the_page_cluster(events):
    assert status(events(OWN_PAGE, published="2024-11-15")) == [
        ("Fjordkraft Cluster", "ARENA_PRO", "granted", 2019), ("Havlab Cluster", "ARENA", "granted", 2014),
        ("Havlab Cluster", "ARENA_PRO", "granted", 2019), ("Havlab Cluster", "MATURE", "granted", 2025)]


def test_klyngen_var_without_an_antecedent_is_the_cluster_the_text_names_most(events):
    text = ("Medlemsbrev juni 2023\n\nKjære medlemmer!\n\nKlyngen vår er tatt opp i Arena Pro!\n\n"
            "Hilsen Kari Berg, klyngeleder, Havlab Cluster\n\n© 2023 Havlab Cluster")
    assert status(events(text, published="2023-06-20")) == [("Havlab Cluster", "ARENA_PRO", "granted", 2023)]


def test_vi_in_a_quote_is_the_speakers_cluster(events):
    text = ("Havlab Cluster er en klynge i Bergen. Havlab Cluster har 40 medlemmer.\n\n"
            "– Vi fikk Arena-status i dag, sier Kari Berg, leder i Fjordkraft Cluster.")
    assert status(events(text, published="2023-06-20")) == [("Fjordkraft Cluster", "ARENA", "granted", 2023)]


def test_a_renamed_cluster_is_one_cluster_under_its_new_name(events):
    text = ("Romklyngen skifter navn og er nå en moden klynge\n\n"
            "Havlab Space skifter navn til Orbit Havlab Cluster.\n\n"
            "Innovasjon Norge har bekreftet at Orbit Havlab Cluster er tatt opp som moden klynge fra 1. januar.\n\n"
            "Havlab Space ble NCE i 2015.\n")
    found = [e for e in events(text, published="2024-01-10") if e["type"] == "status"]
    assert sorted((e["cluster"], e["status"], e["year"]) for e in found) == [
        ("Orbit Havlab Cluster", "MATURE", 2024), ("Orbit Havlab Cluster", "NCE", 2015)]
    assert [(e["old"], e["new"]) for e in events(text, published="2024-01-10") if e["type"] == "rename"] == [
        ("Havlab Space", "Orbit Havlab Cluster")]


@pytest.mark.parametrize("published,year", [(None, 2013), ("2012-12-14", 2013)])
def test_the_terms_start_is_the_year_of_a_decision_told_as_news(events, published, year):
    text = ("Styret har besluttet å forlenge kontraktene med to av klyngene. Den nye kontraktsperioden "
            "gjelder fra 1. januar 2013.\n\nHavlab Cluster får ny kontraktsperiode som NCE. "
            "Kontrakten med Fjordkraft Cluster som NCE forlenges.")
    assert status(events(text, published=published)) == [
        ("Fjordkraft Cluster", "NCE", "extended", year), ("Havlab Cluster", "NCE", "extended", year)]


def test_a_dated_decision_keeps_its_own_year_beside_a_terms_start(events):
    text = ("Avtalen gjelder fra 1. januar 2013.\n\nHavlab Cluster fikk Arena-status i 2010.")
    assert status(events(text, published="2012-12-14")) == [("Havlab Cluster", "ARENA", "granted", 2010)]


def test_a_news_lists_items_take_the_year_of_their_date_line(events):
    text = ("Nyheter\n\n"
            "14.06.2023\nHavlab Cluster er tatt opp som Arena-klynge\nKlyngen har base i Bergen.\nLes mer ›\n\n"
            "19.06.2020\nFjordkraft Cluster rykker opp til Arena Pro\nVi gratulerer!\nLes mer ›\n\n"
            "12.06.2015\nArena-status til Kystlab Cluster\nKystlab Cluster får status som Arena-prosjekt.\nLes mer ›\n")
    assert status(events(text, published="2023-06-20")) == [
        ("Fjordkraft Cluster", "ARENA_PRO", "granted", 2020), ("Havlab Cluster", "ARENA", "granted", 2023),
        ("Kystlab Cluster", "ARENA", "granted", 2015)]


def test_a_section_name_over_the_pages_title_is_a_breadcrumb_after_a_cookie_banner(events):
    text = ("Meny\nHjem   Om klyngen   Kontakt\n\n"
            "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse. Les mer | OK\n\n"
            "Nyheter\n\n"
            "To nye NCE-klynger: Havlab Cluster og Fjordkraft Cluster\n\n"
            "Publisert 21.06.2017\n\n"
            "Næringsministeren presenterte onsdag de to klyngene som nå løftes til NCE-nivå.\n\n"
            "Siste nytt\n"
            "Kystlab Cluster fikk fornyet Arena-status – 11.05.2017\n"
            "Se alle nyheter\n")
    assert status(events(text, published="2017-06-21")) == [
        ("Fjordkraft Cluster", "NCE", "granted", 2017), ("Havlab Cluster", "NCE", "granted", 2017)]


def test_a_chain_of_decisions_each_with_its_year(events):
    text = ("Havlab Cluster ble tatt opp i Arena-programmet i 2009, ble NCE i 2015 og fikk status som "
            "moden klynge i 2021. Fjordkraft Cluster ble tatt opp som Arena i 2015, fikk Arena Pro-status i 2019 "
            "og ble løftet til NCE i 2022.")
    assert status(events(text, published="2024-05-15")) == [
        ("Fjordkraft Cluster", "ARENA", "granted", 2015), ("Fjordkraft Cluster", "ARENA_PRO", "granted", 2019),
        ("Fjordkraft Cluster", "NCE", "granted", 2022), ("Havlab Cluster", "ARENA", "granted", 2009),
        ("Havlab Cluster", "MATURE", "granted", 2021), ("Havlab Cluster", "NCE", "granted", 2015)]


def test_a_relative_clause_before_the_main_decision_is_no_chain(events):
    text = "Havlab Cluster, som fikk NCE-status i 2014, ble i dag GCE."
    assert status(events(text, published="2024-05-15")) == [
        ("Havlab Cluster", "GCE", "granted", 2024), ("Havlab Cluster", "NCE", "granted", 2014)]


def test_rows_that_name_their_level_under_a_lead_of_several_levels(events):
    text = ("Åtte klynger med nye avtaler\n\n"
            "Tre klynger rykker opp til det nye nivået, to nye miljøer tas opp på Arena-nivå, "
            "og to NCE-klynger får forlenget avtalen sin.\n\n"
            "Følgende klynger starter på nytt nivå fra 1. juli:\n\n"
            "Klynge | Sted | Nivå\n"
            "Havlab Cluster | Stavanger | Arena Pro\n"
            "Fjordkraft Cluster | Førde | Arena\n"
            "Kystlab Cluster | Bodø | Arena\n\n"
            "Kontrakten med NCE Fjellmat videreføres for en ny treårsperiode.\n")
    assert status(events(text, published="2019-06-19")) == [
        ("Fjordkraft Cluster", "ARENA", "granted", 2019), ("Havlab Cluster", "ARENA_PRO", "granted", 2019),
        ("Kystlab Cluster", "ARENA", "granted", 2019), ("NCE Fjellmat", "NCE", "extended", 2019)]


def test_teaser_sentences_in_bullets_are_no_names(extractor):
    text = ("Havlab Cluster søker om Arena-status.\n\nFlere saker\n"
            "• Arena Nordlys er tatt opp i klyngeprogrammet\n"
            "• Rekordmange cruiseanløp ventet i Leknes i sommer\n")
    doc = extractor.process(text, published="2022-03-02")
    names = [e.text for e in doc.ents if e.label_ == "CLUSTER"]
    assert "Arena Nordlys" in names and not any(" er " in n or "Rekordmange" in n for n in names)
    assert extractor.events_of(doc) == []  # "Flere saker" lists other pages


# -- lists of several levels, a later paragraph, a decision told again --------------

def test_a_list_headed_by_another_level_is_not_the_members_of_a_summary_clause(events):
    text = ("Årets opptak\n\nTo klynger tas opp på Arena-nivå, og én klynge blir hub-node. "
            "I tillegg blir to klynger modne klynger.\n\nNye Arena-klynger:\n• Fjellkraft Vest (Voss)\n"
            "• Kystmat Nord (Bodø)\n\nNy hub-node:\n• Polar Sensor (Tromsø)\n\nModne klynger:\n"
            "• Havkraft Cluster\n• Trebyen Cluster\n")
    found = status(events(text, published="2022-06-10"))
    assert ("Fjellkraft Vest", "ARENA", "granted", 2022) in found
    assert ("Polar Sensor", "HUB_NODE", "granted", 2022) in found
    assert ("Havkraft Cluster", "MATURE", "granted", 2022) in found
    assert not any(c in ("Fjellkraft Vest", "Kystmat Nord") and s in ("HUB_NODE", "MATURE") for c, s, _, _ in found)


def test_a_sentence_does_not_take_its_member_from_the_next_paragraph(events):
    text = ("Programmet vokser. I år får to klynger status som moden klynge.\n\n"
            "Fjellkraft Vest har 40 medlemmer og holder til på Voss.")
    assert status(events(text, published="2022-06-10")) == []


def test_a_decision_told_again_keeps_its_level_over_the_level_in_a_name(events):
    text = ("Både NCE Havkraft i Bergen og NCE Fjellmat på Voss er utnemnde til GCE. "
            "Dei to klyngene er dei første i fylket som får den nye statusen.")
    assert status(events(text, published="2019-06-13")) == [
        ("NCE Fjellmat", "GCE", "granted", 2019), ("NCE Havkraft", "GCE", "granted", 2019)]


# -- a rename told of "klyngen" on a timeline -------------------------------------------

def test_a_timeline_item_renames_the_cluster_it_is_about(events):
    text = ("Historikk\n\n2011 – Nettverket tas opp i Arena-programmet som Arena Fjordsensor.\n\n"
            "2015 – Arena-prosjektet forlenges med tre år.\n\n"
            "2018 – Klyngen løftes til NCE-nivå og skifter navn til NCE Ocean Sensing.\n")
    found = events(text, published="2023-01-05")
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("Arena Fjordsensor", "NCE Ocean Sensing")]
    assert status(found) == [("NCE Ocean Sensing", "ARENA", "extended", 2015),
                             ("NCE Ocean Sensing", "ARENA", "granted", 2011), ("NCE Ocean Sensing", "NCE", "granted", 2018)]


def test_money_told_before_the_rename_goes_to_the_name_of_the_time(events):
    text = ("Historikk\n\n2011\nNettverket tas opp i Arena-programmet som Arena Fjordsensor. "
            "Prosjektet får 1,5 millioner kroner i året.\n\n2018\n"
            "Klyngen blir NCE og skifter samtidig navn til NCE Ocean Sensing.\n")
    money = [e for e in events(text) if e["type"] == "funding"]
    assert [(e["recipient"], e["amount_nok"], e["per_year"]) for e in money] == [("Arena Fjordsensor", 1500000, True)]


def test_money_told_after_the_rename_goes_to_the_new_name(events):
    text = ("Arena Fjordsensor skifter navn til Ocean Sensing Cluster\n\n"
            "– Navnet Arena Fjordsensor ble for smalt, sier daglig leder Kari Nordmann. "
            "Klyngen får 1,5 millioner kroner i året fra programmet.")
    money = [e for e in events(text, published="2020-03-01") if e["type"] == "funding"]
    assert [(e["recipient"], e["amount_nok"]) for e in money] == [("Ocean Sensing Cluster", 1500000)]


@pytest.mark.parametrize("text,old,new", [
    ("I fjor endret klyngen navn fra Fjordsensor Vest til Ocean Sensing Cluster.", "Fjordsensor Vest", "Ocean Sensing Cluster"),
    ("Klynga skiftar samstundes namn frå Havbruk Nord til Arctic Aqua Cluster.", "Havbruk Nord", "Arctic Aqua Cluster"),
    ("Ocean Sensing Cluster bytter navn. Klyngen het tidligere Fjordsensor Vest.", "Fjordsensor Vest", "Ocean Sensing Cluster"),
    ("Ocean Sensing Cluster holder til i Bergen. Klynga heitte tidlegare Fjordsensor Vest.", "Fjordsensor Vest",
     "Ocean Sensing Cluster"),
])
def test_renames_with_an_unknown_old_name(events, text, old, new):
    found = events(text, published="2024-02-01")
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [(old, new)]


@pytest.mark.parametrize("sentence", [
    "Havkraft Cluster og Fjellmat Cluster er utnemnde til GCE.",
    "Havkraft Cluster og Fjellmat Cluster vart i dag utpeika til GCE.",
])
def test_nynorsk_appointments_of_two(events, sentence):
    assert status(events(sentence, published="2014-06-13")) == [
        ("Fjellmat Cluster", "GCE", "granted", 2014), ("Havkraft Cluster", "GCE", "granted", 2014)]


def test_a_quotation_running_over_two_sentences_has_its_speakers_cluster(events):
    text = ("– Vi har fått NCE-status. Det betyr at vi kan tenke langsiktig, seier dagleg leiar Kari Nordmann "
            "i Fjellmat Cluster.\n\nKlynga har 60 medlemer.")
    assert status(events(text, published="2022-06-24")) == [("Fjellmat Cluster", "NCE", "granted", 2022)]


def test_a_new_contract_period_on_a_timeline_is_an_extension_with_its_money(events):
    text = ("Historikk\n\n2014 – Fjordsensor Cluster blir NCE.\n\n"
            "2019 – Ny kontraktsperiode som NCE for 2019–2023. Den nye perioden har en ramme på 20 millioner "
            "kroner over fire år.\n\n2022 – Klyngen åpner kontor i Bergen.")
    found = events(text, published="2024-01-10")
    assert status(found) == [("Fjordsensor Cluster", "NCE", "extended", 2019), ("Fjordsensor Cluster", "NCE", "granted", 2014)]
    money = [e for e in found if e["type"] == "funding"]
    assert [(e["recipient"], e["amount_nok"], e["per_year"], e["years"], e["year"]) for e in money] == [
        ("Fjordsensor Cluster", 20000000, False, 4, 2019)]


def test_a_headline_compound_is_the_name_it_begins_after_the_level(events):
    text = ("Fjordklyngen fikk ja før jul\n\nKlyngen fikk 16. desember beskjed om at den er tatt opp i "
            "Arena-programmet.\n\nArena Fjordklyngen Sunnfjord består av 20 bedrifter.\n\n"
            "Klyngen har lært av Arena Havbruk Vest, som ble tatt opp i programmet i 2006.")
    found = events(text, published="2010-01-08")
    assert status(found) == [("Arena Fjordklyngen Sunnfjord", "ARENA", "granted", 2009),
                             ("Arena Havbruk Vest", "ARENA", "granted", 2006)]
    assert next(e for e in found if e["cluster"] == "Arena Havbruk Vest")["aliases"] == []


def test_a_name_ending_in_an_indefinite_network_noun_is_a_name_not_a_description(events):
    text = ("Sjømatklyngen i Lofoten blir hub-node\n\nLofoten Sjømatnettverk er teke opp som hub-node. "
            "Også Vesterålen Fiskenettverk vart teke opp som hub-node.")
    found = events(text, published="2021-10-05")
    assert status(found) == [("Lofoten Sjømatnettverk", "HUB_NODE", "granted", 2021),
                             ("Vesterålen Fiskenettverk", "HUB_NODE", "granted", 2021)]
    assert next(e for e in found if e["cluster"] == "Lofoten Sjømatnettverk")["aliases"] == ["Sjømatklyngen"]


def test_an_anaphor_opening_a_sentence_is_the_subject_of_its_second_verb(events):
    text = ("Fjordsensor Cluster samler 40 bedrifter i Grenland.\n\nVår historie\nKlyngen ble etablert i 2010 av "
            "fem bedrifter og ble tatt opp i Arena-programmet i 2013. I 2016 ble klyngen slått sammen med Sensorforum Vest.")
    assert status(events(text, published="2024-03-01")) == [("Fjordsensor Cluster", "ARENA", "granted", 2013)]


@pytest.mark.parametrize("sentence,level", [
    ("Fjordsensor Cluster fikk Arena-status i 2014 og ble videreført for en ny treårsperiode i 2017.", "ARENA"),
    ("Fjordsensor Cluster vart NCE i 2012, og avtalen vart fornya for fem nye år i 2017.", "NCE"),
])
def test_an_extension_after_a_grant_keeps_the_granted_level(events, sentence, level):
    assert ("Fjordsensor Cluster", level, "extended", 2017) in status(events(sentence, published="2019-09-05"))


@pytest.mark.parametrize("sentence,level", [
    ("Vi er glade for å kunne fortelle at Fjordsensor Cluster har fått fornyet tillit i Arena-programmet.", "ARENA"),
    ("Fjordsensor Cluster held fram i Arena-programmet i tre nye år.", "ARENA"),
    ("Fjordsensor Cluster fortsetter som NCE i fem nye år.", "NCE"),
])
def test_renewal_idioms(events, sentence, level):
    assert status(events(sentence, published="2016-06-20")) == [("Fjordsensor Cluster", level, "extended", 2016)]


def test_continuing_work_is_no_renewal(events):
    assert status(events("Fjordsensor Cluster fortsetter arbeidet med sensorer i Bergen.", published="2016-06-20")) == []


def test_a_common_noun_opening_a_sentence_is_no_cluster(events):
    text = ("Verftet henter storkontrakt\n\nLedelsen kunne bekrefte at verftet har signert kontrakt. "
            "Verftet er medlem av GCE Havkraft, klyngen som i 2014 fikk status som GCE.")
    assert status(events(text, published="2023-06-22")) == [("GCE Havkraft", "GCE", "granted", 2014)]


@pytest.mark.parametrize("text,name", [
    ("Havbruksklyngen Salten Aqua er tatt opp i Arena-programmet.", "Salten Aqua"),
    ("Tromsø-klyngen Barents Havromsklynge er utnevnt til NCE.", "Barents Havromsklynge"),
    ("I år ble Sogn Fruktklynge tatt opp i Arena-programmet.", "Sogn Fruktklynge"),
])
def test_a_descriptor_before_a_name_and_the_name_a_compound_ends(events, text, name):
    assert [c for c, _, _, _ in status(events(text, published="2021-06-24"))] == [name]


def test_a_singular_relative_clause_after_two_names_tells_of_the_last(events):
    text = ("Vi samarbeider med andre klynger i landsdelen, blant annet Polar Sensor og Fjellmat Cluster, som ble "
            "Arena-klynge i 2021.")
    assert status(events(text, published="2022-03-31")) == [("Fjellmat Cluster", "ARENA", "granted", 2021)]


def test_a_plural_head_before_the_relative_clause_keeps_both_names(events):
    text = "Polar Sensor og Fjellmat Cluster er blant de første klyngene som får status som moden klynge."
    assert [c for c, *_ in status(events(text, published="2021-11-03"))] == ["Fjellmat Cluster", "Polar Sensor"]


def test_a_name_in_capitals_atop_a_report_is_written_as_the_text_writes_it(events):
    text = ("NORDIC SENSOR CLUSTER\n\nÅrsrapport 2021\n\nI juni ble Nordic Sensor Cluster tatt opp i Arena-programmet.")
    assert [c for c, *_ in status(events(text, published="2022-03-31"))] == ["Nordic Sensor Cluster"]


def test_a_description_under_a_sub_heading_is_the_heading_cluster(events):
    text = ("Klyngene i fylket\n\nFjordmat Cluster\nMatklynga, som vart NCE i 2014, held til i Havhuset Bergen og "
            "samlar 80 bedrifter.\n\nSogn Fruktklynge\nFruktklynga i Sogn vart teken opp i Arena-programmet i fjor.")
    found = events(text, published="2022-03-08")
    assert status(found) == [("Fjordmat Cluster", "NCE", "granted", 2014), ("Sogn Fruktklynge", "ARENA", "granted", 2021)]


def test_the_year_after_counts_past_a_quotation(events):
    text = ("Nettverket vokste raskt. Da de søkte om Arena-status første gang, i 2013, fikk de nei.\n"
            "– Det var en nyttig nedtur. Vi hadde ingen strategi, sier Kari Nordmann.\n"
            "Året etter ble Fjordsensor Cluster tatt opp i Arena-programmet.")
    assert status(events(text, published="2024-10-03")) == [("Fjordsensor Cluster", "ARENA", "granted", 2014)]


def test_a_node_named_as_a_compound_and_years_ago_is_no_subordinate_clause(events):
    text = ("Hun er stolt av Sensornode Møre, et nettverk av 14 bedrifter i Ålesund som for noen år siden ble "
            "hub-node under klyngen.")
    assert [(c, s) for c, s, _, _ in status(events(text, published="2024-10-03"))] == [("Sensornode Møre", "HUB_NODE")]


def test_same_year_after_a_list_counts_from_the_lists_year(events):
    text = ("I juni 2018 vart desse klyngene tekne opp i Arena-programmet:\n\n• Fjellmat Cluster (Valdres)\n"
            "• Polar Sensor (Tromsø)\n\nSame år fekk Havkraft Cluster forlengd Arena-avtalen for tre nye år.")
    assert ("Havkraft Cluster", "ARENA", "extended", 2018) in status(events(text, published="2023-09-04"))


def test_moving_on_to_a_level(events):
    text = "Fjellmat Cluster og Polar Sensor gjekk vidare til Arena Pro med verknad frå 2022."
    assert status(events(text, published="2023-09-04")) == [
        ("Fjellmat Cluster", "ARENA_PRO", "granted", 2022), ("Polar Sensor", "ARENA_PRO", "granted", 2022)]


def test_a_company_written_with_its_suffix_elsewhere_is_no_cluster(events):
    text = ("Utført av: Vestlandsanalyse Partner AS\n\nVestlandsanalyse Partner har evaluert klyngene som vart tekne opp "
            "på Arena-nivået i 2018.")
    assert status(events(text, published="2023-09-04")) == []


@pytest.mark.parametrize("text", [
    "• Fjordsensor Vest, i dag Ocean Sensing Cluster (Bergen)",
    "Fjordsensor Vest (i dag Ocean Sensing Cluster) ble tatt opp i 2018.",
])
def test_a_name_of_today_beside_the_old_one_is_a_rename(events, text):
    found = events(text, published="2023-09-04")
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("Fjordsensor Vest", "Ocean Sensing Cluster")]


def test_the_second_clause_after_mens_has_a_subject_of_its_own(events):
    text = "Polar Sensor avanserer fra Arena til Arena Pro, mens Drammen Logistikkforum blir ny Arena-klynge."
    assert status(events(text, published="2019-06-27")) == [
        ("Drammen Logistikkforum", "ARENA", "granted", 2019), ("Polar Sensor", "ARENA_PRO", "granted", 2019)]


def test_other_clusters_are_not_the_ones_told_before(events):
    text = ("Innovasjon Norge har forlenget avtalen med NCE Fjordsensor. I tillegg får to andre klynger i fylket "
            "ny status.\n\nPolar Sensor blir ny Arena-klynge.")
    found = status(events(text, published="2019-06-27"))
    assert ("NCE Fjordsensor", "NCE", "granted", 2019) not in found
    assert ("Polar Sensor", "ARENA", "granted", 2019) in found


def test_a_table_of_clusters_with_level_and_admission_columns(events):
    text = ("Næringsklynger i fylket\n\nOversikten under viser hvilket nivå klyngene har i dag, og hvilket år de ble "
            "tatt opp på dette nivået.\n\nKlynge | Nivå | Opptak | Sted\nFjordsensor Cluster | NCE | 2016 | Bergen\n"
            "Kystplast | Moden klynge | 2021 | Gjøvik\nPolar Sensor | Arena | 2022 | Tromsø\n\nOm nivåene\n\nArena er inngangsnivået.")
    assert status(events(text, published="2023-03-14")) == [
        ("Fjordsensor Cluster", "NCE", "granted", 2016), ("Kystplast", "MATURE", "granted", 2021),
        ("Polar Sensor", "ARENA", "granted", 2022)]


def test_a_table_after_an_extension_of_levels_is_not_extended(events):
    text = ("NCE- og GCE-nivåene videreføres som før.\n\nÅrets opptak\n\nKlynge | Sted | Nivå\n"
            "Fjordsensor Cluster | Bergen | Arena Pro\nPolar Sensor | Tromsø | Arena\n")
    assert not any(a == "extended" for _, _, a, _ in status(events(text, published="2019-11-06")))


def test_a_fronted_adverb_is_no_subject(events):
    text = ("Totalt ble fem nye klynger tatt opp på Arena-nivå i årets runde. Blant de andre er Fjordsensor Cluster "
            "fra Bergen og Polar Sensorklynge, som har base i Tromsø.")
    assert status(events(text, published="2023-06-14")) == [
        ("Fjordsensor Cluster", "ARENA", "granted", 2023), ("Polar Sensorklynge", "ARENA", "granted", 2023)]


def test_the_start_of_a_state_is_no_decision_year(events):
    text = "Havbruksklynga Nordvest har vore Arena Pro-klynge sidan 2019 og avanserer no til NCE."
    assert status(events(text, published="2021-12-14")) == [("Havbruksklynga Nordvest", "NCE", "granted", 2021)]


def test_a_speakers_cluster_is_not_the_speakers_name(events):
    text = ("– Vi får fortsette som Arena-klynge i tre nye år, sier daglig leder Hans Petter Ramstad i "
            "Smart Vann Cluster.")
    assert [c for c, *_ in status(events(text, published="2021-12-03"))] == ["Smart Vann Cluster"]


@pytest.mark.parametrize("text,name", [
    ("Tareklynga Nordvest i Ålesund fekk Arena-status.", "Tareklynga Nordvest"),
    ("Havbruksklyngen Salten Aqua i Bodø fikk Arena-status.", "Salten Aqua"),
])
def test_a_compound_before_one_word_is_part_of_the_name(events, text, name):
    assert [c for c, *_ in status(events(text, published="2019-06-13"))] == [name]


@pytest.mark.parametrize("sentence", [
    "Fjellvik Sensor blir fra 1. desember medlem av NCE Systems Engineering.",
    "Havlab AS blir partner i GCE Ocean Technology.",
])
def test_joining_a_cluster_is_no_decision(events, sentence):
    assert status(events(sentence, published="2022-11-03")) == []


def test_a_line_presenting_the_set_lists_the_announcements_members(events):
    text = ("Innovasjon Norge har i dag offentleggjort kva for klynger som får ny plass i programmet frå 1. januar "
            "2021.\n\nHer er klyngene, sorterte etter nivå:\n\nNCE\nFjordsensor Cluster (Bergen)\n\nArena\n"
            "Polar Sensor Cluster (Tromsø)\n\nHub-nodar\nKystnettverk Lofoten (Svolvær), knytt til NCE Aquaculture\n")
    assert status(events(text, published="2020-11-12")) == [
        ("Fjordsensor Cluster", "NCE", "granted", 2021), ("Kystnettverk Lofoten", "HUB_NODE", "granted", 2021),
        ("Polar Sensor Cluster", "ARENA", "granted", 2021)]


def test_a_start_date_of_the_decision_wins_over_today(events):
    text = "Innovasjon Norge har i dag offentleggjort at Fjordsensor Cluster får ny plass som NCE frå 1. januar 2021."
    assert status(events(text, published="2020-11-12")) == [("Fjordsensor Cluster", "NCE", "granted", 2021)]


def test_numbered_items_with_their_level_and_renewals(events):
    text = ("Tre klynger får ny status i klyngeprogrammet\n\nNorwegian Innovation Clusters har i dag offentliggjort "
            "årets tildelinger. To klynger er nye i programmet, og én får forlenget avtalen på samme nivå.\n\n"
            "Dette er klyngene:\n\n"
            "1. Bergen Blått Hydrogen, Bergen – Arena\n2. Fjellandbruk Valdres, Fagernes – Arena\n"
            "3. Kystmat Trøndelag, Frøya – Arena, forlenget med to år\n")
    assert status(events(text, published="2020-06-25")) == [
        ("Bergen Blått Hydrogen", "ARENA", "granted", 2020), ("Fjellandbruk Valdres", "ARENA", "granted", 2020),
        ("Kystmat Trøndelag", "ARENA", "extended", 2020)]


def test_the_decision_itself_is_no_subject_name(events):
    text = ("Fjordsensor Cluster går frå Arena Pro til NCE. Avgjerda vart kunngjord av Innovasjon Norge i dag.")
    assert [c for c, *_ in status(events(text, published="2023-06-20"))] == ["Fjordsensor Cluster"]


def test_a_fronted_status_before_its_receivers(events):
    text = ("Arena-status får Tareklynga Sunnfjord (Førde) og Kretsløp Innlandet (Hamar). NCE-statusen gir klyngene "
            "inntil 8 millionar kroner i året.")
    assert status(events(text, published="2023-06-22")) == [
        ("Kretsløp Innlandet", "ARENA", "granted", 2023), ("Tareklynga Sunnfjord", "ARENA", "granted", 2023)]


def test_a_numbered_section_heading_is_no_item(events):
    text = ("Årsrapport 2013 for klyngene i programmet:\n\n1. Innledning\n\nNCE Fjordsensor fikk NCE-status i 2012.\n\n"
            "2. Økonomi\n\nI 2013 mottok klyngen 6,8 millioner kroner i basisfinansiering.")
    found = events(text, published="2014-04-30")
    assert all(e.get("cluster") != "Økonomi" and e.get("recipient") != "Økonomi" for e in found)


def test_an_unknown_new_name_before_a_former_marker(events):
    text = "Havkraft Østfold – tidligere NCE Smart Energy Markets – har fått status som moden klynge."
    found = events(text, published="2021-06-18")
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("NCE Smart Energy Markets", "Havkraft Østfold")]
    assert status(found) == [("Havkraft Østfold", "MATURE", "granted", 2021)]


def test_the_hubs_place_is_not_the_nodes(events):
    text = ("Sunnhordland Sjømatnettverk vart tysdag teke opp som hub-node i klyngeprogrammet, knytt til "
            "NCE Seafood Innovation i Bergen.")
    found = [e for e in events(text, published="2024-03-06") if e["type"] == "status"]
    assert [(e["cluster"], e["status"], e["place"], e["hub"]) for e in found] == [
        ("Sunnhordland Sjømatnettverk", "HUB_NODE", None, "NCE Seafood Innovation")]


# -- tables set in plain text, and a subject that counts its members ------------------------

ALIGNED = ("Fem nye klynger i programmet\n\n"
           "Disse klyngene tas opp fra 1. juli 2011:\n\n"
           "Klynge                      Program   Sted           Årlig støtte\n"
           "NCE Fjordkraft              NCE       Førde          NOK 5,5 mill.\n"
           "Havlab Cluster              Arena     Tromsø         NOK 1,8 mill.\n"
           "Polartek Cluster            Arena     Alta           NOK 2,0 mill.\n\n"
           "Samtidig får to av NCE-klyngene fra 2008 fornyet avtale: NCE Vestkyst og NCE Innlandsmat.\n")


def test_columns_set_apart_by_spaces_give_each_row_its_level_and_money(events):
    found = events(ALIGNED, published="2011-06-16")
    assert sorted((e["cluster"], e["status"], e["action"], e["year"]) for e in found if e["type"] == "status") == [
        ("Havlab Cluster", "ARENA", "granted", 2011), ("NCE Fjordkraft", "NCE", "granted", 2011),
        ("NCE Innlandsmat", "NCE", "extended", 2011), ("NCE Vestkyst", "NCE", "extended", 2011),
        ("Polartek Cluster", "ARENA", "granted", 2011)]
    assert sorted((e["recipient"], e["amount_nok"], e["per_year"]) for e in found if e["type"] == "funding") == [
        ("Havlab Cluster", 1_800_000, True), ("NCE Fjordkraft", 5_500_000, True), ("Polartek Cluster", 2_000_000, True)]


@pytest.mark.parametrize("sep", [" | ", "\t", "      "])
def test_a_table_reads_the_same_with_bars_tabs_or_aligned_spaces(events, sep):
    rows = [["Klynge", "Sted", "Nivå", "Tilskudd"], ["Havlab Cluster", "Bergen", "Arena Pro", "3 mill. kr"],
            ["Fjordmat Vest", "Sogndal", "Arena Pro", "3 mill. kr"], ["Kystbio Nord", "Tromsø", "Arena", "1,5 mill. kr"]]
    text = ("Tre klynger tatt opp i klyngeprogrammet\n\nTo klynger går opp til Arena Pro, og én ny får Arena-status.\n\n"
            "Årets opptak\n\n" + "".join(sep.join(r) + "\n" for r in rows) + "\nKlyngene er presentert i dag.")
    found = events(text, published="2019-11-06")
    assert sorted((e["cluster"], e["status"]) for e in found if e["type"] == "status") == [
        ("Fjordmat Vest", "ARENA_PRO"), ("Havlab Cluster", "ARENA_PRO"), ("Kystbio Nord", "ARENA")]
    assert sorted((e["recipient"], e["amount_nok"], e["per_year"]) for e in found if e["type"] == "funding") == [
        ("Fjordmat Vest", 3_000_000, False), ("Havlab Cluster", 3_000_000, False), ("Kystbio Nord", 1_500_000, False)]


def test_a_counted_subject_does_not_take_a_longer_list(events):
    text = ("Samtidig får to av NCE-klyngene fornyet avtale.\n\n"
            "Disse klyngene tas opp som nye NCE-er:\n• NCE Fjordkraft\n• NCE Vestkyst\n• NCE Innlandsmat\n")
    found = events(text, published="2011-06-16")
    assert sorted((e["cluster"], e["action"]) for e in found if e["type"] == "status") == [
        ("NCE Fjordkraft", "granted"), ("NCE Innlandsmat", "granted"), ("NCE Vestkyst", "granted")]


def test_counted_announcements_share_out_a_list_without_levels(events):
    """Three counted announcements over one list of six: names with a level prefix take
    their share, and the rest are the level whose count is left."""
    text = ("Dei første globale klyngene\n\n"
            "To norske næringsklynger får no status som GCE. I tillegg blir to klynger løfta til NCE, "
            "og to nye klynger kjem inn på Arena-nivået.\n\n"
            "Dette er dei nye klyngene:\n\n"
            "GCE Fjordkraft, Førde\nKlynga samlar kraftselskap.\n\n"
            "GCE Havteknikk, Bergen\nKlynga samlar leverandørar.\n\n"
            "NCE Polarbygg, Tromsø\nKlynga samlar byggjefirma.\n\n"
            "NCE Sjømatlab, Ålesund\nKlynga samlar sjømatbedrifter.\n\n"
            "Fjellmat Cluster, Valdres\nEi ny klynge for lokalmat.\n\n"
            "Havlab Cluster, Bodø\nEi ny klynge for havforsking.\n")
    assert status(events(text, published="2014-06-12")) == [
        ("Fjellmat Cluster", "ARENA", "granted", 2014), ("GCE Fjordkraft", "GCE", "granted", 2014),
        ("GCE Havteknikk", "GCE", "granted", 2014), ("Havlab Cluster", "ARENA", "granted", 2014),
        ("NCE Polarbygg", "NCE", "granted", 2014), ("NCE Sjømatlab", "NCE", "granted", 2014)]


def test_medan_splits_a_sentence_into_two_funding_clauses(events):
    found = events("NCE-klyngene får om lag 5,5 millionar kroner årleg, medan Arena-klyngene får mellom 1,5 og "
                   "2,5 millionar kroner årleg i tre år.", published="2014-06-12")
    assert sorted((e["status"], e["amount_nok"], e["amount_max_nok"], e["per_year"], e["years"])
                  for e in found if e["type"] == "funding") == [
        ("ARENA", 1_500_000, 2_500_000, True, 3), ("NCE", 5_500_000, None, True, None)]


def test_bullet_names_with_their_descriptions_under_them(events):
    """Each bullet a name with its place and level, its description on the line under it:
    all items are members, and a descriptive compound opening the description is the item."""
    text = ("To klynger rykker opp til Arena Pro\n\nÅrets nye klynger:\n\n"
            "• Polartek Cluster (PTC), Mo i Rana – Arena Pro\n"
            "Smelteverksklyngen på Helgeland ble Arena-klynge i 2016 og avanserer nå til Arena Pro.\n\n"
            "• Havlab Cluster, Bodø – Arena Pro\nKlyngen samler havforskere og bedrifter.\n\n"
            "• Fjellmat Cluster, Valdres – Arena\nEn ny klynge for lokalmat.\n")
    assert status(events(text, published="2020-06-24")) == [
        ("Fjellmat Cluster", "ARENA", "granted", 2020), ("Havlab Cluster", "ARENA_PRO", "granted", 2020),
        ("Polartek Cluster", "ARENA", "granted", 2016), ("Polartek Cluster", "ARENA_PRO", "granted", 2020)]


def test_numbered_paragraphs_broken_at_the_line_are_no_described_list(events):
    text = ("Hovudfunn i evalueringa av Arena-klyngene:\n\n"
            "1. Klyngene har styrkt samarbeidet mellom\nbedriftene i regionen.\n\n"
            "2. Fjellmat Cluster og Havlab Cluster\navslutta programperioden i 2021.\n")
    assert [e for e in events(text, published="2023-09-04") if e["type"] == "status"
            and "og" in e["cluster"].split()] == []


def test_an_inverted_subject_of_several_names_before_the_particle(events):
    text = "Fra 1. januar 2021 går Oslo Cancer Cluster og NCE Raufoss over i den nye kategorien modne klynger."
    assert status(events(text, published="2020-06-24")) == [
        ("NCE Raufoss", "MATURE", "granted", 2021), ("Oslo Cancer Cluster", "MATURE", "granted", 2021)]


def test_a_report_borrows_the_level_of_the_announcement_that_counts_its_members(events):
    text = ("To klynger der vi er partnar, er tekne opp på Arena Pro-nivået. Eit tredje nettverk blir Hub-node.\n\n"
            "Havlab Cluster i Florø og Polartek Cluster er blant klyngene som i dag fekk ny status i programmet.")
    assert status(events(text, published="2021-06-29")) == [
        ("Havlab Cluster", "ARENA_PRO", "granted", 2021), ("Polartek Cluster", "ARENA_PRO", "granted", 2021)]


def test_relative_years_of_a_history_count_from_the_year_last_counted(events):
    text = ("Vår historie\n\nKlyngen har røtter tilbake til en kaffeprat i Sarpsborg høsten 2003. Fem bedrifter satt "
            "rundt samme bord.\n\nÅret etter ble Plastlab Cluster tatt opp i Arena-programmet. Tre år senere fikk "
            "prosjektet forlenget Arena-perioden.\n")
    assert status(events(text, published="2020-09-15")) == [
        ("Plastlab Cluster", "ARENA", "extended", 2007), ("Plastlab Cluster", "ARENA", "granted", 2004)]


@pytest.mark.parametrize("mark", ["¹", "²", "٣"])
def test_a_digit_that_is_no_ascii_numeral_counts_nothing(events, mark):
    text = f"{mark} De fem nye Arena-prosjektene er:\n• Havlab Cluster\n• Polartek Cluster\n"
    assert status(events(text, published="2019-06-20")) == [
        ("Havlab Cluster", "ARENA", "granted", 2019), ("Polartek Cluster", "ARENA", "granted", 2019)]


@pytest.mark.parametrize("sentence", [
    "I fjor ble Fjordkraft Nord løftet til NCE.",
    "I fjor vart Fjordkraft Nord innlemma i klyngeprogrammet som NCE.",
    "I fjor ble Fjordkraft Nord utnevnt til NCE.",
])
def test_a_name_between_the_auxiliary_and_a_decision_participle_is_the_subject(events, sentence):
    """"I fjor ble A løftet til NCE": an unknown name (no head word) after a fronted adverbial,
    followed by any decision trigger's participle."""
    assert status(events(sentence, published="2022-05-01")) == [("Fjordkraft Nord", "NCE", "granted", 2021)]


POINTED = ("{lead}\n\nArena Pro er et nytt trinn i klyngeprogrammet. Nivået ble innført i år.\n\n{pointer}\n\n"
           "• Havkraft Cluster, Bergen\n• Fjordmat Cluster, Ålesund\n• Kystlab Nord, Bodø\n")


@pytest.mark.parametrize("lead,pointer", [
    ("Tre klynger ble i dag tatt opp som Arena Pro.", "De tre er:"),
    ("Dei tre klyngene som i dag vart tekne opp som Arena Pro, har lite til felles.", "Dei tre er:"),
    ("Tre klynger rykker opp til Arena Pro.", "Disse tre har vært Arena-klynger og går nå et trinn opp:"),
    ("Klyngene som i dag ble løftet til Arena Pro, kommer fra hele landet.", "Her er klyngene:"),
])
def test_an_announced_set_takes_the_list_its_pointer_line_presents(events, lead, pointer):
    """"Tre klynger …" and, past a paragraph about the level, "De tre er:" and the list: the
    announcement's members (a state the line names, "har vært Arena-klynger", is no level)."""
    assert status(events(POINTED.format(lead=lead, pointer=pointer), published="2019-06-20")) == [
        ("Fjordmat Cluster", "ARENA_PRO", "granted", 2019), ("Havkraft Cluster", "ARENA_PRO", "granted", 2019),
        ("Kystlab Nord", "ARENA_PRO", "granted", 2019)]


@pytest.mark.parametrize("lead,pointer", [
    ("To klynger ble i dag tatt opp som Arena Pro.", "De tre er:"),        # another count: another set
    ("Ett nettverk ble i dag hub-node.", "Her er klyngene:"),              # one, not a set
    ("Tre klynger ble i dag tatt opp som Arena Pro.", "De tre nye NCE-klyngene er:"),  # another level
])
def test_a_pointer_line_of_another_set_gives_the_announcement_no_members(events, lead, pointer):
    found = status(events(POINTED.format(lead=lead, pointer=pointer), published="2019-06-20"))
    assert not any(level in ("ARENA_PRO", "HUB_NODE") for _, level, _, _ in found)


@pytest.mark.parametrize("sentence", [
    "Havkraft Cluster samler industribedrifter i Romsdal. Nå løftes klyngen til NCE.",
    "Havkraft Cluster samler industribedrifter i Romsdal. Klyngen løftes nå opp til NCE.",
])
def test_lifted_with_the_subject_or_an_adverb_before_til(events, sentence):
    assert status(events(sentence, published="2017-06-22")) == [("Havkraft Cluster", "NCE", "granted", 2017)]


def test_a_paragraph_under_a_name_heading_tells_of_that_cluster(events):
    """"Arena Fjordby, Oslo" over "Arrangørbransjen i hovedstaden tas opp i Arena": the
    description is the heading's cluster."""
    text = ("Fem klynger får løft\n\nArena Fjordby, Oslo\n\nArrangørbransjen i hovedstaden tas opp i Arena "
            "med mål om å bli ledende på store arrangementer.\n\nHavkraft Cluster, Bergen\n\n"
            "Klyngen får fornyet Arena-avtalen for tre nye år.")
    assert status(events(text, published="2017-06-22")) == [
        ("Arena Fjordby", "ARENA", "granted", 2017), ("Havkraft Cluster", "ARENA", "extended", 2017)]


TABLE_BELOW = ("Programmet har i dag lagt fram årets opptak. To nye klynger slipper inn på Arena-nivå, "
               "tre klynger avanserer til Arena Pro.\n\nÅrets søknadsbunke var den største på flere år. "
               "Juryen la vekt på forankring.\n\nÅrets opptak:\n\n"
               " Klynge            | Sted      | Nivå\n"
               "-------------------+-----------+-----------\n"
               " Fjordkraft Nord   | Bodø      | Arena\n"
               " Kystlab Vest      | Florø     | Arena\n"
               " Havkraft Cluster  | Bergen    | Arena Pro\n"
               " Fjordmat Cluster  | Ålesund   | Arena Pro\n"
               " Tindeklyngen Sør  | Kristiansand | Arena Pro\n")


def test_a_table_further_down_with_a_rule_line_gives_each_row_its_level(events):
    """A count of several over a table a paragraph further down whose header names a cluster
    and a level column; the rule line under the header ends nothing."""
    assert status(events(TABLE_BELOW, published="2021-06-25")) == [
        ("Fjordkraft Nord", "ARENA", "granted", 2021), ("Fjordmat Cluster", "ARENA_PRO", "granted", 2021),
        ("Havkraft Cluster", "ARENA_PRO", "granted", 2021), ("Kystlab Vest", "ARENA", "granted", 2021),
        ("Tindeklyngen Sør", "ARENA_PRO", "granted", 2021)]


@pytest.mark.parametrize("text", [
    # a presentative over name lines, each with its description
    "Innovasjon Norge har plukket ut tre regionale næringsmiljøer som nå får plass i Arena-programmet.\n\n"
    "– Dette er et sterkt kull, sier direktøren.\n\nHer er de nye prosjektene:\n\n"
    "Havkraft Nord (Tromsø)\nBedrifter som utvikler marine produkter.\n\n"
    "Fjordmat Vest (Florø)\nSjømatprodusenter på kysten.\n\n"
    "Kystlab Sør (Arendal)\nIKT-bedrifter på Sørlandet.\n",
    # a heading that names the level over dash lines, as many as the count
    # (a sentence about other clusters between: the counts on both sides make it one set)
    "Fire klynger fikk i dag plass i klyngeprogrammet. I tillegg tas tre nye klynger opp på Arena-nivå.\n\n"
    "Det nye nivået gir en mer forutsigbar ramme. Alle de fire har vært Arena-klynger de siste årene.\n\nNye på Arena-nivå\n– Havkraft Nord, Tromsø\n"
    "– Fjordmat Vest, Florø\n– Kystlab Sør, Arendal\n",
])
def test_a_counted_announcement_takes_the_list_that_presents_its_set(events, text):
    assert [(c, l) for c, l, _, _ in status(events(text, published="2019-11-14"))] == [
        ("Fjordmat Vest", "ARENA"), ("Havkraft Nord", "ARENA"), ("Kystlab Sør", "ARENA")]


def test_a_level_heading_with_a_list_of_another_size_is_another_set(events):
    text = ("I tillegg tas to nye klynger opp på Arena-nivå.\n\nDet nye nivået gir en mer forutsigbar ramme.\n\n"
            "Arena-klynger i regionen\n– Havkraft Nord, Tromsø\n– Fjordmat Vest, Florø\n– Kystlab Sør, Arendal\n")
    assert status(events(text, published="2019-11-14")) == []


def test_a_counted_set_is_not_the_cluster_named_before(events):
    """"I tillegg tas tre nye klynger opp på Arena-nivå" after a decision about one named
    cluster: a set the text does not name here, not that cluster again."""
    text = ("Havkraft Cluster blir NCE. I tillegg tas tre nye klynger opp på Arena-nivå.\n\n"
            "Havkraft Cluster holder til i Bergen.")
    assert status(events(text, published="2019-11-14")) == [("Havkraft Cluster", "NCE", "granted", 2019)]


def test_a_timeline_heading_dates_its_section_for_the_year_after(events):
    """"2007: Tre til" over "Året etter ble A … tatt opp": the section's year, counted from the
    section before it; not the year after the heading's."""
    text = ("2006: De første\nI juni 2006 ble Havkraft Cluster utnevnt til NCE.\n\n"
            "2007: Tre til\nÅret etter ble Fjordmat Cluster tatt opp i programmet som NCE.\n")
    assert status(events(text)) == [("Fjordmat Cluster", "NCE", "granted", 2007), ("Havkraft Cluster", "NCE", "granted", 2006)]


def test_each_level_label_presents_the_set_its_announcement_counts(events):
    text = ("To norske næringsklynger er utpekt til Global Centres of Expertise. Samtidig rykker to Arena-prosjekter "
            "opp til NCE.\n\nGCE-nivået ble innført i år.\n\nGlobal Centres of Expertise\n\nHavkraft Cluster, Ålesund\n"
            "Klyngen samler rederier og verft.\n\nFjordkraft Cluster, Kristiansand\nKlyngen leverer boreutstyr.\n\n"
            "Norwegian Centres of Expertise\n\nKystlab Cluster, Stord\nKlyngen arbeider med skipsfart.\n\n"
            "Fjordmat Cluster, Bergen\nKlyngen samler matprodusenter.\n")
    assert status(events(text, published="2014-06-13")) == [
        ("Fjordkraft Cluster", "GCE", "granted", 2014), ("Fjordmat Cluster", "NCE", "granted", 2014),
        ("Havkraft Cluster", "GCE", "granted", 2014), ("Kystlab Cluster", "NCE", "granted", 2014)]


def test_a_decision_in_a_relative_clause_after_fra_foer(events):
    """"Regionen har fra før X, som i fjor ble tildelt status som GCE": "fra før" is "already",
    no former name; the relative clause tells of X; "Regionen" is a common noun, not a name."""
    text = "Regionen har fra før Havkraft Cluster, som i fjor ble tildelt status som Global Centre of Expertise."
    assert status(events(text, published="2015-06-19")) == [("Havkraft Cluster", "GCE", "granted", 2014)]


def test_also_names_one_more_cluster_not_the_compound_told_before(events):
    """"Eyde-klyngen … utnevnt til NCE" then "Også X fikk den nye statusen": two clusters; the
    compound is not folded into X as its description."""
    text = ("Eyde-klyngen rykker opp til NCE\n\nTorsdag ble Eyde-klyngen utnevnt til Norwegian Centre of Expertise. "
            "Klyngen samler smelteverk i Agder.\n\nOgså Havkraft Cluster i Bergen fikk den nye statusen torsdag.")
    assert status(events(text, published="2015-06-19")) == [
        ("Eyde-klyngen", "NCE", "granted", 2015), ("Havkraft Cluster", "NCE", "granted", 2015)]


def test_the_new_status_is_the_level_of_the_news_not_of_a_history_told_between(events):
    text = ("Torsdag ble Havkraft Cluster utnevnt til NCE.\n\nNettverket ble tatt opp i Arena-programmet i 2009. "
            "Fjordkraft Cluster, som i fjor ble tildelt status som GCE, er nabo.\n\n"
            "Også Kystlab Cluster i Bergen fikk den nye statusen torsdag.")
    assert ("Kystlab Cluster", "NCE", "granted", 2015) in status(events(text, published="2015-06-19"))


def test_a_descriptive_title_and_the_name_the_lead_gives_past_a_quotation_are_one_cluster(events):
    text = ("Torskeklynga tek steget til Arena Pro\n\nEtter eitt mislukka forsøk er klynga no løfta eitt hakk opp.\n\n"
            "MYRE: – Endeleg! Dette gjer at vi kan tenkje større, seier dagleg leiar Kari Nordmann i Havkraft Cluster.\n\n"
            "Havkraft Cluster er ei av fire klynger som i dag har fått Arena Pro-status.")
    assert status(events(text, published="2020-12-03")) == [("Havkraft Cluster", "ARENA_PRO", "granted", 2020)]


def test_the_contract_of_the_sentence_before_is_its_clusters_not_a_name_told_in_passing(events):
    """"Klynga vart teken opp i 2015. I 2018 vart avtalen fornya": the topic goes on, though
    another cluster was named a sentence earlier."""
    text = ("Torskeklynga tek steget til Arena Pro\n\nKlynga er no løfta eitt hakk opp.\n\n"
            "Havkraft Cluster er ei av fire klynger som i dag har fått Arena Pro-status. Også Fjordkraft Cluster er "
            "mellom dei nye.\n\nFrå villfisk til levandelagring\n\nKlynga vart teken opp som Arena-prosjekt i 2015. I 2018 vart avtalen fornya for tre nye år.")
    found = status(events(text, published="2020-12-03"))
    assert ("Havkraft Cluster", "ARENA", "extended", 2018) in found
    assert not any(c == "Fjordkraft Cluster" and a == "extended" for c, _, a, _ in found)


def test_name_lines_with_long_descriptions_under_a_colon_on_an_undated_page(events):
    """Lines of their own that hold a name and a long description ("X, Tromsø – marin
    bioteknologi og …") are a list's items; an undated page's heading gives the year."""
    text = ("Fire nye Arena-prosjekter for 2012\n\nStyringsgruppen har valgt ut tre nye klyngeprosjekter i "
            "Arena-programmet.\n\nFor 2012 finansieres disse nye prosjektene:\n\n"
            "Havkraft Nord, Tromsø – marin bioteknologi og legemidler basert på ressurser fra havet i nord\n"
            "Arena Fjorddata, Kristiansand – digital næringsutvikling og kompetanse på Sørlandet\n"
            "Kystlab Cluster, Trondheim – ny medieteknologi og innholdsproduksjon for hele landet\n\n"
            "Prosjektene ble valgt ut blant 17 søknader.")
    assert status(events(text)) == [("Arena Fjorddata", "ARENA", "granted", 2012), ("Havkraft Nord", "ARENA", "granted", 2012),
                                    ("Kystlab Cluster", "ARENA", "granted", 2012)]


def test_verbless_section_titles_on_an_undated_archive_page(events):
    """"Opp til NCE" and "Nye på Arena-nivå" over their items; "(fra Arena)" is the level an
    item left; the page's title year dates them all."""
    text = ("Nye klynger 2018\n\nHer finner du klyngene som ble tatt opp i 2018.\n\nOpp til NCE\n"
            "  ▪  Havkraft Cluster, Bergen  (fra Arena)\n  ▪  Fjordmat Cluster, Ålesund  (fra Arena)\n\n"
            "Nye på Arena-nivå\n  ▪  Kystlab Cluster, Florø\n  ▪  Tindeklyngen Sør, Fosen\n")
    assert status(events(text)) == [
        ("Fjordmat Cluster", "NCE", "granted", 2018), ("Havkraft Cluster", "NCE", "granted", 2018),
        ("Kystlab Cluster", "ARENA", "granted", 2018), ("Tindeklyngen Sør", "ARENA", "granted", 2018)]


@pytest.mark.parametrize("text,expected", [
    ("Havkraft Cluster vart fredag utnemnd til Norwegian Centre of Expertise. I tillegg vart Fjordmat Cluster og "
     "Kystlab Cluster løfta opp på same nivå.", [("Fjordmat Cluster", "NCE", "granted", 2015),
                                               ("Havkraft Cluster", "NCE", "granted", 2015),
                                               ("Kystlab Cluster", "NCE", "granted", 2015)]),
])
def test_the_same_level_is_the_one_just_told_for_a_promotion(events, text, expected):
    assert status(events(text, published="2015-06-12")) == expected


def test_a_set_named_at_the_end_of_its_colon_line(events):
    text = ("Tre nye Norwegian Centres of Expertise\n\nOslo, 18. juni 2009\n\nEt miljø for boreteknologi, reiselivet "
            "på Vestlandet og en klynge for kvotehandel er de nye sentrene i NCE-programmet.\n\nInnovasjon Norge, SIVA og Norges "
            "forskningsråd har i dag valgt ut disse tre:\n\n• Havkraft Cluster, Kristiansand\n• Fjordmat Cluster, Bergen\n"
            "• Kystlab Cluster, Halden\n")
    assert status(events(text)) == [("Fjordmat Cluster", "NCE", "granted", 2009), ("Havkraft Cluster", "NCE", "granted", 2009),
                                    ("Kystlab Cluster", "NCE", "granted", 2009)]


def test_a_counted_headline_takes_the_list_as_long_as_its_count_past_the_lead(events):
    """"Tre klynger blir de første Arena Pro-klyngene" over a lead that names clusters in
    general and "Disse er med:" with three bullets: the count confirms the set."""
    text = ("Tre klynger blir de første Arena Pro-klyngene\n\nKlyngeprogrammet har fått et nytt trinn. Klynger i "
            "Stavanger og på Kjeller er blant de første som løftes opp.\n\nInnovasjon Norge offentliggjorde i dag hvilke "
            "klynger som kommer med.\n\nDisse er med:\n• Havkraft Cluster, Stavanger\n• Fjordmat Cluster, Kjeller\n"
            "• Kystlab Cluster, Bergen\n")
    assert status(events(text, published="2019-12-05")) == [
        ("Fjordmat Cluster", "ARENA_PRO", "granted", 2019), ("Havkraft Cluster", "ARENA_PRO", "granted", 2019),
        ("Kystlab Cluster", "ARENA_PRO", "granted", 2019)]


def test_bullet_items_whose_description_opens_with_a_number(events):
    text = ("Disse tre er nye Arena-prosjekter:\n\n• Grønn Fjordlogistikk, Kristiansand – 34 bedrifter innen havn og lager\n"
            "• Arktisk Helseteknologi, Alta – digitale helsetjenester for spredt bosetting\n"
            "• Sirkulær Plast Vest, Haugesund – 12 bedrifter som gjenvinner plast\n")
    assert status(events(text, published="2022-06-23")) == [
        ("Arktisk Helseteknologi", "ARENA", "granted", 2022), ("Grønn Fjordlogistikk", "ARENA", "granted", 2022),
        ("Sirkulær Plast Vest", "ARENA", "granted", 2022)]


def test_name_and_description_lines_with_full_stops_under_de_nye_er(events):
    text = ("Tre nye ekspertsentre utnevnt\n\nDette er de tre nye Norwegian Centres of Expertise.\n\n"
            "Regjeringen la torsdag fram årets nye NCE-er. Dermed er det nå ti klynger i programmet.\n\nDe nye er:\n"
            "Havkraft Cluster – klynge innen kreftbehandling og kreftforskning med base i Oslo.\n"
            "Fjordmat Cluster – matklynge i Stavanger-regionen som skal kombinere kunnskap og teknologi.\n"
            "Kystlab Cluster – havbruksklynge med sete i Bodø.\n")
    assert status(events(text, published="2007-06-15")) == [
        ("Fjordmat Cluster", "NCE", "granted", 2007), ("Havkraft Cluster", "NCE", "granted", 2007),
        ("Kystlab Cluster", "NCE", "granted", 2007)]


def test_the_second_attempt_after_a_colon_is_no_set_of_others(events):
    """"Andre forsøk lykkes: Klyngen løftes fra Arena til NCE": "andre" counts the attempt, and
    the subject stands after the colon."""
    text = ("Vår historie\n\n2012\nHavkraft Cluster blir tatt opp i Arena-programmet.\n\n2019\nVi søker om NCE-status, men "
            "når ikke opp.\n\n2020\nAndre forsøk lykkes: Klyngen løftes fra Arena til NCE med virkning fra 1. juli.\n")
    assert ("Havkraft Cluster", "NCE", "granted", 2020) in status(events(text))



def test_a_count_of_one_written_with_an_accent_takes_no_list_of_three(events):
    """"I tillegg vert éi klynge løfta til Arena Pro" before "Dei tre er:": the one cluster of
    that decision is none of the three the list presents."""
    text = ("Smart Sjø Cluster vart i dag teken opp som Arena-klynge. I tillegg vert éi klynge løfta til Arena Pro.\n\n"
            "Dei tre er:\n\n• Havkraft Cluster, Leikanger\n• Fjordmat Cluster, Førde\n• Kystlab Cluster, Bodø\n")
    assert not any(level == "ARENA_PRO" for _, level, _, _ in status(events(text, published="2024-06-20")))


def test_a_season_that_opens_a_sentence_is_no_name(events):
    text = "Havkraft Cluster ble NCE i 2014.\n\nVåren 2019 fekk klynga fornya NCE-avtalen for nye fem år."
    assert status(events(text, published="2021-03-01")) == [
        ("Havkraft Cluster", "NCE", "extended", 2019), ("Havkraft Cluster", "NCE", "granted", 2014)]


@pytest.mark.parametrize("text", [
    "Fruktklynga vil bli NCE\n\nEtter tre år som Arena-klynge meiner Fruktklynga at tida er mogen. Søknaden vart send fredag.",
    "Møbelklynga fekk nei til Arena Pro\n\nNorwegian Rooms nådde ikkje opp i kampen om plass på det nye nivået.",
])
def test_a_wish_and_a_no_in_a_headline_are_no_decisions(events, text):
    assert status(events(text, published="2019-06-07")) == []


def test_a_passive_future_is_still_a_decision(events):
    assert status(events("Havkraft Cluster vil bli tatt opp som Arena-klynge fra 1. juli.", published="2019-06-07")) == [
        ("Havkraft Cluster", "ARENA", "granted", 2019)]


# -- states beside a decision, new members in a fact box, the round's year (stop 23) -------

def test_a_fact_box_of_new_members_under_level_labels(events):
    """"Nye i klyngeprogrammet fra 2021" over level labels with bullets: each label gives
    its own members, and the heading's year is the decision's on an undated page."""
    text = ("Havkraft på nytt nivå\n\nDette er dei nye klyngene.\n\n"
            "FAKTA: Nye i klyngeprogrammet fra 2021\nNCE\n• Havkraft Cluster, Florø\n"
            "Arena\n• Fjordmat Cluster, Førde\n• Kystlab Cluster, Bodø\n")
    assert status(events(text)) == [("Fjordmat Cluster", "ARENA", "granted", 2021),
                                    ("Havkraft Cluster", "NCE", "granted", 2021),
                                    ("Kystlab Cluster", "ARENA", "granted", 2021)]


@pytest.mark.parametrize("lead", [
    "Klyngeprogrammets opptak for 2022 ble kjent torsdag.",
    "Utveljinga for 2022 vart lagd fram i går.",
])
def test_an_undated_page_takes_the_year_of_the_round_it_presents(events, lead):
    text = f"Ny Arena-klynge i Sogn\n\n{lead} Havkraft Cluster blir Arena-klynge.\n"
    assert status(events(text)) == [("Havkraft Cluster", "ARENA", "granted", 2022)]


def test_a_round_year_far_down_an_undated_page_is_not_the_pages(events):
    filler = "Klyngen samler bedrifter langs kysten og har vokst jevnt. " * 10
    text = f"Havkraft Cluster blir Arena-klynge.\n\n{filler}\n\nSøknadsfristen for opptak for 2026 er i mars.\n"
    assert status(events(text)) == [("Havkraft Cluster", "ARENA", "granted", None)]


@pytest.mark.parametrize("sentence", [
    "Havkraft Cluster har vært Arena-klynge siden 2016 og blir nå NCE.",
    "Etter fire år som Arena-klynge er Havkraft Cluster nå godkjent som NCE.",
    "Havkraft Cluster har vore ei Arena-klynge i fem år og vert no NCE.",
])
def test_a_level_held_before_is_not_the_level_given(events, sentence):
    assert status(events(sentence, published="2021-06-20")) == [("Havkraft Cluster", "NCE", "granted", 2021)]


def test_a_level_in_a_relative_clause_describes_the_subject(events):
    """"vart X, som har vore NCE i fleire år, løfta til same nivå": the relative clause's
    NCE is a state; "same nivå" is the level of the decision before, and names another cluster."""
    text = ("Havkraft Cluster rykker opp til GCE. Samtidig vart Fjordmat-klynga i Førde, som har vore NCE "
            "i fleire år, løfta til same nivå.")
    found = status(events(text, published="2022-06-20"))
    assert ("Havkraft Cluster", "GCE", "granted", 2022) in found
    assert ("Fjordmat-klynga", "GCE", "granted", 2022) in found
    assert not any(level == "NCE" for _, level, _, _ in found)


def test_the_destination_after_til_wins_over_a_level_before(events):
    text = "Havkraft Cluster har vært med i programmet som Arena-prosjekt siden 2015 og løftes nå til NCE."
    assert status(events(text, published="2020-06-20")) == [("Havkraft Cluster", "NCE", "granted", 2020)]


def test_an_indefinite_description_under_a_name_heading_is_that_cluster(events):
    text = ("Tre klynger får ja\n\nFjordmat Cluster, Førde\nEit nytt nettverk av bønder og bryggeri er teke opp "
            "som Arena-klynge. Det samlar 40 bedrifter.\n\nHavkraft Cluster, Florø\nKlynga går frå Arena til NCE.\n")
    assert status(events(text, published="2024-06-20")) == [("Fjordmat Cluster", "ARENA", "granted", 2024),
                                                            ("Havkraft Cluster", "NCE", "granted", 2024)]


def test_a_description_of_the_only_named_cluster_gives_it_an_earlier_decision(events):
    """A page about one cluster: "NCE Sensorica får ny kontrakt … Måleklyngen ble utnevnt til
    NCE i 2009" tells both decisions of NCE Sensorica."""
    text = ("NCE Sensorica har fått ny kontraktsperiode som NCE. Den nye avtalen gjelder i fem år.\n\n"
            "Måleklyngen i Florø ble utnevnt til NCE i 2009. Siden har den vokst.")
    assert status(events(text, published="2019-01-10")) == [("NCE Sensorica", "NCE", "extended", 2019),
                                                            ("NCE Sensorica", "NCE", "granted", 2009)]


def test_the_others_of_a_set_told_further_down_past_a_sub_heading(events):
    text = ("Havkraft Cluster i Florø vart fredag teken opp som eitt av fire nye Arena-prosjekt.\n\n"
            "Klynga samlar 30 bedrifter.\n\nPengar over tre år\nKlynga får 2 millionar kroner i året.\n\n"
            "Dei andre nye prosjekta er mellom anna Fjordmat Cluster i Førde og Kystlab Cluster i Bodø.")
    assert status(events(text, published="2012-06-16")) == [("Fjordmat Cluster", "ARENA", "granted", 2012),
                                                            ("Havkraft Cluster", "ARENA", "granted", 2012),
                                                            ("Kystlab Cluster", "ARENA", "granted", 2012)]


def test_the_others_of_another_level_are_not_this_decisions(events):
    """"De to andre nykommerne på NCE-nivå er …" after an Arena decision names the NCE set."""
    text = ("Havkraft Cluster er en av tre nye NCE-klynger som ble presentert i Oslo i går. Klyngen ble tatt opp i "
            "Arena-programmet i 2009.\n\nDe to andre nykommerne på NCE-nivå er Fjordmat Cluster i Førde og Kystlab Cluster.")
    found = status(events(text, published="2015-06-18"))
    assert ("Fjordmat Cluster", "NCE", "granted", 2015) in found and ("Kystlab Cluster", "NCE", "granted", 2015) in found
    assert not any(name != "Havkraft Cluster" and level == "ARENA" for name, level, _, _ in found)


def test_a_place_in_a_relative_clause_of_another_noun_is_not_the_clusters(events):
    found = events("Havkraft Cluster er en av tre nye NCE-klynger som ble presentert i Oslo i går.", published="2015-06-18")
    assert [e["place"] for e in found if e["type"] == "status"] == [None]


def test_a_move_heading_gives_its_destination_to_the_paragraphs_under_it(events):
    text = ("To nye Arena-klynger og to til Arena Pro\n\nNye Arena-klynger\n\n"
            "Fjordmat Cluster samler matprodusenter i Sunnfjord.\n\nKystlab Cluster har medlemmer i Bodø.\n\n"
            "Fra Arena til Arena Pro\n\nHavkraft Cluster har base i Florø og samler 80 bedrifter.\n\n"
            "Smart Sjø Cluster i Ålesund jobber med autonome skip.\n\nModne klynger\n\n"
            "Lysverk Cluster blir moden klynge etter ti år som NCE.\n")
    assert status(events(text, published="2021-11-05")) == [
        ("Fjordmat Cluster", "ARENA", "granted", 2021), ("Havkraft Cluster", "ARENA_PRO", "granted", 2021),
        ("Kystlab Cluster", "ARENA", "granted", 2021), ("Lysverk Cluster", "MATURE", "granted", 2021),
        ("Smart Sjø Cluster", "ARENA_PRO", "granted", 2021)]


def test_a_heading_after_one_sentence_paragraphs_starts_its_own_section(events):
    text = ("Nye på Arena-nivå\n\nFjordmat Cluster samler matprodusenter i Sunnfjord.\n\n"
            "Kystlab Cluster har medlemmer i Bodø.\n\nRykker opp til Arena Pro\n\n"
            "Havkraft Cluster, som har hatt Arena-status siden 2018, tar nå steget videre.\n")
    found = status(events(text, published="2021-06-17"))
    assert ("Havkraft Cluster", "ARENA", "granted", 2021) not in found
    assert ("Fjordmat Cluster", "ARENA", "granted", 2021) in found and ("Kystlab Cluster", "ARENA", "granted", 2021) in found


def test_a_section_title_over_a_history_gives_no_decision_of_the_pages_date(events):
    """A feature's "Fra Arena til NCE" over "X ble tatt opp som NCE i 2019": the sentence tells it."""
    text = ("Tangklyngen som vokste\n\nDet begynte med noen få gründere i Bodø.\n\nFra Arena til NCE\n\n"
            "Havkraft Cluster ble tatt opp som NCE i 2019, etter fem år på Arena-nivå.\n\n"
            "– Det var et stort sprang, sier daglig leder Kari Nordmann.\n")
    assert status(events(text, published="2025-02-11")) == [("Havkraft Cluster", "NCE", "granted", 2019)]


def test_an_undated_page_takes_the_year_its_title_gives_the_programme(events):
    text = ("Klyngeprogrammet 2023: To nye klynger\n\nNye Arena-klynger\n\n"
            "– Fjordmat Cluster, med base i Førde, for matprodusenter.\n– Nordnorsk Romklynge på Andøya, som samler bedrifter innen satellitter.\n")
    assert status(events(text)) == [("Fjordmat Cluster", "ARENA", "granted", 2023),
                                    ("Nordnorsk Romklynge", "ARENA", "granted", 2023)]


def test_name_lines_with_a_note_after_a_spaced_dash(events):
    text = ("Dei tre nye NCE-klyngene\n\nHavkraft Cluster, Florø\nFjordmat Cluster, Førde – tidlegare Arena-prosjekt\n"
            "Kystlab Cluster, Bodø – tidlegare Arena-prosjekt\n\nKvar av dei tre får pengar frå programmet.\n")
    assert [name for name, level, _, _ in status(events(text, published="2015-06-18")) if level == "NCE"] == [
        "Fjordmat Cluster", "Havkraft Cluster", "Kystlab Cluster"]


@pytest.mark.parametrize("sentence,expected", [
    ("Styringsgruppen for Norwegian Centres of Expertise har pekt ut Havkraft Cluster som ny NCE-klynge.",
     [("Havkraft Cluster", "NCE", "granted", 2007)]),
    ("Også Havkraft Cluster og Fjordmat Cluster fikk sine NCE-avtaler fornyet i år.",
     [("Fjordmat Cluster", "NCE", "extended", 2007), ("Havkraft Cluster", "NCE", "extended", 2007)]),
])
def test_selection_and_plural_renewal_wordings(events, sentence, expected):
    assert status(events(sentence, published="2007-06-21")) == expected


def test_new_agreements_for_many_are_no_renewal(events):
    text = ("Ti miljøer får nye avtaler i klyngeprogrammet\n\nNye Arena-klynger\n\n"
            "1. Fjordmat Cluster, Førde – samler matprodusenter.\n2. Kystlab Cluster, Bodø – havteknologi.\n")
    assert {action for _, _, action, _ in status(events(text, published="2021-06-23"))} == {"granted"}


def test_a_description_on_a_clusters_own_page_is_that_cluster(events):
    """"Havkraft Cluster" atop its own page, then "Florøklynga vert GCE": the owner's decision."""
    text = ("Havkraft Cluster\nHeim | Om oss | Nyhende | Kontakt\n\nFlorøklynga vert Global Centre of Expertise\n\n"
            "Den maritime klynga i Florø er utpeika til GCE. Fjordmat Cluster vart løfta opp på same nivå same dag.\n")
    assert status(events(text, published="2014-06-12")) == [("Fjordmat Cluster", "GCE", "granted", 2014),
                                                            ("Havkraft Cluster", "GCE", "granted", 2014)]


def test_a_description_on_a_news_page_stays_its_own(events):
    text = "Nyheter fra Sogn\n\nFlorøklynga vert Global Centre of Expertise\n\nKlynga er utpeika til GCE.\n"
    assert status(events(text, published="2014-06-12")) == [("Florøklynga", "GCE", "granted", 2014)]


@pytest.mark.parametrize("second,action", [
    ("Det samme gjør Fjordmat Cluster, det tidligere Arena Fjordmat, som har base i Førde.", "granted"),
    ("Det same gjeld Fjordmat Cluster i Førde.", "granted"),
])
def test_the_same_decision_of_another_cluster(events, second, action):
    found = status(events(f"Havkraft Cluster i Florø rykker opp fra Arena til NCE. {second}", published="2017-06-22"))
    assert ("Havkraft Cluster", "NCE", "granted", 2017) in found and ("Fjordmat Cluster", "NCE", action, 2017) in found


def test_the_same_renewal_of_another_cluster_is_a_renewal(events):
    found = status(events("Havkraft Cluster fikk NCE-avtalen forlenget i fem nye år. Det samme gjelder Fjordmat Cluster.",
                          published="2017-06-22"))
    assert found == [("Fjordmat Cluster", "NCE", "extended", 2017), ("Havkraft Cluster", "NCE", "extended", 2017)]


def test_an_equivalent_status_further_down_is_the_level_told_before(events):
    text = ("Havkraft Cluster er teke opp i klyngeprogrammet som hub-node. Nettverket knyter seg til NCE Aquaculture.\n\n"
            "– Vi har venta lenge, seier leiaren.\n\nOrdninga vart innført i fjor. Ho skal hjelpe små miljø.\n\n"
            "Også i Innlandet\n\nSame dag fekk Fjordmat Cluster på Gjøvik tilsvarande status, med Norway Health Tech som hub.")
    assert [(n, level) for n, level, _, _ in status(events(text, published="2021-06-25"))] == [
        ("Fjordmat Cluster", "HUB_NODE"), ("Havkraft Cluster", "HUB_NODE")]


def test_inn_paa_level_over_a_colon_list(events):
    text = ("Tre nye klynger\n\nInn på Arena-nivå:\n• Havkraft Cluster, Florø\n• Fjordmat Cluster, Førde\n\n"
            "Klyngeprogrammet eies av Innovasjon Norge.\n")
    assert status(events(text, published="2015-06-17")) == [("Fjordmat Cluster", "ARENA", "granted", 2015),
                                                            ("Havkraft Cluster", "ARENA", "granted", 2015)]


def test_a_former_marker_in_a_naming_relative_clause_does_not_date_the_decision_back(events):
    text = "Havkraft Cluster, som tidlegare heitte Arena Havkraft, gjekk over til å vere moden klynge."
    assert status(events(text, published="2021-11-18")) == [("Havkraft Cluster", "MATURE", "granted", 2021)]


def test_a_description_before_any_name_is_the_cluster_named_next(events):
    """"Den maritime klynga på Sunnmøre er ei av dei to første som får status som GCE" in the
    lead, the name opening the next paragraph; "ei av dei to" is one of them, no plural."""
    text = ("Møre-klynga blir global\n\nÅLESUND: Den maritime klynga på Sunnmøre er ei av dei to første i landet som "
            "får status som Global Centre of Expertise (GCE). Avgjerda vart kunngjord i dag.\n\n"
            "Havkraft Cluster samlar over 150 verksemder innan skipsdesign og verft.\n")
    assert status(events(text, published="2014-06-26")) == [("Havkraft Cluster", "GCE", "granted", 2014)]


def test_an_enumeration_goes_on_after_a_former_name(events):
    text = "Havkraft Cluster i Oslo, tidligere Arena Havkraft, og Byggeklynge Agder i Kristiansand er tatt opp på Arena-nivå."
    assert status(events(text, published="2019-06-20")) == [("Byggeklynge Agder", "ARENA", "granted", 2019),
                                                            ("Havkraft Cluster", "ARENA", "granted", 2019)]


@pytest.mark.parametrize("text,published,level", [
    ("Disse tre klyngene er i dag Arena-klynger og flyttes opp ett hakk:\n\n– Havkraft Cluster, Stavanger – tunnelsikkerhet\n"
     "– Fjordmat Cluster, Kjeller – solenergi\n", "2019-06-20", "ARENA_PRO"),
    ("Disse to klyngene er i dag Arena-klynger og flyttes opp ett hakk:\n\n– Havkraft Cluster, Stavanger – tunnelsikkerhet\n"
     "– Fjordmat Cluster, Kjeller – solenergi\n", "2015-06-20", "NCE"),  # before Arena Pro, the step is NCE
])
def test_one_step_up_from_the_level_held(events, text, published, level):
    assert {(name, lvl) for name, lvl, _, _ in status(events(text, published=published))} == {
        ("Fjordmat Cluster", level), ("Havkraft Cluster", level)}


def test_one_step_up_with_no_level_named_is_no_decision_of_its_own(events):
    text = "Klynga som samlar torskeprodusentar er no løfta eitt hakk opp i klyngeprogrammet."
    assert status(events(text, published="2020-12-03")) == []


def test_the_level_after_status_som_is_the_one_given_to_the_members_named_next(events):
    text = ("Tre NCE-er blir modne klynger\n\nEtter mer enn et tiår får tre av landets eldste NCE-klynger status som "
            "moden klynge fra 1. januar 2021.\n\nDet gjelder Havkraft Cluster, Fjordmat Cluster på Kongsberg og Kystlab Cluster.")
    assert {(name, level, year) for name, level, _, year in status(events(text, published="2020-12-10"))} == {
        ("Havkraft Cluster", "MATURE", 2021), ("Fjordmat Cluster", "MATURE", 2021), ("Kystlab Cluster", "MATURE", 2021)}


def test_an_anaphor_whose_past_name_is_told_is_the_renamed_cluster(events):
    text = ("To nye toppklynger\n\nKlyngen som til nå har hett NCE Havkraft, rykker opp til det nye GCE-nivået og "
            "skifter samtidig navn til GCE Havkraft Cluster.")
    assert status(events(text, published="2014-06-20")) == [("GCE Havkraft Cluster", "GCE", "granted", 2014)]


def test_a_level_label_with_its_long_name_and_an_enumeration_paragraph(events):
    text = ("Norge får nye klynger\n\nGCE – Global Centres of Expertise\n\nHavkraft Cluster, Ålesund\n"
            "Klyngen har vært NCE siden 2006 og samler verft og rederier.\n\n"
            "Nye Arena-prosjekter\n\nFjordmat Cluster (Oslo), Kystlab Cluster (Stavanger) og Smart Sjø Cluster (Tønsberg).\n\n"
            "Også Lysverk Cluster i Bergen søkte om GCE-status, men nådde ikke opp denne gangen.\n")
    assert status(events(text, published="2014-06-26")) == [
        ("Fjordmat Cluster", "ARENA", "granted", 2014), ("Havkraft Cluster", "GCE", "granted", 2014),
        ("Kystlab Cluster", "ARENA", "granted", 2014), ("Smart Sjø Cluster", "ARENA", "granted", 2014)]


def test_the_round_a_lead_announces_dates_the_sections_below_it(events):
    text = ("Aktuelt\n\nTo nye klynger og ett opprykk\n\nFor 2022 får to nye klynger plass på Arena-nivå, og én går opp "
            "til Arena Pro.\n\nNye Arena-klynger\n• Havkraft Cluster – havvind, Haugesund\n• Fjordmat Cluster – sjømat, Florø\n\n"
            "Opp til Arena Pro\n• Kystlab Cluster, Bodø\n")
    for published in (None, "2021-12-09"):  # undated, or published the year before the round
        assert status(events(text, published=published)) == [
            ("Fjordmat Cluster", "ARENA", "granted", 2022), ("Havkraft Cluster", "ARENA", "granted", 2022),
            ("Kystlab Cluster", "ARENA_PRO", "granted", 2022)]


def test_an_undated_page_tells_its_round_in_the_past_after_a_lead_with_the_year(events):
    text = ("Tre nye Arena-prosjekter til fylket\n\nSjømat og reiseliv er blant miljøene som Arena-programmet har valgt ut "
            "i 2010.\n\nHavkraft Cluster og Fjordmat Cluster ble begge tatt opp i programmet etter årets utlysning. "
            "Året før ble Kystlab Cluster tatt opp i Arena-programmet.")
    assert status(events(text)) == [("Fjordmat Cluster", "ARENA", "granted", 2010), ("Havkraft Cluster", "ARENA", "granted", 2010),
                                    ("Kystlab Cluster", "ARENA", "granted", 2009)]


def test_a_first_decision_told_in_the_past_is_history_and_dates_no_round(events):
    text = ("Historikk\n\nHavkraft Cluster ble tatt opp som Arena-klynge i 2012.\n\nFjordmat Cluster får status som "
            "NCE-klynge.")
    assert ("Fjordmat Cluster", "NCE", "granted", None) in status(events(text))


@pytest.mark.parametrize("sentence,year", [
    ("To år tidligere ble Havkraft Cluster tatt opp i Arena-programmet.", 2013),
    ("Året før fekk Havkraft Cluster status som Arena-klynge.", 2014),
])
def test_years_counted_back_from_the_decision_before(events, sentence, year):
    text = "Fjordmat Cluster ble tatt opp i Arena-programmet i 2015. " + sentence
    assert ("Havkraft Cluster", "ARENA", "granted", year) in status(events(text, published="2020-05-02"))


def test_the_changes_take_effect_from_a_year_that_dates_the_decisions(events):
    text = ("Dette endres fra nyttår\n\nStyringsgruppen har fattet vedtak for neste år. Alle endringene gjelder fra 2025.\n\n"
            "Havkraft Cluster er oppgradert fra Arena til Arena Pro. Fjordmat Cluster blir ny Arena-klynge.")
    assert status(events(text, published="2024-12-12")) == [("Fjordmat Cluster", "ARENA", "granted", 2025),
                                                          ("Havkraft Cluster", "ARENA_PRO", "granted", 2025)]


@pytest.mark.parametrize("sentence,level", [
    ("Havkraft Cluster og Fjordmat Cluster overføres til kategorien moden klynge.", "MATURE"),
    ("Havkraft Cluster og Fjordmat Cluster blir overført til Arena Pro.", "ARENA_PRO"),
])
def test_a_transfer_to_a_level_is_a_grant(events, sentence, level):
    assert status(events(sentence, published="2021-06-01")) == [("Fjordmat Cluster", level, "granted", 2021),
                                                               ("Havkraft Cluster", level, "granted", 2021)]


def test_a_node_under_a_named_hub_takes_no_level_from_the_hubs_name(events):
    text = "Ny hub-node\n• Havbruk Helgeland i Mosjøen blir node under NCE Havkraft."
    found = [e for e in events(text, published="2021-06-01") if e["type"] == "status"]
    assert [(e["cluster"], e["status"], e.get("hub")) for e in found] == [("Havbruk Helgeland", "HUB_NODE", "NCE Havkraft")]
    assert status(events("Havbruk Helgeland blir medlem i NCE Havkraft.", published="2021-06-01")) == []
    assert ("Havbruk Helgeland", "NCE", "granted", 2021) in status(events("Havbruk Helgeland blir nå NCE Havbruk.",
                                                                        published="2021-06-01"))


def test_a_table_of_new_levels_gives_each_row_the_level_of_its_new_level_column(events):
    text = ("Fem klynger løftes\n\nTo klynger går fra Arena til Arena Pro, og én ny klynge tas opp på Arena-nivå. "
            "Det besluttet styringsgruppen i går.\n\nÅrets beslutninger\n\n"
            "Klynge              Nytt nivå   Tidligere nivå   Sted\n"
            "Havkraft Cluster    Arena Pro   Arena            Haugesund\n"
            "Fjordmat Cluster    Arena Pro   Arena            Florø\n"
            "Kystlab Cluster     Arena       –                Bodø\n")
    assert status(events(text, published="2022-06-23")) == [
        ("Fjordmat Cluster", "ARENA_PRO", "granted", 2022), ("Havkraft Cluster", "ARENA_PRO", "granted", 2022),
        ("Kystlab Cluster", "ARENA", "granted", 2022)]


def test_an_inverted_subject_of_several_names_before_the_particle(events):
    text = "I tillegg slipper Havkraft Cluster i Bergen og Fjordmat Cluster i Florø inn på Arena-nivået."
    assert status(events(text, published="2021-06-24")) == [("Fjordmat Cluster", "ARENA", "granted", 2021),
                                                          ("Havkraft Cluster", "ARENA", "granted", 2021)]


def test_a_lead_decision_takes_no_members_from_a_section_of_another_action(events):
    text = ("To nye Arena-klynger\n\nStyringsgruppen har tatt opp to nye klynger på Arena-nivå. Samtidig forlenges to "
            "Arena-klynger.\n\nNye på Arena-nivå\n\nHavkraft Cluster, Andøya\nSamler romfartsmiljøet i nord.\n\n"
            "Fjordmat Cluster, Oslo\nEt nettverk av matprodusenter.\n\nForlenget Arena-periode\n\n"
            "Kystlab Cluster i Bodø og Smart Sjø Cluster i Tønsberg får forlenget Arena-perioden med to år.\n")
    assert status(events(text, published="2024-06-19")) == [
        ("Fjordmat Cluster", "ARENA", "granted", 2024), ("Havkraft Cluster", "ARENA", "granted", 2024),
        ("Kystlab Cluster", "ARENA", "extended", 2024), ("Smart Sjø Cluster", "ARENA", "extended", 2024)]


def test_a_nynorsk_definite_noun_opening_the_sentence_is_no_cluster(events):
    found = events("Styringsgruppa har fornya avtalen med NCE Havkraft.", published="2023-06-15")
    assert status(found) == [("NCE Havkraft", "NCE", "extended", 2023)]


def test_an_island_is_a_place(events):
    found = [e for e in events("Havkraft Cluster på Andøya får status som Arena-klynge.", published="2023-06-15")
             if e["type"] == "status"]
    assert [(e["cluster"], e["place"]) for e in found] == [("Havkraft Cluster", "Andøya")]


def test_a_sentence_under_a_level_label_without_a_level_of_its_own_takes_the_labels(events):
    text = ("Årets opptak\n\nARENA PRO\nHavkraft Cluster (Bodø) og Fjordmat Cluster (Florø) rykker opp fra Arena.\n\n"
            "HUB-NODER\nKystlab Node blir hub-node med NCE Sjømat som hub, og Fjellnode Valdres knyttes til NCE Fjellmat.\n")
    found = [e for e in events(text, published="2025-06-20") if e["type"] == "status"]
    assert sorted((e["cluster"], e["status"], e["previous_status"], e.get("hub")) for e in found) == [
        ("Fjordmat Cluster", "ARENA_PRO", "ARENA", None), ("Havkraft Cluster", "ARENA_PRO", "ARENA", None),
        ("Kystlab Node", "HUB_NODE", None, "NCE Sjømat")]


def test_a_move_heading_over_a_history_gives_its_sentences_no_level(events):
    text = ("Frå Arena til NCE\nKlynga vart etablert på Stord i 2010 og teken opp som Arena-prosjekt året etter. "
            "I 2014 fekk ho NCE-status.")
    found = events("NCE Havkraft\n\n" + text, published="2023-06-15")
    assert ("NCE Havkraft", "NCE", "granted", 2010) not in status(found)


@pytest.mark.parametrize("sentence,level", [
    ("I same runde vart to Arena-klynger oppgraderte til NCE-nivå: Havkraft Cluster og Fjordmat Cluster.", "NCE"),
    ("I fjor ble to Arena-klynger løftet til Arena Pro: Havkraft Cluster og Fjordmat Cluster.", "ARENA_PRO"),
])
def test_the_auxiliary_of_a_passive_is_no_decision_of_its_own(events, sentence, level):
    assert {lvl for _, lvl, _, _ in status(events(sentence, published="2020-06-19"))} == {level}


def test_an_enumeration_goes_on_past_a_former_name_in_apposition(events):
    text = ("Havkraft Cluster, tidlegare Havkraft Subsea, Fjordmat Cluster og Kystlab Cluster går alle over til å bli "
            "modne klynger frå 1. juli.")
    assert status(events(text, published="2024-03-01")) == [("Fjordmat Cluster", "MATURE", "granted", 2024),
                                                          ("Havkraft Cluster", "MATURE", "granted", 2024),
                                                          ("Kystlab Cluster", "MATURE", "granted", 2024)]


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name(events):
    text = "Foruten FjordArena kom to andre prosjekter med i Arena-programmet i år: Arena Havkraft og Arena Kystlab."
    assert "Foruten FjordArena" not in {name for name, _, _, _ in status(events(text, published="2010-06-20"))}


def test_a_headline_in_two_parts_over_name_sub_headings(events):
    text = ("Fire klynger til Arena Pro – og én ny Arena\n\nDet nye nivået Arena Pro får sine første klynger.\n\n"
            "Havkraft Cluster\nKlyngen holder til i Stavanger og samler 45 bedrifter.\n\n"
            "Fjordmat Cluster\nMed base på Kjeller favner klyngen hele verdikjeden.\n\n"
            "Ny på Arena-nivå\n\nKystlab Cluster blir tatt opp som Arena-klynge.\n")
    assert status(events(text, published="2019-06-14")) == [
        ("Fjordmat Cluster", "ARENA_PRO", "granted", 2019), ("Havkraft Cluster", "ARENA_PRO", "granted", 2019),
        ("Kystlab Cluster", "ARENA", "granted", 2019)]


def test_a_counted_colon_line_over_one_sentence_a_line(events):
    text = ("Tre nye Arena-prosjekter\n\nPublisert 09.06.2011\n\nProgrammet mottok 24 søknader i år, og tre ble valgt:\n\n"
            "På Stord skal Arena Havkraft utvikle energieffektive skip.\nI Stavanger får havbruksmiljøet samlet i "
            "Arena Fjordmat plass i programmet.\nFra Tromsø kommer Arena Vinterlys, som vil gjøre nordlysturismen lønnsom.\n\n"
            "Blant søkerne som fikk nei, var et reiselivsnettverk i Hallingdal.")
    assert status(events(text, published="2011-06-09")) == [
        ("Arena Fjordmat", "ARENA", "granted", 2011), ("Arena Havkraft", "ARENA", "granted", 2011),
        ("Arena Vinterlys", "ARENA", "granted", 2011)]


def test_a_level_prefix_makes_a_cluster_noun_compound_a_name(events):
    text = ("Arena Havkraft og Arena Vannklyngen i Vestfold ble tatt opp i Arena-programmet i dag. "
            "Arena Vannklyngen skal bygge en eksportrettet næring for vannteknologi.")
    assert status(events(text, published="2011-06-09")) == [("Arena Havkraft", "ARENA", "granted", 2011),
                                                          ("Arena Vannklyngen", "ARENA", "granted", 2011)]


def test_one_clusters_own_start_dates_no_round(events):
    text = ("Havkraft Cluster løftes til Arena Pro\n\nHavkraft Cluster går fra Arena til Arena Pro fra 1. januar 2025.\n\n"
            "Fjordmat Cluster får en ny kontraktsperiode som Arena-klynge.")
    assert status(events(text, published="2024-11-28")) == [("Fjordmat Cluster", "ARENA", "extended", 2024),
                                                          ("Havkraft Cluster", "ARENA_PRO", "granted", 2025)]


def test_a_timeline_entrys_year_dates_a_later_clause_of_its_line(events):
    text = ("Historikk\n\n2019: NCE Havkraft får ein ny kontraktperiode på fire år som NCE.\n\n"
            "2023: Grunnfinansieringa frå programmet tek slutt, og klynga får status som moden klynge.\n")
    assert ("NCE Havkraft", "MATURE", "granted", 2023) in status(events(text, published="2024-03-01"))


def test_a_call_for_applications_told_as_what_came_before_is_no_plan(events):
    """"Etter årets utlysning ble …": the call came first and the decision is the news; a
    sentence about applying after it stays a plan."""
    text = ("Etter fjorårets utlysning ble tre nye klynger tatt opp i Arena-programmet:\n\n"
            "Fjordlys Cluster, Florø\nHavkraft Cluster, Bodø\nSkogvekst Cluster, Elverum\n")
    assert status(events(text, published="2016-01-10")) == [
        ("Fjordlys Cluster", "ARENA", "granted", 2016), ("Havkraft Cluster", "ARENA", "granted", 2016),
        ("Skogvekst Cluster", "ARENA", "granted", 2016)]
    assert status(events("Etter utlysningen vil Havkraft Cluster søke om å bli tatt opp som NCE.", published="2016-01-10")) == []


def test_one_of_a_counted_set_told_by_a_description_is_the_cluster_named_next(events):
    text = ("Det ble kjent i dag at fiskerinettverket i Lofoten blir ett av fire nye prosjekter i Arena-programmet. "
            "Klyngen skal hete Arena Lofotfisk og får sekretariat i Svolvær.")
    assert status(events(text, published="2011-06-10")) == [("Arena Lofotfisk", "ARENA", "granted", 2011)]


def test_a_member_told_by_description_then_named_and_the_others_of_its_set(events):
    """"X er en av dem" with a description for X, its name in the next sentences, and "De to
    andre som rykker opp fra NCE …, er A og B": the level they leave is not the set's."""
    text = ("Innovasjon Norge kunngjorde i dag at tre klynger får status som GCE. Den marine klyngen i Tromsø er "
            "en av dem. Klyngen har til nå vært kjent som NCE Polarhav.\n\nDe to andre som rykker opp fra NCE til "
            "det nye nivået, er GCE Fjordkraft i Førde og GCE Skogteknikk på Gjøvik.")
    assert status(events(text, published="2014-06-24")) == [
        ("GCE Fjordkraft", "GCE", "granted", 2014), ("GCE Skogteknikk", "GCE", "granted", 2014),
        ("NCE Polarhav", "GCE", "granted", 2014)]


def test_the_same_move_as_the_one_told_before(events):
    text = "Fjordlys Cluster ble i dag løftet fra Arena til NCE. Havkraft Cluster fikk det samme opprykket."
    assert status(events(text, published="2018-06-20")) == [
        ("Fjordlys Cluster", "NCE", "granted", 2018), ("Havkraft Cluster", "NCE", "granted", 2018)]
    assert status(events("Havkraft Cluster fikk samme opprykk.", published="2018-06-20")) == []


def test_a_descriptive_headline_below_the_sites_name_is_the_lead_s_cluster(events):
    text = ("Avisa Nordland\nNyheter | Sport | Kultur\n\nTromsø-klynge fikk Arena-status\n\n"
            "Et nettverk av bedrifter i Tromsø er med i klyngeprogrammet.\n\n"
            "Polarlys Cluster, som samler 40 bedrifter, er en av fire nye Arena-klynger i år.\n\n"
            "De nye Arena-klyngene\n\nInnovasjon Norge la fram lista mandag. Disse er med:\n\n• Polarlys Cluster, Tromsø\n"
            "• Nordkapp Cluster, Honningsvåg\n")
    found = [e for e in events(text, published="2019-06-20") if e["type"] == "status"]
    assert sorted((e["cluster"], e["status"], e["year"]) for e in found) == [
        ("Nordkapp Cluster", "ARENA", 2019), ("Polarlys Cluster", "ARENA", 2019)]


def test_an_adverb_between_a_verb_and_its_particle_is_no_clause_break(events):
    text = ("Tre klynger rykket samtidig opp fra Arena til NCE:\n\nFjordlys Cluster, Florø. Klyngen samler rederier.\n\n"
            "Havkraft Cluster, Bodø. Klyngen arbeider med havvind.\n\nSkogvekst Cluster, Elverum. Klyngen utvikler trebygg.\n")
    assert status(events(text, published="2019-03-20")) == [
        ("Fjordlys Cluster", "NCE", "granted", 2019), ("Havkraft Cluster", "NCE", "granted", 2019),
        ("Skogvekst Cluster", "NCE", "granted", 2019)]


def test_years_on_a_level_fronted_with_pa_are_the_level_held(events):
    text = "Etter fire år på Arena Pro-nivå ble Havkraft Cluster i 2023 utnevnt til Norwegian Centre of Expertise."
    assert status(events(text, published="2023-06-20")) == [("Havkraft Cluster", "NCE", "granted", 2023)]


def test_a_rename_whose_subject_follows_the_verb(events):
    """"Året etter byttet vi navn til Y": the adverbial before the verb is no old name; the
    subject after it is the anaphor, whose name before was told earlier."""
    text = ("Klyngen ble etablert i 2013 under navnet Arena Helseteknologi Vest. I 2014 ble klyngen tatt opp i "
            "Arena-programmet. Året etter byttet vi navn til Havkraft Cluster.")
    found = events(text, published="2020-01-10")
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("Arena Helseteknologi Vest", "Havkraft Cluster")]
    assert status(found) == [("Havkraft Cluster", "ARENA", "granted", 2014)]


def test_the_name_a_cluster_has_had_since_is_its_name_now(events):
    text = "Arena-prosjektet Fjellmat Nord, som siden i fjor har hett Havkraft Cluster, fikk i 2018 forlenget Arena-kontrakten."
    found = events(text, published="2019-03-20")
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("Fjellmat Nord", "Havkraft Cluster")]
    assert status(found) == [("Havkraft Cluster", "ARENA", "extended", 2018)]


def test_an_acronym_joined_to_the_name_atop_a_page_is_no_name_of_its_own(events):
    text = ("NHC – Nordisk Havkraft Cluster\nHjem   Om oss   Kontakt\n\nOm oss\n\nNordisk Havkraft Cluster (NHC) er en "
            "klynge i Bodø.\n\nArena\nI 2014 ble klyngen tatt opp i Arena-programmet.")
    assert status(events(text, published="2020-01-10")) == [("Nordisk Havkraft Cluster", "ARENA", "granted", 2014)]


def test_an_anaphor_under_a_section_heading_past_a_sentence_naming_no_one_is_the_pages_cluster(events):
    text = ("Havkraft Cluster\nHeim   Om oss   Kontakt\n\n2019: Partnarar\nVi knytte oss til andre klynger, mellom anna "
            "NCE Fjordlys i Bergen.\n\n2021: Arena Pro\nTre år etter opptaket kom neste steg. Frå hausten 2021 fekk "
            "klynga status som Arena Pro.")
    assert status(events(text, published="2022-01-10")) == [("Havkraft Cluster", "ARENA_PRO", "granted", 2021)]


def test_a_new_contract_told_as_what_a_grant_brings_is_no_renewal(events):
    text = ("Frå nyttår blir Havkraft Cluster ei Arena Pro-klynge, etter at ho har vore Arena-klynge sidan 2016. "
            "Det gjev ein ny, femårig kontrakt og meir pengar til felles prosjekt.")
    assert status(events(text, published="2022-06-20")) == [("Havkraft Cluster", "ARENA_PRO", "granted", 2023)]


def test_clusters_that_came_along_or_followed_take_the_step_told_before(events):
    text = ("I juni 2006 ble de første klyngene utnevnt: NCE Fjellmat i Valdres og NCE Kystlab i Bodø. Året etter, i 2007, "
            "kom Havkraft Cluster og Skogvekst Cluster i Elverum med.")
    assert status(events(text, published="2016-09-01")) == [
        ("Havkraft Cluster", "NCE", "granted", 2007), ("NCE Fjellmat", "NCE", "granted", 2006),
        ("NCE Kystlab", "NCE", "granted", 2006), ("Skogvekst Cluster", "NCE", "granted", 2007)]
    text = "I 2014 ble GCE Fjordlys løftet til Global Centres of Expertise. NCE Havkraft fulgte etter i 2015."
    assert ("NCE Havkraft", "GCE", "granted", 2015) in status(events(text, published="2016-09-01"))
    assert status(events("Havkraft Cluster kom med.", published="2016-09-01")) == []


def test_a_vague_part_of_a_set_names_no_members(events):
    text = ("I 2009 ble Havkraft Cluster og Fjellmat Cluster tatt opp som NCE-klynger. Etter treårsevalueringene "
            "ble kontraktene for de fleste klyngene fornyet.")
    assert status(events(text, published="2016-09-01")) == [
        ("Fjellmat Cluster", "NCE", "granted", 2009), ("Havkraft Cluster", "NCE", "granted", 2009)]
    text = "Ser til Bodø\n\nKlyngen Havkraft Cluster fikk Arena-status for noen år siden og er et forbilde."
    assert [e["cluster"] for e in events(text, published="2025-03-11") if e["type"] == "status"] == ["Havkraft Cluster"]


def test_a_renewal_section_told_of_both_by_an_inverted_pronoun(events):
    """"Forlenget Arena-avtale" is a section's title, no name; "får de avtalen forlenget" is both
    clusters of the sentence before."""
    text = ("Forlenget Arena-avtale\n\nFjellmat Cluster i Oslo og Havkraft Cluster i Bodø har begge vært Arena-klynger "
            "siden 2014. Etter midtveisevalueringen får de avtalen forlenget med tre nye år.")
    assert status(events(text, published="2017-06-27")) == [
        ("Fjellmat Cluster", "ARENA", "extended", 2017), ("Havkraft Cluster", "ARENA", "extended", 2017)]


def test_a_name_heading_with_its_place_and_a_long_note(events):
    text = ("Etter årets utlysning rykker to klynger opp til NCE-nivået.\n\n"
            "Nye NCE-klynger\n\nNCE Fjordlys, Molde – tidligere Arena Fjordlys\nKlyngen samler 60 bedrifter.\n\n"
            "NCE Havkraft Energy Technology, Oslo-regionen – det tidligere Arena Havkraft Valley\nKlyngen samler "
            "leverandører på Østlandet.\n")
    assert [(e["cluster"], e["status"]) for e in events(text, published="2017-06-27") if e["type"] == "status"] == [
        ("NCE Fjordlys", "NCE"), ("NCE Havkraft Energy Technology", "NCE")]


def test_a_contrastive_clause_without_a_date_is_told_at_the_time_of_the_clause_before(events):
    text = ("I årets opptak ble Fjordlys Cluster og Havkraft Cluster tatt opp på Arena-nivå i 2018, mens Skogvekst Cluster "
            "og Kystlab Cluster ble NCE-klynger.")
    assert status(events(text, published="2021-06-24")) == [
        ("Fjordlys Cluster", "ARENA", "granted", 2018), ("Havkraft Cluster", "ARENA", "granted", 2018),
        ("Kystlab Cluster", "NCE", "granted", 2018), ("Skogvekst Cluster", "NCE", "granted", 2018)]


def test_a_section_heading_with_two_places_is_named_by_the_description_below(events):
    text = ("Klyngene i fylket\n\nHavkraft Cluster, Bergen og Stavanger\nHavvindklynga kom med på Arena-nivå i 2018 og "
            "vart Arena Pro i fjor.\n")
    assert status(events(text, published="2021-03-10")) == [
        ("Havkraft Cluster", "ARENA", "granted", 2018), ("Havkraft Cluster", "ARENA_PRO", "granted", 2020)]


def test_a_name_held_since_a_date_is_the_name_now(events):
    text = ("Klyngene i fylket\n\nGCE Havlys, Bergen\nKlynga for havteknologi vart utnemnd til NCE i 2006 under namnet "
            "NCE Undervatn og fekk GCE-status i 2015. Sidan 2018 har klynga heitt GCE Havlys.\n")
    found = events(text, published="2021-03-10")
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("NCE Undervatn", "GCE Havlys")]
    assert status(found) == [("GCE Havlys", "GCE", "granted", 2015), ("GCE Havlys", "NCE", "granted", 2006)]


def test_an_inverted_anaphor_that_gets_a_new_name(events):
    text = ("NCE Havrein, Stord\nArena Havrein Vest vart teken opp i programmet i 2011. Tre år seinare, i 2014, vart klynga "
            "løfta til NCE-nivå og fekk det nye namnet NCE Havrein.\n")
    found = events(text, published="2021-03-10")
    assert [(e["old"], e["new"]) for e in found if e["type"] == "rename"] == [("Arena Havrein Vest", "NCE Havrein")]


def test_a_list_of_clusters_with_the_level_and_year_of_each_step(events):
    text = ("Disse klyngene i fylket er tatt opp i klyngeprogrammet (nivå og år for opptak):\n\n"
            "Fjellmat Cluster (Raufoss) – NCE, 2006\nHavkraft Cluster (Hamar) – Arena, 2012; NCE, 2018\n"
            "Skogvekst Cluster (Lillehammer) – Arena, 2020\n")
    assert status(events(text, published="2022-03-01")) == [
        ("Fjellmat Cluster", "NCE", "granted", 2006), ("Havkraft Cluster", "ARENA", "granted", 2012),
        ("Havkraft Cluster", "NCE", "granted", 2018), ("Skogvekst Cluster", "ARENA", "granted", 2020)]


def test_an_anaphor_after_a_sentence_whose_subject_is_a_common_noun_is_the_cluster_named_there(events):
    text = ("Vil bygge testsenter på Forus\n\nEt nytt testsenter skal gjøre det mulig å øve på brann. Kostnadene er anslått "
            "til 40 millioner kroner. Svaret ventes etter sommeren.\n\nNettopp rykket opp\n\nInitiativet kommer fra Havkraft "
            "Cluster, som har kontor på Forus. Klyngen ble forrige uke oppgradert fra Arena til Arena Pro i klyngeprogrammet.")
    assert status(events(text, published="2019-06-26")) == [("Havkraft Cluster", "ARENA_PRO", "granted", 2019)]


def test_a_decision_in_a_when_clause_and_the_main_clauses_subject(events):
    """Nynorsk "då" opens a temporal clause too: its decision of others is no event of a main
    clause that is negated, and is the main clause's cluster's when that one joins."""
    text = "Hydrogenklynga i Florø nådde ikkje opp då dei nye ekspertsentra i klyngeprogrammet vart valde ut."
    assert status(events(text, published="2023-06-22")) == []
    text = "Også GCE Havkraft i Kristiansand kom med då dei to første GCE-klyngene vart peika ut i 2014."
    assert status(events(text, published="2014-06-22")) == [("GCE Havkraft", "GCE", "granted", 2014)]


def test_a_claim_the_next_sentence_takes_back_is_no_decision(events):
    text = ("RETTELSE: I en tidligere versjon av denne saken skrev vi at Havkraft Cluster har fått status som Norwegian "
            "Centre of Expertise. Det er ikke riktig. Klyngen er rykket opp fra Arena til Arena Pro.")
    assert status(events(text, published="2020-02-03")) == [("Havkraft Cluster", "ARENA_PRO", "granted", 2020)]


def test_staying_on_a_level_is_no_decision(events):
    text = "Søknaden om NCE-status er avslått, og Havkraft Cluster blir værende på Arena-nivå."
    assert status(events(text, published="2015-12-10")) == []


def test_got_yes_in_the_same_round_is_the_decision_told_at_the_top(events):
    """"I same runde fekk også X ja" far below the lead takes the lead's decision; a descriptive
    title over a byline and a dateline is the lead's first name."""
    text = ("NRK Vest\n\nFjordklynga til verdstoppen\n\nDen marine klynga i Bergen er blant dei første som får status som "
            "Global Centre of Expertise.\n\nKari Nordmann\nPublisert 24.06.2014\n\nNyheita kom i formiddag. Der kunngjorde "
            "ministeren at GCE Fjordlys vert ei av dei to første klyngjene på det nye nivået.\n\n"
            + "Klynga har 180 medlemmer. " * 12 + "\n\nI same runde fekk også GCE Havkraft ja.")
    assert status(events(text, published="2014-06-24")) == [
        ("GCE Fjordlys", "GCE", "granted", 2014), ("GCE Havkraft", "GCE", "granted", 2014)]
    assert status(events("Havkraft Cluster fikk ja.", published="2014-06-24")) == []


def test_an_energy_company_shaped_name_may_be_the_subject_of_a_decision_but_a_partner_is_none(events):
    assert status(events("Samstundes vart Sogn Energi teken opp som hub-node med Fjordkraft Cluster som hub.",
                         published="2023-11-02")) == [("Sogn Energi", "HUB_NODE", "granted", 2023)]
    assert status(events("Vest Maritime er partner i Havkraft Cluster, som fikk Arena-status i fjor.",
                         published="2023-11-02")) == [("Havkraft Cluster", "ARENA", "granted", 2022)]
    assert status(events("Lyse Energi er partner i Havkraft Cluster, som fikk Arena-status i fjor.",
                         published="2023-11-02")) == [("Havkraft Cluster", "ARENA", "granted", 2022)]
