"""Texts grouped into batches for workers: the local processes (``parallel``) and the
cluster's (``workstation.cluster.client``) cut the input the same way.

A batch closes once it holds ``documents`` texts or ``chars`` characters, so one long
document does not wait behind many, and small batches keep every worker busy to the end
of the input. Texts keep their order: the results are matched back by position.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

BATCH_CHARS = 25_000
BATCH_DOCUMENTS = 16
"""Small batches keep every worker busy to the end of the input."""


def batches(
    texts: Iterable[str], chars: int = BATCH_CHARS, documents: int = BATCH_DOCUMENTS
) -> Iterator[list[str]]:
    """The texts in order, in lists that end once they reach ``chars`` characters or
    ``documents`` texts (whichever comes first); the last may be smaller."""
    batch: list[str] = []
    size = 0
    for text in texts:
        batch.append(text)
        size += len(text)
        if size >= chars or len(batch) >= documents:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
