"""The library API: ``extract()`` for one text, ``Extractor`` for many."""

from __future__ import annotations

import multiprocessing
from collections import deque
from typing import Any, Iterable, Iterator, Mapping

from spacy.language import Language
from spacy.tokens import Doc

from .chunks import DEFAULT_CHUNK_CHARS, join_docs, split_text
from .lexicons.dates import dateline, parse_published
from .markup import convert
from .offsets import MARKUP, entities_to_caller, to_caller
from .pipeline import load


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}; decode bytes first (e.g. data.decode('utf-8'))")
    return text


def _record_args(rec: object) -> dict[str, Any]:
    """Keyword arguments of :meth:`Extractor.extract` for a record ``{"id", "text", "published"?, "lang"?, "html"?}``."""
    if not isinstance(rec, Mapping) or "text" not in rec:
        raise TypeError(f'each record must be a dict with a "text" string, not {type(rec).__name__}'
                        + (f" with keys {sorted(map(str, rec))}" if isinstance(rec, Mapping) else ""))
    return {"text": _check_text(rec["text"]), "published": rec.get("published"), "doc_id": rec.get("id"),
            "lang": rec.get("lang"), "html": bool(rec.get("html", False))}


class Extractor:
    """A loaded pipeline that turns press releases into event dicts.

    Load once, then call :meth:`extract` per text or :meth:`pipe` for many.
    ``chunk_chars``: texts longer than this are read in paragraph-aligned
    pieces of at most this many characters (:mod:`nicextract.chunks`).
    """

    def __init__(self, nlp: Language | None = None, *, chunk_chars: int = DEFAULT_CHUNK_CHARS, **load_kwargs: Any) -> None:
        if not isinstance(chunk_chars, int) or chunk_chars < 1:
            raise ValueError(f"chunk_chars must be a positive integer, not {chunk_chars!r}")
        self.nlp = nlp if nlp is not None else load(**load_kwargs)
        self.chunk_chars = chunk_chars
        # How a worker process started with "spawn" rebuilds this extractor (None: pickle it).
        self._load_kwargs = None if nlp is not None else {**load_kwargs, "chunk_chars": chunk_chars}

    def make_doc(self, text: str, *, published: object = None, doc_id: str | None = None, lang: str | None = None) -> Doc:
        text = _check_text(text)
        pub = parse_published(published)
        doc = self.nlp.make_doc(text)
        doc._.published = pub.iso if pub else None
        doc._.doc_id = doc_id
        return doc

    def process(self, text: str, *, published: object = None, doc_id: str | None = None, lang: str | None = None,
                html: bool = False) -> Doc:
        """Run the whole pipeline on ``text`` and return the annotated ``Doc``.

        ``html=True`` reads the page's text, not its markup (:mod:`nicextract.markup`).
        A text longer than ``chunk_chars`` is read in pieces joined into one ``Doc``.
        ``doc.text`` lacks invisible characters; :meth:`events_of` and
        :meth:`entities_of` give offsets into the text as passed (see :mod:`nicextract.offsets`).
        """
        text = _check_text(text)
        pub = parse_published(published)
        iso = pub.iso if pub else None
        plain, markup = convert(text) if html else (text, None)
        if iso is None:  # "Kristiansand, 18. juni 2014" atop the text: the date the text gives itself
            iso = dateline(plain, self._patterns_dir())
        parts = split_text(plain, max(1, min(self.chunk_chars, self.nlp.max_length)))
        docs = [self._run(self.make_doc(part, published=iso, doc_id=doc_id, lang=lang)) for _, part in parts]
        doc = docs[0] if len(docs) == 1 else join_docs(docs, parts, plain)
        doc._.published, doc._.doc_id = iso, doc_id
        if markup is not None:
            doc.user_data[MARKUP] = markup.pieces
        return doc

    def _patterns_dir(self) -> str | None:
        """The patterns folder the pipeline's date recogniser reads (None: the bundled one)."""
        return getattr(self.nlp.get_pipe("nic_dates"), "patterns_dir", None) if "nic_dates" in self.nlp.pipe_names else None

    def _run(self, doc: Doc) -> Doc:
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    def events_of(self, doc: Doc) -> list[dict[str, Any]]:
        """The events of a processed ``Doc`` as JSON-ready dicts (ANNOTATION.md fields + evidence)."""
        out = []
        for event in doc._.events or []:
            record = to_caller(event.to_dict(), doc)
            if doc._.doc_id is not None:
                record["doc_id"] = doc._.doc_id
            out.append(record)
        return out

    def entities_of(self, doc: Doc) -> list[dict[str, Any]]:
        """``doc.ents`` as ``{"start", "end", "label", "text"}`` with offsets into the text as passed."""
        return entities_to_caller(doc)

    def extract(self, text: str, *, published: object = None, lang: str | None = None, doc_id: str | None = None,
                html: bool = False) -> list[dict[str, Any]]:
        return self.events_of(self.process(text, published=published, doc_id=doc_id, lang=lang, html=html))

    def pipe(self, records: Iterable[dict[str, Any]], *, batch_size: int = 32, n_process: int = 1) -> Iterator[dict[str, Any]]:
        """Events for many records ``{"id", "text", "published"?, "lang"?, "html"?}``, one dict per event.

        ``n_process > 1`` runs batches of ``batch_size`` records in worker
        processes and yields their events in input order; ``-1`` uses every CPU.
        A record that is not valid raises here, after the events of the records
        before it, as with one process.
        """
        if n_process == -1:
            n_process = multiprocessing.cpu_count()
        if n_process > 1:
            yield from self._pipe_parallel(records, max(1, batch_size), n_process)
            return

        for rec in records:
            yield from self.extract(**_record_args(rec))

    def _pipe_parallel(self, records: Iterable[dict[str, Any]], batch_size: int, n_process: int) -> Iterator[dict[str, Any]]:
        # Workers return plain event dicts: a Doc's events do not survive spaCy's
        # Doc serialisation, and shipping dicts is cheaper than shipping Docs.
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
        forked = ctx.get_start_method() == "fork"
        payload: Any = self if forked or self._load_kwargs is None else self._load_kwargs
        failure: list[BaseException] = []

        def batches() -> Iterator[list[dict[str, Any]]]:
            batch: list[dict[str, Any]] = []
            for rec in records:
                try:
                    args = _record_args(rec)
                    parse_published(args["published"])
                except Exception as err:  # raised after the events of the records before it
                    failure.append(err)
                    break
                batch.append(args)
                if len(batch) >= batch_size:
                    yield batch
                    batch = []
            if batch:
                yield batch

        with ctx.Pool(n_process, initializer=_init_worker, initargs=(payload,)) as pool:
            pending: deque = deque()
            for batch in batches():
                pending.append(pool.apply_async(_extract_batch, (batch,)))
                while len(pending) >= 2 * n_process:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()
        if failure:
            raise failure[0]


_worker: Extractor | None = None


def _init_worker(payload: Any) -> None:
    global _worker
    _worker = payload if isinstance(payload, Extractor) else Extractor(**payload)


def _extract_batch(batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ex = _worker
    assert ex is not None
    return [event for args in batch for event in ex.extract(**args)]


_default: Extractor | None = None


def extract(text: str, *, published: object = None, lang: str | None = None, html: bool = False) -> list[dict[str, Any]]:
    """Events in one press release (``html=True``: an HTML page). Loads the pipeline on first use.

    >>> extract("Energi i Nord får status som Arena-klynge.", published="2021-11-01")[0]["status"]
    'ARENA'
    """
    global _default
    _check_text(text)
    if _default is None:
        _default = Extractor()
    return _default.extract(text, published=published, lang=lang, html=html)
