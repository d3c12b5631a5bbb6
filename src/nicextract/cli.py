"""The ``nicextract`` command: extract, score, validate-gold, timeline, render."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Sequence

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="nicextract", description="Events about the Norwegian Innovation Clusters programme from press releases.")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    sub = p.add_subparsers(dest="command")

    ex = sub.add_parser("extract", help="extract events from press releases")
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt or .html file, folder of them, .jsonl records, or - for stdin")
    ex.add_argument("--published", help="publication date (YYYY-MM-DD, YYYY-MM or YYYY) for inputs that do not carry one")
    ex.add_argument("--metadata", help='JSON Lines of {"id", "published", "lang"} for the inputs, keyed by document id (file stem)')
    ex.add_argument("--format", choices=("jsonl", "csv", "table"), default="jsonl")
    ex.add_argument("--output", "-o", help="write events to this file instead of standard output")
    ex.add_argument("--base", help="a statistical spaCy pipeline to build on, e.g. nb_core_news_sm")
    ex.add_argument("--patterns", help="a folder with your own patterns/ files")
    ex.add_argument("--html", action="store_true", help="read every input as HTML (.html/.htm files always are): tags, scripts and styles dropped")
    ex.add_argument("--db", help="also store documents, entities and events in this SQLite timeline database")

    sc = sub.add_parser("score", help="score the extractor against gold files")
    sc.add_argument("path", help="a gold folder or file")
    sc.add_argument("-v", "--verbose", action="store_true", help="list every miss and every extra")
    sc.add_argument("--base", help="a statistical spaCy pipeline to build on")
    sc.add_argument("--patterns", help="a folder with your own patterns/ files")

    vg = sub.add_parser("validate-gold", help="check gold files against ANNOTATION.md")
    vg.add_argument("path", help="a gold folder or file")

    tl = sub.add_parser("timeline", help="each cluster's status history from a timeline database")
    tl.add_argument("--db", default="events.sqlite", help="the database 'extract --db' wrote (default: events.sqlite)")
    tl.add_argument("--cluster", help="only this cluster (any of its names)")
    tl.add_argument("--format", choices=("table", "csv", "json"), default="table")
    tl.add_argument("--patterns", help="a folder with your own patterns/ files (for the cluster gazetteer)")

    rd = sub.add_parser("render", help="an HTML report: documents with entities highlighted and their events")
    rd.add_argument("inputs", nargs="+", metavar="INPUT", help="as for extract")
    rd.add_argument("--output", "-o", required=True, help="the HTML file to write")
    rd.add_argument("--published", help="publication date for inputs that do not carry one")
    rd.add_argument("--metadata", help="JSON Lines of {\"id\", \"published\", \"lang\"} for the inputs")
    rd.add_argument("--title", default="nicextract report", help="the page title")
    rd.add_argument("--base", help="a statistical spaCy pipeline to build on")
    rd.add_argument("--patterns", help="a folder with your own patterns/ files")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("nicextract: interrupted", file=sys.stderr)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.version:
        from . import __version__

        print(f"nicextract {__version__}")
        return EXIT_OK
    if args.command == "extract":
        return _extract(args)
    if args.command == "score":
        return _score(args)
    if args.command == "validate-gold":
        return _validate(args)
    if args.command == "timeline":
        return _timeline(args)
    if args.command == "render":
        return _render(args)
    _parser().print_help()
    return EXIT_USAGE


def _extractor(args: argparse.Namespace) -> Any:
    from .api import Extractor
    from .pipeline import BaseModelNotFound
    from .resources import PatternFileError

    try:
        return Extractor(base=args.base, patterns_dir=args.patterns)
    except (BaseModelNotFound, PatternFileError) as err:
        print(f"nicextract: {err}", file=sys.stderr)
        return None


def _validate(args: argparse.Namespace) -> int:
    from .evaluation.gold import gold_files, validate_gold

    errors = validate_gold(args.path)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"ok: {len(gold_files(args.path))} gold file(s) valid")
    return EXIT_OK


def _score(args: argparse.Namespace) -> int:
    from .evaluation.gold import GoldError, validate_gold
    from .evaluation.runner import score_path
    from .evaluation.scoring import format_report

    errors = validate_gold(args.path)
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        return EXIT_PROBLEMS
    extractor = _extractor(args)
    if extractor is None:
        return EXIT_USAGE
    try:
        report = score_path(args.path, extractor)
    except GoldError as err:
        print(f"nicextract: {err}", file=sys.stderr)
        return EXIT_PROBLEMS
    sys.stdout.write(format_report(report, verbose=args.verbose))
    return EXIT_OK


def _extract(args: argparse.Namespace) -> int:
    from .inputs import InputProblem, iter_records, read_metadata
    from .lexicons.dates import parse_published
    from .output import csv_header, csv_lines, jsonl_lines, table
    from .progress import Progress

    try:
        default_published = parse_published(args.published)
    except (ValueError, TypeError) as err:
        print(f"nicextract: --published: {err}", file=sys.stderr)
        return EXIT_USAGE
    try:
        metadata = read_metadata(args.metadata) if args.metadata else {}
    except ValueError as err:
        print(f"nicextract: --metadata: {err}", file=sys.stderr)
        return EXIT_USAGE
    extractor = _extractor(args)
    if extractor is None:
        return EXIT_USAGE
    store = _open_store(args.db) if args.db else None
    if args.db and store is None:
        return EXIT_USAGE
    try:
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    except OSError as err:
        print(f"nicextract: --output: {args.output}: {err.strerror or err}", file=sys.stderr)
        if store:
            store.close()
        return EXIT_USAGE
    problems = 0
    collected: list[dict[str, Any]] = []
    progress = Progress(sys.stderr)
    try:
        if args.format == "csv":
            _write(out, csv_header())
        for item in iter_records(args.inputs):
            if isinstance(item, InputProblem):
                problems += 1
                progress.message(f"nicextract: skipped {item}")
                continue
            progress.step(item.id)
            meta = metadata.get(item.id, {})
            item.published = item.published or meta.get("published")
            item.lang = item.lang or meta.get("lang")
            try:
                doc = extractor.process(item.text, published=item.published or (default_published.iso if default_published else None),
                                        lang=item.lang, doc_id=item.id, html=args.html or item.html)
                events = extractor.events_of(doc)
            except (ValueError, TypeError) as err:
                problems += 1
                progress.message(f"nicextract: skipped {item.source or item.id}: {err}")
                continue
            except Exception as err:  # a bug in a rule must not end the batch: report it with the document
                problems += 1
                progress.message(f"nicextract: skipped {item.source or item.id}: internal error "
                                 f"({type(err).__name__}: {err}); please report it with this document")
                continue
            if store:
                store.put_doc(doc, events, source=item.source, lang=item.lang)
            if args.format == "table":
                collected.extend(events)
            else:
                _write(out, jsonl_lines(events) if args.format == "jsonl" else csv_lines(events))
        if args.format == "table":
            _write(out, table(collected))
    except KeyboardInterrupt:
        progress.message("nicextract: interrupted; " + ("no table written" if args.format == "table"
                         else "the output holds whole lines for every document finished before"))
        return 130
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
        if store:
            store.close()
    if problems:
        progress.message(f"nicextract: {problems} input(s) could not be processed")
    return EXIT_PROBLEMS if problems else EXIT_OK


def _write(out: Any, text: str) -> None:
    """Write a document's lines in one call and flush, Ctrl-C held back meanwhile, so no line is left half-written."""
    from .interrupts import sigint_deferred

    if text:
        with sigint_deferred():
            out.write(text)
            out.flush()


def _open_store(path: str) -> Any:
    from .store import Store, StoreError

    try:
        return Store(path)
    except StoreError as err:
        print(f"nicextract: --db: {err}", file=sys.stderr)
        return None


def _timeline(args: argparse.Namespace) -> int:
    from .linking import ClusterLinker
    from .lexicons.clusters import load_cluster_gazetteer
    from .store import StoreError
    from .timeline import FORMATS, build_timelines, events_from_db

    try:
        events = events_from_db(args.db)
        linker = ClusterLinker.from_events(events, load_cluster_gazetteer(args.patterns))
    except (StoreError, ValueError) as err:
        print(f"nicextract: {err}", file=sys.stderr)
        return EXIT_USAGE
    timelines = build_timelines(events, linker=linker, cluster=args.cluster)
    if args.cluster and not timelines:
        print(f"nicextract: no status events for cluster {args.cluster!r}", file=sys.stderr)
        return EXIT_PROBLEMS
    sys.stdout.write(FORMATS[args.format](timelines))
    return EXIT_OK


def _render(args: argparse.Namespace) -> int:
    from .inputs import iter_records, read_metadata
    from .lexicons.dates import parse_published
    from .render import render_page, render_records

    try:
        published = parse_published(args.published)
        metadata = read_metadata(args.metadata) if args.metadata else {}
    except (ValueError, TypeError) as err:
        print(f"nicextract: {err}", file=sys.stderr)
        return EXIT_USAGE
    extractor = _extractor(args)
    if extractor is None:
        return EXIT_USAGE
    views, problems = render_records(extractor, iter_records(args.inputs), metadata=metadata,
                                     default_published=published.iso if published else None,
                                     on_problem=lambda m: print(f"nicextract: {m}", file=sys.stderr))
    Path(args.output).write_text(render_page(views, title=args.title), encoding="utf-8")
    print(f"nicextract: wrote {args.output} ({len(views)} documents)", file=sys.stderr)
    return EXIT_PROBLEMS if problems else EXIT_OK
