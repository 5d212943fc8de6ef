"""Building original-file findings from a code in the table, capped for the reply."""

from __future__ import annotations

from workstation.fingerprints.finding import FingerprintFinding, capped
from workstation.fingerprints.originals.codes import MAX_WHERE_CHARS, explanation_of, kind_of


def fact(code: str, where: str = "", count: int = 1, value: str = "") -> FingerprintFinding:
    """A finding for `code` in the original file; `where` and `value` are cut to size."""
    return FingerprintFinding(
        kind_of(code),
        code,
        explanation_of(code),
        count=max(count, 1),
        where=where[:MAX_WHERE_CHARS],
        value=capped(" ".join(value.split())),
    )
