"""The HTML report: self-contained, escaped, entities marked, event rows linked to their evidence.

The last test opens the page in headless Chromium (Debian's package; .ci/run
installs it) and checks the DOM after the page's script ran, and that the
browser logged no console message (a script error or a blocked external load
would be one).
"""

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from nicextract.cli import main
from nicextract.render import DocView, render_page, view_of

TEXT_A = ("Polarklyngen fikk status som Arena-klynge i 2018. Klyngen holder til i Tromsø.\n\n"
          "Hver Arena-klynge får inntil to millioner kroner i året.")
TEXT_B = 'Fisk & Sånt Cluster ble i dag tatt opp som NCE-klynge. <script>alert("x")</script> <b>«fet»</b>'


class Page(HTMLParser):
    """Collects ids, links, marks, event rows, script/style and external references, and each text block."""

    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.marks, self.rows, self.external = set(), [], [], [], []
        self.texts, self._depth, self._in_text, self._in_mark = [], 0, False, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("src", "href"):
            if key in a and not a[key].startswith("#"):
                self.external.append(a[key])
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "tr" and "event" in a.get("class", ""):
            self.rows.append(a)
        if tag == "div" and a.get("class") == "text":
            self._in_text, self._depth = True, 0
            self.texts.append("")
        elif self._in_text:
            self._depth += 1
            if tag == "mark":
                self._in_mark = [a["data-label"], ""]

    def handle_endtag(self, tag):
        if self._in_text:
            if self._depth == 0:
                self._in_text = False
            else:
                self._depth -= 1
                if tag == "mark" and self._in_mark:
                    self.marks.append(tuple(self._in_mark))
                    self._in_mark = None

    def handle_data(self, data):
        if self._in_text:
            self.texts[-1] += data
            if self._in_mark:
                self._in_mark[1] += data


@pytest.fixture(scope="module")
def views(extractor):
    out = []
    for doc_id, text, published in (("a", TEXT_A, "2018-05-02"), ("b<&>", TEXT_B, "2021-06-20")):
        doc = extractor.process(text, published=published, doc_id=doc_id)
        out.append(view_of(doc, extractor.events_of(doc), doc_id=doc_id, source=f"{doc_id}.txt"))
    return out


@pytest.fixture(scope="module")
def html(views):
    return render_page(views, title="Rapport <test>")


def parse(html):
    page = Page()
    page.feed(html)
    return page


def test_page_is_self_contained(html):
    page = parse(html)
    assert page.external == []
    assert not re.search(r"https?://|<link\b|@import|url\(", html)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_everything_is_escaped(html):
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "b&lt;&amp;&gt;" in html and "Rapport &lt;test&gt;" in html and "Fisk &amp; Sånt" in html
    assert "<b>" not in html
    assert html.count("<script>") == 1  # the page's own


def test_text_is_shown_exactly_with_entities_marked(html, views):
    page = parse(html)
    assert page.texts == [v.text for v in views]
    expected = [(e["label"], e["text"]) for v in views for e in v.entities]
    assert page.marks == expected
    assert ("CLUSTER", "Polarklyngen") in page.marks and ("PLACE", "Tromsø") in page.marks


def test_each_event_row_links_to_its_evidence_sentence(html, views):
    page = parse(html)
    assert len(page.rows) == sum(len(v.events) for v in views) >= 3
    for row in page.rows:
        assert row["data-evidence"] in page.ids
        assert f'#{row["data-evidence"]}' in page.hrefs
    # the anchor wraps exactly the evidence text
    first = views[0].events[0]["evidence"]["text"]
    assert re.search(r'<span class="evidence" id="d0-s0">' + r"(?:<[^>]+>|[^<])*?</span>", html)
    assert "Polarklyngen" in first


def test_overlapping_and_missing_evidence_are_tolerated():
    text = "Alfa fikk status. Beta fikk status."
    events = [{"type": "status", "cluster": "Alfa", "status": "ARENA", "evidence": {"start": 0, "end": 17}},
              {"type": "status", "cluster": "Beta", "status": "ARENA", "evidence": {"start": 5, "end": 35}},
              {"type": "status", "cluster": "Gamma", "status": "NCE"},
              {"type": "funding", "recipient": "X", "amount_nok": 5, "evidence": {"start": 30, "end": 99}}]
    page = parse(render_page([DocView("x", text, [{"label": "CLUSTER", "start": 0, "end": 4, "text": "Alfa"}], events)]))
    assert page.texts == [text]
    assert len(page.rows) == 4 and page.rows[0]["data-evidence"] == page.rows[1]["data-evidence"] == "d0-s0"
    assert page.rows[2]["data-evidence"] == page.rows[3]["data-evidence"] == ""


def test_render_command(tmp_path, capsys):
    src = tmp_path / "polar.txt"
    src.write_text(TEXT_A, encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["render", str(src), str(tmp_path / "missing.txt"), "--published", "2018-05-02", "-o", str(out)]) == 1
    assert "missing.txt" in capsys.readouterr().err
    page = parse(out.read_text(encoding="utf-8"))
    assert page.texts == [TEXT_A] and page.rows


CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if shutil.os.path.exists("/usr/bin/chromium") else None)


@pytest.mark.skipif(CHROMIUM is None, reason="headless browser check needs Debian's chromium (apt-get install chromium); .ci/run installs it")
def test_report_loads_in_headless_chromium_without_console_errors(tmp_path, html, views):
    report = tmp_path / "report.html"
    report.write_text(html, encoding="utf-8")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
           "--dump-dom", report.as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]
    assert console == [], console
    assert re.search(r'<body[^>]*data-ready="true"', dom), "the page's script did not run to its end"
    assert dom.count('<mark class="entity"') == sum(len(v.entities) for v in views) + 6  # + the legend
    assert len(re.findall(r'<tr id="d\d+-e\d+" class="event', dom)) == sum(len(v.events) for v in views)
    assert "Polarklyngen" in dom and "&lt;script&gt;" in dom

    # clicking an event row highlights its evidence sentence (a click injected as one more inline script)
    clicked = tmp_path / "clicked.html"
    clicked.write_text(html.replace("</body>", "<script>document.getElementById('d0-e0').click();</script></body>"),
                       encoding="utf-8")
    done = subprocess.run(cmd[:-1] + [clicked.as_uri()], capture_output=True, text=True, timeout=120)
    assert views[0].events and '<span class="evidence active" id="d0-s0">' in done.stdout
    assert re.search(r'<tr id="d0-e0" class="[^"]*\bactive\b', done.stdout)
    assert [line for line in done.stderr.splitlines() if ":CONSOLE" in line] == []
