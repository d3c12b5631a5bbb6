"""nicextract: typed events about the Norwegian Innovation Clusters programme from press releases."""

from __future__ import annotations

from .api import Extractor, extract
from .dataframe import to_dataframe
from .pipeline import BaseModelNotFound, load

__version__ = "0.1.0"
__all__ = ["load", "extract", "Extractor", "BaseModelNotFound", "to_dataframe", "__version__"]
