# ruff: noqa: RUF001  (dates in Korean, Japanese, Chinese, Arabic and Persian script)
"""Dates in other scripts and calendars, and the listed, paired and ranged forms, read
whole (workstation.detection.phrases.dates_scripts), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import dates_abroad
from workstation.detection.phrases.dates_scripts import dates_in_scripts


def texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in dates_in_scripts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("저장 일시 : 2009년 11월 5일 오전 7:45", "2009년 11월 5일 오전 7:45"),
        ("2009년 11월 6일 금요일", "2009년 11월 6일 금요일"),
        ("2009. 11. 6. 오후 3:20, 김민수 : 네", "2009. 11. 6. 오후 3:20"),
        ("회의는 오후 3시 30분에 시작", "오후 3시 30분"),
        ("会议于2009年11月5日（木）午後3時に", "2009年11月5日（木）午後3時"),
        ("2009年11月5日 星期四 下午3点半", "2009年11月5日 星期四 下午3点半"),
        ("平成21年11月5日に提出", "平成21年11月5日"),
        ("11月5号 晚上8:40 见", "11月5号 晚上8:40"),
        ("في ١٢ آذار ٢٠٠٩ الساعة ٩:٣٠ مساءً", "١٢ آذار ٢٠٠٩ الساعة ٩:٣٠ مساءً"),
        ("يوم الخميس 5 نوفمبر 2009", "يوم الخميس 5 نوفمبر 2009"),
        ("وصل في ١٢/٣/٢٠٠٩ صباحا", "١٢/٣/٢٠٠٩"),
        ("۱۵ فروردین ۱۳۸۸ ساعت ۱۰:۳۰", "۱۵ فروردین ۱۳۸۸ ساعت ۱۰:۳۰"),
        ("Meskerem 12, 2001 E.C.   transferred", "Meskerem 12, 2001 E.C."),
        ("hired on 4 Ginbot 1999 EC and", "4 Ginbot 1999 EC"),
        ("signed 3 Ramadan 1430 AH in", "3 Ramadan 1430 AH"),
        ("arrested on 14 Farvardin 1388 near", "14 Farvardin 1388"),
        ("L'an deux mille neuf, le mardi", "L'an deux mille neuf"),
        ("En la ciudad, el año dos mil nueve", "el año dos mil nueve"),
        ("absent les 3, 4 et 5 mars 2009 puis", "3, 4 et 5 mars 2009"),
        ("on the night of 8/9 June 2008, the", "8/9 June 2008"),
        ("entre el 3 y el 6 de mayo de 2009 se", "entre el 3 y el 6 de mayo de 2009"),
        ("turno de 08:15 a 16:45 horas", "08:15 a 16:45 horas"),
        ("El vie 6/3/09, Ana escribió:", "vie 6/3/09"),
    ],
)
def test_a_date_in_another_script_is_read_whole(text: str, expected: str) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "3시간 동안 기다렸다",  # three hours: a duration
        "징역 10년을 선고",  # ten years' prison: a duration
        "判处10年有期徒刑",  # the same in Chinese
        "等了3小时",  # three hours
        "3時間待った",  # three hours, Japanese
        "مارس الرياضة كل صباح",  # "practised sport": a verb, no date
        "النتيجة صفر",  # "zero"
        "ref 12011년",  # a digit before: no year
        "items 2 and 3 may be withdrawn",  # "may" is a verb here
        "priced USD 1.50 to 2.50 a kilo",  # amounts, not hours
        "Tir 4 was the fourth arrow",  # an Ethiopian month needs a year
    ],
)
def test_what_is_no_date_is_not_proposed(text: str) -> None:
    assert texts(text) == []


def test_the_dates_abroad_finder_reads_them_too() -> None:
    text = "2009년 11월 6일 오후 3:20, 김민수 : 네"
    found = [text[s.start : s.end] for s in dates_abroad.dates_abroad(text)]
    assert "2009년 11월 6일 오후 3:20" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je reste à l'hôtel jusqu'à jeudi, merci", "jeudi"),
        ("matin et soir. Samedi soir, deux hommes", "Samedi soir"),
        ("el martes por la noche llegó", "martes por la noche"),
        ("Conversation at Wed 08 Dec 2009 10:41:07 PM EST on", "Wed 08 Dec 2009 10:41:07 PM EST"),
        ("sent on March 3, 2009 at 4:15 PM and", "March 3, 2009 at 4:15 PM"),
        ("Pour novembre\n2010, aucun versement", "novembre\n2010"),
        ("calls only after 2100.", "2100"),
        ("the patrol left at 0530 hrs", "0530 hrs"),
        ("Date: 3l.0l.20l0 To", "3l.0l.20l0"),
        ("on l8 February 20l0 at the", "l8 February 20l0"),
        ("seen on\n     l5 May and", "l5 May"),
        ("Decernber 2, 2O09", "Decernber 2, 2O09"),
        ("Received 14 APR 20l0  No. 7", "14 APR 20l0"),
    ],
)
def test_weekdays_times_and_ocr_dates_are_read_whole(text: str, expected: str) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    ("text", "not_a_date"),
    [
        ("tous les mardis et les jeudis", "mardis"),
        ("Domingo Pérez signed", "Domingo"),  # a given name
        ("the flight to Santo Domingo", "Domingo"),  # a city
        ("raised to 1200 people", "1200"),  # a count
        ("after 2009 elections", "2009"),  # a year
        ("at 1430 Main Street", "1430"),  # a house number
        ("Il March was", "Il March"),  # no figure at all
        ("on 16 March 2010 and", "16 March 2010"),  # no misreading: the policy's
    ],
)
def test_what_is_no_such_date_is_left(text: str, not_a_date: str) -> None:
    assert not_a_date not in texts(text)
