"""Event records. ``to_dict()`` gives exactly the JSON of ANNOTATION.md plus
``evidence`` (the sentence read) and ``spans`` (character spans of the
arguments used), so every value can be traced back to the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, span: "Span") -> "Evidence":
        """The span's characters as the caller's text has them (raw, not normalised),
        without the line breaks and spaces a sentence carries at its edges."""
        from ..doccache import text_of

        text = text_of(span.doc)[span.start_char:span.end_char]
        lead, trail = len(text) - len(text.lstrip()), len(text) - len(text.rstrip())
        return cls(span.start_char + lead, span.end_char - trail, text.strip())

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class StatusEvent:
    cluster: str
    status: str
    action: str
    year: int | None
    evidence: Evidence
    place: str | None = None
    previous_status: str | None = None
    hub: str | None = None
    aliases: list[str] = field(default_factory=list)
    spans: dict[str, list[int]] = field(default_factory=dict)
    type: str = "status"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": "status", "cluster": self.cluster, "aliases": list(self.aliases),
                             "status": self.status, "action": self.action, "year": self.year, "place": self.place,
                             "previous_status": self.previous_status}
        if self.hub is not None:
            d["hub"] = self.hub
        d["evidence"] = self.evidence.to_dict()
        d["spans"] = dict(self.spans)
        return d


@dataclass
class FundingEvent:
    recipient: str
    recipient_kind: str
    status: str | None
    amount_nok: int
    amount_max_nok: int | None
    per_year: bool
    years: int | None
    year: int | None
    evidence: Evidence
    spans: dict[str, list[int]] = field(default_factory=dict)
    type: str = "funding"

    def to_dict(self) -> dict[str, Any]:
        return {"type": "funding", "recipient": self.recipient, "recipient_kind": self.recipient_kind,
                "status": self.status, "amount_nok": self.amount_nok, "amount_max_nok": self.amount_max_nok,
                "per_year": self.per_year, "years": self.years, "year": self.year,
                "evidence": self.evidence.to_dict(), "spans": dict(self.spans)}


@dataclass
class RenameEvent:
    old: str
    new: str
    evidence: Evidence
    spans: dict[str, list[int]] = field(default_factory=dict)
    type: str = "rename"

    def to_dict(self) -> dict[str, Any]:
        return {"type": "rename", "old": self.old, "new": self.new,
                "evidence": self.evidence.to_dict(), "spans": dict(self.spans)}
