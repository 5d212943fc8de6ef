"""The review's side panel: why a proposal was made, or what a fingerprint finding is.

A proposal's panel gives its recognizer, pattern, context words, rule and policy, the
count of linked occurrences and the decision history. A finding's panel never shows the
document's words: its markers (<ZWSP>), code points, counts and place, and the pass's
fixed sentence. Metadata values stay behind the command line's audited ``--values``.
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


def proposal_why(review: Review, position: int) -> str:
    """The side panel: why it was proposed, linked occurrences, decision history."""
    p = review.proposals[position]
    reason = p.reason
    lines = [
        f"[b]{p.entity}[/b]  {p.state}  score {p.score:.2f}",
        f"recognizer: {reason.get('recognizer', '?')}",
    ]
    if reason.get("pattern"):
        lines.append(f"pattern: {reason['pattern']}")
    if reason.get("context_words"):
        lines.append("context: " + ", ".join(map(str, reason["context_words"])))
    if reason.get("rule"):
        lines.append(f"rule: {reason['rule']}")
    if p.policy:
        lines.append(f"policy: {p.policy.get('id', '')} {p.policy.get('version', '')}")
    lines.append(f"linked occurrences: {len(review.linked(p.id))}")
    lines.append(f"id: {p.id}")
    lines += history_lines(review, p.id, "proposal.", 8)
    return "\n".join(neutralise_line(line) for line in lines)


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
