"""Reading documents for batch runs: text and HTML files, folders, stdin and JSON Lines.

Every problem becomes an :class:`InputProblem` naming the file (and line),
yielded in order with the good records, so one broken file never stops a
batch. Files must be UTF-8: a latin-1/cp1252 file is reported, not guessed,
because a wrong guess would silently misspell every "æ", "ø" and "å".
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, TextIO

from .textprep import SURROGATE


@dataclass
class Record:
    id: str
    text: str
    published: str | None = None
    lang: str | None = None
    source: str = ""
    html: bool = False


@dataclass
class InputProblem:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def decode(data: bytes, source: str) -> str | InputProblem:
    """UTF-8 text (a BOM is dropped); binary data and other encodings are problems."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return InputProblem(source, "UTF-16 text, not UTF-8; convert it, e.g. iconv -f utf-16 -t utf-8")
    if b"\x00" in data[:4096]:
        return InputProblem(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return InputProblem(source, f"not UTF-8 text (invalid byte 0x{data[err.start]:02x} at offset {err.start}); "
                                    "convert it, e.g. iconv -f cp1252 -t utf-8")


HTML_SUFFIXES = frozenset({".html", ".htm"})
FOLDER_SUFFIXES = frozenset({".txt", *HTML_SUFFIXES})


def _read_file(path: Path) -> bytes | InputProblem:
    try:
        if path.exists() and not path.is_file():
            return InputProblem(str(path), "not a regular file (a device, pipe or socket)")
        return path.read_bytes()
    except OSError as err:
        return InputProblem(str(path), err.strerror or str(err))


def _unicode(text: str) -> str:
    """JSON can escape lone surrogates ("\\ud800"), which are no characters and cannot be
    written out as UTF-8: they become U+FFFD, one for one, so offsets stay the same."""
    return SURROGATE.sub("\ufffd", text) if SURROGATE.search(text) else text


def _jsonl_records(text: str, source: str) -> Iterator[Record | InputProblem]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputProblem(where, f"malformed JSON ({err.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield InputProblem(where, 'each line must be an object with a string "text"')
            continue
        rid = obj.get("id", f"{Path(source).stem}:{lineno}")
        yield Record(_unicode(str(rid)), _unicode(obj["text"]), obj.get("published"), obj.get("lang"), where,
                     obj.get("html") is True)


def iter_records(inputs: list[str], stdin: TextIO | None = None) -> Iterator[Record | InputProblem]:
    """Records from each input: text files, folders (every ``.txt``, ``.html``, ``.htm``), ``-`` for stdin, ``.jsonl`` files.

    ``.html``/``.htm`` files, and JSON Lines records with ``"html": true``, are marked as HTML.
    """
    for item in inputs:
        if item == "-":
            stream = stdin or sys.stdin
            raw = getattr(stream, "buffer", None)
            text = decode(raw.read(), "stdin") if raw is not None else stream.read()
            yield text if isinstance(text, InputProblem) else Record("stdin", text, source="-")
            continue
        path = Path(item)
        if path.is_dir():
            # Broken links and unreadable entries are kept, to be reported by name.
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in FOLDER_SUFFIXES
                           and not p.is_dir())
            if not files:
                yield InputProblem(item, "folder has no .txt or .html files")
            for f in files:
                yield from _file_records(f)
        elif path.exists() or path.is_symlink():
            yield from _file_records(path)
        else:
            yield InputProblem(item, "no such file or folder")


def _file_records(path: Path) -> Iterator[Record | InputProblem]:
    data = _read_file(path)
    if isinstance(data, InputProblem):
        yield data
        return
    text = decode(data, str(path))
    if isinstance(text, InputProblem):
        yield text
        return
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl_records(text, str(path))
    else:
        yield Record(path.stem, text, source=str(path), html=path.suffix.lower() in HTML_SUFFIXES)


def read_metadata(path: str | Path) -> dict[str, dict]:
    """Per-document metadata ``{"id", "published"?, "lang"?}`` from a JSON Lines file."""
    table: dict[str, dict] = {}
    data = _read_file(Path(path))
    if isinstance(data, InputProblem):
        raise ValueError(str(data))
    text = decode(data, str(path))
    if isinstance(text, InputProblem):
        raise ValueError(str(text))
    for item in _jsonl_records_raw(text, str(path)):
        table[str(item["id"])] = item
    return table


def _jsonl_records_raw(text: str, source: str) -> Iterator[dict]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise ValueError(f"{source}:{lineno}: malformed JSON ({err.msg})") from None
        if not isinstance(obj, dict) or "id" not in obj:
            raise ValueError(f'{source}:{lineno}: each line must be an object with an "id"')
        yield obj
