"""Burns, the injury, as reports of fires and casualties write it: "burns to 18% of the
body", "second-degree burns", "Cause of death: burns", "the boy with the burns".

"Burns" is also a verb ("the fire burns for hours"), so the bare word counts only where
grammar makes it the noun: after an article, a preposition, a colon or a bracket, or with
a degree or an extent. The extent of a burn ("to 18% of the body", "sur 30 % du corps")
belongs to it, in English, French, Spanish and Portuguese.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan

SCORE = 0.6

_DEGREE = (
    r"(?:(?:severe|serious|minor|superficial|extensive|major|deep|multiple|facial|chemical"
    r"|thermal|electrical|(?:first|second|third|1st|2nd|3rd)[- ]degree|partial-thickness"
    r"|full-thickness)[ ])"
)
_PERCENT_OF_BODY = (
    r"(?:about[ ]|some[ ]|nearly[ ]|almost[ ]|over[ ]|more[ ]than[ ])?\d{1,3}(?:[.,]\d)?[ ]?%"
    r"[ ]of[ ](?:the|his|her|their|its)[ ]body(?:[ ]surface(?:[ ]area)?)?"
)
# The noun after what makes it one: "the burns", "with burns", "Cause of death: burns".
_NOUN_LEAD = (
    r"\b(?:the|with|from|of|for|and|his|her|their|suffered|sustained|treated|had)[ \n]"
    r"|[:(,][ ]?"
)
_BURNS = re.compile(
    rf"(?i:(?:{_NOUN_LEAD}|(?<![\w-])(?={_DEGREE}))(?P<burns>{_DEGREE}{{0,2}}burns"
    rf"(?:[ ](?:to|on|over|covering)[ ]{_PERCENT_OF_BODY})?)"
    # the place that treats them is no injury: "the burns unit"
    r"(?![ \n]?(?:unit|ward|centre|center|department|clinic|team|victims?)\b)"
    r"|(?P<abroad>(?:brûlures|quemaduras|queimaduras)(?:[ ](?:au|aux|du|de)[ ]\w+[ ]degré"
    r"|[ ]de[ ](?:primer|segundo|tercer)[ ]grado|[ ]de[ ](?:primeiro|segundo|terceiro)[ ]grau)?"
    r"[ ](?:sur|à|en|em)[ ](?:(?:el|la|o|a)[ ])?\d{1,3}(?:[.,]\d)?[ ]?%[ ]"
    r"(?:du|de[ ]la[ ]surface[ ]du|del|de[ ]la[ ]superficie[ ]del|do|da[ ]superfície[ ]do)"
    r"[ ](?:corps|cuerpo|corpo)(?:[ ]corporal)?))"
)


def burns(text: str) -> Iterator[LayoutSpan]:
    """Burns as an injury, with their degree and the extent of the body they cover."""
    lower = text.lower()
    if (
        "burns" not in lower
        and "brûlures" not in lower
        and "queimaduras" not in lower
        and ("quemaduras" not in lower)
    ):
        return
    for match in _BURNS.finditer(text):
        group = "burns" if match.group("burns") else "abroad"
        yield LayoutSpan(match.start(group), match.end(group), "HEALTH", SCORE, "burns")
