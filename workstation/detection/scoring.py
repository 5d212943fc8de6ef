"""Scoring a policy against labelled text: precision, recall and F2 per entity.

What matters in redaction is whether every character of a sensitive span ends up
removed, whatever label the detector gave it. So a gold span counts as found when
the proposals (other than those decided 'ignore') cover all its non-space
characters; a proposal counts as correct when it overlaps some gold span. F2 weighs
recall four times as much as precision: a missed name costs far more than an extra
box an editor can reject.

Span figures flatter a detector that proposes long spans (one proposal over a whole
paragraph is "correct" if it touches a name), so the same is counted in words too: a
word (a run of letters and digits) is proposed when a proposal touches it, correctly
when a gold span touches it too, and a gold word is found when proposals cover it
whole. Word precision is what an editor sees: the share of blacked-out words that had
to go.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from workstation.detection.findings import Proposal

_WORD = re.compile(r"\w+")


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
    gold_words: int = 0
    found_words: int = 0
    predicted_words: int = 0
    correct_words: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def word_recall(self) -> float:
        return self.found_words / self.gold_words if self.gold_words else 1.0

    @property
    def word_precision(self) -> float:
        return self.correct_words / self.predicted_words if self.predicted_words else 1.0

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
        self._add_words(text, gold, active)

    def _add_words(self, text: str, gold: list[GoldSpan], active: list[Proposal]) -> None:
        """The word counts: each word once overall, once per entity proposed over it."""
        label_at: list[GoldSpan | None] = [None] * len(text)
        for span in reversed(gold):  # the first span touching a word names it
            label_at[span.start : span.end] = [span] * (span.end - span.start)
        entities_at: dict[int, set[str]] = {}
        for proposal in active:
            for index in range(proposal.start, proposal.end):
                entities_at.setdefault(index, set()).add(proposal.entity)
        for match in _WORD.finditer(text):
            start, end = match.span()
            label = next((g for g in label_at[start:end] if g is not None), None)
            entities = set().union(*(entities_at.get(i, ()) for i in range(start, end)))
            if label is not None:
                whole = all(i in entities_at for i in range(start, end))
                for tally in (
                    self._entity(label.entity),
                    self._identifier(label.identifier),
                    self.overall,
                ):
                    tally.gold_words += 1
                    tally.found_words += int(whole)
            if entities:
                for tally in [*(self._entity(e) for e in sorted(entities)), self.overall]:
                    tally.predicted_words += 1
                    tally.correct_words += int(label is not None)

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
