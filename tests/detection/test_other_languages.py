"""Spanish and French documents and exported data, through the real engine.

Written for the shapes a newsroom receives besides English prose: dates, times,
addresses and identity documents in Spanish and French, SMS backups, and the words
of those languages that the English model takes for names. None of these strings
comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection import rules
from workstation.detection.engine import DetectionEngine
from workstation.detection.findings import Finding
from workstation.policy import PolicyRegistry


def proposed(engine: DetectionEngine, text: str) -> dict[str, str]:
    """Each proposed span's text and entity."""
    return {text[p.start : p.end]: p.entity for p in engine.detect(text)}


@pytest.mark.parametrize(
    "date",
    [
        "4 de abril de 2011",
        "martes 5 de abril",
        "el 1er mai 2009",
        "vendredi 8 avril 2011",
        "Mardi 12 Avril 2011",
        "agosto de 2010",
        "octobre 2008",
        "14h20",
        "8h",
        "10h à 12h30",
    ],
)
def test_spanish_and_french_dates_and_times(strict: DetectionEngine, date: str) -> None:
    text = f"Según el acta, {date}, nada más."
    expected = date.removeprefix("el ")
    assert proposed(strict, text).get(expected) == "DATE_TIME", proposed(strict, text)


def test_a_weekday_after_an_article_is_a_day(strict: DetectionEngine) -> None:
    assert proposed(strict, "Lo vi el jueves en el puerto.").get("jueves") == "DATE_TIME"
    assert proposed(strict, "On le reverra le lundi 11 au tribunal.").get("lundi 11") == (
        "DATE_TIME"
    )
    assert "jeudi" not in proposed(strict, "Tous les jeudis, la réunion.")


def test_epoch_milliseconds_in_an_sms_backup(strict: DetectionEngine) -> None:
    text = (
        '<sms protocol="0" address="+12025550119" date="1302601500000" type="1" '
        'body="on se voit ce soir" date_sent="1302601497000" contact_name="Awa Diop" />\n'
        '<sms protocol="0" address="+12025550120" date="1302601600000" type="2" '
        'body="ok" contact_name="(Unknown)" />'
    )
    found = proposed(strict, text)
    assert found["1302601500000"] == "DATE_TIME" and found["1302601497000"] == "DATE_TIME"
    assert found["Awa Diop"] == "PERSON"
    assert found["+12025550119"] == "PHONE_NUMBER"
    assert "(Unknown)" not in found and "Unknown" not in found
    # a long number elsewhere is not a date
    assert "DATE_TIME" not in proposed(strict, "Invoice 1302601500000 was paid.").values()


@pytest.mark.parametrize(
    "address",
    [
        "Calle Real 48, 2º A",
        "calle Las Flores 210, dpto. 5",
        "Av. Sucre 77, depto. 3",
        "31 rue des Acacias",
        "5 boulevard de la Paix",
        "12 avenue d'Ouagadougou",
        "ulitsa Tolstogo 16, kv. 40",
        "mikrorayon Aksai-3, dom 12, kv. 7",
    ],
)
def test_street_addresses_in_spanish_french_and_russian_forms(
    default: DetectionEngine, address: str
) -> None:
    text = f"Elle habite {address}, près du marché."
    assert proposed(default, text).get(address) == "STREET_ADDRESS", proposed(default, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Su DNI es 30.481.266-T y vive sola.", "30.481.266-T"),
        ("Su DNI\n27563410K figura en el acta.", "27563410K"),
        ("carte nationale d'identité n° 1 04 1979 00321 délivrée", "1 04 1979 00321"),
        ("sa carte d'identité n° 0915 4482 7610 a été saisie", "0915 4482 7610"),
        ("passeport n° 10CD54321 en cours de validité", "10CD54321"),
        ("C.I. 6.214.887 expedida en La Paz", "6.214.887"),
        ("NIN: 40129557381, issued 2012", "40129557381"),
    ],
)
def test_identity_numbers_named_by_their_label(
    default: DetectionEngine, text: str, number: str
) -> None:
    assert proposed(default, text).get(number) == "PASSPORT_NUMBER", proposed(default, text)


def test_a_label_without_a_number_proposes_nothing(default: DetectionEngine) -> None:
    found = proposed(default, "Le DNI de su madre y la cédula están en la oficina.")
    assert "PASSPORT_NUMBER" not in found.values()


def test_spanish_and_french_function_words_are_not_names() -> None:
    """The English model's guesses that start with a function word are dropped; names stay."""
    text = (
        "Que el abogado revise. Sin embargo, la nota. Je pars. Celui qui parle. "
        "La Tribune du Soir, el Flaco, la Aduana de Puerto Lobos. Nada Khoury and Lo Wing-kei "
        "met at Chez Marcel with Elle Duval."
    )
    guesses = {
        "Que el abogado": False,
        "Sin embargo": False,
        "la nota": False,
        "Je": False,
        "Celui qui": False,
        "La Tribune du Soir": True,
        "el Flaco": True,
        "la Aduana de Puerto Lobos": True,
        # Words of those languages that are also names stay when a name follows.
        "Nada Khoury": True,
        "Lo Wing-kei": True,
        "Chez Marcel": True,
        "Elle Duval": True,
    }
    findings = [
        Finding(text.index(g), text.index(g) + len(g), "ORGANIZATION", 0.85, "spaCy")
        for g in guesses
    ]
    policy = PolicyRegistry().load("default").policy
    kept = rules.PolicyRules(policy).drop_allowed(findings, text)
    assert {text[f.start : f.end] for f in kept} == {g for g, stays in guesses.items() if stays}


def test_a_nationality_written_whole_is_not_taken_for_a_function_word(
    strict: DetectionEngine,
) -> None:
    """'de nacionalidad X' starts with 'de' but is the whole NRP expression, kept."""
    found = proposed(
        strict,
        "Ramiro Choque Mamani, de nacionalidad peruana, y Aïssata Baldé, de nationalité "
        "sénégalaise, fueron trasladados. La carta de la madre llegó tarde.",
    )
    assert found.get("de nacionalidad peruana") == "NRP"
    assert found.get("de nationalité sénégalaise") == "NRP"
    assert "de la madre" not in found


def test_a_copy_marking_in_spanish_and_french(strict: DetectionEngine) -> None:
    found = proposed(strict, "Informe reservado, copia 2 de 3.\nExemplaire n° 1 sur 4 - diffusion.")
    assert found.get("copia 2 de 3") == "CONTROL_NUMBER"
    assert found.get("Exemplaire n° 1 sur 4") == "CONTROL_NUMBER"
