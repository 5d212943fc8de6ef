"""The one generator of a name's forms, shared by deny lists, the gate and vault decisions."""

from __future__ import annotations

from workstation.text.folding import fold
from workstation.text.variants import (
    name_variants,
    occurrences,
    spellings,
    takes_ending,
    transliterated,
)


def test_a_name_of_several_words_has_its_shorter_forms() -> None:
    assert name_variants("Farah Naz Khan") == {
        "Farah Naz Khan",
        "Farah Khan",
        "F. Khan",
        "F Khan",
        "Khan",
    }


def test_the_surname_alone_can_be_left_out() -> None:
    assert "Qureshi" not in name_variants("Tariq Mahmood Qureshi", surname=False)
    assert "T. Qureshi" in name_variants("Tariq Mahmood Qureshi", surname=False)


def test_one_word_short_surnames_and_codes_stay_whole() -> None:
    assert name_variants("Haddad") == {"Haddad"}
    assert name_variants("Wei Li") == {"Wei Li"}
    assert name_variants("7 Blue") == {"7 Blue"}


def test_spellings_fold_case_diacritics_and_other_scripts() -> None:
    forms = spellings("Teodor Marić")
    assert {"teodor maric", "t. maric", "maric"} <= forms
    assert "tarik kureshi" in spellings("Тарик Куреши")


def test_transliterated_text_keeps_the_map_to_the_original() -> None:
    text = "Report: Тарик Куреши met them."
    spelled = transliterated(fold(text))
    start = spelled.text.index("tarik kureshi")
    begin, end = spelled.span(start, start + len("tarik kureshi"))
    assert text[begin:end] == "Тарик Куреши"
    plain = fold("only ascii")
    assert transliterated(plain) is plain


def test_an_inflected_surname_is_an_occurrence_of_the_name() -> None:
    text = "Poslao ga je Vesku, pismo od Veska. Later the Vesks left; VESKOVI wrote; Veski."
    found = [text[start:end] for start, end, _ in occurrences(text, spellings("Radomir Vesk"))]
    assert found == ["Vesku", "Veska", "Vesks", "VESKOVI"]


def test_an_ending_counts_only_on_a_capitalised_long_enough_surname() -> None:
    bell = spellings("Anna Bell")
    assert occurrences("The bells rang; Bella came.", bell) == [(16, 21, "bell")]
    assert occurrences("Leeds and Leea are not Lee.", spellings("Wen Lee")) == [(23, 26, "lee")]
    assert occurrences("The Vesksky report.", spellings("Radomir Vesk")) == []


def test_takes_ending_is_the_one_rule() -> None:
    assert takes_ending("vesk", "", "vesk")
    assert takes_ending("radomir vesk", "om", "Radomir Veskom")
    assert takes_ending("vesk", "u", "VESKU")
    assert not takes_ending("vesk", "u", "vesku")
    assert not takes_ending("porter", "em", "PorterEM")
    assert not takes_ending("lee", "s", "Lees")
    assert not takes_ending("nc-17", "s", "NC-17s")


def test_endings_can_be_left_out() -> None:
    """A vault-wide "never" keeps the name as written, not every word made from it."""
    text = "Anna Bell met Bella."
    assert [form for *_, form in occurrences(text, spellings("Anna Bell"))] == ["anna bell", "bell"]
    assert occurrences(text, spellings("Anna Bell"), endings=False) == [(0, 9, "anna bell")]
