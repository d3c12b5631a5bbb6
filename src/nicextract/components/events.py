"""Placeholder replaced by the event layer."""
from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions


class EventExtractor:
    def __init__(self, name: str = "nic_events") -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc


@Language.factory("nic_events", default_config={"patterns_dir": None})
def make_events(nlp: Language, name: str, patterns_dir: str | None) -> EventExtractor:
    return EventExtractor(name)
