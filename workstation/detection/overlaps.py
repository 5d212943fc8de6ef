"""Resolving overlapping findings by fixed, documented rules (nothing is silently lost).

1. A deny-list hit always wins over anything it overlaps.
2. A longer span absorbs a shorter one it contains or overlaps ("Amira Haddad" absorbs
   "Haddad"); the absorbed recognizer is named in the winner's notes.
3. Between spans of equal length, the higher score wins, then the entity that sorts
   first (so results do not depend on recognizer order).
"""

from __future__ import annotations

from workstation.detection.findings import Finding


def rank(finding: Finding) -> tuple[int, int, float, str]:
    return (
        int(finding.from_deny_list),
        finding.end - finding.start,
        finding.score,
        _reverse(finding.entity),
    )


def _reverse(entity: str) -> str:
    return "".join(chr(0x10FFFF - ord(c)) for c in entity)


def resolve(findings: list[Finding]) -> list[Finding]:
    """Non-overlapping findings in text order."""
    kept: list[Finding] = []
    for candidate in sorted(findings, key=rank, reverse=True):
        clash = next((k for k in kept if k.start < candidate.end and candidate.start < k.end), None)
        if clash is None:
            kept.append(candidate)
            continue
        note = f"absorbed {candidate.entity} from {candidate.recognizer}"
        if note not in clash.notes:
            kept[kept.index(clash)] = clash.with_note(note)
    return sorted(kept, key=lambda f: (f.start, f.end))
