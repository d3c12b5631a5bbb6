"""Dates in Norwegian and English press-release text, and their ISO values.

Common shapes are regular expressions; ``dateparser`` is imported lazily and
only for strings none of them recognise, because one call costs milliseconds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..resources import PatternFileError, read_json, require
from .numbers import NumberWords, alternation, load_number_words

DateValue = str | int


@dataclass(frozen=True)
class Published:
    """A publication date known to day, month or year precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def shifted(self, unit: str, offset: int) -> DateValue:
        """Resolve a relative expression ("i dag", "i fjor") against this date."""
        if unit == "year" or self.day is None:
            return self.year + (offset if unit == "year" else 0)
        day = dt.date(self.year, self.month or 1, self.day) + dt.timedelta(days=offset)
        return day.isoformat()

    def weekday(self, weekday: int, weeks_back: int = 0) -> DateValue:
        """The latest ``weekday`` (0 = Monday) on or before this date, ``weeks_back`` weeks
        earlier still; the year alone when the day is not known."""
        if self.day is None:
            return self.year
        today = dt.date(self.year, self.month or 1, self.day)
        back = (today.weekday() - weekday) % 7 + 7 * weeks_back
        return (today - dt.timedelta(days=back)).isoformat()

    def nearest_year_of_day(self, month: int, day: int) -> int:
        """The year that puts a day and month written without one nearest the publication
        date after a word that looks ahead ("fra", "innen"), a day behind counting twice as far
        as one ahead: "fra 1. januar" in a text of November is next January, and so is "fra
        nyttår" in one of June; "fra januar" in a text of March is the January just past."""
        if self.month is None:
            return self.year
        try:
            today = dt.date(self.year, self.month, self.day or 15)

            def distance(y: int) -> int:
                days = (dt.date(y, month, min(day, 28) if month == 2 else day) - today).days
                return days if days >= 0 else -PAST_WEIGHT * days
            return min((self.year - 1, self.year, self.year + 1), key=distance)
        except ValueError:
            return self.year

    def year_of_day(self, month: int, day: int) -> int:
        """The year of a day and month written without one: this year, or the year
        before when that day lies after the publication date ("3. mars" in a text
        of February)."""
        if self.month is None or (month, day) <= (self.month, self.day or 31):
            return self.year
        return self.year - 1


PAST_WEIGHT = 2  # after a forward lead, a date behind the publication counts this many times its distance
SHAPES = "expected YYYY-MM-DD, YYYY-MM or YYYY (or a written date such as '11. juni 2009')"
_ISO_PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_published(value: object) -> Published | None:
    """Validate a ``published`` value: ISO ``YYYY-MM-DD``/``YYYY-MM``/``YYYY``, a date, or ``None``.

    Raises ``ValueError`` with the offending value when it is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return Published(value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise TypeError(f"published must be an ISO date string, a datetime.date or None, not {type(value).__name__}")
    text = value.strip()
    m = _ISO_PUBLISHED.match(text)
    if m:
        year, month, day = (int(g) if g else None for g in m.groups())
        try:
            if day is not None:
                dt.date(year, month, day)  # type: ignore[arg-type]
            elif month is not None and not 1 <= month <= 12:
                raise ValueError
        except ValueError:
            raise ValueError(f"published {value!r} is not a valid date; {SHAPES}") from None
        return Published(year, month, day)  # type: ignore[arg-type]
    # A written-out date ("11. juni 2009", "Thursday, 11 June 2009 14:02"); relative
    # phrases ("forrige uke") are no publication date, so a digit is required.
    try:
        loose = load_date_lexicon().value(text, None) if any(c.isdigit() for c in text) and len(text) < 100 else None
    except (ValueError, OverflowError, TypeError):  # dateparser's own complaints about odd strings
        loose = None
    if isinstance(loose, str) and len(loose) == 10:
        return parse_published(loose)
    raise ValueError(f"published {value!r} is not a date; {SHAPES}")


@dataclass(frozen=True)
class DateLexicon:
    """Compiled date shapes and the tables that value them."""

    months: dict[str, int]
    relative: dict[str, tuple[str, int]]
    weekdays: dict[str, int]
    weekday_last: frozenset[str]
    forward_leads: frozenset[str]  # words before a date that can lie ahead ("fra 1. juli")
    publication_leads: frozenset[str]  # words before a dateline's date ("Publisert", "Dato:")
    numbers: "NumberWords"
    ago: re.Pattern[str]  # "(for) N år siden" on its own, to value a span found in context
    year_min: int
    year_max: int
    regex: re.Pattern[str]

    def value(self, text: str, published: Published | None, ahead: bool = False) -> DateValue | None:
        """ISO date, ``YYYY-MM`` or year for a date expression; ``None`` if unknown.
        ``ahead``: the date may lie after the publication date (it follows one of
        ``forward_leads``), so a day without a year takes the nearest year, not a past one."""
        norm = re.sub(r"\s+", " ", text.strip()).lower()
        if norm in self.relative:
            unit, offset = self.relative[norm]
            return published.shifted(unit, offset) if published else None
        m = self.regex.fullmatch(text.strip()) or self.ago.fullmatch(norm)
        if m:
            return self._from_match(m, published, ahead)
        m = self.regex.search(text)
        if m and m.group("n_day") or (m and m.group("dm_year")):
            return self._from_match(m, published, ahead)
        return _dateparser_value(text)

    def _from_match(self, m: re.Match[str], published: Published | None, ahead: bool = False) -> DateValue | None:
        g = m.groupdict()
        try:
            if g.get("n_day"):
                return dt.date(int(g["n_year"]), int(g["n_month"]), int(g["n_day"])).isoformat()
            if g.get("iso_year"):
                return dt.date(int(g["iso_year"]), int(g["iso_month"]), int(g["iso_day"])).isoformat()
            if g.get("dm_day"):
                month = self.months[g["dm_month"].lower().rstrip(".")]
                if g.get("dm_year"):
                    year = int(g["dm_year"])
                elif published is not None and ahead:
                    year = published.nearest_year_of_day(month, int(g["dm_day"]))
                elif published is not None:
                    year = published.year_of_day(month, int(g["dm_day"]))
                else:
                    return None
                return dt.date(year, month, int(g["dm_day"])).isoformat()
            if g.get("m_month"):
                month = self.months[g["m_month"].lower().rstrip(".")]
                if g.get("md_day"):
                    return dt.date(int(g["md_year"]), month, int(g["md_day"])).isoformat()
                return f"{int(g['my_year']):04d}-{month:02d}"
            if g.get("mo_month"):
                month = self.months[g["mo_month"].lower().rstrip(".")]
                if published is None or published.month is None:
                    return None  # a month alone says nothing of the year without the publication's month
                if ahead or g["mo_lead"].lower() in self.forward_leads:  # "fra januar" in a text of November: next January
                    year = published.nearest_year_of_day(month, 15)
                else:  # "i desember" in a text of January: last December
                    year = published.year_of_day(month, 1)
                return f"{year:04d}-{month:02d}"
            if g.get("year"):
                return int(g["year"])
        except (ValueError, KeyError):
            return None
        if g.get("weekday"):
            if published is None:
                return None
            last = (g.get("wd_last") or "").lower() in self.weekday_last
            return published.weekday(self.weekdays[g["weekday"].lower()], 1 if last else 0)
        if g.get("ago_n"):
            years = self.numbers.parse(g["ago_n"])
            return published.year - int(years) if published is not None and years else None
        rel = g.get("relative")
        if rel:
            unit, offset = self.relative[re.sub(r"\s+", " ", rel).lower()]
            return published.shifted(unit, offset) if published else None
        return None


def _dateparser_value(text: str) -> DateValue | None:
    """Last resort for shapes the regexes do not know (lazy import: it is slow)."""
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    parsed = dateparser.parse(text, languages=["nb", "en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def _alt(words: list[str]) -> str:
    return alternation(words)


@lru_cache(maxsize=8)
def load_date_lexicon(patterns_dir: str | Path | None = None) -> DateLexicon:
    data = read_json(patterns_dir, "dates.json")
    where = "dates.json"
    months = {k.lower(): int(v) for k, v in require(data, "months", dict, where).items()}
    relative = {}
    for phrase, spec in require(data, "relative", dict, where).items():
        unit = require(spec, "unit", str, f"{where}: relative {phrase!r}")
        if unit not in ("day", "year"):
            raise PatternFileError(f"{where}: relative {phrase!r}: unit must be 'day' or 'year'")
        relative[phrase.lower()] = (unit, int(require(spec, "offset", int, f"{where}: relative {phrase!r}")))
    year_min, year_max = require(data, "year_range", list, where)
    weekdays = {k.lower(): int(v) for k, v in require(data, "weekdays", dict, where).items()}
    weekday_last = [w.lower() for w in require(data, "weekday_last", list, where)]
    parts = [w.lower() for w in require(data, "weekday_parts", list, where)]
    forward = frozenset(w.lower() for w in require(data, "forward_leads", list, where))
    numbers = load_number_words(patterns_dir)
    ago = require(data, "ago", str, where).replace("{words}", numbers.alternation)
    lead = require(data, "ago_lead", str, where)
    month = rf"(?:{_alt(list(months))})\.?"
    yr = r"(?:19|20)\d{2}"
    rel = _alt(list(relative)).replace(r"\ ", r"\s+")
    num = r"(?<![\d.,:/])"  # a numeric date may follow a glued word ("prosjekt14.3.2024")
    word = r"(?<![\w.,:/])"
    # The word-led alternatives start with a digit or a word from the data: one lookahead
    # on those first characters turns most positions away before the engine tries the
    # alternatives one by one ("for N år siden", whose lead is a regex, stands outside).
    month_leads = [w.lower() for w in require(data, "month_leads", list, where)]
    firsts = {w[0].lower() for w in [*months, *relative, *weekdays, *weekday_last, *month_leads, *forward] if w}
    first = "(?=[\\d" + "".join(sorted(re.escape(c) for c in firsts)) + "])"
    pattern = (
        r"(?:"
        rf"{num}(?P<n_day>\d{{1,2}})[./](?P<n_month>\d{{1,2}})[./](?P<n_year>{yr})"
        rf"|{num}(?P<iso_year>{yr})-(?P<iso_month>\d{{2}})-(?P<iso_day>\d{{2}})"
        rf"|{word}(?:{first}(?:"
        rf"(?P<dm_day>\d{{1,2}})\.?\s+(?P<dm_month>{month})(?:\s+(?P<dm_year>{yr}))?"
        rf"|(?P<m_month>{month})\s+(?:(?P<md_day>\d{{1,2}}),?\s+(?P<md_year>{yr})|(?P<my_year>{yr}))"
        rf"|(?P<mo_lead>{_alt(month_leads + sorted(forward))})\s+(?P<mo_month>{month})(?!\s+(?:{yr}|\d))"  # "i desember", "fra juni"
        rf"|(?P<year>{yr})"
        rf"|(?P<relative>{rel})"
        rf"|(?:(?P<wd_last>{_alt(weekday_last)})\s+)?(?P<weekday>{_alt(list(weekdays))})"
        rf"(?:\s+(?:{_alt(parts)}))?(?!\s+\d)"  # "torsdag 11. juni": the weekday is outside the date
        rf")|(?:{lead}){ago})"
        r")(?![\w]|[.,:/]\d)"
    )
    regex = re.compile(pattern, re.IGNORECASE)
    alone = re.compile(f"(?:{lead})?{ago}", re.IGNORECASE)  # a span found in context, valued on its own
    leads = frozenset(w.lower() for w in require(data, "publication_leads", list, where))
    return DateLexicon(months, relative, weekdays, frozenset(weekday_last), forward, leads, numbers, alone, int(year_min),
                       int(year_max), regex)


HEAD_CHARS = 600  # how far into a text its dateline may stand
HEAD_LINES = 8


def dateline(text: str, patterns_dir: str | Path | None = None) -> str | None:
    """The publication date a text gives at its head, for a text passed without one: a
    line that is a full date alone, after a lead ("Publisert 24. juni 2020", "Pressemelding
    | Dato: 12.06.2014") or after a place ("Kristiansand, 18. juni 2014"). A date inside a
    sentence ("Søknadsfristen er 1. mars 2020") is no dateline."""
    lex = load_date_lexicon(patterns_dir)
    leads = lex.publication_leads
    lines = [line.strip() for line in text[:HEAD_CHARS].splitlines() if line.strip()][:HEAD_LINES]
    for line in lines:
        for m in lex.regex.finditer(line):
            g = m.groupdict()
            if not (g.get("n_day") or g.get("iso_year") or (g.get("dm_day") and g.get("dm_year"))):
                continue
            if not _TIME_AFTER.fullmatch(line[m.end():]):
                continue  # more text after the date: a sentence, not a dateline
            before = line[:m.start()].strip()
            last = re.split(r"[\s|]+", before.rstrip(":").strip())[-1].lower() if before else ""
            own_cell = before[-1:] in _CELL_MARKS  # "Nordlandsposten · Næringsliv · 14. mars 2023": a masthead's cell
            if before and last not in leads and not own_cell and not _PLACE_BEFORE.fullmatch(before):
                continue
            value = lex._from_match(m, None)
            if isinstance(value, str) and len(value) == 10:
                return value
    return None


_TIME_AFTER = re.compile(r"\s*(?:,?\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?\s*")  # "18.06.2014 kl. 10:15"
_CELL_MARKS = frozenset("|·•")  # a masthead's separators: the date is a cell of its own
_PLACE_BEFORE = re.compile(r"[A-ZÆØÅ][\w-]*(?:[ /][A-ZÆØÅ][\w-]*)?\s*,")  # "Kristiansand,", "Bodø/Tromsø,"
