"""The furniture of documents is not proposed (issue 16, point 4).

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

from workstation.detection import furniture
from workstation.detection.engine import DetectionEngine
from workstation.detection.findings import Finding


def finding(text: str, piece: str, entity: str = "ORGANIZATION") -> Finding:
    start = text.index(piece)
    return Finding(start, start + len(piece), entity, 0.85, "spaCy")


def test_headings_in_capitals_and_cited_precedents_are_dropped() -> None:
    text = (
        "THE LAW\n\nII. ALLEGED VIOLATION OF ARTICLE 8\n\nLORO PRISON\n\n"
        "(see Petrov v. Ruritania [GC], no. 41203/98, § 120) and Anna Berg v. Norland, "
        "no. 1/05. Anna Berg met Petrov."
    )
    found = [
        finding(text, "THE LAW"),
        finding(text, "ALLEGED VIOLATION OF ARTICLE 8"),
        finding(text, "LORO PRISON"),
        finding(text, "Petrov", "PERSON"),
        finding(text, "Ruritania", "LOCATION"),
        finding(text, "Anna Berg", "PERSON"),
        Finding(text.rindex("Anna Berg"), text.rindex("Anna Berg") + 9, "PERSON", 0.85, "x"),
    ]
    kept = [text[f.start : f.end] for f in furniture.drop(found, text)]
    assert kept == ["LORO PRISON", "Anna Berg"]


def test_generic_bodies_and_latin_phrases_are_not_proposed(
    strict: DetectionEngine, default: DetectionEngine
) -> None:
    text = (
        "The Court notes that the Government, inter alia, relied on the Convention. "
        "Mutatis Mutandis, the Chamber agreed. Le Gouvernement et la Cour. "
        "The Supreme Court of Norland heard Anna Kowalczyk."
    )
    for engine in (strict, default):
        found = {text[p.start : p.end] for p in engine.detect(text)}
        assert not found & {
            "The Court",
            "Court",
            "Government",
            "inter alia",
            "Convention",
            "Mutatis Mutandis",
            "Chamber",
            "Gouvernement",
            "Cour",
        }, found
        assert "Anna Kowalczyk" in found
    organisations = [
        text[p.start : p.end] for p in strict.detect(text) if p.entity == "ORGANIZATION"
    ]
    assert any("Supreme Court of Norland" in name for name in organisations), organisations


def test_initials_that_sign_are_not_an_outline() -> None:
    from workstation.detection.findings import Finding
    from workstation.detection.furniture import drop

    text = "Keep this to yourselves.\n\nR. T.\n\nIV.\n"
    initials = Finding(26, 31, "PERSON", 0.8, "spaCy")
    numeral = Finding(33, 36, "PERSON", 0.8, "spaCy")
    assert drop([initials, numeral], text) == [initials]
