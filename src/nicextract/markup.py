"""Plain text from HTML pages, with a map back into the markup.

Tags must not reach the rules (a ``<b>`` is no cluster name, a ``<p>`` break
is a sentence break), so tags, comments, scripts and styles are dropped,
entities decoded (``&amp;`` → ``&``, ``&shy;`` → a soft hyphen the tokenizer
then ignores), whitespace collapsed as a browser would, and block elements
become line breaks (a blank line between paragraphs, ``•`` before list
items) so the sentencizer and the list rules see the page's layout. The
scanner is a tolerant regex, never an error: a stray ``<`` is text.
"""

from __future__ import annotations

import html as _html
import re

from .textprep import MapBuilder, OffsetMap

_TOKEN = re.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"
    r"|(?P<raw><(?P<rawname>script|style|noscript|template|svg|math)\b[^>]*>.*?(?:</(?P=rawname)\s*>|\Z))"
    r"|(?P<decl><![^>]*>?|<\?[^>]*>?)"
    r"|(?P<tag></?(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)"
    r"|(?P<space>\s+)",
    re.DOTALL | re.IGNORECASE,
)
PARAGRAPH = frozenset("p div section article header footer main aside nav h1 h2 h3 h4 h5 h6 title ul ol dl table "
                      "blockquote figure figcaption pre address hr form fieldset details summary body html".split())
LINE = frozenset("br tr dt dd caption option".split())
ITEM = frozenset(["li"])
CELL = frozenset(["td", "th"])


def html_to_text(markup: str) -> str:
    """The text an analyst reads on the page; event offsets from ``html=True`` index this string."""
    return convert(markup)[0]


def convert(markup: str) -> tuple[str, OffsetMap]:
    """Plain text of ``markup`` and the map from its offsets back into ``markup``."""
    out = _Writer()
    pos = 0
    for m in _TOKEN.finditer(markup):
        if m.start() > pos:
            out.text(markup[pos:m.start()], pos)
        pos = m.end()
        if m.group("tag"):
            out.tag(m.group("name").lower(), m.group("tag").startswith("</"), m.start(), m.end())
        elif m.group("entity"):
            decoded = _html.unescape(m.group("entity"))
            if decoded == m.group("entity"):
                out.text(decoded, m.start())
            else:
                out.visible(decoded, m.start(), m.end())
        elif m.group("space"):
            out.space(m.group("space"), m.start(), m.end())
        # comments, scripts, styles and declarations have nothing to read
    if pos < len(markup):
        out.text(markup[pos:], pos)
    return out.build.result()


class _Writer:
    """Browser-like whitespace: one space between words, none around line breaks."""

    def __init__(self) -> None:
        self.build = MapBuilder()
        self.pending: tuple[int, int, bool] | None = None  # a run of source whitespace: start, end, is one " "
        self.pre = 0

    def _flush_space(self) -> None:
        if self.pending and self.build.length and not self.build.endswith("\n"):
            start, end, plain = self.pending
            if plain:
                self.build.copy(" ", start)
            else:
                self.build.stand_in(" ", start, end)
        self.pending = None

    def text(self, text: str, start: int) -> None:
        self._flush_space()
        self.build.copy(text, start)

    def visible(self, text: str, start: int, end: int) -> None:
        self._flush_space()
        self.build.stand_in(text, start, end)

    def space(self, text: str, start: int, end: int) -> None:
        if self.pre:
            self._flush_space()
            self.build.copy(text, start)
        elif self.pending is None:
            self.pending = (start, end, text == " ")
        else:  # whitespace on both sides of a dropped tag or comment
            self.pending = (self.pending[0], end, False)

    def _break(self, newlines: int, start: int, end: int) -> None:
        self.pending = None
        if not self.build.length:
            return
        have = 2 if self.build.endswith("\n\n") else 1 if self.build.endswith("\n") else 0
        if newlines > have:
            self.build.stand_in("\n" * (newlines - have), start, end)

    def tag(self, name: str, closing: bool, start: int, end: int) -> None:
        if name == "pre":
            self.pre = max(self.pre + (-1 if closing else 1), 0)
        if name in PARAGRAPH:
            self._break(2, start, end)
        elif name in LINE:
            self._break(1, start, end)
        elif name in ITEM and not closing:
            self._break(1, start, end)
            self.build.stand_in("• ", start, end)
        elif name in CELL and not closing and self.pending is None:
            self.pending = (start, end, False)  # cells of a row read as words apart
