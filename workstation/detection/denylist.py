"""Deny lists: terms that are always proposed, found by one compiled multi-term pattern.

Every term (and, for names, the shorter forms :func:`name_variants` gives) is folded and joined
into a single alternation, longest first (:func:`literal_alternation`), so one pass over
the folded text finds all of them; possessives ("Haddad's") are matched and left
outside the span, a name's endings ("Vesku", "the Vesks", :func:`takes_ending`) inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from workstation.detection.alternation import literal_alternation
from workstation.detection.findings import DENY_RECOGNIZER, Finding
from workstation.policy.model import DenyList
from workstation.text.folding import fold, fold_term
from workstation.text.variants import ENDING, WORD_END, WORD_START, name_variants, takes_ending

_POSSESSIVE = r"(?:['\u2019]s?)?"


@dataclass(frozen=True)
class _Term:
    list_name: str
    entity: str
    decision: str
    variant: str
    inflects: bool  # the list's variants are on: endings count too


class DenyListMatcher:
    """All deny-list terms of a policy, ready to search any text."""

    def __init__(self, deny_lists: Iterable[DenyList]) -> None:
        self._terms: dict[str, _Term] = {}
        for deny in deny_lists:
            for term in deny.terms:
                for variant in name_variants(term) if deny.variants else {term}:
                    folded = fold_term(variant)
                    if folded:
                        found = _Term(deny.name, deny.entity, deny.decision, variant, deny.variants)
                        self._terms.setdefault(folded, found)
        alternation = literal_alternation(self._terms)
        self._pattern = (
            re.compile(rf"{WORD_START}({alternation}){ENDING}{_POSSESSIVE}{WORD_END}")
            if self._terms
            else None
        )

    def find(self, text: str) -> list[Finding]:
        if self._pattern is None:
            return []
        folded = fold(text)
        findings = []
        for match in self._pattern.finditer(folded.text):
            start, end = folded.span(match.start(1), max(match.end(1), match.end(2)))
            term = self._terms[match.group(1)]
            ending, written = match.group(2) or "", text[start:end]
            if ending and not (term.inflects and takes_ending(match.group(1), ending, written)):
                continue
            findings.append(
                Finding(
                    start,
                    end,
                    term.entity,
                    1.0,
                    DENY_RECOGNIZER,
                    pattern=term.list_name,
                    rule=f"deny list '{term.list_name}'",
                    decision=term.decision,  # type: ignore[arg-type]
                )
            )
        return findings
