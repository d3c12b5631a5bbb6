"""The vocabulary of ANNOTATION.md: entity labels, status levels, event types."""

from __future__ import annotations

from enum import Enum


class Status(str, Enum):
    """Programme levels, lowest to highest (MATURE comes after funding ends)."""

    HUB_NODE = "HUB_NODE"
    ARENA = "ARENA"
    ARENA_PRO = "ARENA_PRO"
    NCE = "NCE"
    GCE = "GCE"
    MATURE = "MATURE"


ENTITY_LABELS = ("CLUSTER", "STATUS", "PROGRAMME", "MONEY", "PLACE", "DATE")
EVENT_TYPES = ("status", "funding", "rename")
ACTIONS = ("granted", "extended")
RECIPIENT_KINDS = ("cluster", "status_group", "programme")
STATUS_VALUES = tuple(s.value for s in Status)
