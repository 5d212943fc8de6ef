"""The overlap resolution's sorted search keeps the output of the plain one it replaced.

``resolve`` once tested every kept finding for a clash (quadratic on long documents);
it now bisects their sorted starts. The reference below is that earlier loop, kept
verbatim but for its helpers, and both must agree on random mixes of model, finder and
deny-list findings, equal and nested spans included.
"""

from __future__ import annotations

import random
from dataclasses import replace

from workstation.detection import overlaps
from workstation.detection.findings import DENY_RECOGNIZER, Finding

TEXT = (
    "Dr. Farah Khan met Nodar Chkheidze at 14 Rue de la Paix, Paris, on 3 May 2021; "
    "call +33 1 42 68 53 00 or write farah.khan@example.org. Ms. Leyla's driver, "
    "Tomas, waited outside Banque Sahel SA while the board of the Almaresh Trust met.\n"
) * 3
ENTITIES = ["PERSON", "ORGANIZATION", "LOCATION", "NRP", "EMAIL_ADDRESS", "PHONE_NUMBER"]
RECOGNIZERS = ["spaCy NER (en_core_web_sm)", "cued names", "given names", DENY_RECOGNIZER]


def _reference(findings: list[Finding], text: str | None) -> list[Finding]:
    if text is not None:
        findings = [overlaps._trimmed(f, text) for f in findings]
    kept: list[Finding] = []

    def absorb(winner: Finding, loser: Finding) -> None:
        note = f"absorbed {loser.entity} from {loser.recognizer}"
        if note not in winner.notes:
            kept[kept.index(winner)] = winner.with_note(note)

    for candidate in sorted(findings, key=overlaps.rank, reverse=True):
        pieces = [candidate]
        while pieces:
            current = pieces.pop()
            clash = next((k for k in kept if k.start < current.end and current.start < k.end), None)
            if clash is None:
                kept.append(current)
            elif overlaps._reads_the_words(current, clash):
                kept.remove(clash)
                kept.append(current.with_note(f"absorbed {clash.entity} from {clash.recognizer}"))
            elif clash.start <= current.start and current.end <= clash.end:
                absorb(clash, current)
            elif overlaps.tier(clash) > overlaps.tier(current):
                absorb(clash, current)
                pieces.extend(overlaps._outside(current, clash, text))
            else:
                kept.remove(clash)
                leader, other = (
                    (clash, current)
                    if overlaps.rank(clash) >= overlaps.rank(current)
                    else (current, clash)
                )
                pieces.append(
                    replace(
                        leader,
                        start=min(clash.start, current.start),
                        end=max(clash.end, current.end),
                    ).with_note(f"merged with {other.entity} from {other.recognizer}")
                )
    if text is not None:
        kept = [overlaps._trimmed(f, text) for f in kept]
    return sorted(kept, key=lambda f: (f.start, f.end))


def _random_findings(chooser: random.Random, count: int) -> list[Finding]:
    found = []
    for _ in range(count):
        start = chooser.randrange(len(TEXT) - 1)
        end = min(len(TEXT), start + chooser.choice([1, 2, 4, 9, 15, 30, 80]))
        found.append(
            Finding(
                start=start,
                end=end,
                entity=chooser.choice(ENTITIES),
                score=chooser.choice([0.4, 0.6, 0.85, 1.0]),
                recognizer=chooser.choice(RECOGNIZERS),
            )
        )
    return found + found[: count // 10]  # some findings twice, as two recognizers give them


def test_sorted_search_resolves_as_the_plain_one() -> None:
    chooser = random.Random(16)
    for round_ in range(300):
        findings = _random_findings(chooser, chooser.choice([2, 10, 40, 120]))
        text = TEXT if round_ % 2 else None
        assert overlaps.resolve(findings, text) == _reference(findings, text)
