"""Languages of paragraphs, and names read by the model for each (issue 16, point 5).

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import itertools

from workstation.detection import languages
from workstation.detection.engine import FRENCH_RECOGNIZER, DetectionEngine

ENGLISH = (
    "The committee met on Tuesday to discuss the budget. The chairman said that the "
    "accounts had been audited and that the report was ready for the board."
)
FRENCH = (
    "Le comité s'est réuni mardi pour examiner le budget. Le président a déclaré que les "
    "comptes avaient été vérifiés et que le rapport était prêt pour le conseil."
)
SPANISH = (
    "El comité se reunió el martes para discutir el presupuesto. El presidente dijo que "
    "las cuentas habían sido auditadas y que el informe estaba listo para la junta."
)
GERMAN = (
    "Der Ausschuss trat am Dienstag zusammen, um den Haushalt zu beraten. Der Vorsitzende "
    "erklärte, die Konten seien geprüft worden und der Bericht liege dem Vorstand vor."
)


def languages_of(text: str) -> list[str]:
    return [segment.language for segment in languages.segments(text)]


def test_each_run_of_paragraphs_gets_its_language_and_the_text_is_covered() -> None:
    text = f"{ENGLISH}\n\n{FRENCH}\n\n{FRENCH}\n\n{SPANISH}\n"
    found = languages.segments(text)
    assert [s.language for s in found] == ["en", "fr", "es"]
    assert found[0].start == 0 and found[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(found))


def test_a_heading_or_a_table_takes_the_document_language() -> None:
    text = f"RAPPORT\n\nNom : Ana Ruiz\nTél. : 555 0101\n\n{FRENCH}"
    assert languages_of(text) == ["fr"]


def test_languages_without_a_name_model_are_named_plainly() -> None:
    assert languages.without_name_model(f"{ENGLISH}\n\n{FRENCH}") == []
    assert languages.without_name_model(f"{SPANISH}\n\n{GERMAN}") == ["Spanish", "German"]
    assert languages.notice("Spanish") == (
        "no name model for Spanish: names are found only through deny lists, patterns "
        "and layout cues"
    )


def test_french_paragraphs_are_read_by_the_french_model(strict: DetectionEngine) -> None:
    text = (
        f"{ENGLISH}\n\nSelon le procès-verbal, Adjoa Kpelly a rencontré le "
        "directeur de la société Bénin Logistique à Cotonou, où elle a remis les "
        "documents au commissaire.\n"
    )
    for proposals in (strict.detect(text), next(strict.detect_many([text]))):
        by_model = {
            text[p.start : p.end]
            for p in proposals
            if p.reason.get("recognizer") == FRENCH_RECOGNIZER
        }
        assert "Adjoa Kpelly" in by_model, by_model


def test_no_name_model_runs_on_a_language_without_one(strict: DetectionEngine) -> None:
    text = f"{SPANISH} Escribió Ramiro Castañeda a las siete.\n"
    recognizers = {str(p.reason.get("recognizer")) for p in strict.detect(text)}
    assert not any(r.startswith("spaCy NER") for r in recognizers), recognizers
