"""Look-alikes and marks the pass and the gate share (issue 14, points 2 and 4).

Point 2: a word's script comes from the document's script and the confusable skeleton,
so a Latin text whose words were mostly swapped for Cyrillic twins comes back Latin;
normalising is idempotent and leaves nothing the residual check (the gate's) flags.
Point 4: every variation selector, foreign and styled digits, symbols posing as letters,
and combining marks that are not the word's own.
"""

from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workstation.fingerprints import find, normalise, residual
from workstation.fingerprints.scripts import script
from workstation.policy.model import FingerprintRules
from workstation.release import gate
from workstation.release.readback import read_text_file

STRICT = FingerprintRules(combining_mark="normalise")
TWINS = dict(zip("aceopxyijsABEHKMOPCTX", "асеорхуіјѕАВЕНКМОРСТХ", strict=True))
"""Latin letters and the Cyrillic letters that imitate them (what a canary trap swaps)."""
CLEAN = (
    "The minister approved the budget for the harbour office on Tuesday.\n"
    "Everyone expects a copy of the report; the envoy keeps his own notes.\n"
    "Payments of 4,500 euros were made in 2019 and 2020 to a shipping company.\n"
)


def swapped(word: str, share: float) -> str:
    """The word with `share` of its letters that have a Cyrillic twin swapped for it."""
    positions = [index for index, char in enumerate(word) if char in TWINS]
    chosen = set(positions[: round(len(positions) * share + 0.49)])
    return "".join(TWINS[char] if i in chosen else char for i, char in enumerate(word))


def marked(text: str, every: int, share: float) -> str:
    """Every `every`-th word of the text with `share` of its letters swapped."""
    lines = []
    for line in text.split("\n"):
        words = line.split(" ")
        lines.append(
            " ".join(swapped(w, share) if n % every == 0 else w for n, w in enumerate(words))
        )
    return "\n".join(lines)


@pytest.mark.parametrize("every", [1, 2, 5])
@pytest.mark.parametrize("share", [0.3, 0.6, 0.8, 1.0])
def test_a_latin_text_with_words_swapped_for_cyrillic_twins_comes_back_latin(
    every: int, share: float
) -> None:
    text = marked(CLEAN, every, share)
    assert text != CLEAN
    out = normalise(text)
    assert out == normalise(CLEAN) == CLEAN
    assert all(script(char) != "CYRILLIC" for char in out)  # nothing turned Cyrillic
    assert residual(out) == []


def test_a_word_mostly_swapped_keeps_its_latin_letters_latin() -> None:
    text = "We saw Тһе wіndоw and the еnvоу."  # T, h, e Cyrillic; w, d, n, v Latin
    out = normalise(text)
    assert out == "We saw The window and the envoy."
    assert "\u0461" not in out and "\u051d" not in out  # no Cyrillic omega or we


def test_genuine_cyrillic_words_stay_cyrillic_in_a_latin_text() -> None:
    text = "The envoy met Вера Орехова and Сергей Иванов; Иван said «да» in Москва."
    assert normalise(text) == text
    assert [f for f in find(text) if f.kind == "homoglyph"] == []


def test_a_cyrillic_text_stays_cyrillic_and_its_latin_twins_go_back() -> None:
    text = "Сергей Иванов встретился с послом в Мoскве. Он сказал: Pаris."
    out = normalise(text)
    assert out == "Сергей Иванов встретился с послом в Москве. Он сказал: Paris."


WORDS = st.sampled_from(
    [
        "minister",
        "copy",
        "envoy",
        "Paris",
        "Сергей",
        "Иванов",
        "Вера",
        "Jürgen",
        "café",
        "2019",
        "Ελένη",
        "'quote'",
        '"said"',
        "—",
    ]
)
ODDITIES = list(
    "асеорхуіјѕАВЕНКМОРСТХгЖдяαοιΑΟρλ"  # twins and letters only their own script has
    "\u0301\u0308\u0335\u0483\u0306"  # accents, an overlay, a Cyrillic titlo, a breve
    "\u180b\u180f\ufe0f\u200b\u00a0"  # selectors, a zero-width and a no-break space
    "２٢𝟐०℮∨⍺𝐁ｅ"  # fullwidth, Arabic-Indic, mathematical, Devanagari digits; symbols
    "“”–-.\n "
)


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Words of several scripts with odd characters dropped in anywhere."""
    text = " ".join(draw(st.lists(WORDS, max_size=12)))
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(ODDITIES + list(string.ascii_letters))) + text[at:]
    return text


ANY_TEXT = st.one_of(
    texts(), st.text(st.sampled_from(ODDITIES + list("abeoptTHE0l1 ")), max_size=40)
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_normalising_twice_is_normalising_once(text: str) -> None:
    once = normalise(text, STRICT)
    assert normalise(once, STRICT) == once


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_normalised_text_holds_nothing_the_residual_check_flags(text: str) -> None:
    out = normalise(text, STRICT)
    assert [(f.kind, f.code, f.shown) for f in residual(out)] == []


# --- point 4: coverage ---


@pytest.mark.parametrize("selector", ["\u180b", "\u180c", "\u180d", "\u180f", "\ufe0e"])
def test_every_variation_selector_is_invisible_and_removed(selector: str) -> None:
    text = f"the off{selector}ice"
    (finding,) = find(text)
    assert (finding.kind, finding.code, finding.start) == ("invisible", "VS", 7)
    assert normalise(text) == "the office"


def test_mongolian_free_variation_selectors_are_kept_after_mongolian_letters() -> None:
    mongolian = "ᠮᠣᠩ\u180bᠭᠣᠯ"
    assert find(mongolian) == [] and normalise(mongolian) == mongolian


@pytest.mark.parametrize(
    "number",
    ["٢٠١٩", "۲۰۱۹", "२०१९", "２０１９", "𝟐𝟎𝟏𝟗", "𝟚𝟘𝟙𝟡", "2٠19", "２019"],
)
def test_foreign_and_styled_digits_among_ascii_digits_become_ascii(number: str) -> None:
    text = f"Paid 4,500 euros in {number}, and 300 in 2020."
    assert normalise(text) == "Paid 4,500 euros in 2019, and 300 in 2020."
    assert {f.code for f in find(text) if f.kind == "homoglyph"} == {"digit-lookalike"}


def test_digits_of_a_text_that_writes_them_its_own_way_are_kept() -> None:
    arabic = "في عام ٢٠١٩ دفع ٣٠٠ دينار"
    hindi = "वर्ष २०१९ में ३०० रुपये"
    japanese = "２０１９年に３００円"
    for text in (arabic, hindi, japanese):
        assert normalise(text) == text, text


@pytest.mark.parametrize(
    ("marked_text", "clean"),
    [("o∨er the ℮nvoy", "over the envoy"), ("the ⍺gent", "the agent"), ("⊤he end", "The end")],
)
def test_symbols_posing_as_letters_inside_words(marked_text: str, clean: str) -> None:
    assert normalise(marked_text) == clean


def test_symbols_between_words_and_typographic_signs_are_kept() -> None:
    text = "A ∨ B at 25°C, 3×4 rooms"
    assert normalise(text) == text


def test_an_accent_the_word_does_not_have_is_removed_not_composed() -> None:
    text = "the offi\u0301ce"
    (finding,) = find(text)
    assert (finding.kind, finding.code, finding.replacement) == (
        "combining_mark",
        "stray-mark",
        "i",
    )
    assert normalise(text, STRICT) == "the office"
    default = normalise(text)  # under review: left as it is, and the gate still sees it
    assert "í" not in default and [f.kind for f in residual(default)] == ["combining_mark"]


def test_an_accent_of_a_text_that_writes_accents_is_composed() -> None:
    text = "Le cafe\u0301 est prêt, très bien, à la gare."
    assert normalise(text, STRICT) == "Le café est prêt, très bien, à la gare."
    assert normalise(text) == "Le café est prêt, très bien, à la gare."


def test_an_accent_on_a_word_the_text_also_writes_plain_is_removed() -> None:
    text = "Le café du bureau. Le bureau\u0301 est prêt."
    assert normalise(text, STRICT) == "Le café du bureau. Le bureau est prêt."


@pytest.mark.parametrize("mark", ["\u0483", "\u05b4", "\u064e", "\u093c"])
def test_a_mark_of_another_script_on_a_latin_letter_is_removed(mark: str) -> None:
    text = f"Bra{mark}vo, the café"
    (finding,) = [f for f in find(text) if f.kind == "combining_mark"]
    assert finding.code == "stray-mark"
    assert normalise(text, STRICT) == "Bravo, the café"


def test_marks_a_script_needs_are_kept() -> None:
    for text in ("ـَ مرحبا", "שָׁלוֹם", "हिन्दी", "Ελένη", "й"):
        assert [f for f in find(text) if f.kind == "combining_mark"] == [], text


@pytest.mark.parametrize(
    "output",
    ["the off\u180bice", "paid in ٢٠١٩ and 2020", "o∨er", "the offi\u0301ce", "Тһе end"],
)
def test_the_gate_refuses_what_the_pass_finds(output: str) -> None:
    check = gate.no_fingerprints(read_text_file(output.encode(), markdown=False))
    assert not check.passed
    assert output not in check.detail


@pytest.mark.parametrize("letter", ["й", "ё", "ї", "ў"])
def test_a_cyrillic_alphabet_letter_written_decomposed_is_composed_not_stripped(
    letter: str,
) -> None:
    """'й' is a letter of its own, not 'и' with an accent: stripping the breve in a text
    with no other accent would rename 'Сергей' to 'Сергеи'."""
    word = f"Серге{letter}"
    text = f"the minister {unicodedata.normalize('NFD', word)} left"
    assert normalise(text, STRICT) == f"the minister {word} left"
