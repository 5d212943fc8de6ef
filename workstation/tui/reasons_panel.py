"""The review's side panel: why a proposal was made, or what a fingerprint finding is.

A proposal's panel gives its recognizer, pattern, context words, rule and policy, the
count of linked occurrences and the decision history. A finding's panel never shows the
document's words: its markers (<ZWSP>), code points, counts and place, and the pass's
fixed sentence. Metadata values stay behind the command line's audited ``--values``.

Both panels are built from plain parts, never from markup: a recognizer's name, a
pattern, a context word or an editor's name may hold ``[bold]``, ``[/]`` or ``[$x]``,
which Textual's markup would obey or fail on (Rich's ``escape`` does not cover all of
Textual's tags). Every part also has its control characters shown as escapes, so no
value can break a line or drive the terminal.
"""

from __future__ import annotations

from textual.content import Content

from workstation.fingerprints.invisible import made_visible
from workstation.services.fingerprinting import StoredFinding
from workstation.services.page_readings import LOW_CONFIDENCE
from workstation.services.review import Review
from workstation.terminal import neutralise_line

BOLD = "bold"

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


def panel_line(*parts: str | tuple[str, str]) -> Content:
    """One line from plain parts (a tuple adds a style); no part is ever read as markup."""
    return Content.assemble(*map(_neutralised, parts))


def _neutralised(part: str | tuple[str, str]) -> str | tuple[str, str]:
    if isinstance(part, tuple):
        return neutralise_line(part[0]), part[1]
    return neutralise_line(part)


def proposal_why(review: Review, position: int) -> Content:
    """The side panel: why it was proposed, linked occurrences, decision history."""
    p = review.proposals[position]
    reason = p.reason
    lines = [
        panel_line((p.entity, BOLD), f"  {p.state}  score {p.score:.2f}"),
        panel_line(f"recognizer: {reason.get('recognizer', '?')}"),
        *ocr_lines(review, p.start, p.end),
    ]
    if reason.get("pattern"):
        lines.append(panel_line(f"pattern: {reason['pattern']}"))
    if reason.get("context_words"):
        lines.append(panel_line("context: " + ", ".join(map(str, reason["context_words"]))))
    if reason.get("rule"):
        lines.append(panel_line(f"rule: {reason['rule']}"))
    if p.policy:
        lines.append(panel_line(f"policy: {p.policy.get('id', '')} {p.policy.get('version', '')}"))
    lines.append(panel_line(f"linked occurrences: {len(review.linked(p.id))}"))
    lines.append(panel_line(f"id: {p.id}"))
    lines += history_lines(review, p.id, "proposal.", 8)
    return Content("\n").join(lines)


def ocr_lines(review: Review, start: int, end: int) -> list[Content]:
    """Where a span's words came from OCR: the page, how sure OCR was (its least sure
    word), and a warning when that is low."""
    words = review.readings.words_in(start, end)
    if not words:
        return []
    least = min(word.confidence for word in words)
    pages = sorted({word.page + 1 for word in words})
    lines = [
        panel_line(
            f"read by OCR from the picture of page {', '.join(map(str, pages))}: "
            f"confidence {least:.0f} % ({'lowest of ' if len(words) > 1 else ''}"
            f"{len(words)} word{'s' if len(words) > 1 else ''})"
        )
    ]
    if least < LOW_CONFIDENCE:
        lines.append(
            panel_line(("LOW CONFIDENCE", BOLD), ": check the words against the page (o preview)")
        )
    return lines


def finding_why(review: Review, identifier: str) -> Content:
    """Kind, what it is, where and how many, why it matters, what release will do."""
    stored = review.finding(identifier)
    finding = stored.finding
    place = f"characters {finding.start}-{finding.end}" if finding.start >= 0 else finding.where
    kind_count = len(review.same_kind(identifier))
    decided = " (decided by an editor)" if stored.decided_by == "editor" else ""
    lines = [
        panel_line((f"FINGERPRINT: {finding.kind}", BOLD), f"  {stored.state}"),
        panel_line(f"what: {finding.code}  {made_visible(finding.shown)}"),
        panel_line(f"where: {made_visible(place)}  count: {finding.count}"),
        *(ocr_lines(review, finding.start, finding.end) if finding.start >= 0 else []),
        panel_line(f"why it matters: {finding.explanation}"),
        panel_line(
            f"policy {stored.policy.get('id', '?')}: {POLICY_WORDS.get(stored.action, '?')}"
            + decided
        ),
        panel_line(f"at release: {at_release(stored)}"),
        panel_line(f"a accept (remove)  r reject (keep)  A/R all {kind_count} {finding.kind}"),
        panel_line(f"id: {stored.id}"),
    ]
    lines += history_lines(review, identifier, "fingerprint.", 6)
    return Content("\n").join(lines)


def history_lines(review: Review, identifier: str, action_prefix: str, limit: int) -> list[Content]:
    """The panel's history: the last ``limit`` decisions on the item, newest last."""
    history = review.history(identifier)
    lines = [panel_line(), panel_line(("History", BOLD), "" if history else ": no decision yet")]
    for entry in history[-limit:]:
        lines.append(
            panel_line(
                f"{entry.at[:16].replace('T', ' ')} {entry.editor}: "
                f"{entry.action.removeprefix(action_prefix)} {entry.state}"
            )
        )
    return lines
