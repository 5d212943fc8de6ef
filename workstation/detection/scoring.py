"""Scoring a policy against labelled text: precision, recall and F2 per entity.

What matters in redaction is whether every character of a sensitive span ends up
removed, whatever label the detector gave it. So a gold span counts as found when
the proposals (other than those decided 'ignore') cover all its non-space
characters; a proposal counts as correct when it overlaps some gold span. F2 weighs
recall four times as much as precision: a missed name costs far more than an extra
box an editor can reject.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from workstation.detection.findings import Proposal


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    entity: str
    identifier: str  # "direct" or "quasi"


@dataclass(frozen=True)
class Missed:
    document: str
    span: GoldSpan
    text: str


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def f2(self) -> float:
        p, r = self.precision, self.recall
        return 5 * p * r / (4 * p + r) if p + r else 0.0


@dataclass
class Score:
    by_entity: dict[str, Tally] = field(default_factory=dict)
    by_identifier: dict[str, Tally] = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)
    missed: list[Missed] = field(default_factory=list)

    def add(
        self, document: str, text: str, gold: list[GoldSpan], proposals: list[Proposal]
    ) -> None:
        """Score one document."""
        active = [p for p in proposals if p.decision != "ignore"]
        for span in gold:
            found = covered(span, active, text)
            for tally in (
                self._entity(span.entity),
                self._identifier(span.identifier),
                self.overall,
            ):
                tally.gold += 1
                tally.found += int(found)
            if not found:
                self.missed.append(Missed(document, span, text[span.start : span.end]))
        for proposal in active:
            correct = any(g.start < proposal.end and proposal.start < g.end for g in gold)
            for tally in (self._entity(proposal.entity), self.overall):
                tally.predicted += 1
                tally.correct += int(correct)

    def _entity(self, entity: str) -> Tally:
        return self.by_entity.setdefault(entity, Tally())

    def _identifier(self, identifier: str) -> Tally:
        return self.by_identifier.setdefault(identifier, Tally())


def covered(span: GoldSpan, proposals: Iterable[Proposal], text: str) -> bool:
    """Whether the proposals together cover every non-space character of the span."""
    needed = {i for i in range(span.start, span.end) if not text[i].isspace()}
    for proposal in proposals:
        if proposal.start < span.end and span.start < proposal.end:
            needed -= set(range(proposal.start, proposal.end))
    return not needed
