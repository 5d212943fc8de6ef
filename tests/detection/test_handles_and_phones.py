"""User names named in prose and telephone numbers in more national forms (issue 16),
through the real engine with the default policy, on invented wording."""

from __future__ import annotations

import pytest

from workstation.detection.engine import DetectionEngine


def proposed(engine: DetectionEngine, text: str, entity: str) -> list[str]:
    return [text[p.start : p.end] for p in engine.detect(text) if p.entity == entity]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("On the forum she was known online as marsh_wren until 2012.", "marsh_wren"),
        ("He went by tovar.k in every chat room.", "tovar.k"),
        ("They wrote under the handle quietharbour, then vanished.", "quietharbour"),
        ("Il signait sous le pseudo rocaille88 sur le site.", "rocaille88"),
        ("Entró con el usuario pvaldes en la red interna.", "pvaldes"),
        ("Messages from ilka_dm on Telegram stopped in May.", "ilka_dm"),
        ("The leak was traced to selma.varga, who had access.", "selma.varga"),
        ("Someone calling himself red_kite9 posted the files.", "red_kite9"),
    ],
)
def test_handles_named_in_running_text(default: DetectionEngine, text: str, handle: str) -> None:
    assert handle in proposed(default, text, "USERNAME")


@pytest.mark.parametrize(
    "text",
    [
        "The letter had to go by hand, not by post.",
        "date;heure_entree;heure_sortie;nom\n",
        '<sms date_sent="0" read="1" />',
        "Open minutes.pdf and the style sheet sms.xsl first.",
        "The meeting ended.the next day nobody came.",
        "He was known as Tomas Brenner in the village.",
    ],
)
def test_no_handle_in_ordinary_words_field_names_or_file_names(
    default: DetectionEngine, text: str
) -> None:
    assert proposed(default, text, "USERNAME") == []


@pytest.mark.parametrize(
    "number",
    ["22.41.37.80", "0471.22.41.37", "044.512.34.56", "+44 (0)20 7946 0958 x12"],
)
def test_dotted_numbers_and_extensions_written_on(default: DetectionEngine, number: str) -> None:
    text = f"Reach the office on {number} in the morning."
    assert number in proposed(default, text, "PHONE_NUMBER")


def test_a_date_or_a_version_is_no_dotted_phone_number(default: DetectionEngine) -> None:
    text = "Signed on 12.05.2011 with release 1.2.3.4 installed."
    assert proposed(default, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "serial"),
    [
        ("The seized router, serial no. 3318-C 42, was logged.", "3318-C 42"),
        ("Label: S/N RT5520/09 on the back.", "RT5520/09"),
        ("Serial number: QF88231 17 on the handset.", "QF88231 17"),
    ],
)
def test_serials_written_in_two_groups(default: DetectionEngine, text: str, serial: str) -> None:
    assert serial in proposed(default, text, "DEVICE_ID")


def test_a_serial_does_not_take_the_count_after_it(default: DetectionEngine) -> None:
    text = "The asset tag 40771 3 times failed the check."
    assert "40771" in proposed(default, text, "DEVICE_ID")
