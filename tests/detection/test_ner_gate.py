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


def test_words_far_from_any_that_could_be_an_entity_are_blanked_in_place() -> None:
    filler = "the applicant said that his cell was cold and damp and that nobody came " * 2
    text = f"{filler}to see Anna Berg in the {filler}during the six weeks of his stay, {filler}."
    gated = ner_gate.masked(text)
    assert len(gated) == len(text)
    words = text.split()
    anna = words.index("Anna")
    # The model's window: REACH words each side of a capitalised word are kept.
    kept = " ".join(words[anna - ner_gate.REACH : anna + 2 + ner_gate.REACH])
    assert kept in gated and f"came {kept}" not in gated
    assert "of his stay," in gated and "during the six weeks" in gated  # a word of time
    assert gated.startswith(" " * 100) and not gated.rstrip().endswith(".")


def test_what_may_be_part_of_an_entity() -> None:
    for word in ("Kaya", "(Kaya),", "4.2", "Drevna's", "Åsa", "nguyễn", "weeks", "five-year"):
        assert ner_gate._may_be_entity(word), word
    for word in ("The", "However,", "applicant", "cell.", "—", "l'homme"):
        assert not ner_gate._may_be_entity(word), word


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
