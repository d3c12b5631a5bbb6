"""Repairs of scraped and copied text, made before the rules read it.

Press releases reach nicextract through web pages, PDFs and copy-paste, and
four kinds of damage break rules that read clean text:

- a dash between two words without spaces ("NCE Kystlab–tidligere Arena
  Kystlab") glues two names into one token; it becomes " – ", except after a
  level word before a lower-case word ("NCE–klyngen"), where it is a hyphen;
- a wrong encoding turns a dash or a letter into "?" ("NCE Tourism ? Fjord
  Norway", "S?rlandet"); the dash comes back as a dash, the letter as the one
  of æ, ø, å that makes a word the data files know;
- a hard line break of the source column cuts a sentence in two ("har fått\\n
  forlenget status"); it becomes a space when the line goes on in lower case,
  when the line fills the width of its column ("… Norwegian Centres of
  Expertise: NCE\\nMicro- and Nanotechnology"), and after a list item when the
  next line hangs indented under its text;
- a word hyphenated at the end of a line ("ble ut-\\nnevnt", "NCE Systems
  Engi-\\nneering") is joined again; the hyphen stays after a capitalised word
  or a level word the data files do not know joined ("Oslo-\\nregionen",
  "NCE-\\nklyngen");
- a paragraph or caption printed twice gives its events twice; the repeat is
  dropped.

The words and characters these rules use are in ``patterns/normalisation.json``.
:class:`Normaliser` returns the repaired text and an
:class:`~nicextract.textprep.OffsetMap` back to its input, so offsets still
index the caller's text.
"""

from __future__ import annotations

import itertools
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from .resources import PatternFileError, read_json, read_jsonl, require, resolve
from .textprep import MapBuilder, OffsetMap

RULES_FILE = "normalisation.json"
LETTER = r"[^\W\d_]"  # a letter of any script
WORD_CHAR = r"[^\W_]"  # a letter or digit
MIN_LOST_FOR_EDGES = 2  # "?" inside words before a "?" at a word's end counts as a lost letter too
MAX_LOST_PER_WORD = 3  # "?" in one word beyond this: too many guesses to trust one
Edit = tuple[int, int, str]  # replace text[start:end] with the string


def _strings(rules: dict[str, Any], key: str) -> list[str]:
    values = require(rules, key, list, RULES_FILE)
    if not values or not all(isinstance(v, str) and v for v in values):
        raise PatternFileError(f"{RULES_FILE}: {key!r} must be a non-empty list of non-empty strings")
    return values


def _chars(rules: dict[str, Any], key: str) -> str:
    values = _strings(rules, key)
    if any(len(v) != 1 for v in values):
        raise PatternFileError(f"{RULES_FILE}: {key!r} must list single characters")
    return "".join(values)


def _stand_in(rules: dict[str, Any], key: str) -> str:
    value = require(rules, key, str, RULES_FILE)
    if not value.strip():
        raise PatternFileError(f"{RULES_FILE}: {key!r} must hold a visible character")
    return value


def _class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def _words_in(value: Any, letters: str) -> Iterator[str]:
    """Every lower-case word in a parsed data file (keys included) that holds one of ``letters`` (any word: "")."""
    if isinstance(value, str):
        for word in re.findall(LETTER + "+", value.lower()):
            if not letters or any(c in word for c in letters):
                yield word
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _words_in(key, letters)
            yield from _words_in(item, letters)
    elif isinstance(value, list):
        for item in value:
            yield from _words_in(item, letters)


class Normaliser:
    """The five repairs, compiled from the rules of ``normalisation.json`` and sets of known words.

    ``known`` holds lower-case words with one of the lost letters: a "?" inside
    a word is repaired only when exactly one letter makes such a word.
    ``vocabulary`` holds every lower-case word of the data files: a capitalised
    word hyphenated at a line end is joined when the joined word is one of them.
    """

    def __init__(self, rules: dict[str, Any], known: frozenset[str], vocabulary: frozenset[str] = frozenset()) -> None:
        if not isinstance(rules, dict):
            raise PatternFileError(f"{RULES_FILE}: expected a JSON object, got {type(rules).__name__}")
        self.rules = rules
        self.known = known
        self.vocabulary = vocabulary
        dashes = _chars(rules, "word_dashes")
        self.word_dash = _stand_in(rules, "word_dash_stand_in")
        self.level_dash = _stand_in(rules, "level_dash_stand_in")
        self.lost_dash = _stand_in(rules, "lost_dash_stand_in")
        self.lost_letters = _chars(rules, "lost_letters").lower()
        final = _chars(rules, "final_punctuation")
        bullets = _chars(rules, "bullets")
        marks = _chars(rules, "list_number_marks")
        self.column_min_chars = require(rules, "column_min_chars", int, RULES_FILE)
        self.column_min_lines = require(rules, "column_min_lines", int, RULES_FILE)
        self.column_fill = require(rules, "column_fill", float, RULES_FILE)
        self.min_duplicate = require(rules, "min_duplicate_chars", int, RULES_FILE)
        if self.min_duplicate < 1:
            raise PatternFileError(f"{RULES_FILE}: 'min_duplicate_chars' must be at least 1")
        levels = sorted(_strings(rules, "level_words"), key=len, reverse=True)
        level_alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in levels)
        self._level_reach = 2 * len(levels[0])  # how far back a level word may start (spaces may be doubled)
        self._triggers = re.compile(_class(dashes + "?\n"))
        # Each pattern starts with the character it repairs, so that re's search skips to it.
        self._dash = re.compile(f"{_class(dashes)}(?<={LETTER}.)(?={LETTER})")
        self._level_before = re.compile(f"(?<!{WORD_CHAR})(?:{level_alternation})\\Z", re.IGNORECASE)
        self._question = re.compile(f"\\?(?:(?<={WORD_CHAR} .)(?= {WORD_CHAR})|(?<={LETTER}.)(?={LETTER}))")
        self._question_final = re.compile(f"(?<={LETTER})\\?(?=[ \\t]+{LETTER})")  # "p? Stord", "ogs? i år"
        self._line_break = re.compile(f"\\n(?=[ \\t]*({LETTER}|\\d))")  # a digit: only a column's line goes on
        self._split_word = re.compile(f"-\\n[ \\t]*(?={LETTER})")  # the letter before: tested in code (a leading look-behind slows the search)
        self._next_line = re.compile(f"\\n[ \\t]*({LETTER})")
        self.final = frozenset(final)
        self._paragraph = re.compile(r"[^\S\n]*\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*")  # a run of non-blank lines
        self._list_line = re.compile(f"[ \\t]*(?:{_class(bullets)}|\\d{{1,3}}{_class(marks)})\\s")

    @classmethod
    def from_patterns(cls, patterns_dir: str | Path | None = None) -> "Normaliser":
        """The normaliser of a patterns folder: its rules file, and the words of all its data files
        (built again when one of them changes)."""
        folder = resolve(patterns_dir, RULES_FILE).parent
        files = sorted([*folder.glob("*.json"), *folder.glob("*.jsonl")])
        stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files)
        return _load(str(folder), stamp)

    def __call__(self, text: str) -> tuple[str, OffsetMap | None]:
        """``text`` repaired, and the map back to ``text`` (``None``: offsets unchanged)."""
        if self._triggers.search(text) is None:
            return text, None
        to_source: OffsetMap | None = None
        dropped = self._duplicates(text) if "\n" in text else []
        if dropped:
            text, to_source = _drop(text, dropped)
        edits = sorted(self._dash_edits(text) + self._question_edits(text) + self._line_edits(text)
                       + self._split_word_edits(text))
        if not edits:
            return text, to_source
        if to_source is None and all(end - start == len(new) for start, end, new in edits):
            return _replace(text, edits), None  # one for one: the offsets stay those of the input
        fixed, to_text = _apply(text, edits)
        return fixed, to_text if to_source is None else to_text.then(to_source, len(text))

    def _dash_edits(self, text: str) -> list[Edit]:
        """A dash between two letters: a separator, or a hyphen after a level word before lower case."""
        edits = []
        for m in self._dash.finditer(text):
            start = m.start()
            hyphen = text[m.end()].islower() and self._level_before.search(text, max(0, start - self._level_reach), start)
            edits.append((start, m.end(), self.level_dash if hyphen else self.word_dash))
        return edits

    def _question_edits(self, text: str) -> list[Edit]:
        """A "?" between spaced words is a dash; inside a word, the one lost letter that makes a known word."""
        edits: list[Edit] = []
        done = 0  # the end of the last word repaired (its other "?" are handled with it)
        inside = 0  # "?" between letters, repaired or not
        for m in self._question.finditer(text):
            at = m.start()
            if text[at - 1] == " ":
                edits.append((at, at + 1, self.lost_dash))
            else:
                inside += 1
                if at >= done:
                    start, done = _word_around(text, at)
                    edits.extend(self._letters(text, start, done))
        if inside >= MIN_LOST_FOR_EDGES:  # an encoding that lost letters inside words lost them at word ends too
            for m in self._question_final.finditer(text):
                start = m.start()
                while start > 0 and text[start - 1].isalpha():
                    start -= 1
                edits.extend(self._letters(text, start, m.end()))
        return edits

    def _letters(self, text: str, start: int, end: int) -> list[Edit]:
        """Edits for the "?" inside the word ``text[start:end]``, if exactly one choice of lost
        letters makes a known word."""
        word = text[start:end]
        holes = [i for i, c in enumerate(word) if c == "?"]
        if len(holes) > MAX_LOST_PER_WORD:
            return []
        lower = word.lower()
        found = []
        for letters in itertools.product(self.lost_letters, repeat=len(holes)):
            chars = list(lower)
            for i, letter in zip(holes, letters):
                chars[i] = letter
            if "".join(chars) in self.known:
                found.append(letters)
        if len(found) != 1:
            return []
        edits = []
        for i, letter in zip(holes, found[0]):
            after = word[i + 1].isupper() if i + 1 < len(word) else len(word) > 2 and word[:-1].isupper()
            upper = word[i - 1].isupper() and after  # "GR?NN", "OGS?"; "P?" stays "På"
            edits.append((start + i, start + i + 1, letter.upper() if upper else letter))
        return edits

    def _split_word_edits(self, text: str) -> list[Edit]:
        """A word hyphenated at a line end: joined, or for a capitalised or level word whose joined
        form the data files do not know, rejoined with its hyphen ("Oslo-regionen")."""
        edits: list[Edit] = []
        for m in self._split_word.finditer(text):
            hyphen = m.start()
            if not text[hyphen - 1:hyphen].isalpha():
                continue  # "- \n": a bullet or a dash, no split word
            start = hyphen
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            end = m.end()
            while end < len(text) and text[end].isalpha():
                end += 1
            before, after = text[start:hyphen], text[m.end():end]
            keep = self._level_before.search(text, max(0, hyphen - self._level_reach), hyphen) is not None or (
                before[:1].isupper() and (before + after).lower() not in self.vocabulary) or after[:1].isupper()
            edits.append((hyphen + 1, m.end(), "") if keep else (hyphen, m.end(), ""))
        return edits

    def _line_edits(self, text: str) -> list[Edit]:
        """A line break inside a sentence: the line before has no final punctuation and is no list
        item, and the next line goes on in lower case; or the line before is a list item and the
        next is indented to the item's text (a hanging indent); or the line is as wide as the
        column it is set in, whatever case the next line opens with."""
        edits = []
        widths: dict[int, tuple[int, int]] = {}  # paragraph start → (widest line, lines), filled on demand
        for m in self._line_break.finditer(text):
            newline = m.start()
            line_start = text.rfind("\n", 0, newline) + 1
            last = text[line_start:newline].rstrip(" \t")[-1:]
            if not last or last in self.final or (text[newline - 1] == "-" and text[newline - 2:newline - 1].isalpha()):
                continue  # a hyphenated word is joined by _split_word_edits
            item = self._list_line.match(text, line_start)
            if m.group(1).isdigit() and (item is not None or self._list_line.match(text, newline + 1)):
                continue  # a list's numbers stay on their lines
            if item is None and ((m.group(1).islower() and not _camel_case(text, m.start(1)))
                                 or self._full_line(text, line_start, newline, widths)):
                edits.append((newline, newline + 1, " "))
            elif item is not None and m.start(1) - (newline + 1) >= item.end() - line_start:
                edits.append((newline, m.start(1), " "))  # a hanging indent goes on with the item: "• NCE Smart Energy\n     Markets"
        return edits

    def _full_line(self, text: str, line_start: int, newline: int, widths: dict[int, tuple[int, int]]) -> bool:
        """A line of a column of set text (a PDF page, a mail wrapped at a width): it ends in a letter or
        comma, and it is at least ``column_min_chars`` long and ``column_fill`` of its paragraph's widest
        line, in a paragraph of ``column_min_lines`` lines or more that is wrapped elsewhere too (a line
        goes on in lower case, or a word is hyphenated at a line end), or in a text where that many
        paragraphs are; a spaced dash may end it ("NCE Tourism –\nFjord Norway"). A heading is narrower than its
        column; a list of teasers or names holds lines that each open in capitals."""
        line = text[line_start:newline].rstrip(" \t")
        spaced_dash = len(line) > 2 and line[-1] in "–—" and line[-2] == " "  # "NCE Tourism –\nFjord Norway"
        if len(line) < self.column_min_chars or not (line[-1].isalpha() or line[-1] == "," or spaced_dash) or "|" in line \
                or "   " in line.strip() or "\t" in line.strip():
            return False  # a table's row ("Tilskot frå klyngeprogrammet 2021      2,1 millionar kroner") is no set text
        start = text.rfind("\n\n", 0, line_start)
        start = 0 if start < 0 else start + 2
        if start not in widths:
            end = text.find("\n\n", line_start)
            paragraph = text[start:len(text) if end < 0 else end]
            lines = paragraph.split("\n")
            wrapped = any(self._wraps(paragraph, m) for m in self._next_line.finditer(paragraph)) \
                or self._wrapped_paragraphs(text, widths) >= self.column_min_lines
            widths[start] = (max(len(x.rstrip()) for x in lines), len(lines) if wrapped else 0)
        widest, count = widths[start]
        return count >= self.column_min_lines and len(line) >= self.column_fill * widest

    def _wrapped_paragraphs(self, text: str, widths: dict[int, tuple[int, int]]) -> int:
        """How many paragraphs of the text are wrapped (counted once per text): a page set in
        a column wraps every paragraph, also where its next line opens in capitals."""
        if -1 not in widths:
            widths[-1] = (0, sum(any(self._wraps(p, m) for m in self._next_line.finditer(p)) for p in text.split("\n\n")))
        return widths[-1][1]

    def _wraps(self, text: str, m: re.Match[str]) -> bool:
        """Whether the line break of ``m`` cuts a sentence: the next line goes on in lower case, or
        the line before ends in a word hyphenated at the line end."""
        before = text[:m.start()].rstrip(" \t")
        if not before or before[-1] in self.final:
            return False
        return m.group(1).islower() or (before[-1] == "-" and before[-2:-1].isalpha())

    def _duplicates(self, text: str) -> list[tuple[int, int]]:
        """Source ranges of paragraphs and lines that repeat an earlier one of ``min_duplicate_chars``
        or more (whitespace folded); a dropped paragraph takes the blank lines after it along,
        a dropped line its line break."""
        minimum = self.min_duplicate
        seen: set[str] = set()
        dropped: list[tuple[int, int]] = []
        for m in self._paragraph.finditer(text):
            paragraph = m.group()
            whole = _fold(paragraph)
            if len(whole) >= minimum and whole in seen:
                dropped.append((m.start(), _past_breaks(text, m.end())))
                continue
            if "\n" in paragraph:
                at = m.start()
                for raw in paragraph.split("\n"):
                    line = _fold(raw) if len(raw) >= minimum else ""
                    if len(line) >= minimum:
                        if line in seen:
                            dropped.append((at, min(at + len(raw) + 1, len(text))))
                        seen.add(line)
                    at += len(raw) + 1
            if len(whole) >= minimum:
                seen.add(whole)
        return dropped

    def to_bytes(self) -> bytes:
        """The rules and the known words, for a saved pipeline that must not need the folder it came from."""
        return json.dumps({"rules": self.rules, "known": sorted(self.known), "vocabulary": sorted(self.vocabulary)},
                          ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> "Normaliser":
        saved = json.loads(data.decode("utf-8"))
        return cls(saved["rules"], frozenset(saved["known"]), frozenset(saved.get("vocabulary", ())))


def _word_around(text: str, at: int) -> tuple[int, int]:
    """The word around the "?" at ``at``: letters, and each "?" that has letters on both sides."""
    start, end = at, at + 1
    while start > 0 and (text[start - 1].isalpha() or (text[start - 1] == "?" and text[start - 2:start - 1].isalpha())):
        start -= 1
    while end < len(text) and (text[end].isalpha() or (text[end] == "?" and text[end + 1:end + 2].isalpha())):
        end += 1
    return start, end


def _fold(text: str) -> str:
    """``text`` with each run of whitespace one space, and none at the ends; string methods
    first, since most lines have single spaces only (``split`` makes an object of every word)."""
    text = text.replace("\n", " ").replace("\t", " ").strip()
    return " ".join(text.split()) if "  " in text else text


def _camel_case(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens in lower case with a capital inside ("iKuben", "eSmart"):
    a name that opens its line, not a sentence going on."""
    end = at
    while end < len(text) and end - at < 30 and text[end].isalpha():
        end += 1
    return any(c.isupper() for c in text[at + 1:end])


def _past_breaks(text: str, at: int) -> int:
    """Past the line breaks and blank lines after ``at``: a dropped paragraph takes its separator along."""
    while at < len(text) and text[at] in "\n \t":
        at += 1
    return at


def _drop(text: str, ranges: list[tuple[int, int]]) -> tuple[str, OffsetMap]:
    """``text`` without the ``ranges`` (in order), and the map back."""
    out = MapBuilder()
    pos = 0
    for start, end in ranges:
        out.copy(text[pos:start], pos)
        pos = end
    out.copy(text[pos:], pos)
    return out.result()


def _replace(text: str, edits: list[Edit]) -> str:
    """``text`` with the edits (in order) made; for edits one for one, which need no map."""
    parts, pos = [], 0
    for start, end, new in edits:
        parts += [text[pos:start], new]
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _apply(text: str, edits: list[Edit]) -> tuple[str, OffsetMap]:
    """``text`` with the edits (in order) made, each a stand-in for what it replaces, and the map back."""
    out = MapBuilder()
    pos = 0
    for start, end, new in edits:
        out.copy(text[pos:start], pos)
        out.stand_in(new, start, end)
        pos = end
    out.copy(text[pos:], pos)
    return out.result()


@lru_cache(maxsize=8)
def _load(folder: str, stamp: tuple[tuple[str, int, int], ...]) -> Normaliser:
    """The rules of ``folder`` and its known words; ``stamp`` (names, times and sizes of its
    data files) makes a changed file a new cache key."""
    rules = read_json(folder, RULES_FILE)
    if not isinstance(rules, dict):
        raise PatternFileError(f"{RULES_FILE}: expected a JSON object, got {type(rules).__name__}")
    letters = _chars(rules, "lost_letters").lower()
    known = {w.lower() for w in _strings(rules, "known_words")}
    vocabulary: set[str] = set()
    for name, _, _ in stamp:
        data = read_jsonl(folder, name) if name.endswith(".jsonl") else read_json(folder, name)
        words = set(_words_in(data, ""))
        vocabulary.update(words)
        known.update(w for w in words if any(c in w for c in letters))
    return Normaliser(rules, frozenset(known), frozenset(vocabulary))
