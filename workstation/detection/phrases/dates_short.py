"""Dates written short, as in notes, rosters and chat logs: "admitted 29/07", "expired
03/2026", "Mon 14", "2026.02.26", "2026/01/12(Mon)", Portuguese and Spanish dates with
a line break inside ("3 de⏎diciembre de 2010"), day ranges ("de 10 a 31 de Outubro"),
times by the clock ("18h00 às 20h40") and "at midnight".

A day and month without a year is how a nurse, a clerk or a chat writes a date; read in
part it still places a person. The policy patterns want a year, or a month by name.
Numbers with a slash are many other things too (scores, ratios, blood pressure, case
numbers), so a short date needs a valid day and month, and either two digits each
("29/07") or a word that dates before it ("until 19/10", "on 27/2"); never after a
label ("no.", "case", "ref") that makes it a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan

ENTITY = "DATE_TIME"
SCORE = 0.55

# Words that date what follows: "until 19/10", "admitted 29/07", "le 3/5", "desde 2/3".
_CUE = (
    r"(?:on|from|until|till|to|by|since|before|after|admitted|discharged|dated|expired"
    r"|expires|expiry|born|due|signed|seen|arrival|arrived|left|returned|deadline|le|du|au"
    r"|el|del|al|desde|hasta|até|em|dia|depuis|jusqu['\u2019]au|avant|après)"
)
_DAY_MONTH = (
    r"(?<![\w/.,-])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?![\w/-]|[.,]\d)"
    r"(?:,?[ ](?:(?:[01]?\d|2[0-3])[:.h][0-5]\d)(?![\w:]))?"
)
_SHORT_DATE = re.compile(rf"(?i:(?P<cue>\b{_CUE}[ ])?){_DAY_MONTH}")
_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:no|nos|n°|nº|num|number|case|file|ref|reference|dossier|expediente|az|art"
    r"|article|room|cell|bed|page|pp|score|bp|ratio|vote|votes)\.?[ ]?:?[ ]?$)"
)
# Month and year: "expired 03/2026", "written warning 11/2023".
_MONTH_YEAR = re.compile(r"(?<![\w/.,-])(?:0[1-9]|1[0-2])/(?:19|20)\d\d(?![\w/-]|[.,]\d)")
# Year first, with dots or slashes, a weekday in brackets after it: "2026.02.26",
# "2026/01/12(Mon)".
_YEAR_FIRST = re.compile(
    r"(?<![\w/.-])(?:19|20)\d\d(?P<sep>[./])[01]\d(?P=sep)[0-3]\d(?![\w/]|[.]\d)"
    r"(?:[ ]?\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|月|火|水|木|金|土|日)\))?"
)
# A weekday cut short before the day of the month: "Mon 14", "Sat 19", as in rosters.
_WEEKDAY_DAY = re.compile(
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?[ ](?:[12]\d|3[01]|0?[1-9])"
    r"(?:/[01]?\d/(?:19|20)?\d\d)?(?![\w:/]|[.,]\d)"  # "Mon 14", "Tue 24/11/2026"
)
_MONTHS = (
    r"(?:[Jj]aneiro|[Ff]evereiro|[Mm]arço|[Aa]bril|[Mm]aio|[Jj]unho|[Jj]ulho|[Aa]gosto"
    r"|[Ss]etembro|[Oo]utubro|[Nn]ovembro|[Dd]ezembro|[Ee]nero|[Ff]ebrero|[Mm]arzo|[Mm]ayo"
    r"|[Jj]unio|[Jj]ulio|[Ss]eptiembre|[Ss]etiembre|[Oo]ctubre|[Nn]oviembre|[Dd]iciembre)"
)
# "3 de⏎diciembre de 2010", "de 10 a 31 de Outubro de 2012", "10 e 11 de março".
_DE_MONTH = re.compile(
    r"\b(?:(?:de|del|entre|desde)[ \n])?[0-3]?\d(?:º|°)?"
    r"(?:[ \n](?:a|al|e|y|à|até|-)[ \n][0-3]?\d(?:º|°)?)?"
    rf"[ \n]de[ \n]{_MONTHS}(?:,?[ \n]de[ \n](?:19|20)\d\d)?\b"
)
# Clock times joined by "às", "a", "até": "18h00 às 20h40", "de 9h a 13h".
_CLOCK_RANGE = re.compile(
    r"\b(?:[01]?\d|2[0-3])h(?:[0-5]\d)?[ ](?:às|as|a|à|até|hasta|-|et|e|y)[ ]"
    r"(?:[01]?\d|2[0-3])h(?:[0-5]\d)?(?!\w)"
    # "entre las 20:58 y 21:06", "between 22:10 and 23:40"
    r"|\b(?:[01]?\d|2[0-3]):[0-5]\d[ ](?:y|et|e|and|to|a|à|hasta|até)[ ]"
    r"(?:[01]?\d|2[0-3]):[0-5]\d\b"
    # "a las 8", "hasta las 4 de la tarde", "às 9h"
    r"|\b(?:[Aa]|[Hh]asta|[Dd]esde|[Hh]acia)[ ]las[ ](?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?"
    r"(?:[ ]de[ ]la[ ](?:mañana|tarde|noche)|[ ](?:hrs?|horas)\b)?(?![\w:]|[.,]\d)"
)
_EN_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_CLOCK = (
    r"(?:(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?[ ]?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d:]))"
)
_DAY_MONTH_YEAR = (
    rf"(?:(?:{_WEEKDAYS},?[ ])?[0-3]?\d(?:st|nd|rd|th)?[ ]{_EN_MONTHS}(?:[ ](?:19|20)\d\d)?"
    r"|[0-3]?\d\.[01]?\d(?:\.(?:19|20)?\d\d)?)"
)
# A date and its hour joined by a comma, either way round: "Tuesday 18 August, 9 am",
# "10am, 2 April 2026", "25.11.2026, 10:00", "23.11, 14:20".
_DATE_COMMA_TIME = re.compile(
    rf"(?<![\w.]){_DAY_MONTH_YEAR},[ ]{_CLOCK}|\b{_CLOCK},[ ]{_DAY_MONTH_YEAR}\b"
    rf"|\b{_WEEKDAYS}[ ][0-3]?\d(?:st|nd|rd|th),[ ]{_CLOCK}"  # "Thursday 16th, 18:00"
)
# A range of months across a line break: "March 2023 to⏎January 2024".
_MONTH_RANGE = re.compile(
    rf"\b{_EN_MONTHS}[ ](?:19|20)\d\d[ \n]?(?:to|until|till|through|-|\u2013)[ \n]"
    rf"{_EN_MONTHS}[ ](?:19|20)\d\d\b"
)
# A day whose month is on the next line: "on 5 August and 26⏎September".
_DAY_BREAK_MONTH = re.compile(
    r"(?<![\d.,/:-])[0-3]?\d\n(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b"
)
# Nepali (Bikram Sambat) dates: "2083 Kartik 2", "Kartik 2, 2083".
_NEPALI_MONTHS = (
    r"(?:Baisakh|Baishakh|Jestha|Jeth|Asar|Ashadh|Shrawan|Saun|Bhadra|Bhadau|Asoj|Ashwin"
    r"|Kartik|Mangsir|Poush|Push|Magh|Falgun|Fagun|Chaitra|Chait)"
)
_NEPALI_DATE = re.compile(
    rf"\b(?:20|21)\d\d[ ]{_NEPALI_MONTHS}[ ][0-3]?\d\b"
    rf"|\b[0-3]?\d[ ]{_NEPALI_MONTHS},?[ ](?:20|21)\d\d\b"
    rf"|\b{_NEPALI_MONTHS}[ ][0-3]?\d,?[ ](?:20|21)\d\d\b"
)
# A day and month with a dot after a word that dates it: "released 22.02".
_DOTTED_DAY_MONTH = re.compile(
    r"(?i:\b(?:released|arrested|detained|freed|on|until|from|since|dated|le|el|em)[ ])"
    r"(?P<value>(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]))(?![\w]|[.,]\d)"
)
# "at midnight", "until after midnight", "vers minuit".
_MIDNIGHT = re.compile(
    r"(?i:\b(?:at|after|before|until|till|around|about|past|by|from|to|towards|since|vers"
    r"|après|avant|à|a|hasta|desde|até)[ ](?:about[ ]|around[ ]|after[ ])?)"
    r"(?P<value>midnight|noon|midday|minuit|midi|medianoche|mediodía|meia-noite|meio-dia)\b"
)


def _valid(match: re.Match[str]) -> bool:
    return 1 <= int(match.group("day")) <= 31 and 1 <= int(match.group("month")) <= 12


def _short_dates(text: str) -> Iterator[LayoutSpan]:
    for match in _SHORT_DATE.finditer(text):
        if not _valid(match):
            continue
        start = match.start("day")
        padded = len(match.group("day")) == len(match.group("month")) == 2
        if not (padded or match.group("cue")):
            continue
        if _LABEL_BEFORE.search(text, max(0, start - 14), start):
            continue
        yield LayoutSpan(start, match.end(), ENTITY, SCORE, "a day and month")


def short_dates(text: str) -> Iterator[LayoutSpan]:
    """Dates and times in ``text`` written short or across a line break."""
    if "/" in text:
        yield from _short_dates(text)
        for match in _MONTH_YEAR.finditer(text):
            if not _LABEL_BEFORE.search(text, max(0, match.start() - 14), match.start()):
                yield LayoutSpan(*match.span(), ENTITY, SCORE, "a month and year")
    for pattern in (
        _YEAR_FIRST,
        _WEEKDAY_DAY,
        _DE_MONTH,
        _CLOCK_RANGE,
        _DATE_COMMA_TIME,
        _MONTH_RANGE,
        _DAY_BREAK_MONTH,
        _NEPALI_DATE,
    ):
        for match in pattern.finditer(text):
            yield LayoutSpan(*match.span(), ENTITY, SCORE, "a date written short")
    for pattern in (_MIDNIGHT, _DOTTED_DAY_MONTH):
        for match in pattern.finditer(text):
            yield LayoutSpan(*match.span("value"), ENTITY, SCORE, "a time or a day")
