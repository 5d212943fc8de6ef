# ruff: noqa: RUF001  (month names in Turkish and Cyrillic)
"""Dates and hours in languages the policy patterns do not know, read whole
(workstation.detection.phrases.dates_abroad), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import importlib
import re

import pytest

from workstation.detection.phrases import dates_abroad


def texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in dates_abroad.dates_abroad(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Porada byla v pátek 9. října 2009 v 8:30 ráno.", "pátek 9. října 2009 v 8:30"),
        (
            "Przesłuchanie w środę, 4 listopada 2009 r. o godz. 9.",
            "środę, 4 listopada 2009 r. o godz. 9",
        ),
        ("Rozmowa dnia 21 lutego 2008 r. w biurze", "dnia 21 lutego 2008 r."),
        ("Uhićen je 7. svibnja 2010. godine u 6 sati.", "7. svibnja 2010. godine u 6 sati"),
        ("Zaslišanje je bilo 12. junija 2012.", "12. junija 2012"),
        ("Az ülés 2010. június 3-án 9 órakor kezdődött.", "2010. június 3-án 9 órakor"),
        ("Audierea a fost marți, 8 iunie 2010, la ora 9:15.", "marți, 8 iunie 2010, la ora 9:15"),
        ("Görüşme 4 Ekim 2009'da saat 16:30'da yapıldı.", "4 Ekim 2009'da saat 16:30'da"),
        ("Ai u arrestua më 19 nëntor 2008.", "19 nëntor 2008"),
        ("Apklausa vyko 2009 m. gegužės 6 d. ryte.", "2009 m. gegužės 6 d."),
        ("Tikšanās 2010. gada 22. oktobrī Rīgā.", "2010. gada 22. oktobrī"),
        ("Koosolek oli 5. detsembril 2011.", "5. detsembril 2011"),
        ("Kuulustelu 18. syyskuuta 2009 klo 10.", "18. syyskuuta 2009 klo 10"),
        (
            "Förhöret hölls onsdagen den 2 juni 2010 kl. 13.15.",
            "onsdagen den 2 juni 2010 kl. 13.15",
        ),
        ("Fundurinn var 14. nóvember 2008.", "14. nóvember 2008"),
        ("Buổi thẩm vấn ngày 9 tháng 4 năm 2010 tại", "ngày 9 tháng 4 năm 2010"),
        (
            "Rapat pada Kamis, 7 Oktober 2010 pukul 9.30 WIB.",
            "Kamis, 7 Oktober 2010 pukul 9.30 WIB",
        ),
        ("Alikamatwa tarehe 12 Septemba 2009 mjini.", "tarehe 12 Septemba 2009"),
        ("Допрос 5-го июля 2010 года в Минске.", "5-го июля 2010 года"),
        ("Sessão de 2 de fevereiro de 2009, às 10h.", "2 de fevereiro de 2009, às 10h"),
        ("L'udienza del 15 settembre 2009 alle 11:00.", "15 settembre 2009 alle 11:00"),
        ("Het verhoor op dinsdag 3 maart 2009 om 14.00 uur.", "dinsdag 3 maart 2009 om 14.00"),
        ("Spotkanie odbyło się w marcu 2010 r. w Łodzi.", "marcu 2010 r."),
        ("Konferencja 3–5 kwietnia 2011 w Gdańsku.", "3–5 kwietnia 2011"),
    ],
)
def test_a_date_in_another_language_is_read_whole(text: str, expected: str) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spotkanie o godz. 17.", "o godz. 17"),
        ("Buluşma saat 14:00'te.", "saat 14:00'te"),
        ("Möte kl. 09.30 i morgon.", "kl. 09.30"),
        ("Sastanak u 9 sati.", "u 9 sati"),
        ("Kokous klo 15 alkaen.", "klo 15"),
    ],
)
def test_an_hour_is_read_with_the_word_that_announces_it(text: str, expected: str) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "He ate 3 Mars bars and went to the mart.",  # a month that is a word too, no year
        "Maj 12 flats were let.",  # a month before a bare number
        "o 14 lidí více",  # "o" is a preposition: an hour needs minutes or a word for hours
        "Sobota Street, building 3.",  # a weekday alone is no date
        "The meeting was on 12 May 2011.",  # English is left to the policy patterns
        "Članak 15. Zakona o radu",  # a numbered article, no month
    ],
)
def test_words_that_only_look_like_a_date_are_left_alone(text: str) -> None:
    assert texts(text) == []


def test_a_full_stop_that_ends_the_sentence_is_not_the_date() -> None:
    assert texts("Umrl je 3. maja.") == ["3. maja"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zatrzymany 02.04.2010 r. o godz. 6 rano.", "02.04.2010 r. o godz. 6"),
        ("W 2008 roku wyjechał.", "2008 roku"),
        ("Otpušten je 2012. godine.", "2012. godine"),
        ("Em agosto de 2009 foi detido.", "agosto de 2009"),
    ],
)
def test_a_date_in_figures_or_a_year_takes_the_word_for_year(text: str, expected: str) -> None:
    assert expected in texts(text)


def test_a_date_in_figures_alone_is_left_to_the_policy_patterns() -> None:
    assert texts("The report of 02.04.2010 is here.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tekne 4 Ağustos 2010 Çarşamba saat 22:30'da ayrıldı.",
            "4 Ağustos 2010 Çarşamba saat 22:30'da",
        ),
        ("Karar 2010. május 4., kedd.", "2010. május 4., kedd"),
    ],
)
def test_a_weekday_after_the_date_and_an_hour_past_twenty(text: str, expected: str) -> None:
    assert expected in texts(text)


def test_every_date_and_hour_pattern_holds_a_digit_and_stays_on_one_line() -> None:
    """dates_abroad runs its patterns only on the lines that hold a digit (a speed-up):
    that is exact only while no pattern can cross a line break (no \\s, no newline, no
    negated class other than letters, no DOTALL) and every match holds a digit."""
    module = importlib.import_module("workstation.detection.phrases.dates_abroad")

    for pattern in (module._DATE, module._TIME):
        assert not re.search(r"\\s|\\n|\[\^(?!\\W\\d_\])", pattern.pattern)
        assert not pattern.flags & re.DOTALL
    for sample in ("pátek 15. března 2011 v 10:00", "2011. március 15-én", "w marcu 2011 r."):
        matches = [m.group() for m in module._DATE.finditer(sample)]
        assert matches
        assert all(any(ch.isdigit() for ch in match) for match in matches)
