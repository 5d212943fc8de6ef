"""Linking: every occurrence of a detected name is proposed, and all are one group.

A name the model found once ("Amira Haddad") is searched for everywhere in the
document, as is its surname alone after the full name has appeared, so one decision
can apply to all of them and no mention is left behind because the model missed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from workstation.detection.findings import Finding, Proposal

LINKED_ENTITIES = frozenset({"PERSON"})
_MIN_SURNAME = 3


@dataclass
class _Group:
    key: str
    findings: list[Finding]


def _name_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def link(findings: list[Finding], text: str) -> list[Proposal]:
    """Add unflagged occurrences of linked names, then assign group ids in text order."""
    occupied = [(f.start, f.end) for f in findings]
    added: list[Finding] = []
    for finding in findings:
        if finding.entity in LINKED_ENTITIES or finding.from_deny_list:
            added.extend(_other_occurrences(finding, text, occupied))
    everything = sorted([*findings, *added], key=lambda f: (f.start, f.end))
    return _grouped(everything, text)


def _other_occurrences(
    finding: Finding, text: str, occupied: list[tuple[int, int]]
) -> list[Finding]:
    name = " ".join(text[finding.start : finding.end].split())
    words = name.split()
    forms = [name]
    if finding.entity in LINKED_ENTITIES and len(words) >= 2 and len(words[-1]) >= _MIN_SURNAME:
        forms.append(words[-1])
    found = []
    for form in forms:
        pattern = r"\s+".join(re.escape(word) for word in form.split())
        for match in re.finditer(rf"(?<!\w){pattern}(?!\w)", text):
            start, end = match.span()
            if form != name and start < finding.start:
                continue  # a surname alone counts only after the full name has appeared
            if any(s < end and start < e for s, e in occupied):
                continue
            occupied.append((start, end))
            found.append(
                replace(
                    finding,
                    start=start,
                    end=end,
                    notes=(*finding.notes, f"another mention of '{name}'"),
                )
            )
    return found


def _grouped(findings: list[Finding], text: str) -> list[Proposal]:
    groups: dict[str, str] = {}
    surnames: dict[str, str] = {}
    proposals = []
    for finding in findings:
        key = f"{finding.entity}:{_name_key(text[finding.start : finding.end])}"
        group = groups.get(key) or surnames.get(key)
        if group is None:
            group = f"g{len(set(groups.values())) + 1}"
            groups[key] = group
            words = _name_key(text[finding.start : finding.end]).split()
            if (finding.entity in LINKED_ENTITIES or finding.from_deny_list) and len(words) >= 2:
                surnames.setdefault(f"{finding.entity}:{words[-1]}", group)
        proposals.append(
            Proposal(
                finding.start,
                finding.end,
                finding.entity,
                finding.score,
                finding.decision or "review",
                group,
                _reason(finding),
            )
        )
    return proposals


def _reason(finding: Finding) -> dict[str, object]:
    reason: dict[str, object] = {"recognizer": finding.recognizer}
    if finding.pattern:
        reason["pattern"] = finding.pattern
    if finding.context_words:
        reason["context_words"] = list(finding.context_words)
    if finding.rule:
        reason["rule"] = finding.rule
    if finding.notes:
        reason["notes"] = list(finding.notes)
    return reason
