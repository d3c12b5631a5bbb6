"""Serialisation of components whose rules live in ``patterns/`` files.

A component copies the data files it was built from into its folder on
``to_disk`` and rebuilds from that copy on ``from_disk``, so a saved pipeline
carries its rules with it and gives the same output anywhere.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Iterable

from ..resources import resolve


class PatternDataMixin:
    """Give a component ``to_disk``/``from_disk`` over its pattern files."""

    data_files: tuple[str, ...] = ()
    patterns_dir: str | None

    def _rebuild(self) -> None:  # pragma: no cover - implemented by components
        raise NotImplementedError

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name in self.data_files:
            shutil.copyfile(resolve(self.patterns_dir, name), path / name)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "PatternDataMixin":
        self.patterns_dir = str(Path(path))
        self._rebuild()
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        import srsly

        return srsly.msgpack_dumps({name: resolve(self.patterns_dir, name).read_bytes() for name in self.data_files})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "PatternDataMixin":
        import tempfile

        import srsly

        files: dict[str, Any] = srsly.msgpack_loads(data)
        folder = Path(tempfile.mkdtemp(prefix="nicextract-"))
        for name, content in files.items():
            (folder / name).write_bytes(content)
        self.patterns_dir = str(folder)
        self._rebuild()
        return self
