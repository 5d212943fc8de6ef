"""The policy's rules applied to raw findings: allow lists, context boosts, thresholds.

Each rule that changes a finding leaves a note, so a reviewer sees exactly why a span
was proposed with the score and decision it has.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from workstation.detection.findings import Decision, Finding
from workstation.policy.model import ContextBoost, Policy

_WORD = re.compile(r"\w+")


def drop_allowed(findings: list[Finding], text: str, policy: Policy) -> list[Finding]:
    """Remove findings whose text is on an allow list (deny-list hits are never dropped).

    An allow list that names entities applies only to findings of those entities.
    """
    lists = [
        (
            frozenset(allow.entities),
            {" ".join(term.split()).casefold() for term in allow.exact},
            [re.compile(p) for p in allow.patterns],
        )
        for allow in policy.allow_lists
    ]

    def allowed(finding: Finding) -> bool:
        span = " ".join(text[finding.start : finding.end].split())
        return any(
            (not entities or finding.entity in entities)
            and (span.casefold() in exact or any(p.fullmatch(span) for p in patterns))
            for entities, exact, patterns in lists
        )

    return [f for f in findings if f.from_deny_list or not allowed(f)]


def apply_boosts(findings: list[Finding], text: str, policy: Policy) -> list[Finding]:
    """Raise findings near trigger words (e.g. a name near STRICTLY PROTECT)."""
    if not policy.context_boosts:
        return findings
    word_starts = [match.start() for match in _WORD.finditer(text)]
    boosted = []
    for original in findings:
        finding = original
        for boost in policy.context_boosts:
            if finding.entity in boost.entities:
                trigger = _nearby_trigger(finding, text, boost, word_starts)
                if trigger:
                    finding = replace(
                        finding,
                        score=min(1.0, finding.score + boost.boost),
                        decision=boost.decision,
                        context_words=(*finding.context_words, trigger),
                        rule=finding.rule or f"context boost '{boost.name}'",
                    ).with_note(f"within {boost.window} words of '{trigger}'")
        boosted.append(finding)
    return boosted


def _nearby_trigger(
    finding: Finding, text: str, boost: ContextBoost, word_starts: list[int]
) -> str | None:
    first = bisect.bisect_left(word_starts, finding.start)
    last = bisect.bisect_left(word_starts, finding.end)
    low = word_starts[max(0, first - boost.window)] if word_starts else 0
    high_index = min(len(word_starts) - 1, last + boost.window)
    high = word_starts[high_index] + 40 if word_starts else len(text)
    window = text[low:high]
    for word in sorted(boost.words, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", window, re.IGNORECASE):
            return word
    return None


def apply_thresholds(findings: list[Finding], policy: Policy) -> list[Finding]:
    """Keep findings at or above their entity's minimum score; set each decision.

    Deny-list hits and findings already decided by a rule keep their decision.
    Entities the policy ignores, or does not name at all, are dropped.
    """
    kept = []
    for finding in findings:
        rule = policy.entities.get(finding.entity)
        if finding.from_deny_list:
            kept.append(finding)
            continue
        if rule is None or rule.decision == "ignore" or finding.score < rule.min_score:
            continue
        decision = finding.decision or _pattern_decision(finding, policy) or rule.decision
        kept.append(replace(finding, decision=decision))
    return kept


def _pattern_decision(finding: Finding, policy: Policy) -> Decision | None:
    for pattern in policy.patterns:
        if pattern.name == finding.pattern and pattern.decision:
            return pattern.decision
    return None
