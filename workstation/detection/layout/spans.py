"""What a layout recognizer returns: a span, its entity, score and reason."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutSpan:
    """One span the layout points to."""

    start: int
    end: int
    entity: str
    score: float
    reason: str  # what pointed to it, for the explanation


def span_if_any(
    span: tuple[int, int] | None, entity: str, score: float, reason: str
) -> Iterator[LayoutSpan]:
    """The span, if a name was found there and it is not empty."""
    if span is not None and span[1] > span[0]:
        yield LayoutSpan(span[0], span[1], entity, score, reason)
