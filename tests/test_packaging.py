"""A saved nicextract pipeline packages with ``python -m spacy package`` and, installed, gives identical events.

The wheel is built by pip from the package folder spaCy writes (``--build
none``), without build isolation, so the test needs no network: setuptools
(>= 70.1, in the test extra) builds it offline.
"""

import importlib.metadata
import json
import os
import subprocess
import sys

import pytest
import spacy

import nicextract
from nicextract.api import Extractor

SENTENCES = [
    ("Polarklyngen fikk status som Arena-klynge i 2018. Klyngen holder til i Tromsø.", "2018-05-02"),
    ("Havkraft Cluster – tidligere Arena Havkraft – fikk status som NCE i 2019.", "2019-01-10"),
    ("Hver NCE-klynge får fem millioner kroner i året.", "2017"),
]


def _can_build_wheels() -> bool:
    try:
        major, minor = (int(x) for x in importlib.metadata.version("setuptools").split(".")[:2])
    except importlib.metadata.PackageNotFoundError:
        return False
    if (major, minor) >= (70, 1):
        return True
    try:
        importlib.metadata.version("wheel")
        return True
    except importlib.metadata.PackageNotFoundError:
        return False


def test_meta_and_config_are_sensible(nlp):
    assert nlp.meta["name"] == "nicextract" and nlp.meta["lang"] == "nb"
    assert nlp.meta["version"] == nicextract.__version__
    assert any(r.startswith(f"nicextract>={nicextract.__version__}") for r in nlp.meta["requirements"])
    assert nlp.pipe_names == ["nic_sentencizer", "nic_entity_ruler", "nic_money", "nic_dates",
                              "nic_cluster_finder", "nic_events"]
    components = nlp.config["components"]
    assert {c["factory"] for c in components.values()} == set(nlp.pipe_names)
    assert "abbreviations" in components["nic_sentencizer"]
    assert all("patterns_dir" in components[name] for name in nlp.pipe_names if name != "nic_sentencizer")
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "nicextract.PressReleaseTokenizer.v1"


def snapshot(nlp):
    ex = Extractor(nlp)
    out = []
    for text, published in SENTENCES:
        doc = ex.process(text, published=published)
        out.append(([(e.start_char, e.end_char, e.label_, e._.value) for e in doc.ents], ex.events_of(doc)))
    return out


@pytest.mark.skipif(not _can_build_wheels(), reason='building the package wheel offline needs setuptools>=70.1 or wheel (pip install -e ".[test]")')
def test_spacy_package_builds_installs_and_loads_identically(tmp_path, nlp):
    nlp.to_disk(tmp_path / "pipeline")
    (tmp_path / "packages").mkdir()
    version = nicextract.__version__
    run = dict(capture_output=True, text=True, timeout=300)
    made = subprocess.run([sys.executable, "-m", "spacy", "package", str(tmp_path / "pipeline"),
                           str(tmp_path / "packages"), "--name", "nicextract", "--version", version,
                           "--build", "none"], **run)
    assert made.returncode == 0, made.stdout + made.stderr
    package_dir = tmp_path / "packages" / f"nb_nicextract-{version}"
    meta = json.loads((package_dir / "meta.json").read_text(encoding="utf-8"))
    assert any(r.startswith("nicextract>=") for r in meta["requirements"])

    site = tmp_path / "site"
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                                "--no-build-isolation", "--target", str(site), str(package_dir)], **run)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    dist = next(site.glob("nb_nicextract-*.dist-info"))
    assert "Requires-Dist: nicextract" in (dist / "METADATA").read_text(encoding="utf-8")

    # loaded from the installed package's data folder, in this process
    data_dir = site / "nb_nicextract" / f"nb_nicextract-{version}"
    assert snapshot(spacy.load(data_dir)) == snapshot(nlp)

    # and by package name, the way users load it, in a fresh interpreter
    code = ("import json, spacy; from nicextract.api import Extractor; nlp = spacy.load('nb_nicextract'); "
            "print(json.dumps([nlp.meta['name'], nlp.pipe_names, Extractor(nlp).extract(%r, published=%r)]))"
            % SENTENCES[0])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    loaded = subprocess.run([sys.executable, "-c", code], env=env, **run)
    assert loaded.returncode == 0, loaded.stderr
    name, pipe_names, events = json.loads(loaded.stdout)
    assert (name, pipe_names) == ("nicextract", nlp.pipe_names)
    assert events == Extractor(nlp).extract(SENTENCES[0][0], published=SENTENCES[0][1])
