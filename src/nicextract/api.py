"""The library API: ``extract()`` for one text, ``Extractor`` for many."""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .lexicons.dates import parse_published
from .pipeline import load


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}; decode bytes first (e.g. data.decode('utf-8'))")
    return text


class Extractor:
    """A loaded pipeline that turns press releases into event dicts.

    Load once, then call :meth:`extract` per text or :meth:`pipe` for many.
    """

    def __init__(self, nlp: Language | None = None, **load_kwargs: Any) -> None:
        self.nlp = nlp if nlp is not None else load(**load_kwargs)

    def make_doc(self, text: str, *, published: object = None, doc_id: str | None = None, lang: str | None = None) -> Doc:
        text = _check_text(text)
        pub = parse_published(published)
        doc = self.nlp.make_doc(text)
        doc._.published = pub.iso if pub else None
        doc._.doc_id = doc_id
        return doc

    def process(self, text: str, *, published: object = None, doc_id: str | None = None, lang: str | None = None) -> Doc:
        """Run the whole pipeline on ``text`` and return the annotated ``Doc``."""
        doc = self.make_doc(text, published=published, doc_id=doc_id, lang=lang)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    def events_of(self, doc: Doc) -> list[dict[str, Any]]:
        """The events of a processed ``Doc`` as JSON-ready dicts (ANNOTATION.md fields + evidence)."""
        out = []
        for event in doc._.events or []:
            record = event.to_dict()
            if doc._.doc_id is not None:
                record["doc_id"] = doc._.doc_id
            out.append(record)
        return out

    def extract(self, text: str, *, published: object = None, lang: str | None = None, doc_id: str | None = None) -> list[dict[str, Any]]:
        return self.events_of(self.process(text, published=published, doc_id=doc_id, lang=lang))

    def pipe(self, records: Iterable[dict[str, Any]], *, batch_size: int = 32, n_process: int = 1) -> Iterator[dict[str, Any]]:
        """Events for many records ``{"id", "text", "published"?, "lang"?}``, one dict per event."""
        def docs() -> Iterator[Doc]:
            for rec in records:
                yield self.make_doc(rec["text"], published=rec.get("published"), doc_id=rec.get("id"), lang=rec.get("lang"))
        for doc in self.nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
            yield from self.events_of(doc)


_default: Extractor | None = None


def extract(text: str, *, published: object = None, lang: str | None = None) -> list[dict[str, Any]]:
    """Events in one press release. Loads the pipeline on first use.

    >>> extract("Energi i Nord får status som Arena-klynge.", published="2021-11-01")[0]["status"]
    'ARENA'
    """
    global _default
    _check_text(text)
    if _default is None:
        _default = Extractor()
    return _default.extract(text, published=published, lang=lang)
