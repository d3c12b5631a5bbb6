"""Year, place and previous level of an event, read from the text around it."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..doccache import ents_in, lowers_of, memo, sent_of
from ..layout import first_word
from ..lexicons.dates import parse_published
from ..lexicons.events import EventCues
from ..lexicons.places import load_place_forms
from ..tokenizer import doc_text


def term_verb(doc: Doc, sent: Span, cues: EventCues) -> int | None:
    """The verb's token when ``sent`` opens with the agreement, the support or its period as
    subject and a verb of running ("Den nye kontraktsperioden gjelder fra …", "Avtalen varer i
    tre år"), else ``None``: what the funding reader takes a duration from, the year reader a start."""
    lows = lowers_of(doc)
    i = first_word(sent)
    while i < sent.end and lows[i] in cues.words["term_determiners"]:
        i += 1
    if i + 2 >= sent.end or lows[i].rsplit("-", 1)[-1] not in cues.words["term_subjects"] \
            or lows[i + 1] not in cues.words["term_verbs"]:
        return None
    return i + 1


def sentence_year(sent: Span, anchor: int | None = None) -> int | None:
    """The year of the DATE in ``sent`` nearest to token ``anchor`` (resolved values only)."""
    best: tuple[int, int] | None = None
    for ent in ents_in(sent):
        if ent.label_ != "DATE":
            continue
        year = year_of(ent._.value)
        if year is None:
            continue
        distance = abs(ent.start - anchor) if anchor is not None else ent.start
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def year_of(value: object) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None


def published_year(doc: Doc) -> int | None:
    def year() -> int | None:
        pub = parse_published(doc._.published)
        return pub.year if pub else None
    return memo(doc, ("published_year",), year)


class PlaceFinder:
    """The place a text ties to a cluster mention."""

    def __init__(self, cues: EventCues, patterns_dir: str | None) -> None:
        self.cues = cues
        self.places = {f.text.lower(): f.name for f in load_place_forms(patterns_dir)}
        self.suffixes = tuple(sorted(cues.words["based_suffixes"] | set(cues.phrases["based_suffixes"]), key=len, reverse=True))

    def near(self, mention: Span) -> str | None:
        """"X i Bergen", "X, Troms" (list item), "Stavangerbaserte X"."""
        doc = mention.doc
        sent_end = sent_of(mention).end
        k = mention.end
        if k + 1 < sent_end and doc[k].lower_ in ("i", "på", "fra", "frå") and doc[k + 1].ent_type_ == "PLACE":
            return self._ent_at(doc, k + 1)
        if k + 1 < sent_end and doc[k].text in (",", "(", "–", "-") and doc[k + 1].ent_type_ == "PLACE":
            place = self._ent_at(doc, k + 1)
            after = self._ent_end(doc, k + 1)
            if after >= sent_end or doc[after].is_space or doc[after].text in (")", ".", ",", ";"):
                return place
        for j in range(mention.start - 1, max(sent_of(mention).start, mention.start - 4) - 1, -1):
            place = self.from_adjective(doc[j].text)
            if place:
                return place
        return None

    def from_adjective(self, word: str) -> str | None:
        low = word.lower()
        for suffix in self.suffixes:
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                stem = word[: len(word) - len(suffix)].rstrip("-")
                for candidate in (stem, stem[:-1] if stem.endswith("s") else None):
                    if candidate and candidate.lower() in self.places:
                        return candidate
        return None

    def in_sentence(self, sent: Span, exclude: Span | None = None) -> str | None:
        """A place after "holder til i" / "i" in a sentence about the cluster."""
        text = doc_text(sent.doc)[sent.start_char:sent.end_char].lower()
        for ent in ents_in(sent):
            if ent.label_ != "PLACE" or (exclude is not None and exclude.start <= ent.start < exclude.end):
                continue
            before = text[max(0, ent.start_char - 25 - sent.start_char):ent.start_char - sent.start_char]
            if any(before.endswith(v + " ") for v in self.cues.phrases["place_verbs"]) or before.endswith(("hele ", "heile ")):
                return ent.text
        return None

    def described(self, mention: Span) -> str | None:
        """"X representerer 48 bedrifter på Sørlandet": in a sentence whose subject
        is the cluster, the first place after a locative preposition, with a
        coordinated second place kept ("på Østlandet og Sørlandet")."""
        doc, sent = mention.doc, sent_of(mention)
        if first_word(sent) != mention.start:
            return None
        places = [e for e in ents_in(sent) if e.label_ == "PLACE" and e.start >= mention.end]
        speech = next((t.i for t in doc[mention.end:sent.end] if t.lower_ in self.cues.words["speech_verbs"]), sent.end)
        # "X er en av tre nye NCE-klynger som ble presentert i Oslo": a relative clause of another noun
        relative = next((t.i for t in doc[mention.end + 2:sent.end] if t.lower_ == "som" and doc[t.i - 1].text != ","), sent.end)
        for ent in places:
            if ent.start > min(speech, relative):
                break  # "…, sier statsråden i Oslo": the speaker's place
            if ent.start == 0 or doc[ent.start - 1].lower_ not in self.cues.words["locatives"]:
                continue
            if ent.start >= 2 and doc[ent.start - 2].ent_type_ == "CLUSTER":
                continue  # "knytt til NCE Seafood Innovation i Bergen": the other cluster's place
            end_char = ent.end_char
            nxt = next((e for e in places if e.start == ent.end + 1), None)
            if nxt is not None and doc[ent.end].lower_ in ("og", "and"):
                end_char = nxt.end_char
            return doc_text(doc)[ent.start_char:end_char]
        return None

    @staticmethod
    def _ent_at(doc: Doc, i: int) -> str:
        for ent in ents_in(doc):
            if ent.start <= i < ent.end:
                return ent.text
        return doc[i].text

    @staticmethod
    def _ent_end(doc: Doc, i: int) -> int:
        for ent in ents_in(doc):
            if ent.start <= i < ent.end:
                return ent.end
        return i + 1
