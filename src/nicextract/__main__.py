"""``python -m nicextract`` is the ``nicextract`` command."""

from .cli import main

raise SystemExit(main())
