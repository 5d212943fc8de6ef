"""Dates led by a weekday cut short, as mail programs and chats write them: the reply
line "jue, 12 feb 2026 a las 19:02", "dim. 15 févr. 2026 à 18:22", "qui., 12 de fev. de
2026 às 19:02", and a note's "Sat 6pm".

A reply line dates a message to the minute, and so places its writer; the policy
patterns read its date or its hour but not the short weekday, the short month with its
stop, or the "a las" between them, so a part was left readable. Every form here needs
a digit, and the weekday abbreviations alone ("mar", "sat", "dim") are words too: a
date needs a day, a month and a year after them, a bare hour needs "am" or "pm".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan

ENTITY = "DATE_TIME"
SCORE = 0.6

# Weekdays, short and full, in Spanish, French, Portuguese and English.
_WEEKDAY = (
    r"(?:lun(?:es|di)?|mar(?:tes|di)?|mi[ée](?:rcoles)?|mer(?:credi)?|jue(?:ves)?|jeu(?:di)?"
    r"|vie(?:rnes)?|ven(?:dredi)?|s[áa]b(?:ado)?|sam(?:edi)?|dom(?:ingo)?|dim(?:anche)?"
    r"|seg|ter|qua|qui|sex|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?"
    r"|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
# Months, short (with or without their stop) and full, in the same four languages.
_MONTH = (
    r"(?:ene(?:ro)?|feb(?:rero|ruary)?|f[ée]vr?(?:ier)?|fev(?:ereiro)?|mar(?:zo|s|ço|ch)?"
    r"|abr(?:il)?|avr(?:il)?|apr(?:il)?|may(?:o)?|mai(?:o)?|jun(?:io|ho|e)?|juin"
    r"|jul(?:io|ho|y)?|juil(?:let)?|ago(?:sto)?|ao[uû]t|aug(?:ust)?|sept?(?:iembre|embre"
    r"|ember)?|set(?:iembre|embro)?|oct(?:ubre|obre|ober)?|out(?:ubro)?|nov(?:iembre"
    r"|embre|embro|ember)?|dic(?:iembre)?|d[ée]c(?:embre|ember)?|dez(?:embro)?"
    r"|jan(?:v|vier|eiro|uary)?)"
)
_CLOCK = r"(?:[01]?\d|2[0-3])[:h.][0-5]\d(?![\d:])"
_REPLY_DATE = re.compile(
    rf"(?<![\w-]){_WEEKDAY}\.?,?[ ][0-3]?\d[ ](?:de[ ])?{_MONTH}\.?[ ](?:de[ ])?(?:19|20)\d\d"
    rf"(?:,?[ ](?:a[ ]las|a[ ]la|à|às|at|um)[ ]{_CLOCK}|,?[ ]{_CLOCK})?(?!\w)",
    re.IGNORECASE,
)
# A weekday and an hour of the day in a note: "Sat 6pm", "Fri 10.30 am".
_WEEKDAY_HOUR = re.compile(
    r"(?<![\w-])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?[ ](?:at[ ])?"
    r"(?:1[0-2]|0?\d)(?:[:.][0-5]\d)?[ ]?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
)
_DIGIT = re.compile(r"\d")


# A Portuguese weekday said short, without "-feira": "na quinta, 13 de março", "encontro de
# quinta", "até à próxima terça". "Quinta" is also an estate and "quarta" a fourth, so it
# counts only after a word that dates it, and where no noun follows ("na quinta do avô").
_PT_WEEKDAY = re.compile(
    r"(?<![\w-])(?:na|no|de|desta|nesta|próxima|proxima|última|ultima|esta|até|à|a|cada"
    r"|toda|todas[ ]as)[ ](?:próxima[ ]|última[ ]|passada[ ])?"
    r"(?P<day>(?:segunda|terça|terca|quarta|quinta|sexta)"
    # the date it names, when written after it: "quinta, 13 de março de 2025"
    r"(?:,?[ ]\d{1,2}[ ]de[ ](?:janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto"
    r"|setembro|outubro|novembro|dezembro)(?:[ ]de[ ](?:19|20)\d\d)?)?)"
    r"(?=[ ]?[,.;:!?)]|[ ]?\n|$|[ ](?:passada|que[ ]vem|seguinte|à[ ](?:noite|tarde)"
    r"|de[ ]manhã|às[ ]\d|dia[ ]\d|\d))",
    re.IGNORECASE,
)
_PT_DAYS = ("segunda", "terça", "terca", "quarta", "quinta", "sexta")


def weekday_dates(text: str) -> Iterator[LayoutSpan]:
    """Reply-line dates and weekday hours in ``text``, each as one span; a Portuguese
    weekday said short."""
    lower = text.lower()
    if any(day in lower for day in _PT_DAYS):
        for match in _PT_WEEKDAY.finditer(text):
            yield LayoutSpan(*match.span("day"), ENTITY, SCORE, "weekday said short")
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _DIGIT.search(line):
            for pattern, why in (
                (_REPLY_DATE, "date after a short weekday"),
                (_WEEKDAY_HOUR, "weekday and hour"),
            ):
                for match in pattern.finditer(text, start, end):
                    yield LayoutSpan(*match.span(), ENTITY, SCORE, why)
        start = end + 1
