"""The event layer: typed events (status, funding, rename) read from entity-annotated Docs."""

from .model import Evidence, FundingEvent, RenameEvent, StatusEvent

__all__ = ["Evidence", "StatusEvent", "FundingEvent", "RenameEvent"]
