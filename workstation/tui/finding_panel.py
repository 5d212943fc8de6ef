"""The side panel for a fingerprint finding: what it is, why it matters, what release does.

A finding never shows the document's words: its markers (<ZWSP>), code points, counts
and place, and the pass's fixed sentence. Metadata values stay behind the command
line's audited ``--values``.
"""

from __future__ import annotations

from rich.markup import escape

from workstation.fingerprints.invisible import made_visible
from workstation.services.fingerprinting import StoredFinding
from workstation.services.review import Review
from workstation.terminal import neutralise_line

POLICY_WORDS = {
    "normalise": "normalise it at release",
    "strip": "strip it at release",
    "review": "an editor decides",
}


def at_release(stored: StoredFinding) -> str:
    """What the release will do with the finding as it is decided now."""
    if stored.state == "pending":
        return "PENDING: release is refused until an editor decides it"
    if stored.state == "rejected":
        return "kept in the released file (an editor chose to keep it)"
    if stored.finding.kind == "copy_marking":
        return "redacted in the released file"
    if stored.action == "strip":
        return "stripped from the released file"
    return "removed (normalised) in the released file"


def finding_why(review: Review, identifier: str) -> str:
    """Kind, what it is, where and how many, why it matters, what release will do."""
    stored = review.finding(identifier)
    finding = stored.finding
    place = f"characters {finding.start}-{finding.end}" if finding.start >= 0 else finding.where
    kind_count = len(review.same_kind(identifier))
    lines = [
        f"[b]FINGERPRINT: {escape(finding.kind)}[/b]  {stored.state}",
        f"what: {escape(finding.code)}  {escape(made_visible(finding.shown))}",
        f"where: {escape(made_visible(place))}  count: {finding.count}",
        f"why it matters: {escape(finding.explanation)}",
        f"policy {escape(stored.policy.get('id', '?'))}: {POLICY_WORDS.get(stored.action, '?')}"
        + (" (decided by an editor)" if stored.decided_by == "editor" else ""),
        f"at release: {at_release(stored)}",
        f"a accept (remove)  r reject (keep)  A/R all {kind_count} {escape(finding.kind)}",
        f"id: {stored.id}",
    ]
    lines += history_lines(review, identifier, "fingerprint.", 6)
    return "\n".join(neutralise_line(line) for line in lines)


def history_lines(review: Review, identifier: str, action_prefix: str, limit: int) -> list[str]:
    """The panel's history: the last ``limit`` decisions on the item, newest last."""
    history = review.history(identifier)
    lines = ["", "[b]History[/b]" if history else "[b]History[/b]: no decision yet"]
    for entry in history[-limit:]:
        lines.append(
            f"{entry.at[:16].replace('T', ' ')} {escape(entry.editor)}: "
            f"{escape(entry.action.removeprefix(action_prefix))} {escape(entry.state)}"
        )
    return lines
