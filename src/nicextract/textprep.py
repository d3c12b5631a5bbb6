"""Cleaning text for the rules without losing track of where it came from.

Scraped press releases carry characters that are invisible on the page but
split words for the rules: soft hyphens ("Arena\\u00adklyngen"), zero-width
spaces and joiners ("NCE Eksem\\u200bpel"), byte-order marks, direction marks,
and the carriage return of Windows line ends. They are removed, and an
:class:`OffsetMap` records where every remaining character was, so offsets
found in the cleaned text are reported as offsets into the caller's text.
The same map type records how :mod:`nicextract.markup` turns HTML into text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Soft hyphen, zero-width space/non-joiner/joiner, direction marks and embeddings,
# word joiner and invisible operators, BOM; and CR when a LF follows (Windows line ends).
INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\r(?=\n)")

SURROGATE = re.compile("[\ud800-\udfff]")  # lone surrogates: in a str, but no characters
Piece = list[int]  # [derived start, source start, source end, verbatim (1) or stand-in (0)]


class OffsetMap:
    """Offsets in a derived text → offsets in the text it was derived from.

    The derived text is a run of pieces, each either copied verbatim from the
    source or standing in for a stretch of it (``"&amp;"`` → ``"&"``, a tag
    ``"<br>"`` → ``"\\n"``); source characters that were dropped fall between
    pieces. A start offset inside a stand-in maps to the start of what it
    stands for, an end offset to its end, so a mapped span covers them whole.
    """

    def __init__(self, pieces: list[Piece]) -> None:
        self.pieces = pieces
        self._starts = [p[0] for p in pieces]

    def start(self, i: int) -> int:
        """Where the character at derived offset ``i`` (a span start) came from."""
        if not self.pieces:
            return i
        k = max(bisect_right(self._starts, i) - 1, 0)
        d, s, e, verbatim = self.pieces[k]
        return s + max(i - d, 0) if verbatim else s

    def end(self, i: int) -> int:
        """The source offset just after derived character ``i - 1`` (a span end)."""
        if not self.pieces or i <= 0:
            return self.start(i)
        k = max(bisect_right(self._starts, i - 1) - 1, 0)
        d, s, e, verbatim = self.pieces[k]
        return s + (i - d) if verbatim else e

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A derived span ``[start, end)`` in source offsets (an empty span stays empty)."""
        if end <= start:
            return self.start(start), self.start(start)
        return self.start(start), self.end(end)

    def shifted(self, derived: int, source: int) -> list[Piece]:
        """The pieces with both sides moved, for joining maps of consecutive parts."""
        return [[d + derived, s + source, e + source, v] for d, s, e, v in self.pieces]

    def then(self, inner: "OffsetMap", inner_length: int) -> "OffsetMap":
        """This map followed by ``inner``, which maps this map's source (``inner_length``
        characters long) further back: one map for two steps of cleaning."""
        starts, ends = inner._starts, inner._extents(inner_length)
        pieces: list[Piece] = []
        for d, s, e, verbatim in self.pieces:
            if not verbatim:
                pieces.append([d, *inner.span(s, e), 0])
                continue
            k = max(bisect_right(starts, s) - 1, 0)
            while k < len(starts) and starts[k] < e:
                lo, hi = max(s, starts[k]), min(e, ends[k])
                if lo < hi:
                    d1, s1, e1, v1 = inner.pieces[k]
                    at = d + (lo - s)
                    if not v1:
                        pieces.append([at, s1, e1, 0])
                    elif pieces and pieces[-1][3] and pieces[-1][2] == s1 + (lo - d1) \
                            and pieces[-1][0] + pieces[-1][2] - pieces[-1][1] == at:
                        pieces[-1][2] += hi - lo  # continues the verbatim piece before it
                    else:
                        pieces.append([at, s1 + (lo - d1), s1 + (hi - d1), 1])
                k += 1
        return OffsetMap(pieces)

    def reread(self, derived: str, source: str) -> str:
        """``derived`` with every verbatim piece read from ``source``, a text of the same offsets as
        the map's source (such as one with other spaces): stand-ins stay as they are."""
        ends = self._extents(len(derived))
        return "".join(source[s:e] if v else derived[d:end] for (d, s, e, v), end in zip(self.pieces, ends))

    def _extents(self, length: int) -> list[int]:
        """Where each piece ends in the derived text (a stand-in runs to the next piece)."""
        nexts = self._starts[1:] + [length]
        return [d + (e - s) if v else nxt for (d, s, e, v), nxt in zip(self.pieces, nexts)]

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        """The map of a text to itself (``length`` characters copied verbatim)."""
        return cls([[0, 0, length, 1]] if length else [])


class MapBuilder:
    """Builds a derived text piece by piece together with its :class:`OffsetMap`."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pieces: list[Piece] = []
        self.length = 0

    def copy(self, text: str, source_start: int) -> None:
        """Append ``text``, which is ``source[source_start:source_start + len(text)]``."""
        if not text:
            return
        last = self.pieces[-1] if self.pieces else None
        if last and last[3] and last[2] == source_start and last[0] + (last[2] - last[1]) == self.length:
            last[2] += len(text)
        else:
            self.pieces.append([self.length, source_start, source_start + len(text), 1])
        self.parts.append(text)
        self.length += len(text)

    def stand_in(self, text: str, source_start: int, source_end: int) -> None:
        """Append ``text`` in place of ``source[source_start:source_end]``."""
        if not text:
            return
        self.pieces.append([self.length, source_start, source_end, 0])
        self.parts.append(text)
        self.length += len(text)

    def endswith(self, suffix: str) -> bool:
        tail = "".join(self.parts[-len(suffix):]) if self.parts else ""
        return tail.endswith(suffix)

    def result(self) -> tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap(self.pieces)


def strip_invisible(text: str) -> tuple[str, OffsetMap | None]:
    """``text`` without invisible format characters, and the map back (``None``: nothing removed)."""
    if INVISIBLE.search(text) is None:
        return text, None
    out = MapBuilder()
    pos = 0
    for m in INVISIBLE.finditer(text):
        out.copy(text[pos:m.start()], pos)
        pos = m.end()
    out.copy(text[pos:], pos)
    return out.result()
