"""Repairs of scraped text (nicextract.normalise): what the rules see, and offsets that
still slice the caller's text — unspaced dashes, "?" for lost characters, sentences cut
by hard line breaks, paragraphs printed twice."""

import json
import shutil

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nicextract
from nicextract.normalise import Normaliser
from nicextract.resources import PatternFileError, default_patterns_dir
from nicextract.textprep import OffsetMap
from nicextract.tokenizer import input_offsets, input_text, normalise, raw_text

RENAMED = "To miljøer rykker opp til NCE: akvArena–Smart Havbruk i Trondheim og NCE Kystlab–tidligere Arena Kystlab."
EXTENDED = "NCE Kystlab har i dag fått\nforlenget status som NCE for tre nye år."
LEAD = "Tre klynger får i dag status som Arena-klynge etter en sterk runde med søknader."


def words(process, text):
    return [t.text for t in process(text) if not t.is_space]


def sentences(process, text):
    return [s.text.strip() for s in process(text).sents if s.text.strip()]


def sliced(text, events):
    """Evidence and every argument span slice ``text``; the evidence text is its slice."""
    for event in events:
        ev = event["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]
        for span in event["spans"].values():
            assert 0 <= span[0] <= span[1] <= len(text)
    return True


def caller_span(doc, start, end):
    to_input = input_offsets(doc)
    return to_input.span(start, end) if to_input else (start, end)


# --- 1. unspaced dashes ------------------------------------------------------------

def test_dash_between_words_becomes_a_spaced_dash(process):
    assert words(process, RENAMED)[7:] == ["akvArena", "–", "Smart", "Havbruk", "i", "Trondheim", "og", "NCE",
                                         "Kystlab", "–", "tidligere", "Arena", "Kystlab", "."]
    assert words(process, "Navn—Undertittel") == ["Navn", "–", "Undertittel"]


def test_inserted_spaces_map_back_to_exactly_the_dash(process):
    doc = process(RENAMED)
    dash = RENAMED.index("–tidligere")
    at = doc.text.index(" – tidligere")
    for start, end in [(at, at + 3), (at, at + 1), (at + 1, at + 2), (at + 2, at + 3)]:
        assert caller_span(doc, start, end) == (dash, dash + 1)
    head = doc.text.index("Kystlab – tidligere")
    assert RENAMED[slice(*caller_span(doc, head, head + len("Kystlab – tidligere")))] == "Kystlab–tidligere"
    token = next(t for t in doc if t.text == "tidligere")
    assert RENAMED[slice(*caller_span(doc, token.idx, token.idx + len(token)))] == "tidligere"


def test_events_across_an_inserted_dash_slice_the_callers_text(events):
    found = events(RENAMED, published="2023-06-01")
    assert found and sliced(RENAMED, found)
    spans = [tuple(v) for e in found for v in e["spans"].values()]
    assert any(RENAMED[a:b] == "akvArena–Smart Havbruk" for a, b in spans)  # covers an inserted " – "
    renames = [e for e in found if e["type"] == "rename"]
    assert [(e["new"], e["old"]) for e in renames] == [("NCE Kystlab", "Arena Kystlab")]


def test_dash_after_a_level_word_before_lower_case_is_a_hyphen(process):
    text = "NCE–klyngen, Arena Pro–statusen, ARENA–klyngen, gce–status og hub–noden."
    doc = process(text)
    assert doc.text == text.replace("–", "-")  # one for one: offsets unchanged
    assert "NCE-klyngen" in words(process, text) and input_offsets(doc) is None
    assert ("NCE-klyngen", "STATUS") in [(e.text, e.label_) for e in doc.ents]


def test_dashes_that_stay(process):
    text = "Arena-klynge i Nord-Norge for 2018–2020 og 2021—2023, NCE–Vest, ARENA–KLYNGEN og en–to ganger."
    doc = process(text)
    assert "Arena-klynge i Nord-Norge for 2018–2020 og 2021—2023, " in doc.text
    # a level word before a capital, and any other two words: a separator
    assert doc.text.endswith("NCE – Vest, ARENA – KLYNGEN og en – to ganger.")


# --- 2. "?" for a lost character ---------------------------------------------------

def test_spaced_question_mark_between_words_is_a_dash(process, events):
    text = "NCE Tourism ? Fjord Norway er tildelt NCE-status."
    doc = process(text)
    assert doc.text == text.replace("?", "–")
    assert len(list(doc.sents)) == 1
    found = events(text, published="2009-06-11")
    assert [e["cluster"] for e in found] == ["NCE Tourism ? Fjord Norway"] and sliced(text, found)  # as written
    start, end = found[0]["spans"]["cluster"]
    assert text[start:end] == "NCE Tourism ? Fjord Norway"


@pytest.mark.parametrize("text", ["Hva skjer n? Det vet ingen.", "Klyngen p? Sørlandet er med. Hva n? Ja."])
def test_a_question_mark_at_a_words_end_stays_in_a_text_that_lost_no_letter_inside_a_word(process, text):
    assert process(text).text == text


def test_lost_letter_inside_a_word_is_the_one_that_makes_a_known_word(process, extractor):
    text = "Klyngen p? S?rlandet og i Tr?ndelag er ei n?ringsklynge. SØR I S?RLANDET."
    doc = process(text)
    assert "Sørlandet" in words(process, text) and "Trøndelag" in words(process, text)
    assert "næringsklynge" in doc.text and "SØRLANDET" in doc.text
    assert "på" in doc.text  # at a word's end too, in a text that lost letters inside words
    places = [e for e in extractor.entities_of(doc) if e["label"] == "PLACE"]
    assert [e["text"] for e in places][:2] == ["S?rlandet", "Tr?ndelag"]  # the caller's text
    assert all(text[e["start"]:e["end"]] == e["text"] for e in extractor.entities_of(doc))


def test_question_marks_that_stay(process):
    # ends of sentences and words; no known word; two known words ("får", "før"); a digit beside it
    text = "Hva skjer? Hvem vet. Er det klyngen? ja. Kxq?zt og f?r 20?21."
    doc = process(text)
    assert doc.text == text
    assert sentences(process, "Hva skjer? Hvem vet.") == ["Hva skjer?", "Hvem vet."]


def test_a_question_mark_after_a_space_now_ends_a_question(process):
    # " ? " before a word is a dash; anywhere else "?" is read as written
    text = "Hva er en klynge ? «Et samarbeid», sier hun."
    assert process(text).text == text
    assert sentences(process, text) == ["Hva er en klynge ?", "«Et samarbeid», sier hun."]


# --- 3. sentences cut by a hard line break ------------------------------------------

def test_line_break_inside_a_sentence_is_a_space(process, events):
    doc = process(EXTENDED)
    assert sentences(process, EXTENDED) == [EXTENDED.replace("\n", " ")]
    assert len(doc.text) == len(EXTENDED) and input_offsets(doc) is None
    found = events(EXTENDED, published="2023-06-01")
    assert [(e["cluster"], e["status"], e["action"], e["year"]) for e in found] == [("NCE Kystlab", "NCE", "extended", 2023)]
    assert found[0]["evidence"]["text"] == EXTENDED and sliced(EXTENDED, found)


def test_line_break_inside_a_nynorsk_sentence(process):
    text = "Fjordkraft Cluster har i dag fått\nforlengt statusen som NCE for tre nye år.\nDet gler styreleiaren."
    assert sentences(process, text) == ["Fjordkraft Cluster har i dag fått forlengt statusen som NCE for tre nye år.",
                                        "Det gler styreleiaren."]


def test_a_bullet_items_hanging_indent_goes_on_with_the_item(process):
    text = "Nye klynger:\n  •  NCE Smart Energy\n     Markets, Halden\n  •  NCE Fjord, Bergen"
    doc = process(text)
    assert "NCE Smart Energy Markets, Halden" in doc.text and len(doc.text) < len(text)
    assert "\n  •  NCE Fjord" in doc.text  # the next bullet is a line of its own


@pytest.mark.parametrize("text", [
    "Dette er de nye klyngene:\nklyngen i nord og klyngen i sør",   # a colon ends the line
    "Nye klynger i nord\n\nklyngene er tre",                         # a blank line: a new paragraph
    "• NCE Fjell får\nstøtte i år",                                  # a bullet item
    "- Arena Kyst får\nstøtte i år",
    "1. Arena Kyst får\nstøtte i år",
    "Klyngene i nord\nNCE Fjell og Arena Kyst",                      # next line: a capital
    "Klyngene i nord\n2021 var et godt år",                          # … a digit
    "Klyngene i nord\n– sier lederen",                               # … a dash
    "Klyngene i nord\n«vi er glade»",                                # … a quote
    "Hva skjer?\nklyngen vet",                                       # final punctuation
    "Det er slutt…\nnesten",
])
def test_line_breaks_that_stay(process, text):
    assert process(text).text == text


# A column of set text (a PDF page, a wrapped mail): written for these tests.
COLUMN = ("Etter en lang utvelgelse ble fire klynger i juni valgt ut som de\n"
          "første Norwegian Centres of Expertise i landet, blant dem NCE\n"
          "Fjellmat Cluster i Valdres og NCE Kystlab i Bodø. Hver av dem\n"
          "får støtte i tre år.")


@pytest.mark.parametrize("text,read", [
    ("Klyngen ble ut-\nnevnt i juni.", "Klyngen ble utnevnt i juni."),
    ("Norges forsknings-\n  råd og Siva.", "Norges forskningsråd og Siva."),
    ("NCE Systems Engi-\nneering på Kongsberg.", "NCE Systems Engineering på Kongsberg."),  # the gazetteer knows the word
    ("NCE-\nklyngen i nord.", "NCE-klyngen i nord."),        # a level word keeps its hyphen
    ("Havlab Bjørk-\nvik på kysten.", "Havlab Bjørk-vik på kysten."),  # a capitalised word no data file knows
])
def test_a_word_hyphenated_at_a_line_end_is_joined(process, text, read):
    assert process(text).text == read


def test_a_name_hyphenated_at_a_line_end_is_written_joined(events):
    text = "Fjellmat AS er partner i NCE Systems Engi-\nneering, som i dag fikk forlenget NCE-statusen."
    found = events(text, published="2021-06-01")
    assert [(e["cluster"], e["action"]) for e in found] == [("NCE Systems Engineering", "extended")]
    assert sliced(text, found)


def test_a_line_as_wide_as_its_column_goes_on_whatever_the_case(process, events):
    assert sentences(process, COLUMN)[0].startswith("Etter en lang utvelgelse") and "NCE Fjellmat Cluster i Valdres" in process(COLUMN).text
    found = events(COLUMN, published="2014-09-01")
    assert status_of(found) == [("NCE Fjellmat Cluster", "NCE", 2014), ("NCE Kystlab", "NCE", 2014)]


# A narrow column of a report: lines of 35–45 characters, one opening with a year.
NARROW = ("Arena Pro-statusen gir oss et helt annet\nhandlingsrom. Som Arena Pro-klynge får vi fra\n"
          "2022 inntil fire millioner kroner årlig i fem år\nfra klyngeprogrammet. Det gjør det\n"
          "mulig å ansette to nye rådgivere.")


def test_a_narrow_column_goes_on_over_a_line_that_opens_with_a_number(process):
    assert "får vi fra 2022 inntil fire millioner kroner årlig i fem år fra klyngeprogrammet." in process(NARROW).text


def test_a_numbered_list_keeps_its_lines(process):
    text = "Dette er de viktigste punktene for klyngen i året som kommer\n1. Bedre samarbeid med\n2. Nye medlemmer i nord"
    assert process(text).text == text


@pytest.mark.parametrize("text", [
    "Les også:\nNorwegian Offshore Wind tatt opp som Arena Pro-klynge i år\nNy rekord for havvindkontrakter i Nordsjøen og Barentshavet\nDel artikkelen",
    "Nye klynger\nHavlab Cluster og Fjordkraft Cluster på Vestlandet samlet\nKystlab Cluster og Fjellmat Cluster på Østlandet samlet\nStyret",
])
def test_lines_of_a_list_are_no_column(process, text):
    assert process(text).text == text  # no line of the paragraph goes on in lower case: items, not set text


def status_of(found):
    return sorted((e["cluster"], e["status"], e["year"]) for e in found if e["type"] == "status")


# A report page set in a column: three paragraphs wrap in lower case, a fourth only where the next
# line opens with a name, after a line that ends in a name or in the spaced dash of one.
REPORT_PAGE = ("Programmet ble lansert i 2006 som et tilbud til de mest modne og vekstkraftige\n"
               "næringsmiljøene i landet, og formålet var å utløse innovasjon i klynger som\n"
               "allerede hadde en sterk posisjon i sine markeder.\n\n"
               "Denne evalueringen ser på de første ti årene og er basert på registerdata,\n"
               "en spørreundersøkelse til medlemsbedrifter og intervjuer med ledere og\n"
               "styrer i fjorten klynger over hele landet.\n\n"
               "Programmidlene har i gjennomsnitt utgjort en tredjedel av klyngenes samlede\n"
               "budsjetter, og resten er finansiert av medlemmene og regionale partnere.\n\n"
               "Etter de første evalueringene ble kontraktene til flere klynger fornyet.\n"
               "NCE Kystlab fikk i 2013 en ny kontraktsperiode på tre år. Samme år ble NCE\n"
               "Fjellmat Cluster i Valdres og NCE Havlab – Fjord Vest tatt opp som NCE-klynger.\n\n"
               "   Tilskudd fra klyngeprogrammet 2021            2,1 millioner kroner\n"
               "   Samlet omsetning i medlemsbedriftene          4,3 milliarder kroner\n")


def test_a_page_set_in_a_column_goes_on_past_a_name_and_a_spaced_dash_but_keeps_its_table(process, events):
    text = process(REPORT_PAGE).text
    assert "Samme år ble NCE Fjellmat Cluster i Valdres og NCE Havlab – Fjord Vest tatt opp" in text
    assert "2,1 millioner kroner\n" in text  # a table's row keeps its line
    assert status_of(events(REPORT_PAGE, published="2016-09-01")) == [
        ("NCE Fjellmat Cluster", "NCE", 2013), ("NCE Havlab – Fjord Vest", "NCE", 2013), ("NCE Kystlab", "NCE", 2013)]


# --- 4. paragraphs printed twice ---------------------------------------------------

def test_lead_printed_again_as_first_paragraph_is_dropped(process, extractor):
    text = f"Nye Arena-klynger\n\n{LEAD}\n\n{LEAD}\n\nArena Kystmat er en av dem. Fjordkraft Cluster får 5 millioner kroner."
    doc = process(text, published="2021-06-01")
    assert doc.text.count(LEAD) == 1 and doc.text.endswith("Fjordkraft Cluster får 5 millioner kroner.")
    found = extractor.events_of(doc)
    assert found and sliced(text, found)
    funding = [e for e in found if e["type"] == "funding"]
    assert len(funding) == 1 and funding[0]["evidence"]["start"] == text.index("Fjordkraft Cluster får")
    entities = extractor.entities_of(doc)
    assert all(text[e["start"]:e["end"]] == e["text"] for e in entities)
    assert [e["start"] for e in entities if e["text"] == "Arena Kystmat"] == [text.index("Arena Kystmat")]
    # a span across the dropped paragraph covers it in the caller's text
    lead = doc.text.index(LEAD)
    after = doc.text.index("Arena Kystmat") + len("Arena Kystmat")
    assert text[slice(*caller_span(doc, lead, after))] == f"{LEAD}\n\n{LEAD}\n\nArena Kystmat"


def test_events_of_a_repeated_paragraph_are_given_once(process, events):
    once = "NCE Fjordlaks får 5 millioner kroner i året i tre år."
    text = f"{once}\n\n{once}\n\nArena Kystmat får status som Arena-klynge."
    assert process(text).text == f"{once}\n\nArena Kystmat får status som Arena-klynge."
    found = events(text, published="2021")
    assert [e["type"] for e in found] == ["funding", "status"] and sliced(text, found)
    assert found[0]["evidence"]["start"] == 0 and found[1]["evidence"]["start"] == text.index("Arena Kystmat")


def test_caption_line_printed_twice_in_a_row(process):
    caption = "Bildetekst: Styreleiar Kari Nordmann opnar samlinga i Ålesund."
    text = f"{caption}\n{caption}\nFoto: NTB\nFoto: NTB\nDel\nDel\nNye klynger\n\nNye klynger\n\nSlutt."
    doc = process(text)
    assert doc.text == text.replace(caption + "\n", "", 1)  # short lines and headlines stay twice
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PLACE"] == [("Ålesund", "PLACE")]


def test_repeat_with_other_line_breaks_is_still_a_repeat(process):
    body = "Klyngen har i dag fått status som Arena-klynge, og det er godt nytt for regionen."
    rewrapped = body.replace(", og", ",\nog")
    text = f"{body}\n\n{rewrapped}\n\nSlutt."
    assert process(text).text == f"{body}\n\nSlutt."


# --- maps composed with the invisible-character map ---------------------------------

def test_repairs_and_invisible_characters_compose_into_one_map(extractor):
    dup = "Klyngen har i dag fått status som Arena-klynge i regionen."
    text = f"{dup}\n\n{dup}\n\nNCE Kyst\u00adlab–tidligere Arena\u00a0Kystlab, får\nforlenget status som NCE på S?rlandet."
    doc = extractor.process(text, published="2023-06-01")
    assert doc.text.count(dup) == 1 and "NCE Kystlab – tidligere Arena Kystlab, får forlenget" in doc.text
    assert input_text(doc) == text and len(raw_text(doc)) == len(doc.text)
    assert "Arena\u00a0Kystlab" in raw_text(doc)  # the caller's spaces, at doc.text's offsets
    found = extractor.events_of(doc)
    assert {(e["type"], e.get("cluster")) for e in found} >= {("rename", None), ("status", "NCE Kystlab")}
    assert sliced(text, found)
    spans = {e["text"] for e in extractor.entities_of(doc)}
    assert {"NCE Kyst\u00adlab", "Arena\u00a0Kystlab", "S?rlandet"} <= spans


def test_offset_maps_compose():
    outer = OffsetMap([[0, 0, 3, 1], [3, 3, 4, 0], [6, 4, 8, 1]])   # "abc" + " – " for one char + 4 more
    inner = OffsetMap([[0, 0, 2, 1], [2, 3, 9, 1]])                 # one character dropped after two
    both = outer.then(inner, 8)
    assert both.pieces == [[0, 0, 2, 1], [2, 3, 4, 1], [3, 4, 5, 0], [6, 5, 9, 1]]
    assert both.span(0, 10) == (0, 9) and both.span(3, 6) == (4, 5) and both.span(6, 7) == (5, 6)


# --- the rules file and serialisation -------------------------------------------------

@pytest.fixture
def patterns(tmp_path):
    folder = tmp_path / "patterns"
    shutil.copytree(default_patterns_dir(), folder)
    return folder


def rewrite(folder, change):
    path = folder / "normalisation.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.pop("word_dashes"), "normalisation.json: missing key 'word_dashes'"),
    (lambda d: d.__setitem__("min_duplicate_chars", "40"), "normalisation.json: 'min_duplicate_chars' must be int, got str"),
    (lambda d: d.__setitem__("bullets", ["•", "--"]), "normalisation.json: 'bullets' must list single characters"),
    (lambda d: d.__setitem__("known_words", ["ok", 3]), "normalisation.json: 'known_words' must be a non-empty list"),
])
def test_malformed_rules_file_is_reported_by_name(patterns, change, expected):
    rewrite(patterns, change)
    with pytest.raises(PatternFileError, match=expected):
        nicextract.load(patterns_dir=patterns)


def test_truncated_rules_file_is_reported_by_name(patterns):
    path = patterns / "normalisation.json"
    path.write_text(path.read_text(encoding="utf-8")[:-30], encoding="utf-8")
    with pytest.raises(PatternFileError, match=r"normalisation\.json: line \d+, column \d+"):
        nicextract.load(patterns_dir=patterns)


def test_own_patterns_folder_gives_the_tokenizer_its_rules(patterns):
    rewrite(patterns, lambda d: (d.__setitem__("min_duplicate_chars", 8), d["known_words"].append("skjærgården")))
    nlp = nicextract.load(patterns_dir=patterns)
    text = "Kort linje\nKort linje\nUte i skj?rg?rden."
    assert nlp(text).text == "Kort linje\nUte i skjærgården."
    assert nicextract.load()(text).text == text  # the bundled rules: too short to drop, an unknown word


def test_saved_tokenizer_carries_its_rules(patterns, tmp_path):
    rewrite(patterns, lambda d: d["known_words"].append("skjærgården"))
    nlp = spacy.blank("nb", config={"nlp": {"tokenizer": {"@tokenizers": "nicextract.PressReleaseTokenizer.v1",
                                                          "patterns_dir": str(patterns)}}})
    assert nlp("Ute i skj?rgården.").text == "Ute i skjærgården."
    nlp.to_disk(tmp_path / "saved")
    shutil.copy(default_patterns_dir() / "normalisation.json", patterns / "normalisation.json")  # changed after saving
    assert "skjærgården" not in Normaliser.from_patterns(patterns).known
    reloaded = spacy.load(tmp_path / "saved")
    assert reloaded("Ute i skj?rgården.").text == "Ute i skjærgården."
    assert reloaded.tokenizer.normaliser.known == nlp.tokenizer.normaliser.known
    plain = spacy.blank("nb")  # spaCy's own tokenizer reads the same file and ignores the rules
    plain.tokenizer.from_disk(tmp_path / "saved" / "tokenizer")
    assert [t.text for t in plain("NCE Kystlab–tidligere")] == ["NCE", "Kystlab–tidligere"]


def test_tokenizer_bytes_round_trip(nlp):
    fresh = spacy.blank("nb", config={"nlp": {"tokenizer": {"@tokenizers": "nicextract.PressReleaseTokenizer.v1"}}})
    fresh.tokenizer.normaliser = Normaliser(nlp.tokenizer.normaliser.rules, frozenset())
    assert fresh.tokenizer("p? S?rlandet").text == "p? S?rlandet"
    fresh.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert fresh.tokenizer("p? S?rlandet").text == "p? Sørlandet"


# --- properties -----------------------------------------------------------------------

TRICKY = ["–", "—", "-", "?", " ? ", "\n", "\n\n", " ", "\u00ad", "\u200b", "\u00a0", "\r\n", "•", "1.", ":", ".",
          "a", "B", "ø", "7", "NCE", "Arena Pro", "klyngen", "S?rlandet", "Tr?ndelag", "tidligere",
          "NCE Kystlab–tidligere Arena Kystlab får status som NCE.", "har fått\nforlenget status",
          LEAD, LEAD + "\n\n", "Foto: NTB\n"]
tricky_text = st.lists(st.sampled_from(TRICKY), max_size=30).map("".join)
SOURCES = {"–", "—", "?", "\n"}  # what a repair replaces


def same_but_repaired(derived, source):
    """Equal but for repairs one for one, which keep offsets and so need no map (like spaces)."""
    return len(derived) == len(source) and all(a == b or b in SOURCES for a, b in zip(derived, source))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=tricky_text)
def test_repairs_never_break_the_offset_round_trip(extractor, text):
    doc = extractor.process(text, published="2021-06-01")
    spaced = normalise(text)  # the caller's text with plain spaces, offsets unchanged
    assert input_text(doc) == text and len(raw_text(doc)) == len(doc.text)
    to_input = input_offsets(doc)
    if to_input is None:
        assert len(doc.text) == len(text) and same_but_repaired(doc.text, spaced)
    last = 0
    for d, s, e, verbatim in to_input.pieces if to_input else ():  # in order; each copies or stands in for one character
        assert last <= s <= e <= len(text)
        last = e
        if verbatim:
            assert same_but_repaired(doc.text[d:d + e - s], spaced[s:e])
        else:
            assert spaced[s:e] in SOURCES
    to_input = to_input or OffsetMap.identity(len(doc.text))
    previous = (0, 0)
    for token in doc:
        span = to_input.span(token.idx, token.idx + len(token))
        assert previous[0] <= span[0] <= span[1] <= len(text)
        previous = span
    sliced(text, extractor.events_of(doc))
    assert all(text[e["start"]:e["end"]] == e["text"] for e in extractor.entities_of(doc))


def test_a_line_that_opens_with_a_camel_case_name_is_no_broken_sentence(extractor):
    """"NCE Havkraft, Molde\\niKuben har …": the heading stays a line of its own."""
    doc = extractor.process("Nye NCE-klynger\n\nNCE Havkraft, Molde\niKuben har vokst raskt.\n", published="2020-01-01")
    assert "Molde\niKuben" in doc.text
