"""Which cluster mentions in a document name the same cluster.

Mentions are grouped when the gazetteer links them, when their folded forms
are equal with or without a level prefix or generic head ("NCE Eyde",
"Eyde-klyngen", "Eyde"), when one is a word-prefix of the other ("iKuben" /
"iKuben – Rapid Transformation"), and when one stands in brackets right after
the other ("Norwegian Wood Cluster (NWC)"). Each group is named by its
fullest form; the other forms are its aliases.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..components.entity_ruler import BLOCKED_KEY
from ..doccache import ents_in, lowers_of, memo, sent_of, sents_of, source_text
from ..layout import BULLETS, first_word, is_blank, is_heading
from ..lexicons.events import EventCues
from ..names import fold_name

_PREFIX = re.compile(r"^(nce|gce|arena|arena pro)\s+")
# "Eyde-klyngen", "Havkraftklynga": a description of the cluster, named only when nothing else is
# (an indefinite "-klynge"/"-nettverk" describes as one word only: "Vesterålen Sjømatnettverk" is a name)
_DESCRIPTIVE = re.compile(r"\S(?:-)?(?:klyngen|klynga|klyngja|nettverket)$|^\S+(?:klynge|klyngje|nettverk)$", re.IGNORECASE)
_SUFFIX = re.compile(r"\s*(klyngen|klynga|klynge|klyngja|nettverket|nettverk|cluster)$")
_ACRONYM = re.compile(r"^[A-ZÆØÅ]{2,6}$")  # "NSCC", "ACT"
_ACRONYM_JOINED = re.compile(r"^([A-ZÆØÅ]{2,6})\s+[–—-]\s+(.+)$")  # "NSCC – Norwegian Smart Care Cluster"
SECTION_LEAD = 2  # how many sentences naming no cluster may stand between a section's heading and its anaphor
TITLE_LINES = 4  # how far below the page's first line (a site's name, a menu) its title may stand
LEAD_SENTENCES = 4  # how far into the lead the first name may stand that a descriptive title names


@lru_cache(maxsize=1 << 16)  # like fold_name: the same names again and again
def descriptive(name: str) -> bool:
    """Whether a name is a descriptive compound ("Stord-klyngen", "Havbruksnettverket"), not a proper
    name; a level prefix makes one a name ("Arena Vannklyngen")."""
    return _DESCRIPTIVE.search(name) is not None and _PREFIX.match(fold_name(name)) is None


def core(name: str) -> str:
    """The folded name without level prefix and generic head: the part that identifies it."""
    folded = fold_name(name)
    stripped = _SUFFIX.sub("", _PREFIX.sub("", folded)).strip()
    return stripped or folded


@dataclass
class ClusterGroup:
    mentions: list[Span] = field(default_factory=list)
    former: set[str] = field(default_factory=set)  # forms used only as an earlier name
    texts: list[str] = field(default_factory=list)  # the mentions' texts, in the same order

    @property
    def forms(self) -> list[str]:
        seen: dict[str, str] = {}
        for text in self.texts:
            key = fold_name(text)
            if key not in seen or (seen[key].isupper() and not text.isupper()):
                seen[key] = text  # "Nordic Battery Cluster" for the "NORDIC BATTERY CLUSTER" atop a report
        return list(seen.values())

    secondary: set[str] = field(default_factory=set)  # forms seen only in brackets after another

    @property
    def name(self) -> str:
        forms = self.forms
        return max(self._named(), key=lambda f: (not _DESCRIPTIVE.search(f), len(f), -forms.index(f)))

    def _named(self) -> list[str]:
        """The current forms but an acronym joined to the name it stands for ("NSCC – Norwegian
        Smart Care Cluster" atop a page, where the text also writes "Norwegian Smart Care
        Cluster"): the name is the one written out."""
        current = self._current()
        folded = {fold_name(f) for f in current}
        kept = [f for f in current if not ((m := _ACRONYM_JOINED.match(f)) and fold_name(m.group(2)) in folded
                                           and _initials(m.group(2)) == m.group(1))]
        return kept or current

    def name_for(self, text: str) -> str:
        """The fullest form of the name a report uses: "NCE Eyde" for "Eyde-klyngen",
        "iKuben – Rapid Transformation" for "iKuben", but "Mediarena" for "Mediarena" where
        the gazetteer also links "Media City Bergen", a name the text gives something else.
        A form seen only in brackets, or only as a former name or a variant of one ("Arktisk
        Logistikk" beside the former "Arena Arktisk Logistikk"), takes the group's name."""
        forms = self.forms
        if _ACRONYM.match(text) and _initials(self.name) == text:
            return self.name  # "NSCC" for "Norwegian Smart Care Cluster (NSCC)": the name written out, the acronym an alias
        variants = [f for f in self._named() if _variants(f, text)] or [f for f in self._current() if _variants(f, text)]
        if _ACRONYM_JOINED.match(text) and any(not _ACRONYM_JOINED.match(f) for f in variants):
            variants = [f for f in variants if not _ACRONYM_JOINED.match(f)]
        if not variants or any(core(f) == core(text) for f in self.former) or (_DESCRIPTIVE.search(text) and not _DESCRIPTIVE.search(self.name)):
            return self.name  # "Hydrogenklynga" in a title for the lead's "Ocean Hyway Cluster"
        return max(variants, key=lambda f: (not _DESCRIPTIVE.search(f), len(f), -forms.index(f)))

    def _current(self) -> list[str]:
        forms = self.forms
        current = [f for f in forms if fold_name(f) not in self.former] or forms
        past = {core(f) for f in forms if fold_name(f) in self.former}
        kept = [f for f in current if core(f) not in past]  # "Arena X West" beside the former "X West"
        current = kept if any(not _DESCRIPTIVE.search(f) for f in kept) else current  # not "Havbruksklynga" for "GCE Havbruk"
        return [f for f in current if fold_name(f) not in self.secondary] or current

    @property
    def descriptive(self) -> bool:
        """Every form is a descriptive compound ("Medieklyngen", "Eyde-klyngen"): the
        cluster has no proper name in this document."""
        return all(_DESCRIPTIVE.search(t) for t in self.texts)

    @property
    def aliases(self) -> list[str]:
        return self.aliases_of(self.name)

    def aliases_of(self, name: str) -> list[str]:
        folded = fold_name(name)
        return [f for f in self.forms if fold_name(f) != folded and fold_name(f) not in self.former]


def _initials(name: str) -> str:
    """The capitals that open the words of a name ("Norwegian Smart Care Cluster" → "NSCC")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _variants(a: str, b: str) -> bool:
    """Two forms of one name: the same core, or one the other's first words ("iKuben" /
    "iKuben – Rapid Transformation")."""
    fa, fb = fold_name(a), fold_name(b)
    return core(a) == core(b) or fa.startswith(fb + " ") or fb.startswith(fa + " ") or fa == fb


class ClusterIndex:
    """The cluster groups of one document, and lookup from a mention to its group."""

    def __init__(self, doc: Doc, former_mentions: set[int], cues: EventCues | None = None,
                 renamed: list[tuple[str, str]] = ()) -> None:
        """``cues``: with them, a name and the name the text gives it ("X med navnet Y",
        "X blir NODE Finnmark") are one cluster. ``renamed``: (old, new) names of the
        document's renames: one cluster, the old name a former one wherever it is written."""
        self.doc = doc
        mentions = [e for e in ents_in(doc) if e.label_ == "CLUSTER"]
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.end_chars = [m.end_char for m in mentions]  # rising: mentions do not overlap
        texts = [source_text(m) for m in mentions]
        self.text_of = dict(zip(self.starts, texts))
        parent = list(range(len(mentions)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            parent[find(i)] = find(j)

        keys: dict[str, int] = {}
        for i, m in enumerate(mentions):
            for key in {f"kb:{m.kb_id_}" if m.kb_id_ else "", f"core:{core(texts[i])}"} - {""}:
                if key in keys:
                    union(i, keys[key])
                else:
                    keys[key] = i
        folded = [fold_name(t) for t in texts]
        # A name is one cluster with every name it begins ("Havkraft" and "Havkraft Cluster"):
        # looked up by word prefix, not by comparing every pair of mentions.
        by_form: dict[str, list[int]] = {}
        for i, a in enumerate(folded):
            if len(a) >= 4:
                by_form.setdefault(a, []).append(i)
        for j, b in enumerate(folded):
            for form in {b, _PREFIX.sub("", b)}:  # "Treklyngen" begins "Arena Treklyngen Østerdal" after its level
                words = form.split(" ")
                for k in range(1, len(words)):
                    for i in by_form.get(" ".join(words[:k]), ()):
                        if not (mentions[i].kb_id_ and mentions[j].kb_id_ and mentions[i].kb_id_ != mentions[j].kb_id_):
                            union(i, j)  # not "NCE Maritime" and "NCE Maritime CleanTech": the gazetteer knows two
        # "Klyngen har sine røtter i X": a sentence whose subject is an anaphor carries the topic on
        self.anaphors = frozenset(cues.words["singular_anaphors"]) | frozenset(cues.words["pronoun_anaphors"]) \
            if cues is not None else frozenset()
        if cues is not None:
            for i, j in naming_links(doc, mentions, cues):
                union(i, j)
        olds: set[str] = set()
        if renamed:
            first_of: dict[str, int] = {}
            for i, f in enumerate(fold_name(t) for t in texts):
                first_of.setdefault(f, i)
            for old, new in renamed:
                a, b = first_of.get(fold_name(old)), first_of.get(fold_name(new))
                if a is not None and b is not None:
                    union(a, b)
                    olds.add(fold_name(old))
        headline = _headline_description(doc, mentions, texts)
        if headline is not None:
            union(*headline)
        for i, j in _section_descriptions(doc, mentions, texts):
            union(i, j)
        # "… held til i Media City Bergen": a name after a place verb is where the cluster is (a building)
        self.located = {m.start for m in mentions if cues is not None and _after_place_verb(doc, m, cues)}
        bracketed: set[int] = set()
        for i, m in enumerate(mentions[:-1]):
            nxt = mentions[i + 1]
            if m.end + 1 == nxt.start and doc[m.end].text == "(":
                union(i, i + 1)
                bracketed.add(nxt.start)
        groups: dict[int, ClusterGroup] = {}
        self.group_of: dict[int, ClusterGroup] = {}
        for i, m in enumerate(mentions):
            group = groups.setdefault(find(i), ClusterGroup())
            group.mentions.append(m)
            group.texts.append(texts[i])
            self.group_of[m.start] = group
            if m.start in former_mentions:
                group.former.add(folded[i])
            if m.start in bracketed or m.start in self.located:
                group.secondary.add(folded[i])
        for group in groups.values():
            # A form is "former" only if it is never used as the current name.
            used_current = {fold_name(t) for m, t in zip(group.mentions, group.texts) if m.start not in former_mentions}
            group.former -= used_current
            group.former |= {f for f in olds if any(fold_name(t) == f for t in group.texts)}  # renamed: former everywhere
            group.secondary -= {fold_name(t) for m, t in zip(group.mentions, group.texts)
                                if m.start not in bracketed and m.start not in self.located}
        self.groups = list(groups.values())

    def group(self, mention: Span) -> ClusterGroup:
        return self.group_of[mention.start]

    def within(self, start: int, end: int) -> list[Span]:
        """The mentions that start in tokens ``start`` to ``end`` (exclusive)."""
        return self.mentions[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def last_before(self, char: int) -> Span | None:
        """The nearest cluster mention that ends before character ``char``."""
        k = bisect_right(self.end_chars, char)
        return self.mentions[k - 1] if k else None

    def antecedent(self, char: int) -> ClusterGroup | None:
        """What "klyngen"/"den" at character ``char`` refers to: the first cluster named in
        the nearest sentence before it that names one (its subject, more often than a
        partner named after it: "X, i samarbeid med Y, … Prosjektet får …" is X's), a
        cluster named earlier in its own sentence, else the one in the title. A sentence
        whose subject is itself an anaphor ("Klyngen har sine røtter i Y") names no new
        referent: its own antecedent is the one."""
        last = self.last_before(char)
        if last is None:
            return self.title()
        if self._opens_section(char, last):  # "Finansiering\nKlyngen mottar …" on the cluster's own page
            return self.title() or self.main()
        sent = sent_of(last)
        if sent.start_char <= char < sent.end_char:
            return self.group(last)
        first = self.within(sent.start, sent.end)[0]
        if self._anaphoric_subject(sent, first) and sent.start_char < char:
            # "Klyngen har sine røtter i X. … klyngen": not X; but with nothing named before that
            # sentence ("Initiativet kommer fra X. Klyngen ble …"), X
            return self.antecedent(sent.start_char) or self.group(first)
        return self.group(first)

    def _opens_section(self, char: int, last: Span) -> bool:
        """Whether ``char`` lies in the first sentences under a heading that names no cluster
        ("Finansiering", "Historien vår"; past up to two sentences that name none), with the last
        cluster named above that heading: a new section speaks of the page's cluster again, not
        of the last one named."""
        sents = sents_of(self.doc)
        starts = memo(self.doc, ("sent_start_chars",), lambda: [s.start_char for s in sents])  # asked of every anaphor
        n = bisect_right(starts, char) - 1
        k = n - 1
        passed = 0  # "2021: Arena Pro\nTre år etter opptaket kom neste steg. … fekk klynga …": past sentences naming no one
        while k >= 0 and (is_blank(sents[k]) or (passed < SECTION_LEAD and not is_heading(sents[k])
                                                         and not self.within(sents[k].start, sents[k].end))):
            passed += not is_blank(sents[k])
            k -= 1
        if k < 0 or not is_heading(sents[k]) or self.within(sents[k].start, sents[k].end):
            return False
        return last.end_char <= sents[k].start_char and self.title() is not None

    def _anaphoric_subject(self, sent: Span, first: Span) -> bool:
        """Whether ``sent`` opens with an anaphor ("Klyngen", "Den") before its first cluster name."""
        words = [t for t in self.doc[sent.start:first.start] if not (t.is_space or t.is_punct)]
        # not an apposition ("Nettverket Havvind Sunnhordland er …"): there the anaphor names the cluster
        return bool(words) and words[0].lower_ in self.anaphors and words[0].i + 1 != first.start

    def main(self) -> ClusterGroup | None:
        """The group the document names most often: on a cluster's own page, the one its "vi"
        speaks for. Of groups named as often, the title's, else the first named."""
        if not self.groups:
            return None
        title = self.title()
        return max(self.groups, key=lambda g: (len(g.mentions), g is title, -g.mentions[0].start))

    def site_owner(self) -> ClusterGroup | None:
        """The cluster whose own page this is: its name alone is the page's first line (the
        site's name over its menu, "NCE Instrumentation\nHjem | Om oss | …")."""
        sents = sents_of(self.doc)
        first = next((s for s in sents[:3] if not is_blank(s)), None)
        if first is None or not self.mentions:
            return None
        words = [t for t in first if not (t.is_space or t.is_punct)]
        mention = self.mentions[0]
        if not words or not is_heading(first) or not all(mention.start <= t.i < mention.end for t in words):
            return None
        return self.group(mention)

    def organisation_page(self) -> bool:
        """Whether the page's first line is the name of an organisation that is no cluster
        ("Havlys AS\nProdukter | Om oss | …", "Innovasjon Norge"): its "vi" is that organisation."""
        return memo(self.doc, ("organisation_page",), self._organisation_page)

    def _organisation_page(self) -> bool:
        first = next((s for s in sents_of(self.doc)[:3] if not is_blank(s)), None)
        if first is None or not is_heading(first):
            return False
        words = [t.i for t in first if not (t.is_space or t.is_punct)]
        return bool(words) and any(span.start <= words[0] and words[-1] < span.end
                                   for span in self.doc.spans.get(BLOCKED_KEY, ()))

    def title(self) -> ClusterGroup | None:
        """The group named in the document's first lines (its title), if any."""
        first_sents = sents_of(self.doc)[:3]
        for sent in first_sents:
            for m in self.mentions:
                if sent.start <= m.start < sent.end:
                    return self.group(m)
        return None


def _headline_description(doc: Doc, mentions: list[Span], texts: list[str]) -> tuple[int, int] | None:
    """"Hydrogenklynga i Florø fekk Arena-status" over "Ocean Hyway Cluster er ein av fem nye
    klynger …": a title that names its cluster only by a description, and the first name
    of the lead (the next sentence that names a cluster, within two), are one cluster."""
    sents = sents_of(doc)
    if not mentions or len(sents) < 2:
        return None
    # the title is the first line, or a heading below the site's name and menu lines ("NRK Sogn og Fjordane")
    t = next((k for k, sent in enumerate(sents[:TITLE_LINES]) if sent.start <= mentions[0].start < sent.end), None)
    if t is None or (t > 0 and not is_heading(sents[t])):
        return None
    if not _DESCRIPTIVE.search(texts[0]) or any(sents[t].start <= m.start < sents[t].end for m in mentions[1:]):
        return None
    # the lead's first sentences, past a byline, a dateline and a first quotation: lines of their own do not count
    told, k = 0, t
    while k + 1 < len(sents) and told < LEAD_SENTENCES:
        k += 1
        told += not is_heading(sents[k]) and not is_blank(sents[k])
    lead_end = sents[k].end
    return (0, 1) if len(mentions) > 1 and mentions[1].start < lead_end else None


ITEM_CELLS = frozenset({"PLACE", "STATUS", "CLUSTER"})  # what a name line may hold after the name
PLACE_JOINERS = frozenset({"og", "i", "på"})  # "Norwegian Offshore Wind, Bergen og Stavanger"


def _section_descriptions(doc: Doc, mentions: list[Span], texts: list[str]) -> list[tuple[int, int]]:
    """"Sogn Fruktklynge" over "Fruktklynga i Sogn vart teken opp …": a sub-heading that is a
    cluster's name, and a description that opens the first sentence under it, are one cluster."""
    out = []
    sents = sents_of(doc)
    starts = [m.start for m in mentions]
    for n, sent in enumerate(sents[:-1]):
        k = bisect_left(starts, sent.start)
        if k >= len(mentions) or mentions[k].start >= sent.end or not is_heading(sent, max_tokens=16):
            continue
        if any(not (t.is_space or t.text in BULLETS) for t in doc[sent.start:mentions[k].start]) or \
                any(not (t.is_space or t.is_punct or t.ent_type_ in ITEM_CELLS or t.lower_ in PLACE_JOINERS)
                    for t in doc[mentions[k].end:sent.end]):
            continue  # the heading or bullet is the name and nothing more, or its place, acronym and level
            # ("Finance Innovation, Bergen", "• Arctic Cluster Team (ACT), Mo i Rana – Arena Pro")
        nxt = next((s for s in sents[n + 1:n + 3] if not is_blank(s)), None)
        j = bisect_left(starts, nxt.start) if nxt is not None else len(mentions)  # past the line's acronym
        if nxt is None or j >= len(mentions) or not (nxt.start <= mentions[j].start < nxt.end) \
                or is_heading(nxt, max_tokens=16):
            continue  # a description is a sentence; a line below is the next item ("• CWN Vannklyngen, Vestfold")
        if mentions[j].start == first_word(nxt) and _DESCRIPTIVE.search(texts[j]) and not _DESCRIPTIVE.search(texts[k]):
            out.append((k, j))
    return out


def _after_place_verb(doc: Doc, mention: Span, cues: EventCues) -> bool:
    lows = lowers_of(doc)
    before = " ".join(w for w in lows[max(0, mention.start - 4):mention.start] if w.strip())
    return any(before.endswith(v) for v in cues.phrases["place_verbs"])


def naming_links(doc: Doc, mentions: list[Span], cues: EventCues) -> list[tuple[int, int]]:
    """Pairs of mentions (by index) that the text says name one cluster: "Eyde-nettverket …
    med navnet Arena Eyde", "Reinlykke Nettverk blir NODE Finnmark" (a copula before a name
    with a level prefix)."""
    lows = lowers_of(doc)
    out = []
    for i, (a, b) in enumerate(zip(mentions, mentions[1:])):
        if b.start - a.end > 8 or sent_of(a).start != sent_of(b).start:
            continue
        between = " ".join(w for w in lows[a.end:b.start] if w.strip())
        if any(between.endswith(p) for p in cues.phrases["naming_phrases"]) or (
                between in cues.words["copulas"] and cues.prefix_level(b.text)):
            out.append((i, i + 1))
    return out
