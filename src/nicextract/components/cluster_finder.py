"""CLUSTER names the gazetteer does not know, found from how releases write them.

Rules, each a pattern of Norwegian press releases rather than of one text:

- level prefix: "Arena Heidner", "NCE Aquatech", "GCE Subsea";
- head word: "Tequity Cluster", "Norwegian Fashion Hub";
- name compounds: "Eyde-klyngen", "Mineralklynge Nord" (not the generic
  "klyngen", nor a descriptor before a name: "Helseklyngen Norwegian …");
- subject of a status verb: "Energi i Nord får status som Arena-klynge";
- items of a list under a heading that names a level or group:
  "De sju nye Arena-prosjektene er: • BioTech North, Troms";
- expansions: a dash subtitle ("NCE iKuben – Rapid Transformation") and a
  bracketed acronym or expansion ("Norwegian Tunnel Safety Cluster (NTSC)");
- every further occurrence of a name found once in the document.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

import numpy
from spacy.attrs import ENT_TYPE, LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..events.rename import JOINERS, NAMING_WORDS, already
from ..doccache import lowers_of, memo
from ..extensions import register_extensions
from ..lexicons.events import load_triggers
from ..lexicons.numbers import load_number_words
from ..resources import read_json, require
from ..layout import (CONTRASTIVE, LIST_NUMBER, blank_line_before, dash_led, ends_with_colon, first_word, header_column, is_bullet_item, is_heading, list_after,
                      is_rule_line, is_table_line, paragraph_openers, table_cells)
from ..spans import add_entities, entities
from ..tokenizer import doc_text
from ..tokentable import token_table
from ._data import PatternDataMixin
from .entity_ruler import BLOCKED_KEY

SINGULAR_DEFINITE = ("et", "en", "a")
COPULA_ARTICLES = (" er en ", " er ei ", " er eit ", " er ein ", " er et ")  # "X er en næringsklynge …"
SINGULAR_CLUSTER = ("klynge", "klynga", "klyngja", "klyngje", "klyngen")  # a level noun naming one cluster
OPENING_MARKS = " \n\t•·▪-–—«\"'*"  # what may stand before a sentence's first word
SOFT_BLOCKS = frozenset({"company_shape", "arena_name"})  # organisations.jsonl ids that a status context overrides
BLOCKING_IDS = frozenset(get_string_id(label) for label in ("STATUS", "PROGRAMME", "DATE", "MONEY"))  # labels no name holds
LIST_HEAD_SUFFIXES = ("klynger", "klyngene", "klyngjer", "klyngjene", "prosjektene", "prosjekta")
LATER_ADVERBS = frozenset({"senere", "seinare", "seinere", "sidan", "siden", "nylig", "nyleg"})  # "som senere skiftet navn"
DEFINITE_ENDINGS = ("en", "et", "ene", "a", "ane")  # "Regionen", "Fylket", "Bedriftene", "Styringsgruppa": common nouns, not names
INVERTED_SUBJECTS = frozenset({"vi", "me", "de", "dei"})  # a pronoun right after the verb: the clause's subject
NAMED_PRONOUNS = frozenset({"den", "det", "ho"})  # "Da het det Y": a cluster referred back to, named
POINTER_REACH = 12  # how far after a level's mention "De tre er:" may present its set (sentences)
MEMBER_HEADINGS = 24  # how many sentences after an announcement its name lines may run


_NAME_LIKE: dict[int, bool] = {}  # by the token's text (its orth id): the rules ask of every token many times


def is_name_like(tok: Token) -> bool:
    """A token that can be part of a proper name: capitalised, acronym, or camel-case."""
    known = _NAME_LIKE.get(tok.orth)
    if known is None:
        if len(_NAME_LIKE) > 200_000:
            _NAME_LIKE.clear()
        known = _NAME_LIKE[tok.orth] = _name_like(tok)
    return known


def _name_like(tok: Token) -> bool:
    text = tok.text
    if tok.is_space or tok.is_punct or not text:
        return False
    first = text[0]
    if first.isupper():
        return True
    if first.isdigit():
        return any(c.isupper() for c in text)
    return first.isalpha() and any(c.isupper() for c in text[1:])


LEVEL_COMPOUND_HEADS = ("periode", "perioden", "nivå", "nivået", "status", "statusen", "avtale", "avtalen", "avtala",
                        "kontrakt", "kontrakten", "kontrakta")  # "Forlenget Arena-avtale": a section's title


def _level_compound(tok: Token) -> bool:
    """A level's compound of period, level or status ("Arena-periode", "NCE-nivået"): a common
    noun no cluster's name holds."""
    low = tok.lower_
    return tok.ent_type_ == "STATUS" and "-" in low and low.rsplit("-", 1)[-1] in LEVEL_COMPOUND_HEADS


def _status_noun(tok: Token) -> bool:
    """A level's status noun ("NCE-status", "statusen"), not a level's name alone ("NCE")."""
    low = tok.lower_
    return (tok.ent_type_ == "STATUS" or low.startswith("status")) and low.rstrip("en").endswith("status")


VERSION = re.compile(r"\d{1,2}\.\d")  # a version number inside a name
_WORD_OR_DASH = re.compile(r"[\w-]")


def find_names(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where the (non-empty) ``names`` occur in ``text`` as whole words, left to right, the longest at a position first.

    The same matches as ``re.finditer`` with the pattern
    ``(?<![\\w-])(?:name1|name2|…)(?![\\w-])`` (names longest first), found
    with ``str.find`` so that no regex is compiled for each document's names.
    """
    candidates: list[tuple[int, int]] = []
    for name in names:
        if not name:
            continue
        size = len(name)
        i = text.find(name)
        while i != -1:
            end = i + size
            if not (i > 0 and _WORD_OR_DASH.match(text, i - 1)) and not _WORD_OR_DASH.match(text, end):
                candidates.append((i, -size))
            i = text.find(name, i + 1)
    out: list[tuple[int, int]] = []
    pos = 0
    for start, neg_size in sorted(candidates):
        if start >= pos:
            out.append((start, start - neg_size))
            pos = start - neg_size
    return out


class ClusterFinder(PatternDataMixin):
    data_files = ("cluster_cues.json", "event_cues.json", "event_triggers.jsonl", "numbers.json")

    def __init__(self, nlp: Language, name: str = "nic_cluster_finder", *, patterns_dir: str | None = None) -> None:
        register_extensions()
        self.name = name
        self.patterns_dir = patterns_dir
        self.stop_words = frozenset(w.lower() for w in nlp.Defaults.stop_words)
        self._rebuild()

    def _rebuild(self) -> None:
        cues = read_json(self.patterns_dir, "cluster_cues.json")
        w = "cluster_cues.json"
        low = lambda key: frozenset(x.lower() for x in require(cues, key, list, w))  # noqa: E731
        self.numbers = load_number_words(self.patterns_dir)
        self.prefixes = frozenset(require(cues, "level_prefixes", list, w))
        self.company_suffixes = frozenset(require(cues, "company_suffixes", list, w))  # "AS", "ASA"
        self.heads = low("head_words")
        self.item_particles = low("item_particles")  # the lower-case words of a bare item: "Havlab Cluster i Bergen"
        self.head_tails = frozenset(require(cues, "head_tails", list, w))  # "Ocean Cluster Norway"
        self.suffixes = tuple(sorted(low("compound_suffixes"), key=len, reverse=True))
        self.generic = low("generic_compounds")
        self.connectors = low("name_connectors")
        self.dashes = frozenset(require(cues, "subtitle_dashes", list, w))
        self.document_titles = frozenset(x.lower() for x in cues.get("document_titles", []))  # "X – Årsberetning 2013"
        self.verbs = low("subject_verbs")
        self.status_context = tuple(low("status_context"))
        self.heading_cues = low("list_heading_cues")
        self.bullets = frozenset(require(cues, "bullets", list, w))
        self.bullet_ids = frozenset(get_string_id(b) for b in self.bullets)
        self.max_item = int(require(cues, "max_item_tokens", int, w))
        self.descriptor_suffixes = tuple(low("descriptor_suffixes"))
        self.plurals = tuple(low("plural_suffixes"))
        self.agent_participles = low("agent_participles")
        # "I fjor ble A løftet til NCE": a decision's participle after the names, as the triggers write it
        self.inverted_followers = frozenset(x.lower() for x in cues.get("inverted_subject_followers", [])) | frozenset(
            w for t in load_triggers(self.patterns_dir) if t.tense == "participle"
            for w in t.pattern[0].get("LOWER", {}).get("IN", ()))
        self.inverted_adverbs = low("inverted_adverbs")  # "har X nå fått …": an adverb before the follower
        self.fronting = low("fronting_prepositions")  # "Etter tre år som Arena-klynge har X …": a fronted phrase
        self.fronted_adverbs = low("fronted_adverbs")  # "Totalt ble fem klynger tatt opp": no name before the verb
        events = read_json(self.patterns_dir, "event_cues.json")  # the rename reader's words, one list for both
        self.decision_words = frozenset(x.lower() for x in events.get("decision_nouns", []))  # "Avgjerda vart kunngjord …"
        self.former_ids = numpy.array([get_string_id(x.lower()) for x in events.get("former_markers", [])], dtype=numpy.uint64)
        self.anaphors = frozenset(x.lower() for x in (*events.get("singular_anaphors", []), *events.get("pronoun_anaphors", [])))
        # "Begge fikk status …", "Disse er …": words that refer to clusters are no names
        # "Våren 2019 fekk klynga …": a season that opens a sentence is no name; nor a preposition ("Foruten X kom …")
        self.stop_words = self.stop_words | low("nynorsk_stop_words") | low("season_words") | self.fronting | frozenset(
            x.lower() for x in (*events.get("plural_anaphors", []), *events.get("pronoun_anaphors", [])) if " " not in x)
        self.complementisers = frozenset(x.lower() for x in events.get("complementisers", []))
        self.plural_anaphors = [tuple(x.lower().split()) for x in events.get("plural_anaphors", [])]  # "begge", "de to"
        self.plural_firsts = frozenset(p[0] for p in self.plural_anaphors if p)
        # "Ei av dei er Trearena Vest": a subject that points back to a decision's set
        self.pointers = frozenset(tuple(x.lower().split()) for x in events.get("membership_phrases", []))
        self.pointer_texts = tuple(" ".join(p) + " " for p in self.pointers)  # a cheap test of the sentence's start
        # "De tre er:", "Her er klyngene:": a colon line that presents the set a decision just before told of
        self.set_pointers = tuple(x.lower() + " " for x in (*events.get("plural_anaphors", []), *events.get("presentatives", [])))
        self.speech_ids = numpy.array([get_string_id(x.lower()) for x in events.get("speech_verbs", [])], dtype=numpy.uint64)
        self.speaker_pronouns = frozenset(x.lower() for x in events.get("speaker_pronouns", []))
        self.new_naming = tuple(x.lower() for x in events.get("new_naming", []) if " " in x)  # "ble til", "tar navnet"
        self.rename_ids = numpy.array([get_string_id(x.lower()) for x in events.get("rename_verbs", [])], dtype=numpy.uint64)
        self.current_markers = [tuple(x.lower().split()) for x in events.get("current_markers", [])]  # "X, i dag Y"
        self.current_markers += [(x.lower(),) for x in events.get("former_markers", [])]  # "X – tidligere Y": X is new
        self.name_headers = frozenset(x.lower() for x in events.get("table_name_headers", []))  # "Klynge | Nivå | …"
        self.description_nouns = tuple(low("description_nouns"))
        self.role_nouns = low("role_nouns")
        self.hub_prefixes = frozenset(require(cues, "hub_prefixes", list, w))
        self.prefix_cues = self.prefixes | self.hub_prefixes
        self.object_particles = low("object_particles")
        self.copulas = low("copulas")
        self.object_followers = low("object_followers")
        self.award_ids = numpy.array([get_string_id(x) for x in low("award_participles")], dtype=numpy.uint64)
        self.naming_ids = numpy.array([get_string_id(x) for x in low("naming_words")], dtype=numpy.uint64)
        self.naming_particles = low("naming_particles")  # "Styreleder i X": a person's role before the name
        self.marks = frozenset(require(cues, "name_marks", list, w))
        self.descriptive_prepositions = low("descriptive_prepositions")
        self.navigation = low("navigation_words")
        self.definite_generic = tuple(g for g in self.generic if g.endswith(SINGULAR_DEFINITE))
        self.heading_words = (*self.heading_cues, *LIST_HEAD_SUFFIXES)
        # One search per sentence for "does any cue occur in it" (substring tests, as ``any(cue in text)``).
        self.cue_search = {key: _substrings(words) for key, words in (
            ("prefix", self.prefix_cues), ("head", self.heads), ("suffix", self.suffixes),
            ("heading", self.heading_words), ("generic", self.definite_generic), ("status_context", self.status_context))}

    # -- token classes -------------------------------------------------
    def _free(self, tok: Token) -> bool:
        return tok.ent_type not in BLOCKING_IDS

    def _name_token(self, tok: Token) -> bool:
        return is_name_like(tok) and tok.ent_type not in BLOCKING_IDS and tok.orth not in self.bullet_ids

    def _run(self, doc: Doc, i: int, limit: int) -> int:
        """End of the name run starting at ``i`` (connectors only between name tokens)."""
        j = i
        while j < limit:
            tok = doc[j]
            if tok.text in self.marks and j > i and self._level_after(doc, j + 1, limit):
                break  # "Norwegian Rooms – Arena Pro": the line's level, not part of the name
            if self._name_token(tok) or (tok.text in self.marks and j > i):
                j += 1
            elif (tok.lower_ in ("og", "eller") and j > i and doc[j - 1].text.endswith("-") and j + 1 < limit
                  and doc[j + 1].is_alpha):
                j += 2  # a suspended compound: "NCE Bio- og Nanoteknologi", "Olje- og gassklynge"
            elif j > i and VERSION.fullmatch(tok.text):
                j += 1  # "Arena Helse 2.0", "Industri 4.0"
            elif (tok.lower_ in self.connectors and j > i and j + 1 < limit
                  and self._name_token(doc[j + 1]) and doc[j + 1].lower_ not in self.stop_words):
                j += 1
            else:
                break
        while j > i and (doc[j - 1].lower_ in self.connectors or doc[j - 1].text == "&"):
            j -= 1
        return j

    @staticmethod
    def _level_after(doc: Doc, k: int, limit: int) -> bool:
        """Whether tokens from ``k`` are a level term and nothing more up to the line's end."""
        if k >= limit or doc[k].ent_type_ != "STATUS" or doc[k].ent_iob_ != "B":
            return False
        end = k + 1
        while end < limit and doc[end].ent_iob_ == "I":
            end += 1
        return end >= limit or "\n" in doc[end - 1].whitespace_ or doc[end].is_space or doc[end].is_punct

    def _trim(self, doc: Doc, start: int, end: int, known: set[str]) -> tuple[int, int]:
        """Drop leading stop words and descriptors, and a trailing "i <place>"."""
        while start < end and (doc[start].lower_ in self.stop_words or self._is_descriptor(doc, start, end)
                               or doc[start].lower_.endswith(self.descriptor_suffixes)
                               or (start + 1 < end and (doc[start].lower_.endswith(self.description_nouns)
                                                        or doc[start].lower_ in self.role_nouns))):
            start += 1
        k = start + 1
        while k < end:
            if doc[k].lower_ in ("i", "på") and all(t.ent_type_ == "PLACE" for t in doc[k + 1:end]) \
                    and doc[start:end].text not in known:
                return start, k
            k += 1
        return start, end

    def _is_descriptor(self, doc: Doc, i: int, end: int) -> bool:
        """"Klyngen Havkraft", "matklyngen Fjordmat", "Havbruksklyngen Salten Aqua": a generic
        noun, or a compound in lower case or before a name of two words or more
        ("Tareklynga Nordvest" is one name)."""
        low = doc[i].lower_
        if i + 1 >= end or not is_name_like(doc[i + 1]):
            return False
        words = 1
        while i + 1 + words < end and is_name_like(doc[i + 1 + words]):
            words += 1  # the capitalised words after it, not "i Ålesund"
        compound = low.endswith(self.suffixes + self.plurals)
        after = doc[i + 1].text
        camel = after[:1].islower() and any(c.isupper() for c in after[1:])  # "Industrinettverket iKuben": a name of its own
        return low in self.generic or (compound and (words >= 2 or "-" in low or not doc[i].text[:1].isupper() or camel))

    def _sentence_start(self, sent: Span) -> int:
        """The first word after bullets, quotes, a dateline and a timeline's year ("2006 – X får
        …", "2008: X …"), as :func:`first_word` finds it; the sentence's end when it has none."""
        i = first_word(sent)
        tok = sent.doc[i]
        return sent.end if tok.is_space or tok.text in self.bullets or tok.is_quote else i

    # -- rules ---------------------------------------------------------
    def _prefixed(self, doc: Doc, sent: Span) -> Iterable[tuple[int, int]]:
        for tok in sent:
            if tok.text in self.hub_prefixes and tok.i + 1 < sent.end and doc[tok.i + 1].ent_type_ == "PLACE":
                yield tok.i, self._run(doc, tok.i + 1, sent.end)  # "NODE Helgeland": a hub-node network
                continue
            if tok.text in self.prefixes and tok.ent_type_ in ("STATUS", "") and tok.i + 1 < sent.end:
                if tok.ent_type_ == "STATUS" and not (tok.ent_iob_ == "B" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")):
                    continue  # part of a longer level name ("Arena Pro")
                end = self._run(doc, tok.i + 1, sent.end)
                if end > tok.i + 1 and doc[tok.i + 1].lower_ not in self.stop_words:
                    yield self._trim(doc, tok.i, end, set())

    def _appositions(self, doc: Doc, sent: Span) -> Iterable[tuple[int, int]]:
        """"Arena-prosjektet Havkraft Nord", "klynga Fjellmat", "havromsklyngen Ocean Space": a
        definite singular level or cluster noun (or compound of one) followed by a name."""
        for tok in sent:
            low = tok.lower_
            # "klynga Fjellmat", and a compound in lower case: "avanserer havromsklyngen Ocean Space Møre"
            definite = (low in self.generic or (tok.is_lower and low.endswith(self.definite_generic))) \
                and low.endswith(SINGULAR_DEFINITE)
            level_noun = (tok.ent_type_ == "STATUS" and "-" in low and low.endswith(SINGULAR_DEFINITE)
                          and not low.endswith(self.plurals) and tok.ent_iob_ == "B"
                          and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I"))
            if not (definite or level_noun) or tok.i + 1 >= sent.end:
                continue
            nxt = doc[tok.i + 1]
            if not self._name_token(nxt) or nxt.lower_ in self.stop_words or nxt.text in self.prefixes:
                continue
            end = self._run(doc, tok.i + 1, sent.end)
            s, e = self._trim(doc, tok.i + 1, end, set())
            if s < e and not all(t.ent_type_ == "PLACE" for t in doc[s:e]):
                yield s, e

    def _headed(self, doc: Doc, sent: Span) -> Iterable[tuple[int, int]]:
        i = sent.start
        while i < sent.end:
            if not self._name_token(doc[i]):
                i += 1
                continue
            end = self._run(doc, i, sent.end)
            for k in range(end - 1, i, -1):
                if doc[k].lower_ in self.heads:
                    if k + 2 == end and (doc[k + 1].text in self.head_tails or doc[k + 1].ent_type_ == "PLACE"
                                         or (doc[k].text[:1].isupper() and doc[k + 1].text[:1].isupper()
                                             and doc[k].ent_type_ != "CLUSTER")):
                        # the run's last word after the head: a place or country ("Smart City Cluster Stavanger"),
                        # also one the gazetteer lacks, after a head written as part of a name it does not know
                        # ("Space Cluster Andøya"; "Oslo Cancer Cluster Innovasjonspark" is a known name and a building)
                        k += 1
                    s, e = self._trim(doc, i, k + 1, set())
                    r = s - 1
                    while r > max(0, s - 4) and is_name_like(doc[r]):
                        r -= 1  # past a first name the trim took for a stop word ("leder Hans Petter Ramstad i …")
                    if r >= 0 and doc[r].lower_ in self.role_nouns:  # "leder Kari Nordmann i Havlab Cluster": the person's cluster
                        s = next((j + 1 for j in range(e - 2, s, -1) if doc[j].lower_ in ("i", "ved", "hos")), s)
                    if e - s > 1:
                        yield s, e
                    break
            i = max(end, i + 1)

    def _compounds(self, doc: Doc, sent: Span) -> Iterable[tuple[int, int]]:
        first = self._sentence_start(sent)
        for tok in sent:
            low = tok.lower_
            if (not tok.text[:1].isupper() or low in self.generic or not low.endswith(self.suffixes)
                    or low.endswith(self.plurals) or not self._free(tok)):
                continue
            nxt = tok.i + 1
            place_end = self._place_after(doc, sent, nxt) if not low.endswith(SINGULAR_DEFINITE + ("n",)) else None
            if place_end is not None:  # "Byggeklynge Agder i Kristiansand", "Havbruksnettverk Helgeland"
                yield self._name_before(doc, sent, tok.i), place_end
                continue
            follows_name = nxt < sent.end and self._name_token(doc[nxt])
            if follows_name:
                end = self._run(doc, nxt, sent.end)
                if end - nxt > 2 or doc[end - 1].lower_ in self.heads or doc[nxt].ent_type_ == "CLUSTER":
                    continue  # a descriptor before a name
                if low.endswith(SINGULAR_DEFINITE) and (end - nxt >= 2 or "-" in low):
                    continue  # "Havbruksklyngen Salten Aqua", "Tromsø-klyngen Barents Havromsklynge": the same
                yield tok.i, end
            elif nxt < sent.end and doc[nxt].lower_ in self.descriptive_prepositions and not low.endswith(SINGULAR_DEFINITE + ("n",)) \
                    and self._name_before(doc, sent, tok.i) == tok.i:
                continue  # "Matklynge fra Hardanger blir …": an indefinite description ("Nordnorsk Romklynge på Andøya" is a name)
            elif tok.i != first or low not in self.generic:
                yield self._name_before(doc, sent, tok.i), tok.i + 1  # "Barents Havromsklynge", "Sogn Fruktklynge"

    def _place_after(self, doc: Doc, sent: Span, i: int) -> int | None:
        """The end of a place that stands right after an indefinite cluster compound and ends the
        name (no name word after it): "Byggeklynge Agder (i Kristiansand)"."""
        if i >= sent.end or doc[i].ent_type_ != "PLACE" or doc[i].ent_iob_ != "B" or not doc[i].is_title:
            return None
        end = i + 1
        while end < sent.end and doc[end].ent_iob_ == "I":
            end += 1
        return end if end >= sent.end or not self._name_token(doc[end]) else None

    def _name_before(self, doc: Doc, sent: Span, i: int) -> int:
        """Where the name that a compound at ``i`` ends begins: the name words right before it,
        not a descriptor ("Tromsø-klyngen"), a stop word or a level."""
        k = i
        while k - 1 >= sent.start and self._name_token(doc[k - 1]) and doc[k - 1].lower_ not in self.stop_words \
                and not doc[k - 1].lower_.endswith(self.suffixes) and doc[k - 1].text not in self.prefixes:
            k -= 1
        return k

    def _description_at_start(self, doc: Doc, s: int, e: int) -> bool:
        """"Matklyngen ble NCE" where the text also writes "matklyngen i Rogaland", "Verftet er
        medlem av …" where it writes "verftet": a one word capitalised only by its place at a
        sentence's start is a common noun, not a name."""
        if e - s != 1:
            return False
        tok = doc[s]
        if not tok.is_title or (not tok.is_sent_start and s != self._sentence_start(tok.sent)):
            return False
        low = tok.lower_
        nxt = doc[s + 1] if s + 1 < len(doc) else None
        if len(low) >= 6 and low.endswith(DEFINITE_ENDINGS) and not low.endswith(self.suffixes) and "-" not in low \
                and nxt is not None and nxt.is_lower and nxt.is_alpha \
                and tok.text not in memo(doc, ("mid_sentence_titles",), lambda: self._mid_sentence_titles(doc)):
            return True  # "Regionen har fra før GCE NODE …": a noun in its definite form ("Fjordhydrogen" recurs as a name)
        return memo(doc, ("lower_written", tok.lower), lambda: tok.lower in doc.to_array(ORTH))

    def _mid_sentence_titles(self, doc: Doc) -> frozenset[str]:
        """The title-case words the text writes inside a sentence, where case marks a name."""
        starts = {self._sentence_start(sent) for sent in doc.sents}
        return frozenset(t.text for t in doc if t.is_title and t.i not in starts and not (t.i and doc[t.i - 1].is_space))

    def _subjects(self, doc: Doc, sent: Span, low: str, has_status: bool) -> Iterable[tuple[int, int]]:
        """``low``: the sentence's text in lower case; ``has_status``: it holds a STATUS entity."""
        opening = low.lstrip(OPENING_MARKS)
        if opening.startswith(self.pointer_texts):  # "En av dem er A", "Blant dei er A og B"
            pointed = self._pointed(doc, self._sentence_start(sent), sent.end)
            if pointed is not None:
                yield from self._complement(doc, pointed, sent.end)
                return
        if not has_status and self.cue_search["status_context"](low) is None:
            return
        start = self._sentence_start(sent)
        lows = lowers_of(doc)
        # "Fylkesordføreren er stolt over at A har fått status …": the decision's clause follows "at";
        # "Men nå er det offisielt: A er tatt opp …": after a colon
        start = next((k + 1 for k in range(start, sent.end) if lows[k] in self.complementisers), start)
        colon = next((k for k in range(start, sent.end - 2) if lows[k] == ":"), None) if ":" in low else None
        if colon is not None and any(lows[k] in self.verbs for k in range(colon + 1, sent.end)):
            start = self._sentence_start(doc[colon + 1:sent.end])
        verb = next((k for k in range(start, sent.end) if lows[k] in self.verbs and doc[k].ent_type_ != "DATE"), None)  # not "I går"
        if verb is None or verb == start:
            return
        if lows[verb] in self.copulas and any(lows[k] in self.role_nouns for k in range(verb + 1, min(sent.end, verb + 3))):
            return  # "Vest Maritime er partner i X, som fikk Arena-status": the subject's role, not the decision's cluster
        if self._agentive(doc, verb, sent.end):
            yield from self._objects(doc, verb, sent.end)  # the body decides: the cluster is its object
            return
        adverbial = self._adverbial(doc, start, verb)  # "Totalt ble fem klynger …": no subject before the verb
        end = verb  # "… at A nå er blitt GCE", "at A også i år får …": a subordinate clause's adverbs precede its verb
        while end - 1 > start and (doc[end - 1].lower_ in self.inverted_adverbs or doc[end - 1].ent_type_ == "DATE"):
            end -= 1
        found = [] if adverbial else list(self._conjuncts(doc, start, end))
        if len(found) == 2 and self._one_named(doc, found, verb, sent.end):
            found = [(found[0][0], found[1][1])]  # "Sogn Mat og Reiseliv blir Arena-klynge": one cluster
        if not found and adverbial:
            found = list(self._inverted(doc, verb, sent.end))
        if not found and doc[verb].lower_ in self.copulas and self._list_heading(doc[start:verb]):
            found = list(self._complement(doc, verb, sent.end))  # "De tre nye Arena-klyngene er A, B og C"
        yield from found

    def _referred_back(self, doc: Doc, sents: list[Span], lows: list[str], has_status: numpy.ndarray, hard: set[int]
                       ) -> Iterable[tuple[int, int]]:
        """"A og B har samarbeidet i flere år. Nå er begge løftet til NCE-nivå": the names
        coordinated as the subject of the sentence before a level decision whose subject is
        "begge" or "de to" are the clusters it is about."""
        for n in numpy.flatnonzero(has_status).tolist():
            if n == 0 or blank_line_before(doc, sents[n]):
                continue
            words = lows[n].split()[:5]
            if self.plural_firsts.isdisjoint(words) or not any(
                    tuple(words[k:k + len(p)]) == p for p in self.plural_anaphors for k in range(len(words))):
                continue
            found = [(s, e) for s, e in self._subjects(doc, sents[n - 1], lows[n - 1], True)
                     if not hard.intersection(range(s, e))]
            if len(found) >= 2:
                yield from found

    @staticmethod
    def _second_clauses(doc: Doc, sent: Span) -> list[Span]:
        """The clauses after "mens"/"medan" or a semicolon: each has a subject of its own."""
        cuts = [t.i + 1 for t in sent if (t.lower_ in CONTRASTIVE or t.text == ";") and t.i + 2 < sent.end]
        return [doc[a:b] for a, b in zip(cuts, [*cuts[1:], sent.end]) if b - a > 2]

    def _pointed(self, doc: Doc, start: int, limit: int) -> int | None:
        """The copula after a subject that points back to a decision's set ("En av dem er",
        "Ei av dei nye er", "Blant dem er"), if the sentence opens with one."""
        words = []
        for k in range(start, min(limit, start + 6)):
            if doc[k].lower_ in self.copulas and tuple(words) in self.pointers:
                return k
            words.append(doc[k].lower_)
        return None

    def _one_named(self, doc: Doc, parts: list[tuple[int, int]], verb: int, limit: int) -> bool:
        """Whether "A og B" before the verb is one name: the level after the verb is a single
        cluster ("blir Arena-klynge", "er ei ny NCE-klynge", not "Arena-klynger"), the two are
        joined by "og" alone, and B has no level or head word of its own."""
        (_, a_end), (b_start, b_end) = parts
        if b_start != a_end + 1 or doc[a_end].lower_ != "og" or doc[b_start].text in self.prefixes \
                or any(t.lower_ in self.heads for t in doc[b_start:b_end]) or doc[b_start].ent_type_ == "CLUSTER":
            return False
        k = verb + 1
        while k < limit and doc[k].lower_ in ("en", "ei", "et", "ein", "eit", "ny", "nytt"):
            k += 1
        return k < limit and doc[k].ent_type_ == "STATUS" and doc[k].lower_.endswith(SINGULAR_CLUSTER)

    def _complement(self, doc: Doc, verb: int, limit: int) -> Iterable[tuple[int, int]]:
        """The names after a copula, to the sentence's end, when they are all it has."""
        end = limit
        while end > verb + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end > verb + 1:
            yield from self._conjuncts(doc, verb + 1, end)

    def _adverbial(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the words before the verb are a fronted adverbial: stop words, numbers and
        dates only ("I dag", "Samtidig", "I 2019"), or a phrase that opens with a preposition
        and names no cluster or other name ("Etter tre år som Arena-klynge", "Som NCE-klynge")."""
        words = doc[start:end]
        if all(t.lower_ in self.stop_words or t.lower_ in self.fronted_adverbs or t.like_num or t.ent_type_ == "DATE"
               or t.text == "," for t in words):
            return True
        solid = [t for t in words if not t.is_space]
        if solid and all(t.ent_type_ == "STATUS" for t in solid) and solid[-1].lower_.endswith("status") \
                and doc[end].lower_ in ("får", "fikk", "fekk"):
            return True  # a fronted object: "Arena-status får A, B og C" (not "NCE-klyngene får …")
        return doc[start].lower_ in self.fronting and not any(
            t.ent_type_ in ("CLUSTER", "ORG") or (t.i > start and t.text[:1].isupper() and t.ent_type_ in ("", "PLACE"))
            for t in words)

    def _inverted(self, doc: Doc, verb: int, limit: int) -> Iterable[tuple[int, int]]:
        """The subject after the verb in "I dag får A (og B) status som …": the names
        right after it, when a status word, a participle, a level or an amount follows them
        (past an adverb or the relative clause after them)."""
        start = end = verb + 1
        while end < limit and self._name_token(doc[end]) and doc[end].lower_ not in self.stop_words:
            end = self._run(doc, end, limit)
            joiner = end < limit and (doc[end].text == "," or doc[end].lower_ in ("og", "samt"))
            if not (joiner and end + 1 < limit and self._name_token(doc[end + 1])):
                break
            end += 1
        if end == start or end >= limit:
            return
        after = end
        if doc[end].text == "," and end + 1 < limit and doc[end + 1].lower_ == "som":
            # "I dag fikk A, som ble Arena-klynge i 2012, status som NCE": past the relative clause
            after = next((k + 1 for k in range(end + 2, limit - 1) if doc[k].text == ","), limit)
        while after < limit and (doc[after].lower_ in self.inverted_adverbs or doc[after].ent_type_ == "DATE"):
            after += 1  # "har X nå fått", "fikk X i går status"
        follower = doc[after] if after < limit else None
        if follower is not None and (follower.ent_type_ in ("STATUS", "MONEY") or follower.lower_ in self.inverted_followers):
            yield from self._conjuncts(doc, start, end)

    def _objects(self, doc: Doc, verb: int, limit: int) -> Iterable[tuple[int, int]]:
        """"Innovasjon Norge har godkjent Fjordmat som ny Arena-klynge", "har plukket ut A og B
        som …", "har gitt A status som NCE": the names after the deciding body's participle,
        when "som", "til", "i" or a status word follows them."""
        k = next((t.i for t in doc[verb + 1:min(limit, verb + 4)] if t.lower_ in self.agent_participles), None)
        if k is None:
            return
        start = k + 1
        while start < limit and doc[start].lower_ in self.object_particles:
            start += 1
        names, end = [], start  # "A på Fosen og B": each name, then its place, then a joiner
        while end < limit and self._name_token(doc[end]) and doc[end].lower_ not in self.stop_words:
            name_end = self._run(doc, end, limit)
            names.append((end, name_end))
            end = self._past_place(doc, name_end, limit)
            if not (end + 1 < limit and (doc[end].text == "," or doc[end].lower_ in ("og", "samt"))
                    and self._name_token(doc[end + 1])):
                break
            end += 1
        if names and end < limit and (doc[end].lower_ in self.object_followers or doc[end].ent_type_ == "STATUS"):
            for a, b in names:
                yield self._trim(doc, a, b, set())

    def _agentive(self, doc: Doc, verb: int, limit: int) -> bool:
        """"Innovasjon Norge har godkjent X som …": the subject decides, it is not the cluster."""
        return doc[verb].lower_ in ("har", "hadde") and any(
            t.lower_ in self.agent_participles for t in doc[verb + 1:min(limit, verb + 4)])

    def _conjuncts(self, doc: Doc, start: int, end: int) -> Iterable[tuple[int, int]]:
        """Split "A, B og C" into name runs; give nothing unless every conjunct is a name."""
        parts, cur = [], start
        for k in range(start, end):
            if doc[k].text == "," or (doc[k].lower_ in ("og", "samt") and not self._inside_name(doc, k)):
                parts.append((cur, k))
                cur = k + 1
        parts.append((cur, end))
        found = []
        for s, e in parts:
            s, e = self._trim(doc, s, e, set())
            head = s + 1 if s + 1 < e and doc[s].text in self.prefixes else s  # "Arena Fjellmat": a prefixed name
            if s >= e or self._run(doc, head, e) != e or all(t.ent_type_ in ("PLACE",) for t in doc[s:e]) \
                    or (e - s == 1 and (doc[s].lower_ in self.generic or doc[s].lower_.endswith(self.description_nouns)
                                        or doc[s].lower_ in self.decision_words)):
                return  # "Klynga fekk status …" is an anaphor, "Trebransjen har fått …" a description: no names
            found.append((s, e))
        yield from found

    def _colon_list(self, doc: Doc, sent: Span) -> Iterable[tuple[int, int]]:
        """"Tre klynger får NCE-status: A (Bodø), B og C." Names after a colon that
        closes a clause about levels; a part that is only a place belongs to the
        item before it. Nothing unless every other part is a bare name."""
        colon = next((t.i for t in sent if t.text == ":"), None)
        if colon is None or not self._list_heading(doc[sent.start:colon]):
            return
        parts, cur, depth = [], colon + 1, 0
        for k in range(colon + 1, sent.end):
            text = doc[k].text
            depth += (text == "(") - (text == ")")
            if depth == 0 and (text in (",", ".", ";") or (doc[k].lower_ in ("og", "samt") and not self._inside_name(doc, k))):
                parts.append((cur, k))
                cur = k + 1
        parts.append((cur, sent.end))
        found = []
        for s, e in parts:
            while s < e and doc[s].is_space:
                s += 1
            cut = next((k for k in range(s, e) if doc[k].text == "(" or doc[k].is_space
                        or (doc[k].text in self.dashes and k + 1 < e and doc[k + 1].ent_type_ == "PLACE")), e)
            if cut == s:
                continue
            if all(t.ent_type_ == "PLACE" for t in doc[s:cut]):
                continue
            s, cut = self._trim(doc, s, cut, set())
            if s >= cut or self._run(doc, s, cut) != cut:
                return
            found.append((s, cut))
        yield from found

    def _inside_name(self, doc: Doc, k: int) -> bool:
        return doc[k].ent_iob_ == "I"

    def _list_items(self, doc: Doc, sents: list[Span], lows: list[str], labelled: numpy.ndarray
                    ) -> Iterable[tuple[int, int]]:
        """Names that open the items of a list under a heading about levels or clusters."""
        for n, heading in enumerate(sents):
            if not (self._may_head_list(lows[n], labelled[n]) and self._list_heading(heading)) \
                    and not self._presents_set(lows[n], labelled[max(0, n - POINTER_REACH):n]):
                continue
            for item in list_after(doc, sents, n):
                named = self._described_item(doc, item)
                if named is not None:
                    yield named  # "Reinlykke Nett – et samarbeid mellom …", "• Fjordmat: en klynge for …"
                    continue
                if not (is_bullet_item(item) or is_heading(item)):
                    continue  # other paragraph items are sentences; their names are found by the other rules
                start = self._sentence_start(item)
                numbered = start + 1 < item.end and LIST_NUMBER.fullmatch(doc[start].text) is not None
                if numbered:
                    start += 1  # "10. Kystmat Trøndelag, Frøya – Arena"
                    while start < item.end and doc[start].is_space:
                        start += 1
                end = start
                while end < item.end and not doc[end].is_space and not self._item_break(doc, end):
                    end += 1
                if start >= end or end - start > self.max_item or not is_name_like(doc[start]) \
                        or doc[start].lower_ in self.stop_words or doc[start].lower_ in self.navigation \
                        or self.numbers.parse(doc[start].lower_) is not None:
                    continue  # "Til toppen", "Les mer": navigation; "Tolv klynger i programmet": a count
                if (not is_bullet_item(item) or numbered) and end - start == 1 \
                        and not any(t.ent_type_ in ("PLACE", "STATUS") for t in doc[end:item.end]):
                    continue  # a one-word line of its own ("Formål", "2. Økonomi") is a section heading more often than an item
                run = self._run(doc, start, end)
                if dash_led(item) and run != end:
                    continue  # "- Vi må …": a dash opens a quotation more often than a list item
                if any(t.is_lower and t.is_alpha and t.lower_ not in self.item_particles for t in doc[run:end]):
                    continue  # "• Arena Nordnorsk Reiseliv er tatt opp i …": a teaser's sentence, not a bare name
                rest = [t for t in doc[end:item.end] if not t.is_space and not t.is_punct]
                row = end < item.end and doc[end].text == "|"  # a table row's first cell: "Havlab Cluster | Bergen | Arena"
                # "• Fjellmat Valdres, node under NCE Heidner": a bullet's name, a comma, what it is in lower case
                described = is_bullet_item(item) and end + 1 < item.end and doc[end].text == "," \
                    and doc[end + 1].is_lower and end - start >= 2 and self._run(doc, start, end) == end
                if rest and not row and not described and any(t.ent_type_ != "PLACE" for t in rest) \
                        and not self._place_like(doc, end, item.end):
                    continue  # a sentence about the cluster, not a bare name (with its place)
                s, e = self._trim(doc, start, end, set()) if rest else (start, end)
                if s < e:
                    yield s, e

    def _table_names(self, doc: Doc, sents: list[Span], chunks: list[str], blocked: set[int]) -> Iterable[tuple[int, int]]:
        """The cells under a table header's cluster column ("Klynge | Nivå | Opptak", or columns
        set apart by runs of spaces): each row's
        name run in that column, also one word the name rules do not know ("Mjøsplast")."""
        column = None
        for n, sent in enumerate(sents):
            chunk = chunks[n]
            if is_rule_line(chunk):
                continue  # "-----+-----" under the header
            if "|" not in chunk and not (("  " in chunk or "\t" in chunk) and is_table_line(doc, sent)):
                if chunk.strip():
                    column = None  # the table has ended
                continue
            if column is None:
                column = header_column(doc, sent, self.name_headers)
                continue
            cells = table_cells(doc, sent)
            if column < len(cells):
                a, b = cells[column]
                while a < b and doc[a].is_space:
                    a += 1
                end = self._run(doc, a, b) if a < b and self._name_token(doc[a]) else a
                if end > a and not blocked.intersection(range(a, end)):
                    yield a, end

    def _paragraph_names(self, doc: Doc, sents: list[Span], has_status: numpy.ndarray, blocked: set[int]
                         ) -> Iterable[tuple[int, int]]:
        """"Fire nye Arena-klynger" over paragraphs that each open with a name ("Havbunn Vest er
        en ny klynge for …"): under a heading about a set of a level's clusters, the name run
        that opens a paragraph and is followed by its verb is a cluster name."""
        for n in numpy.flatnonzero(has_status).tolist():
            heading = sents[n]
            if len(heading) > 12 or not is_heading(heading) or ends_with_colon(heading) or not any(
                    t.ent_type_ == "STATUS" and t.lower_.endswith(self.plurals) for t in heading):
                continue
            for para in paragraph_openers(doc, sents, n):
                start = self._sentence_start(para)
                if start >= para.end or not self._name_token(doc[start]) or doc[start].lower_ in self.stop_words \
                        or doc[start].text in self.prefixes and start + 1 < para.end and not self._name_token(doc[start + 1]):
                    continue
                end = self._run(doc, start, para.end)
                nxt = doc[end] if end < para.end else None
                if nxt is None or end - start > 5 or not (nxt.is_lower or nxt.text in self.dashes or nxt.text == ","):
                    continue  # the name and then its verb ("… er en ny klynge", "… samler …")
                word = doc[start].text
                if end - start == 1 and not (word.lower().endswith(self.suffixes) or any(c.isupper() for c in word[1:])):
                    continue  # one common word ("Evalueringen", "Styret") opens a paragraph about the set
                s, e = self._trim(doc, start, end, set())
                if s < e and not blocked.intersection(range(s, e)) and not all(t.ent_type_ == "PLACE" for t in doc[s:e]):
                    yield s, e

    def _section_names(self, doc: Doc, sents: list[Span], has_status: numpy.ndarray, blocked: set[int]
                       ) -> Iterable[tuple[int, int]]:
        """"Havvind Midt\n\nHavvind Midt har base i Trondheim …": after the text has spoken of a
        level, a sub-heading of name words that the paragraph below opens with, followed by
        its verb, is a cluster's name, in the heading and in the paragraph."""
        first_status = int(numpy.argmax(has_status))
        for n in range(first_status, len(sents) - 1):
            line = self._name_line(sents[n])
            if line is None:
                continue
            first, last = line
            start = self._sentence_start(sents[n + 1])
            end = start + last - first
            if end >= sents[n + 1].end or [t.text for t in doc[start:end]] != [t.text for t in doc[first:last]]:
                continue
            after = doc[end]
            if not (after.is_lower or after.text == ","):
                continue  # the name and then its verb ("… har base i …")
            if blocked.intersection(range(first, last)) or blocked.intersection(range(start, end)):
                continue
            yield first, last
            yield start, end

    def _name_line(self, sent: Span) -> tuple[int, int] | None:
        """A line of one to five name words and connectors, as a sub-heading that names a
        cluster is written ("Fjellbygg Arena", "Smart Kyst Vekst"); not a one-word common noun
        ("Bakgrunn") nor a place alone."""
        if len(sent) > 8 or not is_heading(sent) or ends_with_colon(sent) or is_bullet_item(sent):
            return None
        words = [t for t in sent if not t.is_space]
        if not 1 <= len(words) <= 5 or not all(self._name_token(t) or t.lower_ in self.connectors for t in words) \
                or words[0].lower_ in self.stop_words or words[-1].lower_ in self.connectors \
                or all(t.ent_type_ == "PLACE" for t in words):
            return None
        if len(words) == 1 and not (words[0].lower_.endswith(self.suffixes) or any(c.isupper() for c in words[0].text[1:])):
            return None
        return words[0].i, words[-1].i + 1

    def _member_headings(self, doc: Doc, sents: list[Span], has_status: numpy.ndarray, blocked: set[int]
                         ) -> Iterable[tuple[int, int]]:
        """"Fire nye Arena-klynger … \n\nFjellbygg Arena\nSamler 25 bedrifter …\n\nNordlys
        Reiseliv\nReiselivsklynge i Alta …": after a sentence about a set of a level's clusters,
        two or more name lines in a row, each over its own description, are the set's names
        (a heading in sentence case is not written in name words)."""
        for n in numpy.flatnonzero(has_status).tolist():
            if not any(t.ent_type_ == "STATUS" and t.lower_.endswith(self.plurals) for t in sents[n]):
                continue
            names: list[tuple[int, int]] = []
            described = True  # the last name line has its description below it
            for k in range(n + 1, min(len(sents), n + 1 + MEMBER_HEADINGS)):
                sent = sents[k]
                if not is_heading(sent, max_tokens=8):
                    described = True
                    continue  # a description, or the body before the first name line
                line = self._name_line(sent)
                if line is None:
                    if names:
                        break  # another heading ends the set
                    continue
                if names and not described:
                    break  # two name lines with nothing between: a menu, not one heading per cluster
                names.append(line)
                described = False
            if len(names) >= 2 and described:
                yield from ((s, e) for s, e in names if not blocked.intersection(range(s, e)))

    def _described_item(self, doc: Doc, item: Span) -> tuple[int, int] | None:
        """A list item "Name – what it is" or "Name: what it is": the name run before a
        spaced dash or a colon, when a lower-case description follows it."""
        start = self._sentence_start(item)
        if start < item.end and doc[start].ent_type_ == "" and LIST_NUMBER.fullmatch(doc[start].text):
            start += 1
            while start < item.end and doc[start].is_space:
                start += 1
        if start >= item.end or doc[start].lower_ in self.stop_words:
            return None
        if not self._name_token(doc[start]):  # "Innlandet Mat og Smak, Lillehammer – …": a place may open the name
            if not (doc[start].ent_type_ == "PLACE" and start + 1 < item.end and self._name_token(doc[start + 1])):
                return None
            end = self._run(doc, start + 1, item.end)
        else:
            end = self._run(doc, start, item.end)
        if end + 1 >= item.end or end - start > self.max_item:
            return None
        k = end
        if doc[k].text == "," and k + 2 < item.end:  # "Havkraft Nord, Tromsø – marin bioteknologi …": past the place
            k += 1
            while k < min(item.end - 1, end + 6) and (doc[k].ent_type_ == "PLACE" or doc[k].is_title or doc[k].lower_ == "og"):
                k += 1
            if k == end + 1 or doc[k].text not in self.dashes:
                k = end
        sep, after = doc[k], doc[k + 1]
        dash = sep.text in self.dashes and bool(doc[k - 1].whitespace_)
        if not (dash or sep.text == ":") or not (after.text[:1].islower() or after.text[:1].isdigit()):
            return None  # "– 34 bedrifter innen havn": a description may open with a number
        return (start, end) if not all(t.ent_type_ == "PLACE" for t in doc[start:end]) else None

    def _place_like(self, doc: Doc, end: int, limit: int) -> bool:
        """", Finnsnes" / "(Førde)" after an item's name: one or two capitalised words, as a place is written."""
        words = [t for t in doc[end:limit] if not t.is_space]
        if not words or words[0].text not in (",", "(", *self.dashes):
            return False
        # "1. Kystmat Trøndelag, Frøya – Arena, forlenget med to år": the place, then the item's level cell
        cell = next((k for k, t in enumerate(words) if k > 1 and t.text in self.dashes and k + 1 < len(words)
                     and words[k + 1].ent_type_ == "STATUS"), None)
        names = [t for t in words[1:cell] if t.text not in (")", ".")]
        return 0 < len(names) <= 2 and all(t.text[:1].isupper() and t.is_alpha for t in names)

    def _item_break(self, doc: Doc, i: int) -> bool:
        text = doc[i].text
        if text in {",", "(", ":", ";", ".", "|"}:
            return True
        # "Havlab Cluster – Bergen", "Norwegian Rooms – Arena Pro": a dash before the item's place or level
        return text in self.dashes and i + 1 < len(doc) and (
            doc[i + 1].ent_type_ == "PLACE" or self._level_after(doc, i + 1, len(doc)))

    def _list_heading(self, heading: Span) -> bool:
        words = [t for t in heading if not t.is_space]
        return any(t.ent_type_ == "STATUS" or (t.ent_type_ == "PROGRAMME" and t.ent_kb_id_ not in ("", "NIC"))
                   or t.lower_ in self.heading_cues or t.lower_.endswith(LIST_HEAD_SUFFIXES)
                   for t in words)

    def _presents_set(self, low: str, labelled_before: numpy.ndarray) -> bool:
        """"De tre er:", "Her er klyngene:" a few sentences after a level or the programme is
        named: a line that presents the set a decision told of."""
        text = low.strip().lstrip(OPENING_MARKS)
        return text.endswith(":") and text.startswith(self.set_pointers) and bool(labelled_before.any())

    def _may_head_list(self, low: str, labelled: bool) -> bool:
        """Cheap test that :meth:`_list_heading` can hold: ``labelled``, the sentence has a
        STATUS or PROGRAMME entity, or its lower-case text contains a cue word."""
        return labelled or self.cue_search["heading"](low) is not None

    def _misspelt_prefix(self, word: str) -> bool:
        """"Areana", "Arnea": a capitalised level prefix of five or more letters with one
        letter added or two neighbours swapped, as typed in a hurry (a changed letter is
        left out: "Areal" is a word)."""
        if not word[:1].isupper():
            return False
        low = word.lower()
        for prefix in self.prefixes:
            p = prefix.lower()
            if len(p) < 5 or low == p:
                continue
            if len(low) == len(p) + 1 and any(low[:k] + low[k + 1:] == p for k in range(len(low))):
                return True
            if len(low) == len(p) and any(low[:k] + low[k + 1] + low[k] + low[k + 2:] == p for k in range(len(low) - 1)):
                return True
        return False

    def _expansions(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Dash subtitles, prefixes, a country or region word and bracketed acronyms around
        cluster names ("Energy Valley Norway" holds the known "Energy Valley")."""
        out = []
        for span in spans:
            start, end = span.start, span.end
            if start > 0 and (doc[start - 1].text in self.prefixes or self._misspelt_prefix(doc[start - 1].text)) \
                    and doc[start - 1].ent_type_ in ("", "STATUS") and doc[start - 1].ent_iob_ != "I" \
                    and not span.text.startswith(tuple(self.prefixes)):
                start -= 1
            if end - start == 1 and start > 0 and doc[start].lower_.endswith(self.suffixes) \
                    and doc[start - 1].ent_type_ == "PLACE" and doc[start - 1].ent_iob_ == "B" and doc[start - 1].text[:1].isupper() \
                    and (start < 2 or doc[start - 2].lower_ not in ("i", "på", "fra", "frå", "til")):
                start -= 1  # "Sunnhordland Sjømatklynge": a place before a cluster compound names it
            if end < len(doc) and doc[end].text in self.head_tails and doc[end].ent_type_ in ("", "PLACE") \
                    and (end + 1 == len(doc) or not self._name_token(doc[end + 1])):
                end += 1  # "Energy Valley Norway": a country or region word ends a longer name
            elif span.kb_id_ and end - start <= 2 and end < len(doc) and doc[end].ent_type_ == "" and doc[end].is_title \
                    and self._name_token(doc[end]) and doc[end].lower_ not in self.stop_words | self.document_titles \
                    and not (doc[end].lower_.endswith("s") and end + 1 < len(doc) and doc[end + 1].is_lower):
                # "NCE Smart Hav": a short known form that begins a longer name ("NCE Heidner Bioclusters mål" is a genitive)
                end = self._run(doc, end, len(doc))
            if end + 1 < len(doc) and doc[end].text in self.dashes and doc[end].whitespace_:
                sub_end = end + 1
                while sub_end < len(doc) and self._name_token(doc[sub_end]) and doc[sub_end].lower_ not in self.stop_words:
                    sub_end += 1
                tail = doc[end + 1:sub_end]
                generic_tail = (len(tail) == 1 and (tail[0].lower_ in self.generic or tail[0].lower_ in self.anaphors
                                                    or tail[0].lower_.endswith(self.plurals))) \
                    or (len(tail) > 0 and tail[0].lower_ in self.document_titles)  # "X – Årsberetning 2013": the document
                if sub_end > end + 1 and not all(t.ent_type_ == "PLACE" for t in tail) and not generic_tail:
                    end = sub_end  # not "Fornybarklyngen – Klyngen samler …", "N3C – Betongprodusenter, …"
            out.append(Span(doc, start, end, label="CLUSTER", kb_id=span.kb_id_))
            if end + 2 < len(doc) and doc[end].text == "(":
                close = next((k for k in range(end + 1, min(end + 9, len(doc))) if doc[k].text == ")"), None)
                if close and close > end + 1 and self._run(doc, end + 1, close) == close:
                    out.append(Span(doc, end + 1, close, label="CLUSTER", kb_id=span.kb_id_))
        return out

    def _propagate(self, doc: Doc) -> list[Span]:
        """Every further occurrence of a name already found in the document."""
        names = {e.text for e in entities(doc, "CLUSTER") if len(e.text) > 2}
        if not names:
            return []
        out = []
        for start, end in find_names(doc_text(doc), names):
            span = doc.char_span(start, end, label="CLUSTER")
            if span is not None and all(t.ent_type_ in ("", "PLACE") for t in span):
                out.append(span)
        return out

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        found: list[tuple[int, int]] = []
        blocked = {i for span in doc.spans.get(BLOCKED_KEY, []) for i in range(span.start, span.end)}
        # a company-shaped name ("Vest Maritime") may still be the subject of a status decision
        hard = {i for span in doc.spans.get(BLOCKED_KEY, []) if span.kb_id_ not in SOFT_BLOCKS
                for i in range(span.start, span.end)}
        companies = self._company_elsewhere(doc)  # "Fjordane Analyse AS" in the masthead: "Fjordane Analyse" below
        blocked |= companies
        hard |= companies
        text = doc_text(doc)
        sents = list(doc.sents)
        chunks = [text[sent.start_char:sent.end_char] for sent in sents]
        lows = [chunk.lower() for chunk in chunks]
        has_status, has_programme = _labels_per_sentence(doc, sents, "STATUS", "PROGRAMME")
        # Each rule needs a cue in the sentence (a level prefix, a head word, a
        # compound suffix, a colon, a level entity): substring and array tests
        # skip the token loops of the rules that cannot fire.
        for n, sent in enumerate(sents):
            chunk, low = chunks[n], lows[n]
            for rule, key, where in ((self._prefixed, "prefix", chunk), (self._headed, "head", low),
                                     (self._compounds, "suffix", low)):
                if self.cue_search[key](where):
                    found.extend(rule(doc, sent))
            # Position alone: an organisation is no cluster, unless it has only a company's shape.
            found.extend((s, e) for s, e in self._subjects(doc, sent, low, has_status[n] or has_programme[n]) if not hard.intersection(range(s, e)))
            if has_status[n] and (" mens " in low or " medan " in low or "; " in low):  # "A avanserer til Arena Pro, mens B blir ny Arena-klynge"
                for part in self._second_clauses(doc, sent):
                    part_low = part.text.lower()
                    found.extend((s, e) for s, e in self._subjects(doc, part, part_low, True) if not hard.intersection(range(s, e)))
            candidates = []
            if ":" in chunk:
                candidates.extend(self._colon_list(doc, sent))
            if "«" in chunk and (has_status[n] or any(cue in low for cue in self.status_context)):
                candidates.extend(self._quoted(doc, sent))
            if has_status[n] or self.cue_search["generic"](low):
                candidates.extend(self._appositions(doc, sent))
            found.extend((s, e) for s, e in candidates if not blocked.intersection(range(s, e)))
        found.extend(self._referred_back(doc, sents, lows, has_status, hard))
        found.extend(self._list_items(doc, sents, lows, has_status | has_programme))
        found.extend(self._table_names(doc, sents, chunks, blocked))
        found.extend(self._paragraph_names(doc, sents, has_status, blocked))
        if has_status.any():
            found.extend(self._section_names(doc, sents, has_status, blocked))
            found.extend(self._member_headings(doc, sents, has_status, hard))  # a venue-shaped name ("X Arena") too
        said = [sent for sent, low in zip(sents, lows) if any(c in low for c in COPULA_ARTICLES)
                and any(x in low for x in self.suffixes)]  # cheap: most sentences call nothing a cluster
        if said:
            found.extend(self._said_to_be_clusters(doc, said, hard))
        spans = [Span(doc, s, e, label="CLUSTER") for s, e in found if e > s and not self._description_at_start(doc, s, e)
                 and not all(t.ent_type_ == "STATUS" for t in doc[s:e])  # "For Arena Pro er rammen …": a level
                 and not any(_level_compound(t) for t in doc[s:e])]  # "Forlenget Arena-periode": a section's title
        add_entities(doc, spans)
        add_entities(doc, self._expansions(doc, list(entities(doc, "CLUSTER"))))
        # Names found beside the names found so far, added in one step (each step rebuilds doc.ents).
        lower = doc.to_array(LOWER)
        beside = (*self._coordinated(doc, sents, blocked), *self._former_names(doc, blocked, lower),
                  *self._given_names(doc, blocked, lower), *self._renamed(doc, blocked, lower), *self._newly_named(doc, sents, blocked),
                  *self._named_before_today(doc, blocked, lower),
                  *self._awarded(doc, blocked, lower), *self._speakers(doc, blocked, lower))
        add_entities(doc, [Span(doc, s, e, label="CLUSTER") for s, e in beside])
        add_entities(doc, self._propagate(doc))
        return doc

    def _company_elsewhere(self, doc: Doc) -> set[int]:
        """The tokens of a company's name written without its suffix, when the text writes it
        with one ("Fjordane Analyse AS" … "Fjordane Analyse har evaluert …")."""
        names = {doc[span.start:span.end - 1].text for span in doc.spans.get(BLOCKED_KEY, [])
                 if len(span) > 1 and doc[span.end - 1].text in self.company_suffixes}
        out: set[int] = set()
        for start, end in find_names(doc_text(doc), names) if names else ():
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
        return out

    def _quoted(self, doc: Doc, sent: Span) -> Iterable[tuple[int, int]]:
        """"Klyngen «Havkraft Vest» har fått Arena-status": a name in guillemets in a sentence
        about a status, when all it holds is a name and it opens the sentence or follows a
        cluster noun or a level ("Arena «Smart Vann»"); "Konferansen «Havets Fremtid»" is none."""
        first = self._sentence_start(sent)
        for k in range(sent.start, sent.end - 2):
            if doc[k].text != "«":
                continue
            before = doc[k - 1] if k > sent.start else None
            if not (k <= first or before is None or before.lower_ in self.generic or before.text in self.prefixes):
                continue
            close = next((j for j in range(k + 1, min(sent.end, k + 8)) if doc[j].text == "»"), None)
            if close is None or close == k + 1 or not doc[k + 1].text[:1].isupper():
                continue
            if self._run(doc, k + 1, close) == close and not any(t.ent_type_ == "STATUS" for t in doc[k + 1:close]):
                yield k + 1, close

    def _coordinated(self, doc: Doc, sents: list[Span], blocked: set[int]) -> Iterable[tuple[int, int]]:
        """"Det er Havkraft Cluster, Fjellmat Cluster, Nordlys Sol og Vestkyst Bio": in
        a sentence about levels (or right after one), bare names coordinated with
        known cluster names are cluster names too. Nothing unless every conjunct is
        a name and at least one is already a cluster."""
        has_cluster, has_status = _labels_per_sentence(doc, sents, "CLUSTER", "STATUS")
        text = doc_text(doc)
        for n, sent in enumerate(sents):
            if not has_cluster[n]:
                continue
            first = sent if n == 0 else sents[n - 1]
            if not (has_status[n] or (n > 0 and has_status[n - 1])) and not any(
                    cue in text[first.start_char:sent.end_char].lower() for cue in self.status_context):
                continue
            yield from self._enumeration(doc, sent, blocked)

    def _former_names(self, doc: Doc, blocked: set[int], lower: numpy.ndarray) -> Iterable[tuple[int, int]]:
        """"Havkraft Cluster – tidligere Vannkraft Forum", "Klyngen het tidligere
        Vannkraft Forum": the name a former marker introduces, after a cluster name
        or a sentence-opening anaphor, is a cluster's earlier name."""
        for i in numpy.flatnonzero(numpy.isin(lower, self.former_ids)).tolist():
            if already(doc, i):
                continue
            marker = doc[i]
            sent = marker.sent
            k = marker.i + 2 if marker.i + 1 < sent.end and doc[marker.i + 1].text == "." else marker.i + 1  # "tidl. Y"
            while k < sent.end and doc[k].lower_ in NAMING_WORDS:
                k += 1
            if k >= sent.end or doc[k].ent_type_ not in ("", "PLACE") or not self._name_token(doc[k]) \
                    or doc[k].lower_ in self.stop_words:
                continue  # a place may begin the old name: "tidligere Florø Hydrogenforum"
            j = marker.i - 1
            while j >= sent.start and (doc[j].lower_ in JOINERS or doc[j].lower_ in NAMING_WORDS
                                       or (doc[j].ent_type_ == "PLACE" and j > sent.start and doc[j - 1].text in (",", "(", "i"))
                                       or (doc[j].ent_type_ == "PLACE" and doc[j].ent_iob_ == "I")):
                j -= 1  # "Sjøkraft Nordvest, Kristiansund – tidlegare Y": past the name's place
            after_cluster = j >= sent.start and doc[j].ent_type_ == "CLUSTER"
            after_anaphor = j >= sent.start and j == self._sentence_start(sent) and doc[j].lower_ in self.anaphors
            if not (after_cluster or after_anaphor):
                continue
            end = self._run(doc, k, sent.end)
            s, e = self._trim(doc, k, end, set())
            if s < e and not blocked.intersection(range(s, e)) and not all(t.ent_type_ == "PLACE" for t in doc[s:e]):
                yield s, e

    def _named_before_today(self, doc: Doc, blocked: set[int], lower: numpy.ndarray) -> Iterable[tuple[int, int]]:
        """"Fjordsensor Vest, i dag Ocean Sensing Cluster", "X (nå Y)": the name before a comma
        or bracket and a word for now, when a cluster's name follows, is that cluster's old name;
        "Smart Energy Østfold – tidligere NCE Smart Energy Markets": before a former marker, its new one."""
        firsts = numpy.array(sorted({get_string_id(m[0]) for m in self.current_markers}), dtype=numpy.uint64)
        texts = token_table(doc).texts
        after = (",", "(", *self.dashes)
        for i in numpy.flatnonzero(numpy.isin(lower, firsts)).tolist():
            if i < 2 or texts[i - 1] not in after:
                continue  # cheap test first: "i" is in most sentences, after a comma in few
            lows = [t.lower() for t in texts[i:i + 4]]
            marker = next((m for m in self.current_markers if tuple(lows[:len(m)]) == m), None)
            if marker is None:
                continue
            j = i + len(marker)
            if j >= len(doc) or doc[j].ent_type_ != "CLUSTER" or doc[j].ent_iob_ != "B":
                continue
            end = i - 1
            start = end
            sent = doc[i].sent
            while start - 1 >= sent.start and self._name_token(doc[start - 1]) and doc[start - 1].text not in self.bullets:
                start -= 1
            s, e = self._trim(doc, start, end, set())
            if s < e and not blocked.intersection(range(s, e)) and not all(t.ent_type_ == "PLACE" for t in doc[s:e]):
                yield s, e

    def _renamed(self, doc: Doc, blocked: set[int], lower: numpy.ndarray) -> Iterable[tuple[int, int]]:
        """"Havlab endret i fjor navnet til Havlab Ocean Cluster": the subject of a rename
        verb whose new name is a cluster is the cluster's old name."""
        for i in numpy.flatnonzero(numpy.isin(lower, self.rename_ids)).tolist():
            sent = doc[i].sent
            start = self._sentence_start(sent)
            old = self._old_name_after(doc, sent, i)  # "endret klyngen navn fra X til Y"
            if old is not None:
                if not blocked.intersection(range(*old)):
                    yield old
                continue
            after = [t.lower_ for t in doc[i + 1:min(sent.end, i + 6)]]
            if start >= i or "til" not in after or not any(w.startswith(("navn", "namn")) for w in after):
                continue
            if after[0] in self.anaphors or after[0] in INVERTED_SUBJECTS:
                continue  # "Året etter byttet vi navn til Y": the subject follows the verb; before it, an adverbial
            verb = i
            while verb > start and (doc[verb - 1].lower_ in self.stop_words or doc[verb - 1].ent_type_ == "DATE"
                                    or doc[verb - 1].lower_ in LATER_ADVERBS):
                verb -= 1  # "X har i fjor endret …"
            if verb - 1 > start and doc[verb].lower_ == "som" and doc[verb - 1].text == ",":
                verb -= 1  # "• X (Horten), som senere skiftet navn til Y": the relative clause's antecedent
                if doc[verb - 1].text == ")":
                    opening = next((j for j in range(verb - 2, max(start, verb - 6) - 1, -1) if doc[j].text == "("), None)
                    if opening is not None and all(t.ent_type_ == "PLACE" for t in doc[opening + 1:verb - 1]):
                        verb = opening
            s, e = self._trim(doc, start, verb, set())
            if s < e and self._run(doc, s, e) == e and not blocked.intersection(range(s, e)) \
                    and not (e - s == 1 and (doc[s].lower_ in self.generic or doc[s].lower_ in self.anaphors)):
                yield s, e  # "Forumet skiftar namn til Y": an anaphor, not the old name

    def _newly_named(self, doc: Doc, sents: list[Span], blocked: set[int]) -> Iterable[tuple[int, int]]:
        """"Fjord Medtech ble til NCE Fjordhelse", "Havteknikk Vest … tar navnet NCE Havteknikk":
        the name run that opens the clause of a naming phrase whose new name is a cluster is
        the cluster's old name."""
        whole = doc_text(doc).lower()
        if not any(p in whole for p in self.new_naming):
            return  # most texts name no cluster anew
        for sent in sents:
            low = whole[sent.start_char:sent.end_char]
            if not any(p in low for p in self.new_naming):
                continue
            lows = [t.lower_ for t in sent]
            for p in self.new_naming:
                words = p.split()
                for k in range(len(lows) - len(words)):
                    if lows[k:k + len(words)] != words:
                        continue
                    i = sent.start + k
                    nxt = i + len(words)
                    if nxt >= sent.end or doc[nxt].ent_type_ != "CLUSTER":
                        continue
                    e = i
                    while e > sent.start and (doc[e - 1].lower_ in self.inverted_adverbs or doc[e - 1].ent_type_ == "DATE"):
                        e -= 1
                    b = e
                    while b > sent.start and self._name_token(doc[b - 1]) and doc[b - 1].lower_ not in self.stop_words:
                        b -= 1
                    if b == e and e > sent.start and doc[e - 1].lower_ == "og":  # "X får status som NCE og tar navnet Y"
                        b = self._sentence_start(sent)
                        e = self._run(doc, b, sent.end) if self._name_token(doc[b]) else b
                        if e >= sent.end or not doc[e].is_lower:
                            continue
                    opener = b == self._sentence_start(sent) or doc[b - 1].text in (",", "–", "-") or doc[b - 1].lower_ == "og"
                    if b < e and opener and not blocked.intersection(range(b, e)) and not all(t.ent_type_ == "PLACE" for t in doc[b:e]) \
                            and not (e - b == 1 and (doc[b].lower_ in self.anaphors or doc[b].lower_ in self.stop_words
                                                     or doc[b].lower_ in self.generic)):
                        yield b, e  # "Klyngen heter nå Y", "Sistnevnte heter nå Y": an anaphor, not the old name

    def _old_name_after(self, doc: Doc, sent: Span, verb: int) -> tuple[int, int] | None:
        """The name between "navn fra/frå" and "til" after a rename verb, when it is a name
        and nothing more ("endret klyngen navn fra Grønn Industri Vestfold til …")."""
        k = next((j for j in range(verb + 1, min(sent.end - 1, verb + 5))
                  if doc[j].lower_.startswith(("navn", "namn")) and doc[j + 1].lower_ in ("fra", "frå")), None)
        if k is None:
            return None
        s = k + 2
        til = next((j for j in range(s, min(sent.end, s + 8)) if doc[j].lower_ == "til"), None)
        if til is None or til == s or self._run(doc, s, til) != til:
            return None
        return s, til

    def _awarded(self, doc: Doc, blocked: set[int], lower: numpy.ndarray) -> Iterable[tuple[int, int]]:
        """"Statusen som NCE ble i dag tildelt Fjord Norway", "gir GCE-status til Hydrogen
        Valley", "tildele Agder Robotics Arena-status": the name after a grant verb with the
        status before it or right after the name, or after a status noun and "til", is the
        cluster that got it."""
        til = get_string_id("til")
        n = len(doc)
        for i in numpy.flatnonzero(numpy.isin(lower, self.award_ids) | (lower == til)).tolist():
            k = i + 1
            if lower[i] == til:  # "NCE-status til X", "NCE-statusen går (i år) til X"
                verb = next((j for j in range(i - 1, max(0, i - 4), -1) if doc[j].lower_ in ("går", "gikk", "gjekk")), None)
                if i == 0 or not (_status_noun(doc[i - 1]) or (verb and _status_noun(doc[verb - 1]))):
                    continue
            elif k < n and lower[k] == til:
                k += 1
            known = k < n and doc[k].ent_type_ == "CLUSTER" and doc[k].ent_iob_ == "B"  # "til Havlab Cluster og B": B is new
            if k >= n or not known and (doc[k].ent_type_ not in ("", "PLACE") or not self._name_token(doc[k])
                                        or doc[k].lower_ in self.stop_words):
                continue  # a place may begin the name ("Agder Robotics"), not be all of it
            sent = doc[i].sent
            if k >= sent.end:
                continue
            end = k + 1 if known else self._run(doc, k, sent.end)
            while known and end < sent.end and doc[end].ent_iob_ == "I":
                end += 1
            if lower[i] != til:
                before = doc[max(sent.start, i - 10):i]
                status_before = any(t.ent_type_ == "STATUS" or t.lower_.startswith("status") for t in before)
                if not status_before and not (end < sent.end and _status_noun(doc[end])):
                    continue  # "tildele Agder Robotics Arena-status": the status after the name
            names = [(k, end)]
            while True:  # "… til A, B i Bergen og til C på Kjeller"
                end = self._past_place(doc, end, sent.end)
                nxt = end + 2 if end + 2 < sent.end and doc[end + 1].lower_ == "til" else end + 1
                if not (nxt < sent.end and doc[end].lower_ in (",", "og", "samt") and self._name_token(doc[nxt])
                        and doc[nxt].lower_ not in self.stop_words and doc[nxt].ent_type_ in ("", "PLACE", "CLUSTER")):
                    break
                names.append((nxt, self._run(doc, nxt, sent.end)))
                end = names[-1][1]
            for a, b in names:
                s, e = self._trim(doc, a, b, set())
                if s < e and not blocked.intersection(range(s, e)) and not all(t.ent_type_ == "PLACE" for t in doc[s:e]):
                    yield s, e

    def _speakers(self, doc: Doc, blocked: set[int], lower: numpy.ndarray) -> Iterable[tuple[int, int]]:
        """"– Vi har fått status som Arena-klynge, sier daglig leder i Nordlys Tech, Kari Nord":
        in a quote where "vi" tell of a status, the organisation the speaker leads is the cluster."""
        for i in numpy.flatnonzero(numpy.isin(lower, self.speech_ids)).tolist():
            sent = doc[i].sent
            quote = doc[sent.start:i]
            if not any(t.lower_ in self.speaker_pronouns for t in quote) or not any(t.ent_type_ == "STATUS" for t in quote):
                continue
            for k in range(i + 1, min(sent.end - 1, i + 8)):
                if doc[k].lower_ not in ("i", "for", "ved", "hos") or doc[k - 1].lower_ not in self.role_nouns:
                    continue
                j = k + 1
                if doc[j].ent_type_ not in ("", "PLACE") or not self._name_token(doc[j]) or doc[j].lower_ in self.stop_words:
                    break
                s, e = self._trim(doc, j, self._run(doc, j, sent.end), set())
                if s < e and not blocked.intersection(range(s, e)) and not all(t.ent_type_ == "PLACE" for t in doc[s:e]):
                    yield s, e
                break

    def _said_to_be_clusters(self, doc: Doc, sents: list[Span], hard: set[int]) -> Iterable[tuple[int, int]]:
        """"Norwegian Battery Valley er en næringsklynge for batteriteknologi": the name that
        opens a sentence whose copula calls it a cluster (an indefinite cluster noun)."""
        articles = ("en", "ei", "et", "ein", "eit")
        for sent in sents:  # the sentences that hold a copula, an article and a cluster noun
            start = self._sentence_start(sent)
            if start >= sent.end or not self._name_token(doc[start]) or doc[start].lower_ in self.stop_words:
                continue
            end = self._run(doc, start, sent.end)
            k = end
            if k + 2 >= sent.end or doc[k].lower_ not in self.copulas or doc[k + 1].lower_ not in articles:
                continue
            k += 2
            while k < sent.end and doc[k].is_lower and not doc[k].lower_.endswith(self.suffixes) and k - end < 5:
                k += 1  # "er en regional næringsklynge", "er ei ny klynge"
            if k < sent.end and doc[k].lower_.endswith(self.suffixes) and not doc[k].lower_.endswith(self.plurals) \
                    and not doc[k].lower_.endswith(SINGULAR_DEFINITE):
                s, e = self._trim(doc, start, end, set())
                if s < e and not hard.intersection(range(s, e)) and not all(t.ent_type_ == "PLACE" for t in doc[s:e]):
                    yield s, e

    def _given_names(self, doc: Doc, blocked: set[int], lower: numpy.ndarray) -> Iterable[tuple[int, int]]:
        """"Næringslivsklyngen med navnet Fjord Norway", "Klyngen bytter navn til Tindra":
        the name a text gives a cluster it has just named or referred to."""
        for i in numpy.flatnonzero(numpy.isin(lower, self.naming_ids)).tolist():
            sent = doc[i].sent
            k = i + 1
            while k < sent.end and (doc[k].lower_ in self.naming_particles or doc[k].lower_ in NAMED_PRONOUNS):
                k += 1  # "Da het det Y", "heitte ho Y": the pronoun is the named one
            if k >= sent.end or doc[k].ent_type_ or not self._name_token(doc[k]) or doc[k].lower_ in self.stop_words:
                continue
            before = doc[max(sent.start, i - 6):k]
            near = doc[max(sent.start, i - 3):k]  # "gjekk det under namnet Y"
            if not any(t.ent_type_ == "CLUSTER" or t.lower_ in self.generic or t.lower_ in self.anaphors
                       or t.lower_.endswith(self.suffixes) for t in before) and not any(t.lower_ in NAMED_PRONOUNS for t in near):
                continue
            s, e = self._trim(doc, k, self._run(doc, k, sent.end), set())
            if s < e and not blocked.intersection(range(s, e)) and not all(t.ent_type_ == "PLACE" for t in doc[s:e]):
                yield s, e

    @staticmethod
    def _past_place(doc: Doc, end: int, limit: int) -> int:
        """After a conjunct, its place: "A i Bergen, B (Sogndal) og C"."""
        if end + 1 < limit and doc[end].lower_ in ("i", "på", "fra", "frå"):
            after = _place_tokens(doc, end + 1, limit)
            return after if after > end + 1 else end
        if end + 2 < limit and doc[end].text == "(":
            after = _place_tokens(doc, end + 1, limit)
            return after + 1 if after > end + 1 and after < limit and doc[after].text == ")" else end
        return end

    def _enumeration(self, doc: Doc, sent: Span, blocked: set[int]) -> Iterable[tuple[int, int]]:
        i = sent.start
        while i < sent.end:
            if not (doc[i].ent_type_ == "CLUSTER" or self._name_token(doc[i])):
                i += 1
                continue
            parts: list[tuple[int, int, bool]] = []
            j, broken = i, False
            while j < sent.end:
                broken = bool(parts)  # after a joiner, a part that is no name spoils the list
                if doc[j].ent_type_ == "CLUSTER":
                    end = j + 1
                    while end < sent.end and doc[end].ent_iob_ == "I":
                        end += 1
                    parts.append((j, end, True))
                elif self._name_token(doc[j]) and doc[j].lower_ not in self.stop_words and j not in blocked:
                    end = self._run(doc, j, sent.end)
                    s, e = self._trim(doc, j, end, set())  # "Nordlys Energy i Tromsø": the place is cut
                    if s != j or any(k in blocked for k in range(j, end)) \
                            or all(t.ent_type_ == "PLACE" for t in doc[j:e]):
                        break  # a descriptor, a place or an organisation: not a bare name
                    parts.append((j, e, False))
                else:
                    break
                end = self._past_place(doc, end, sent.end)
                broken = False
                if end < sent.end and (doc[end].text == "," or doc[end].lower_ in ("og", "samt", "and")):
                    j = end + 1
                else:
                    break
            if not broken and len(parts) >= 2 and any(k for _, _, k in parts) and not all(k for _, _, k in parts):
                yield from ((s, e) for s, e, known in parts if not known)
            i = max(j, i + 1) if parts else i + 1


def _substrings(words: Iterable[str]) -> Callable[[str], re.Match[str] | None]:
    """A search for any of ``words`` as a substring of a text (longest first)."""
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered:
        return lambda text: None
    return re.compile("|".join(re.escape(w) for w in ordered)).search


def _place_tokens(doc: Doc, i: int, limit: int) -> int:
    """The end of the place entity tokens from ``i`` (``i`` if there are none)."""
    while i < limit and doc[i].ent_type_ == "PLACE":
        i += 1
    return i


def _labels_per_sentence(doc: Doc, sents: list[Span], *labels: str) -> list[numpy.ndarray]:
    """Per label, a boolean per sentence: whether one of its tokens has that entity label."""
    types = doc.to_array(ENT_TYPE)
    starts = numpy.fromiter((s.start for s in sents), dtype=numpy.int64, count=len(sents))
    return [numpy.add.reduceat((types == get_string_id(label)).astype(numpy.int32), starts) > 0 for label in labels]


@Language.factory("nic_cluster_finder", default_config={"patterns_dir": None})
def make_cluster_finder(nlp: Language, name: str, patterns_dir: str | None) -> ClusterFinder:
    return ClusterFinder(nlp, name, patterns_dir=patterns_dir)
