"""Reading documents for batch runs: text files, folders, stdin and JSON Lines.

Every problem becomes an :class:`InputProblem` naming the file (and line),
yielded in order with the good records, so one broken file never stops a
batch.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, TextIO


@dataclass
class Record:
    id: str
    text: str
    published: str | None = None
    lang: str | None = None
    source: str = ""


@dataclass
class InputProblem:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def decode(data: bytes, source: str) -> str | InputProblem:
    """UTF-8 text (a BOM is dropped); binary data and other encodings are problems."""
    if b"\x00" in data[:4096]:
        return InputProblem(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return InputProblem(source, f"not UTF-8 text (invalid byte 0x{data[err.start]:02x} at offset {err.start}); "
                                    "convert it, e.g. iconv -f cp1252 -t utf-8")


def _read_file(path: Path) -> bytes | InputProblem:
    try:
        return path.read_bytes()
    except OSError as err:
        return InputProblem(str(path), err.strerror or str(err))


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
        yield Record(str(rid), obj["text"], obj.get("published"), obj.get("lang"), where)


def iter_records(inputs: list[str], stdin: TextIO | None = None) -> Iterator[Record | InputProblem]:
    """Records from each input: ``.txt`` files, folders of ``.txt``, ``-`` for stdin, ``.jsonl`` files."""
    for item in inputs:
        if item == "-":
            stream = stdin or sys.stdin
            yield Record("stdin", stream.read(), source="-")
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                yield InputProblem(item, "folder has no .txt files")
            for f in files:
                yield from _file_records(f)
        elif path.exists():
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
        yield Record(path.stem, text, source=str(path))


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
