"""A one-line progress counter on stderr, shown only when stderr is a terminal."""

from __future__ import annotations

import time
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO, min_docs: int = 2) -> None:
        self.stream = stream
        self.enabled = hasattr(stream, "isatty") and stream.isatty()
        self.count = 0
        self.min_docs = min_docs
        self.start = time.perf_counter()
        self._shown = False

    def step(self, label: str) -> None:
        self.count += 1
        if self.enabled and self.count >= self.min_docs:
            rate = self.count / max(time.perf_counter() - self.start, 1e-9)
            self.stream.write(f"\r{self.count} documents ({rate:.1f}/s) {label[:40]:<40}")
            self.stream.flush()
            self._shown = True

    def message(self, text: str) -> None:
        if self._shown:
            self.stream.write("\r" + " " * 80 + "\r")
        self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False
