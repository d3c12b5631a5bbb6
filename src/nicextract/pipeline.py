"""``load()``: the single entry point that builds the nicextract pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from .extensions import register_extensions
from .tokenizer import wrap_tokenizer

# Order matters: later components see the entities of earlier ones.
COMPONENTS = ("nic_sentencizer", "nic_entity_ruler", "nic_money", "nic_dates", "nic_cluster_finder", "nic_events")
SEGMENTING = frozenset({"parser", "senter", "sentencizer"})


class BaseModelNotFound(ImportError):
    """The statistical base pipeline asked for is not installed."""


def _import_components() -> None:
    # Importing registers the factories (entry points do the same for spacy.load).
    from .components import cluster_finder, dates, entity_ruler, events, money, segmenter  # noqa: F401


def load(base: str | Path | None = None, *, patterns_dir: str | Path | None = None,
         config: dict[str, dict[str, Any]] | None = None) -> Language:
    """Build the pipeline: ``spacy.blank("nb")`` or a base pipeline, plus nicextract's components.

    base: ``None`` for a blank Norwegian pipeline, or the name or path of an
        installed spaCy pipeline such as ``"nb_core_news_sm"``; nicextract's
        rule spans then win over its statistical ``ner``.
    patterns_dir: a folder with your own copies of the ``patterns/`` files.
    config: per-component config overrides, e.g. ``{"nic_money": {...}}``.
    """
    register_extensions()
    _import_components()
    if base is None:
        tokenizer: dict[str, Any] = {"@tokenizers": "nicextract.PressReleaseTokenizer.v1"}
        if patterns_dir is not None:
            tokenizer["patterns_dir"] = str(patterns_dir)
        nlp = spacy.blank("nb", config={"nlp": {"tokenizer": tokenizer}})
    else:
        try:
            nlp = spacy.load(base)
        except OSError as err:
            raise BaseModelNotFound(
                f"spaCy pipeline {str(base)!r} is not installed. Install it with "
                f"'python -m spacy download {base}' (or pip install the package), "
                f"or call nicextract.load() without base to use spacy.blank('nb')."
            ) from err
        wrap_tokenizer(nlp, patterns_dir)
    overrides = config or {}
    for name in COMPONENTS:
        cfg: dict[str, Any] = dict(overrides.get(name, {}))
        if patterns_dir is not None and name != "nic_sentencizer":
            cfg.setdefault("patterns_dir", str(patterns_dir))
        if name == "nic_sentencizer" and SEGMENTING & set(nlp.pipe_names):
            continue  # a base pipeline's parser already segments sentences
        if name == "nic_entity_ruler" and "ner" in nlp.pipe_names:
            nlp.add_pipe(name, config=cfg, after="ner")
        else:
            nlp.add_pipe(name, config=cfg)
    nlp.meta["name"] = "nicextract" if base is None else f"nicextract_{nlp.meta.get('name', 'base')}"
    nlp.meta["description"] = "Events about the Norwegian Innovation Clusters programme from press releases."
    _package_meta(nlp, base)
    return nlp


def _package_meta(nlp: Language, base: str | Path | None) -> None:
    """Meta that ``python -m spacy package`` needs: our version, and nicextract as a
    requirement so that installing the packaged pipeline registers its factories."""
    from . import __version__

    major, minor = (__version__.split(".") + ["0"])[:2]
    requirement = f"nicextract>={__version__},<{major}.{int(minor) + 1}.0"
    if base is None:
        nlp.meta["version"] = __version__
    reqs = [r for r in nlp.meta.get("requirements") or [] if not r.startswith("nicextract")]
    nlp.meta["requirements"] = [*reqs, requirement]
    if not nlp.meta.get("license"):
        nlp.meta["license"] = "MIT"
