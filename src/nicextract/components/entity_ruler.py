"""Gazetteer and rule matching for CLUSTER, STATUS, PROGRAMME and PLACE.

Lexicons (clusters, places) go through PhraseMatchers, which hash token
sequences instead of testing patterns one by one; the short rule files in
spaCy pattern syntax (levels, programme names, organisation blockers) go
through a Matcher. Organisation names are matched only to stop the place
and level words inside them ("Innovasjon Norge") from becoming entities.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..extensions import register_extensions
from ..lexicons.clusters import load_cluster_gazetteer
from ..lexicons.places import load_place_forms
from ..matcher import RuleMatcher
from ..resources import PatternFileError, read_jsonl, word_lists
from ..spans import add_entities
from ._data import PatternDataMixin

RULE_FILES = ("status_terms.jsonl", "programmes.jsonl", "organisations.jsonl")
BLOCKED_KEY = "nic_blocked"  # doc.spans key of the organisation names found (no ORG label in doc.ents)
# On equal length, earlier labels win.
PRIORITY = {"CLUSTER": 0, "ORG": 1, "PROGRAMME": 2, "STATUS": 3, "PLACE": 4}


class NicEntityRuler(PatternDataMixin):
    """Match the gazetteers and rule files, and add the spans to ``doc.ents``."""

    data_files = ("clusters.json", "places.json", *RULE_FILES)

    def __init__(self, nlp: Language, name: str = "nic_entity_ruler", *,
                 patterns_dir: str | None = None, locative_words: list[str] | None = None) -> None:
        register_extensions()
        self.nlp = nlp
        self.name = name
        self.patterns_dir = patterns_dir
        self.locative_words = frozenset(locative_words or ())
        self._rebuild()

    def _rebuild(self) -> None:
        vocab = self.nlp.vocab
        make = self.nlp.make_doc
        self.insensitive = PhraseMatcher(vocab, attr="LOWER")
        self.sensitive = PhraseMatcher(vocab, attr="ORTH")
        self.rules = RuleMatcher(vocab)
        # match key -> (label, kb_id, first letter must be upper, needs place context)
        self.keys: dict[int, tuple[str, str, bool, bool]] = {}

        def key(label: str, kb_id: str, upper: bool, context: bool) -> str:
            text = f"{label}|{kb_id}|{int(upper)}|{int(context)}"
            self.keys[vocab.strings.add(text)] = (label, kb_id, upper, context)
            return text

        gazetteer = load_cluster_gazetteer(self.patterns_dir)
        for entry in gazetteer.entries:
            ambiguous = set(entry.ambiguous_aliases)
            loose = [f for f in entry.forms if f not in ambiguous]
            strict = [f for f in entry.forms if f in ambiguous]
            for form in loose:
                self.insensitive.add(key("CLUSTER", entry.name, form[:1].isupper(), False), [make(form)])
            if strict:
                self.sensitive.add(key("CLUSTER", entry.name, False, False), [make(f) for f in strict])
        for form in load_place_forms(self.patterns_dir):
            if form.ambiguous:
                self.sensitive.add(key("PLACE", form.name, True, True), [make(form.text)])
            else:
                self.insensitive.add(key("PLACE", form.name, True, False), [make(form.text)])
        for filename in RULE_FILES:
            for i, rule in enumerate(read_jsonl(self.patterns_dir, filename)):
                where = getattr(rule, "where", "") or f"{filename}: rule {i + 1}"
                label, pattern = rule.get("label"), rule.get("pattern")
                if label not in PRIORITY:
                    raise PatternFileError(f"{where}: label {label!r} is not one of {sorted(PRIORITY)}")
                rule_key = key(label, str(rule.get("id", "")), False, False)
                if isinstance(pattern, str):
                    self.insensitive.add(rule_key, [make(pattern)])
                elif isinstance(pattern, list):
                    try:
                        self.rules.add(rule_key, [word_lists(pattern)])
                    except Exception as err:  # spaCy reports pattern errors as several types
                        raise PatternFileError(f"{where}: invalid token pattern: {err}") from None
                else:
                    raise PatternFileError(f"{where}: pattern must be a string or a list of token patterns")

    def _accept(self, doc: Doc, start: int, end: int, upper: bool, context: bool) -> bool:
        first = doc[start].text[:1]
        if upper and not first.isupper():
            return False
        if context:
            prev = doc[start - 1] if start > 0 else None
            if prev is None or prev.is_space:
                return False
            return prev.lower_ in self.locative_words or prev.text in {",", "og", "–", "-"}
        return True

    def candidates(self, doc: Doc) -> list[Span]:
        spans: list[tuple[int, Span]] = []
        for matcher in (self.insensitive, self.sensitive, self.rules):
            for match_id, start, end in matcher(doc):
                label, kb_id, upper, context = self.keys[match_id]
                if self._accept(doc, start, end, upper, context):
                    spans.append((PRIORITY[label], Span(doc, start, end, label=label, kb_id=kb_id)))
        spans.sort(key=lambda item: item[0])
        return filter_spans([s for _, s in spans])

    def __call__(self, doc: Doc) -> Doc:
        found = self.candidates(doc)
        add_entities(doc, [s for s in found if s.label_ != "ORG"])
        doc.spans[BLOCKED_KEY] = [s for s in found if s.label_ == "ORG"]  # the cluster finder must not name them
        return doc


@Language.factory(
    "nic_entity_ruler",
    default_config={
        "patterns_dir": None,
        "locative_words": ["i", "på", "fra", "frå", "til", "ved", "nær", "utenfor", "utanfor", "rundt", "mellom", "om", "in", "from"],
    },
)
def make_entity_ruler(nlp: Language, name: str, patterns_dir: str | None, locative_words: list[str]) -> NicEntityRuler:
    return NicEntityRuler(nlp, name, patterns_dir=patterns_dir, locative_words=locative_words)
