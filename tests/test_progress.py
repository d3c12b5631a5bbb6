"""The progress counter: shown on a terminal, silent in pipes and logs."""

import io

from nicextract.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_counts_on_a_terminal():
    out = FakeTerminal()
    progress = Progress(out)
    for name in ("a", "b", "c"):
        progress.step(name)
    progress.close()
    text = out.getvalue()
    assert "\r3 documents" in text and "c" in text and text.endswith("\n")


def test_silent_when_not_a_terminal():
    out = io.StringIO()
    progress = Progress(out)
    for name in ("a", "b", "c"):
        progress.step(name)
    progress.close()
    assert out.getvalue() == ""


def test_messages_clear_the_counter_line():
    out = FakeTerminal()
    progress = Progress(out)
    progress.step("a")
    progress.step("b")
    progress.message("broken.txt: not UTF-8 text")
    assert out.getvalue().endswith("\r" + " " * 80 + "\rbroken.txt: not UTF-8 text\n")
