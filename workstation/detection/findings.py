"""What detection produces: findings from recognizers, then proposals after the policy's rules."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

Decision = Literal["redact", "review", "ignore"]
DENY_RECOGNIZER = "deny-list"


@dataclass(frozen=True)
class Finding:
    """One span a recognizer flagged, with why."""

    start: int
    end: int
    entity: str
    score: float
    recognizer: str
    pattern: str = ""
    context_words: tuple[str, ...] = ()
    rule: str = ""
    decision: Decision | None = None
    notes: tuple[str, ...] = ()

    @property
    def from_deny_list(self) -> bool:
        return self.recognizer == DENY_RECOGNIZER

    def with_note(self, note: str) -> Finding:
        return replace(self, notes=(*self.notes, note))


@dataclass(frozen=True)
class Proposal:
    """A proposed redaction: a span, its entity and decision, and the reason in full."""

    start: int
    end: int
    entity: str
    score: float
    decision: Decision
    group: str
    reason: dict[str, object] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "entity": self.entity,
            "score": round(self.score, 4),
            "decision": self.decision,
            "group": self.group,
            "reason": self.reason,
        }
