"""Holding back Ctrl-C while a batch run writes a document's output lines.

A ``KeyboardInterrupt`` raised in the middle of ``write()`` could leave half a
JSON line in the output file; delayed until the lines are written and
flushed, it stops the run between documents instead.
"""

from __future__ import annotations

import signal
from contextlib import contextmanager
from typing import Any, Iterator


@contextmanager
def sigint_deferred() -> Iterator[None]:
    """Run the block with SIGINT held back, then deliver it (a no-op outside the main thread)."""
    received: list[int] = []

    def hold(signum: int, frame: Any) -> None:
        received.append(signum)

    try:
        previous = signal.signal(signal.SIGINT, hold)
    except ValueError:  # signals can only be handled in the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.SIG_DFL)
        if received and callable(previous):
            previous(signal.SIGINT, None)  # Python's default handler raises KeyboardInterrupt
        elif received and previous in (signal.SIG_DFL, None):
            raise KeyboardInterrupt
