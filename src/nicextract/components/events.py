"""The event component: fills ``Doc._.events`` from the entities before it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..doccache import cached, lowers_of, sent_of, sents_of, tokens_in
from ..events.context import PlaceFinder
from ..events.funding import FundingReader
from ..events.mentions import ClusterIndex, descriptive
from ..events.rename import read_anaphoric_renames, read_renames
from ..events.status import StatusReader
from ..extensions import register_extensions
from ..layout import other_items
from ..lexicons.events import load_event_cues
from ..names import fold_name
from ._data import PatternDataMixin


class EventExtractor(PatternDataMixin):
    """Status, funding and rename events, each with its evidence sentence and argument spans."""

    data_files = ("event_triggers.jsonl", "event_cues.json", "level_phrases.jsonl", "numbers.json", "places.json")

    def __init__(self, nlp: Language, name: str = "nic_events", *, patterns_dir: str | None = None) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.patterns_dir = patterns_dir
        self._rebuild()

    def _rebuild(self) -> None:
        self.cues = load_event_cues(self.patterns_dir)
        places = PlaceFinder(self.cues, self.patterns_dir)
        self.status = StatusReader(self.nlp, self.cues, places, self.patterns_dir)
        self.funding = FundingReader(self.cues, self.patterns_dir)
        self.other_headings = self.cues.words["other_item_headings"] | frozenset(self.cues.phrases["other_item_headings"])
        self.teaser_openers = self.cues.words.get("teaser_openers", frozenset()) | frozenset(
            self.cues.phrases.get("teaser_openers", ()))
        self.sections = self.cues.words["section_headings"]

    def _hubs(self, doc: Doc, index: ClusterIndex) -> dict[int, str]:
        """Mentions cast as the hub of a hub-node: "NCE Aquatech … er hub-en", and in a
        sentence about nodes the name right after a word of attachment ("blir hub-node under
        NCE Culinology", "knytt til NCE Aquaculture", "node under X")."""
        hubs = {}
        words = self.cues.words["hub_words"]
        for tok in tokens_in(doc, words):
            if not tok.ent_type_:
                before = [m for m in index.mentions if sent_of(tok).start <= m.start and m.end <= tok.i]
                if before:
                    hubs[before[-1].start] = index.group(before[-1]).name
        lows = lowers_of(doc)
        for m in index.mentions:
            if m.start in hubs or not self.cues.ends_before("hub_markers", lows, m.start):
                continue
            sent = sent_of(m)
            if any(t.ent_type_ == "STATUS" and t.ent_kb_id_ == "HUB_NODE" or t.lower_.startswith(("node", "hub"))
                   for t in sent):
                hubs[m.start] = index.group(m).name
        return hubs

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc._.events = []
            return doc
        with cached(doc):
            renames, former, anaphoric = read_renames(doc, self.cues)
            index = ClusterIndex(doc, former, self.cues, renamed=[(r.old, r.new) for r in renames])
            told_of_anaphor = read_anaphoric_renames(doc, anaphoric, index, renames)
            if told_of_anaphor:  # "Klyngen skifter navn til Y": its old and new names are one cluster too
                renames += told_of_anaphor
                index = ClusterIndex(doc, former, self.cues, renamed=[(r.old, r.new) for r in renames])
            hubs = self._hubs(doc, index)
            zones = other_items(doc, sents_of(doc), self.other_headings, self.teaser_openers, self.sections)
            outside = lambda start: not any(a <= start < b for a, b in zones)  # noqa: E731 - teasers of other pages
            reports = [r for r in self.status.reports(doc, index, former, former | set(hubs)) if outside(r.clause.start_char)]
            statuses = self.status.emit(doc, reports, hubs, index.site_owner())
            # a description is no name: "Møbelklynga" → "NCE X" links the two for the frame, but is no rename
            events = [*statuses, *_named_as_decided(self.funding.read(doc, index, former, reports), statuses),
                      *(r for r in renames if not (descriptive(r.old) and not descriptive(r.new)))]
        events = [e for e in events if outside(e.evidence.start)]
        events.sort(key=lambda e: (e.evidence.start, e.type))
        doc._.events = events
        return doc


def _named_as_decided(funding: list, statuses: list) -> list:
    """Money to a cluster told by a description the status events fold into a name
    ("Instrumenteringsklyngen får 5,5 millioner …" beside "NCE Instrumentation … ble NCE"): the
    recipient is the decided cluster's name, one name per cluster in the document's events."""
    names = {fold_name(a): e.cluster for e in statuses for a in e.aliases
             if descriptive(a) and not descriptive(e.cluster) and fold_name(a) != fold_name(e.cluster)}
    for event in funding:
        if event.recipient_kind == "cluster" and fold_name(event.recipient) in names:
            event.recipient = names[fold_name(event.recipient)]
    return funding


@Language.factory("nic_events", default_config={"patterns_dir": None})
def make_events(nlp: Language, name: str, patterns_dir: str | None) -> EventExtractor:
    return EventExtractor(nlp, name, patterns_dir=patterns_dir)
