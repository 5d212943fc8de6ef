"""Text findings: each planted mark is reported at its position, with the right kind."""

from __future__ import annotations

import pytest
from corpus import WATERMARKED_MEMO

from workstation.fingerprints import find, normalise, residual
from workstation.fingerprints.text_pass import MECHANICAL_KINDS
from workstation.policy.model import FingerprintRules


def test_every_planted_mark_is_found_at_its_position() -> None:
    found = {(f.kind, f.code, f.start) for f in find(WATERMARKED_MEMO.text)}
    for mark in WATERMARKED_MEMO.marks:
        assert mark in found, mark


def test_a_run_of_invisible_characters_is_one_finding_with_its_pattern() -> None:
    text = "Dear colleague,\u200b\u200c\u200b\u200b\u200c please read."
    (finding,) = find(text)
    assert (finding.kind, finding.start, finding.end, finding.count) == ("invisible", 15, 20, 5)
    assert finding.shown == "<ZWSP><ZWNJ><ZWSP><ZWSP><ZWNJ>"
    assert "\u200b" not in finding.shown and finding.replacement == ""


@pytest.mark.parametrize(
    ("char", "marker"),
    [
        ("\u200d", "<ZWJ>"),
        ("\u2060", "<WJ>"),
        ("\u202e", "<RLO>"),
        ("\u2066", "<LRI>"),
        ("\U000e0061", "<TAG-61>"),
        ("\ufe00", "<VS1>"),
        ("\u00ad", "<SHY>"),
    ],
)
def test_each_family_of_invisible_characters_is_named(char: str, marker: str) -> None:
    (finding,) = find(f"plain{char}text")
    assert finding.kind == "invisible" and finding.shown == marker and finding.start == 5


@pytest.mark.parametrize(
    ("space", "marker"),
    [
        ("\u00a0", "<NBSP>"),
        ("\u2009", "<THINSP>"),
        ("\u200a", "<HAIRSP>"),
        ("\u3000", "<IDSP>"),
        ("\u2007", "<FIGSP>"),
        ("\u202f", "<NNBSP>"),
    ],
)
def test_unusual_spaces_are_found_and_become_ordinary_spaces(space: str, marker: str) -> None:
    (finding,) = find(f"one{space}two")
    assert (finding.kind, finding.shown, finding.start) == ("unusual_space", marker, 3)
    assert normalise(f"one{space}two") == "one two"


def test_joiners_that_a_writing_system_needs_are_kept() -> None:
    persian = "می\u200cخواهم"  # the ZWNJ belongs to the spelling
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    flag = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    emoji = "\u2764\ufe0f"
    for text in (persian, family, flag, emoji):
        assert [f for f in find(text) if f.kind == "invisible"] == [], text
        assert normalise(text) == text


def test_mixed_script_words_are_mapped_to_their_own_script() -> None:
    text = "Pаris and Мoscow"  # Cyrillic a in a Latin word; Latin-looking М in Moscow
    swaps = {(f.start, f.replacement) for f in find(text) if f.kind == "homoglyph"}
    assert swaps == {(1, "a"), (10, "M")}
    assert normalise(text) == "Paris and Moscow"


def test_a_latin_letter_hidden_in_a_cyrillic_name_becomes_cyrillic() -> None:
    text = "Сергей Ивaнов"  # Latin a in a Cyrillic surname
    assert normalise(text) == "Сергей Иванов"


def test_genuine_cyrillic_names_accents_euro_and_em_dashes_survive() -> None:
    text = "Сергей Иванов and Jürgen Müller met São Paulo’s mayor — €5 million, Ελένη."
    out = normalise(text)
    for kept in ("Сергей Иванов", "Jürgen Müller", "São Paulo", "€5", " — ", "Ελένη"):
        assert kept in out
    assert [f for f in find(text) if f.kind == "homoglyph"] == []


def test_look_alike_digits_and_punctuation() -> None:
    text = "In 2O19 and l999 the B52 flew; total 1٠0 units\u037e done"
    out = normalise(text)
    assert "2019" in out and "1999" in out and "B52" in out and "100" in out
    assert "units; done" in out


def test_styled_letters_mixed_into_a_word_are_homoglyphs() -> None:
    text = "the 𝐁oard met"
    (finding,) = [f for f in find(text) if f.kind == "homoglyph"]
    assert (finding.code, finding.start, finding.replacement) == ("compatibility-form", 4, "B")


def test_stray_and_decomposed_combining_marks() -> None:
    text = "Jose\u0301 met t\u0335he envoy in Zürich"  # no letter is a stroke-overlay t
    found = {(f.code, f.start) for f in find(text) if f.kind == "combining_mark"}
    assert found == {("decomposed", 3), ("stray-mark", 10)}
    strict = FingerprintRules(combining_mark="normalise")
    assert normalise(text, strict) == "José met the envoy in Zürich"
    assert normalise(text) == "José met t\u0335he envoy in Zürich"  # default: review


def test_mixed_whitespace_and_punctuation_styles() -> None:
    text = 'One.  Two. Three.  Four "a" and “b” — or - c — d; 1990–1995, 555-0123.   \nEnd'
    codes = [(f.code, f.start) for f in find(text) if f.kind in ("whitespace", "punctuation")]
    assert ("sentence-spacing", text.index("  ")) in codes
    assert ("sentence-spacing", text.index("  Four")) in codes
    assert ("trailing-space", text.index("   \n")) in codes
    assert ("mixed-dashes", text.index(" - c")) in codes  # the spaced hyphen among em dashes
    assert normalise(text) == (
        'One. Two. Three. Four "a" and "b" — or — c — d; 1990-1995, 555-0123.\nEnd'
    )


def test_consistent_styles_are_not_findings() -> None:
    text = "He said “yes”. She said “no” — twice.\nAgain — twice."
    assert [f for f in find(text) if f.kind in ("whitespace", "punctuation")] == []


def test_copy_markings_are_found_but_never_normalised() -> None:
    text = (
        "[header]\nC:\\Users\\jdoe\\Desktop\\memo.docx\n\n"
        "Copy 7 of 12\nControl No: DCN-2009-0442\n"
        "Distribution: Minister, Deputy, Legal\n"
        "Printed by j.doe on the 4th floor\n"
    )
    found = {(f.code, text[f.start : f.end]) for f in find(text) if f.kind == "copy_marking"}
    assert ("copy-number", "Copy 7 of 12") in found
    assert ("control-number", "Control No: DCN-2009-0442") in found
    assert ("distribution-list", "Distribution: Minister, Deputy, Legal") in found
    assert ("recipient-marking", "Printed by j.doe") in found
    assert ("path-in-margin", "C:\\Users\\jdoe\\Desktop\\memo.docx") in found
    assert normalise(text, FingerprintRules(copy_marking="strip")) == text


def test_paths_in_pdf_page_margins_but_not_in_the_body() -> None:
    body = "\n".join(f"line {n} of the report" for n in range(10))
    page = f"/home/jdoe/report.pdf\n{body}\nuser: jdoe\n"
    text = page + "\f" + body.replace("line 5", "see /home/other/x.txt")
    found = [(f.code, text[f.start : f.end]) for f in find(text) if f.kind == "copy_marking"]
    assert ("path-in-margin", "/home/jdoe/report.pdf") in found
    assert ("username-in-margin", "user: jdoe") in found
    assert all("other" not in value for _, value in found)


def test_normalised_text_has_no_residual_under_a_policy_that_normalises_everything() -> None:
    rules = FingerprintRules(combining_mark="normalise")
    out = normalise(WATERMARKED_MEMO.text, rules)
    assert residual(out) == []
    before = {f.kind for f in residual(WATERMARKED_MEMO.text)}
    assert before >= {"invisible", "homoglyph", "unusual_space", "whitespace"}
    assert before <= set(MECHANICAL_KINDS)


def test_a_kind_left_to_review_stays_until_accepted() -> None:
    rules = FingerprintRules(invisible="review")
    out = normalise("a\u200bb", rules)
    assert out == "a\u200bb" and [f.kind for f in residual(out)] == ["invisible"]
    assert normalise("a\u200bb", rules, also={"invisible"}) == "ab"
    assert residual(out, allowed={"invisible"}) == []
