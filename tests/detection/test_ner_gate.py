"""The model reads only the sentences that can hold a name (workstation.detection.ner_gate)."""

from __future__ import annotations

from workstation.detection import ner_gate
from workstation.detection.engine import DetectionEngine


def test_sentences_that_cannot_hold_a_name_are_blanked_in_place() -> None:
    text = (
        "The applicant alleged that the conditions of his detention had been degrading.\n"
        "He met Anna Berg on the bridge. It was raining all night long. They paid 40 dollars.\n"
        "A. Kaya signed."
    )
    gated = ner_gate.masked(text)
    assert len(gated) == len(text) and gated.count("\n") == text.count("\n")
    assert gated.startswith(" " * 40)  # no name can be in the first sentence
    for kept in ("He met Anna Berg on the bridge.", "They paid 40 dollars.", "A. Kaya signed."):
        assert kept in gated
    assert "It was raining all night long." not in gated


def test_the_gate_changes_no_finding_context_words_included(strict: DetectionEngine) -> None:
    text = (
        "The witness said that she had called the number several times.\n"
        "Her mobile was 555 0142 and she would answer after dark.\n"
        "Later Amira Haddad confirmed it."
    )
    gated = {(p.start, p.end, p.entity) for p in strict.detect(text)}
    batched = {(p.start, p.end, p.entity) for p in next(strict.detect_many([text]))}
    assert gated == batched
    assert (text.index("555"), text.index("555") + 8, "PHONE_NUMBER") in gated
    assert any(text[s:e] == "Amira Haddad" for s, e, _ in gated)
