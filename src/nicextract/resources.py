"""Locate and read the rule and lexicon files in ``patterns/``.

The data ships inside the installed package (``nicextract/patterns``); in a
source checkout it is read from the repository's top-level ``patterns/``.
Every reader reports the file, the line or entry, and what is wrong.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

PACKAGE_DIR = Path(__file__).resolve().parent


class PatternFileError(ValueError):
    """A pattern or lexicon file that cannot be used, with its location."""


class JsonlObject(dict):
    """An object read from a JSON Lines file that remembers where: ``where`` is "path: line N"."""

    where: str = ""


def default_patterns_dir() -> Path:
    """The bundled ``patterns/`` folder (installed copy first, then checkout)."""
    for candidate in (PACKAGE_DIR / "patterns", PACKAGE_DIR.parents[1] / "patterns"):
        if (candidate / "status_terms.jsonl").is_file():
            return candidate
    raise PatternFileError(
        "nicextract cannot find its patterns/ folder; reinstall the package "
        "(pip install nicextract) or pass patterns_dir explicitly"
    )


def resolve(patterns_dir: str | Path | None, name: str) -> Path:
    base = Path(patterns_dir) if patterns_dir else default_patterns_dir()
    path = base / name
    if not path.is_file():
        raise PatternFileError(f"{path}: pattern file not found")
    return path


@lru_cache(maxsize=64)
def _read_json_cached(path: str, mtime: float) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except json.JSONDecodeError as err:
        raise PatternFileError(f"{path}: line {err.lineno}, column {err.colno}: {err.msg}") from None
    except UnicodeDecodeError as err:
        raise PatternFileError(f"{path}: not UTF-8 ({err.reason} at byte {err.start})") from None


def read_json(patterns_dir: str | Path | None, name: str) -> Any:
    """Parse a JSON data file; cached per path and modification time."""
    path = resolve(patterns_dir, name)
    return _read_json_cached(str(path), path.stat().st_mtime)


def read_jsonl(patterns_dir: str | Path | None, name: str) -> list[dict[str, Any]]:
    """Parse a JSON Lines file of objects; blank lines and ``//`` comments are skipped.

    Each object is a :class:`JsonlObject`, so a loader can name its line in errors.
    """
    path = resolve(patterns_dir, name)
    return list(_iter_jsonl(path))


def _iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as err:
        raise PatternFileError(f"{path}: not UTF-8 ({err.reason} at byte {err.start})") from None
    for lineno, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as err:
            raise PatternFileError(f"{path}: line {lineno}: {err.msg}") from None
        if not isinstance(obj, dict):
            raise PatternFileError(f"{path}: line {lineno}: expected a JSON object, got {type(obj).__name__}")
        record = JsonlObject(obj)
        record.where = f"{path}: line {lineno}"
        yield record


def require(obj: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    """Fetch ``obj[key]`` and check its type, naming ``where`` in the error."""
    if not isinstance(obj, dict):
        raise PatternFileError(f"{where}: expected a JSON object with {key!r}, got {type(obj).__name__}")
    if key not in obj:
        raise PatternFileError(f"{where}: missing key {key!r}")
    value = obj[key]
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise PatternFileError(f"{where}: {key!r} must be {names}, got {type(value).__name__}")
    return value


_WORD_ALTERNATION = re.compile(r"\^\(([^()\[\]\\.*+?{}^$]+)\)\$")


def word_lists(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``{"REGEX": "^(a|b|c)$"}`` as ``{"IN": ["a", "b", "c"]}``: the same match,
    but a set lookup per token where the Matcher would run a regex search."""
    out = []
    for token in pattern:
        token = dict(token)
        for attr, value in token.items():
            if isinstance(value, dict) and set(value) == {"REGEX"}:
                m = _WORD_ALTERNATION.fullmatch(value["REGEX"])
                if m:
                    token[attr] = {"IN": m.group(1).split("|")}
        out.append(token)
    return out
