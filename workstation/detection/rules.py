"""The policy's rules applied to raw findings: allow lists, context boosts, thresholds.

Each rule that changes a finding leaves a note, so a reviewer sees exactly why a span
was proposed with the score and decision it has.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from workstation.detection.findings import Decision, Finding
from workstation.policy.model import Policy

_WORD = re.compile(r"\w+")


class PolicyRules:
    """A policy's rules, compiled once for all the texts an engine scans."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.allow_lists = [
            (
                frozenset(allow.entities),
                {" ".join(term.split()).casefold() for term in allow.exact},
                [re.compile(p) for p in allow.patterns],
            )
            for allow in policy.allow_lists
        ]
        self.boosts = [
            (boost, [(w, _whole_word(w)) for w in sorted(boost.words, key=len, reverse=True)])
            for boost in policy.context_boosts
        ]
        self.pattern_decisions: dict[str, Decision] = {}
        for pattern in policy.patterns:
            if pattern.decision:
                self.pattern_decisions.setdefault(pattern.name, pattern.decision)

    def drop_allowed(self, findings: list[Finding], text: str) -> list[Finding]:
        """Remove findings whose text is on an allow list (deny-list hits are never dropped).

        An allow list that names entities applies only to findings of those entities.
        """
        if not self.allow_lists:
            return findings

        def allowed(finding: Finding) -> bool:
            span = " ".join(text[finding.start : finding.end].split())
            return any(
                (not entities or finding.entity in entities)
                and (span.casefold() in exact or any(p.fullmatch(span) for p in patterns))
                for entities, exact, patterns in self.allow_lists
            )

        return [f for f in findings if f.from_deny_list or not allowed(f)]

    def apply_boosts(self, findings: list[Finding], text: str) -> list[Finding]:
        """Raise findings near trigger words (e.g. a name near STRICTLY PROTECT)."""
        if not self.boosts:
            return findings
        word_starts = [match.start() for match in _WORD.finditer(text)]
        boosted = []
        for original in findings:
            finding = original
            for boost, words in self.boosts:
                if finding.entity in boost.entities:
                    trigger = _nearby_trigger(finding, text, boost.window, words, word_starts)
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

    def apply_thresholds(self, findings: list[Finding]) -> list[Finding]:
        """Keep findings at or above their entity's minimum score; set each decision.

        Deny-list hits and findings already decided by a rule keep their decision.
        Entities the policy ignores, or does not name at all, are dropped.
        """
        kept = []
        for finding in findings:
            rule = self.policy.entities.get(finding.entity)
            if finding.from_deny_list:
                kept.append(finding)
                continue
            if rule is None or rule.decision == "ignore" or finding.score < rule.min_score:
                continue
            decision = (
                finding.decision or self.pattern_decisions.get(finding.pattern) or rule.decision
            )
            kept.append(replace(finding, decision=decision))
        return kept


def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)


def _nearby_trigger(
    finding: Finding,
    text: str,
    window_words: int,
    words: list[tuple[str, re.Pattern[str]]],
    word_starts: list[int],
) -> str | None:
    first = bisect.bisect_left(word_starts, finding.start)
    last = bisect.bisect_left(word_starts, finding.end)
    low = word_starts[max(0, first - window_words)] if word_starts else 0
    high_index = min(len(word_starts) - 1, last + window_words)
    high = word_starts[high_index] + 40 if word_starts else len(text)
    window = text[low:high]
    for word, pattern in words:
        if pattern.search(window):
            return word
    return None
