"""A visual report: each document with its entities highlighted and its events beside it.

One self-contained HTML page (inline CSS and a few lines of inline script,
no external resources; a Content-Security-Policy forbids loading any), so a
reviewer can open it anywhere and check each event against its evidence:
every event row links to the sentence it was read from, which is scrolled to
and highlighted (CSS ``:target``; the script only adds hover and row
highlighting). Entity marks follow displaCy's ``ent`` style and colours.
Everything from the documents is HTML-escaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any, Callable, Iterable

# displaCy's colours where a label has a counterpart (ORG, GPE, MONEY, DATE), others in its palette.
LABEL_COLORS = {
    "CLUSTER": "#7aecec",
    "STATUS": "#aa9cfc",
    "PROGRAMME": "#c887fb",
    "MONEY": "#e4e7d2",
    "PLACE": "#feca74",
    "DATE": "#bfe1d9",
}
DEFAULT_COLOR = "#ddd"
LABEL_NAMES = {"CLUSTER": "klynge", "STATUS": "nivå", "PROGRAMME": "program", "MONEY": "beløp", "PLACE": "sted",
               "DATE": "dato"}


@dataclass
class DocView:
    """What the report shows of one document."""

    doc_id: str
    text: str
    entities: list[dict[str, Any]]
    events: list[dict[str, Any]]
    published: str | None = None
    source: str | None = None
    notes: list[str] = field(default_factory=list)


def view_of(doc: Any, events: list[dict[str, Any]], *, doc_id: str, source: str | None = None) -> DocView:
    """A :class:`DocView` of a processed ``Doc`` and its event dicts."""
    from .offsets import entities_to_caller
    from .tokenizer import input_text

    return DocView(doc_id, input_text(doc), entities_to_caller(doc), events, doc._.published, source)


# Text with marks ---------------------------------------------------------------

def _evidence_groups(events: list[dict[str, Any]], length: int) -> tuple[list[tuple[int, int]], list[int | None]]:
    """Disjoint evidence ranges (overlapping ones merged) and, per event, the index of its range."""
    ranges = sorted({(ev["start"], ev["end"]) for e in events if (ev := _evidence(e, length))})
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    groups = [(s, e) for s, e in merged]
    owner = []
    for e in events:
        ev = _evidence(e, length)
        owner.append(None if ev is None else next(i for i, (s, t) in enumerate(groups) if s <= ev["start"] < t))
    return groups, owner


def _evidence(event: dict[str, Any], length: int) -> dict[str, int] | None:
    ev = event.get("evidence")
    if not isinstance(ev, dict):
        return None
    start, end = ev.get("start"), ev.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= length:
        return None
    return {"start": start, "end": end}


def _marked(text: str, entities: list[dict[str, Any]], start: int, end: int) -> str:
    """``text[start:end]`` escaped, with each entity inside it (clipped to the range) marked."""
    out, pos = [], start
    for ent in entities:
        s, e = max(ent["start"], start), min(ent["end"], end)
        if s >= e or s < pos:
            continue
        out.append(escape(text[pos:s]))
        label = str(ent["label"])
        color = LABEL_COLORS.get(label, DEFAULT_COLOR)
        value = ent.get("value")
        title = label if value is None else f"{label}: {value}"
        out.append(f'<mark class="entity" data-label="{escape(label)}" title="{escape(title)}" '
                   f'style="background:{color}">{escape(text[s:e])}</mark>')
        pos = e
    out.append(escape(text[pos:end]))
    return "".join(out)


def _text_html(view: DocView, prefix: str, groups: list[tuple[int, int]]) -> str:
    text = view.text
    entities = sorted((e for e in view.entities if 0 <= e["start"] < e["end"] <= len(text)), key=lambda e: e["start"])
    out, pos = [], 0
    for gid, (s, e) in enumerate(groups):
        out.append(_marked(text, entities, pos, s))
        out.append(f'<span class="evidence" id="{prefix}-s{gid}">{_marked(text, entities, s, e)}</span>')
        pos = e
    out.append(_marked(text, entities, pos, len(text)))
    return "".join(out)


# Events table ----------------------------------------------------------------

def _kroner(n: Any) -> str:
    return f"{n:,}".replace(",", "\u202f") if isinstance(n, int) else escape(str(n))


def _subject(event: dict[str, Any]) -> str:
    kind = event.get("type")
    if kind == "status":
        return escape(str(event.get("cluster") or ""))
    if kind == "funding":
        return f'{escape(str(event.get("recipient") or ""))} <small>({escape(str(event.get("recipient_kind") or ""))})</small>'
    if kind == "rename":
        return f'{escape(str(event.get("new") or ""))} <small>tidligere</small> {escape(str(event.get("old") or ""))}'
    return ""


def _detail(event: dict[str, Any]) -> str:
    kind = event.get("type")
    if kind == "status":
        parts = [event.get("action"), event.get("place") and f"i {event['place']}",
                 event.get("previous_status") and f"fra {event['previous_status']}", event.get("hub") and f"hub: {event['hub']}"]
        return escape(", ".join(str(p) for p in parts if p))
    if kind == "funding":
        amount = _kroner(event.get("amount_nok"))
        if event.get("amount_max_nok"):
            amount += "–" + _kroner(event["amount_max_nok"])
        amount += " kr"
        if event.get("per_year"):
            amount += " per år"
        if event.get("years"):
            amount += f" i {escape(str(event['years']))} år"
        return amount
    return ""


def _events_html(view: DocView, prefix: str, owner: list[int | None]) -> str:
    if not view.events:
        return '<p class="none">Ingen hendelser funnet.</p>'
    rows = []
    for i, (event, gid) in enumerate(zip(view.events, owner)):
        target = f"{prefix}-s{gid}" if gid is not None else ""
        link = f'<a href="#{target}" title="Vis setningen">¶</a>' if target else ""
        year = event.get("year")
        rows.append(
            f'<tr id="{prefix}-e{i}" class="event type-{escape(str(event.get("type")))}" data-evidence="{target}">'
            f'<td>{link}</td><td>{escape(str(event.get("type") or ""))}</td><td>{_subject(event)}</td>'
            f'<td>{escape(str(event.get("status") or ""))}</td><td>{_detail(event)}</td>'
            f'<td>{"" if year is None else escape(str(year))}</td></tr>')
    return ('<table class="events"><thead><tr><th></th><th>type</th><th>klynge / mottaker</th><th>nivå</th>'
            '<th>detaljer</th><th>år</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")


# Page ------------------------------------------------------------------------

CSS = """
:root { --target: #ffe066; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #222; background: #f6f6f4; }
header.page { padding: 14px 24px; background: #fff; border-bottom: 1px solid #ddd; }
header.page h1 { margin: 0 0 4px; font-size: 20px; }
.legend mark.entity { margin-right: 6px; }
nav.toc { font-size: 13px; color: #555; }
nav.toc a { margin-right: 12px; }
section.doc { margin: 18px 24px; background: #fff; border: 1px solid #ddd; border-radius: 6px; }
section.doc > h2 { margin: 0; padding: 10px 16px; font-size: 16px; border-bottom: 1px solid #eee; }
section.doc > h2 small { font-weight: normal; color: #666; margin-left: 8px; }
.cols { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
.text { padding: 12px 16px; white-space: pre-wrap; line-height: 2.4; border-right: 1px solid #eee; }
aside { padding: 12px 16px; }
aside .sticky { position: sticky; top: 8px; }
mark.entity { padding: 0.3em 0.5em; margin: 0 0.15em; line-height: 1; border-radius: 0.35em; color: inherit;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.entity::after { content: attr(data-label); font-size: 0.65em; font-weight: bold; line-height: 1;
  border-radius: 0.35em; vertical-align: middle; margin-left: 0.4rem; text-transform: uppercase; }
.evidence { border-radius: 3px; scroll-margin-top: 30vh; }
.evidence:target, .evidence.active { background: var(--target); outline: 2px solid #f0b400; }
.evidence.hover { background: #fff4bf; }
table.events { width: 100%; border-collapse: collapse; font-size: 13px; }
table.events th { text-align: left; color: #555; border-bottom: 2px solid #ddd; padding: 4px 6px; }
table.events td { border-bottom: 1px solid #eee; padding: 4px 6px; vertical-align: top; }
table.events tr.event { cursor: pointer; }
table.events tr.event:hover, table.events tr.event.active { background: #fff4bf; }
table.events a { text-decoration: none; font-weight: bold; }
table.events small { color: #666; }
p.none { color: #777; font-style: italic; }
"""

SCRIPT = """
(function () {
  function sentence(row) { var id = row.getAttribute('data-evidence'); return id ? document.getElementById(id) : null; }
  document.querySelectorAll('tr.event').forEach(function (row) {
    row.addEventListener('click', function (ev) {
      var target = sentence(row);
      document.querySelectorAll('.active').forEach(function (el) { el.classList.remove('active'); });
      row.classList.add('active');
      if (!target) return;
      target.classList.add('active');
      ev.preventDefault();
      history.replaceState(null, '', '#' + target.id);
      target.scrollIntoView({behavior: 'smooth', block: 'center'});
    });
    row.addEventListener('mouseenter', function () { var t = sentence(row); if (t) t.classList.add('hover'); });
    row.addEventListener('mouseleave', function () { var t = sentence(row); if (t) t.classList.remove('hover'); });
  });
  document.body.setAttribute('data-ready', 'true');
})();
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def render_document(view: DocView, index: int) -> str:
    """One document's section: the marked text beside its events table."""
    prefix = f"d{index}"
    groups, owner = _evidence_groups(view.events, len(view.text))
    meta = " · ".join(escape(str(x)) for x in (view.published and f"publisert {view.published}", view.source) if x)
    notes = "".join(f'<p class="none">{escape(n)}</p>' for n in view.notes)
    return (f'<section class="doc" id="{prefix}"><h2>{escape(view.doc_id)}<small>{meta}</small></h2>'
            f'<div class="cols"><div class="text">{_text_html(view, prefix, groups)}</div>'
            f'<aside><div class="sticky">{notes}{_events_html(view, prefix, owner)}</div></aside></div></section>')


def render_page(views: list[DocView], *, title: str = "nicextract report") -> str:
    """The whole self-contained HTML page."""
    legend = "".join(f'<mark class="entity" data-label="{label}" style="background:{color}">{LABEL_NAMES[label]}</mark>'
                     for label, color in LABEL_COLORS.items())
    toc = "".join(f'<a href="#d{i}">{escape(v.doc_id)} ({len(v.events)})</a>' for i, v in enumerate(views))
    body = "".join(render_document(v, i) for i, v in enumerate(views))
    n_events = sum(len(v.events) for v in views)
    return ("<!DOCTYPE html>\n"
            f'<html lang="nb"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
            f'<header class="page"><h1>{escape(title)}</h1>'
            f'<p>{len(views)} dokument(er), {n_events} hendelse(r). <span class="legend">{legend}</span></p>'
            f'<nav class="toc">{toc}</nav></header>'
            f"<main>{body}</main><script>{SCRIPT}</script></body></html>\n")


def render_records(extractor: Any, items: Iterable[Any], *, metadata: dict[str, dict] | None = None,
                   default_published: str | None = None,
                   on_problem: Callable[[str], None] | None = None) -> tuple[list[DocView], int]:
    """Process input records (from :func:`nicextract.inputs.iter_records`) into views; count the problems."""
    from .inputs import InputProblem

    views, problems = [], 0
    for item in items:
        if isinstance(item, InputProblem):
            problems += 1
            if on_problem:
                on_problem(f"skipped {item}")
            continue
        meta = (metadata or {}).get(item.id, {})
        published = item.published or meta.get("published") or default_published
        try:
            doc = extractor.process(item.text, published=published, doc_id=item.id, lang=item.lang or meta.get("lang"))
        except (ValueError, TypeError) as err:
            problems += 1
            if on_problem:
                on_problem(f"skipped {item.source or item.id}: {err}")
            continue
        views.append(view_of(doc, extractor.events_of(doc), doc_id=item.id, source=item.source or None))
    return views, problems
