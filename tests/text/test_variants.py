"""The one generator of a name's forms, shared by deny lists, the gate and vault decisions."""

from __future__ import annotations

from workstation.text.folding import fold
from workstation.text.variants import name_variants, spellings, transliterated


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
