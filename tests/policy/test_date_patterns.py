"""The shipped DATE_TIME patterns read dates the way reports, judgments and articles
write them beyond a bare date (issue 16): with the part of the day or year they name,
ranges with the word that opens them, decades, seasons, quarters, a time with its date,
capitals, Spanish, French and German. Wordings are made up for these tests.
"""

from __future__ import annotations

import re

import pytest

from workstation.policy import PolicyRegistry


def _date_patterns() -> list[re.Pattern[str]]:
    loaded = PolicyRegistry().load("source-protection").policy
    return [re.compile(p.regex) for p in loaded.patterns if p.entity == "DATE_TIME"]


def _covered(text: str) -> str:
    """The characters of ``text`` the date patterns cover, others blanked."""
    covered: set[int] = set()
    for pattern in _date_patterns():
        for match in pattern.finditer(text):
            value = "value" if "value" in pattern.groupindex and match.start("value") >= 0 else 0
            covered.update(range(match.start(value), match.end(value)))
    return "".join(c if i in covered else " " for i, c in enumerate(text))


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Shots on the night of 9 to 10 July 2014.", "the night of 9 to 10 July 2014"),
        ("She left in the early hours of Tuesday 2 June.", "the early hours of Tuesday 2 June"),
        ("The raid began on the evening of 22 August.", "the evening of 22 August"),
        ("rents fell in the first half of 2015, then", "the first half of 2015"),
        ("arrêté dans la nuit du 14 au 15 juillet 2013", "la nuit du 14 au 15 juillet 2013"),
        ("preso la madrugada del 8 al 9 de junio de 2014", "la madrugada del 8 al 9 de junio"),
        ("The talks ran from 6 to 8 April 2015 in a hotel.", "from 6 to 8 April 2015"),
        ("observers stayed between 10 and 12 March.", "between 10 and 12 March"),
        ("du 2 au 6 juin 2012 au tribunal", "du 2 au 6 juin 2012"),
        ("hearings on 14 and 29\nJanuary 2013 were public", "14 and 29\nJanuary 2013"),
        ("Payments stopped in April and May 2014.", "April and May 2014"),
        ("la obra paró en marzo y abril de 2010", "marzo y abril de 2010"),
        ("He moved there in mid-March 2010.", "mid-March 2010"),
        ("Elections are due in early 2016.", "early 2016"),
        ("bought in the late 1990s by a cousin", "the late 1990s"),
        ("a fund set up in the 1980s", "the 1980s"),
        ("partie fin 2009 vers la côte", "fin 2009"),
        ("volvió a finales de 2009 al pueblo", "finales de 2009"),
        ("We first met in the spring of 2008.", "the spring of 2008"),
        ("The figures for Q3 2011 were restated.", "Q3 2011"),
        ("the call came at 03:12 on Sunday 4 March, said", "03:12 on Sunday 4 March"),
        ("arrested on 4 March 2012 at 3 a.m. by police", "4 March 2012 at 3 a.m."),
        ("llegó a las 6:15 horas del martes", "6:15 horas"),
        ("I fly out on the 11th and return", "11th"),
        ("signed on the 3rd of May 2011", "the 3rd of May 2011"),
        ("ARRÊT DU 27 MARS 2012", "27 MARS 2012"),
        ("Die Durchsuchung fand am 3. Mai 2011 statt.", "am 3. Mai 2011"),
        ("The guard called until Friday night, then stopped.", "Friday night"),
    ],
)
def test_dates_are_read_whole_with_their_lead_in(text: str, when: str) -> None:
    start = text.index(when)
    assert _covered(text)[start : start + len(when)] == when


@pytest.mark.parametrize(
    "text",
    [
        "the eve of the 2011 election",  # a year inside an event's name is the event's
        "between 10 and 12 percent of the vote",
        "from 3 to 5 kilometres away",
        "in 2000 cases and 1999 families",
        "the first three months",
        "Article 3 a mars",
        "may and june are months",
    ],
)
def test_counts_shares_and_ordinary_words_are_not_dates(text: str) -> None:
    assert _covered(text).strip() == ""


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("the call was logged on 3 May 2011, 10:40, by the desk", "3 May 2011, 10:40"),
        ("They met at noon on 4 March.", "noon on 4 March"),
        ("llegaron a las 10 de la mañana", "10 de la mañana"),
        ("Die Razzia begann um 10 Uhr.", "10 Uhr"),
        ("Freitag, den 3. Mai 2011, in Graz", "Freitag, den 3. Mai 2011"),
        ("Sent: Fri 8 Apr, 09:14", "Fri 8 Apr"),
        ("a veintiuno de marzo de dos mil trece", "veintiuno de marzo de dos mil trece"),
        ("le vingt et un mars deux mille onze", "vingt et un mars deux mille onze"),
        ("He was seen last Friday near the port.", "Friday"),
        ("the office was shut on Monday and Tuesday", "Monday and Tuesday"),
    ],
)
def test_times_weekdays_and_dates_in_words(text: str, when: str) -> None:
    start = text.index(when)
    assert _covered(text)[start : start + len(when)] == when


@pytest.mark.parametrize("text", ["It was a Monday", "Friday prayers", "every Friday"])
def test_weekdays_without_a_particular_day_are_left(text: str) -> None:
    assert _covered(text).strip() == ""


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("the drought of 2009-2011 emptied the village", "2009-2011"),
        ("during winter 2010/11 the road closed", "winter 2010/11"),
        ("shots at 10 pm on Friday near the gate", "10 pm on Friday"),
        ("the patrol left at 2300 hrs", "2300 hrs"),
        ("il est parti vers 22 heures", "22 heures"),
        ("a las 22 horas llegó", "22 horas"),
        ("on the night of the 3rd they came", "the night of the 3rd"),
        ("arrêté le 11 sept. 2001 à Lyon", "11 sept. 2001"),
    ],
)
def test_year_ranges_clock_times_and_short_french_months(text: str, when: str) -> None:
    start = text.index(when)
    assert _covered(text)[start : start + len(when)] == when


@pytest.mark.parametrize("text", ["Ref MI/2009/0447 attached", "pendant 22 heures", "sept jours"])
def test_references_and_durations_are_no_clock_times(text: str) -> None:
    assert _covered(text).strip() == ""
