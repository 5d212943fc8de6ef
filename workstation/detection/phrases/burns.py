"""Burns, the injury, as reports of fires and casualties write it: "burns to 18% of the
body", "second-degree burns", "Cause of death: burns", "the boy with the burns".

"Burns" is also a verb ("the fire burns for hours", "it smokes and burns") and a surname
("Smith and Burns"), so the bare word counts only in lower case and where grammar makes it
the noun: after an article, a preposition, another injury and "and", a colon or a
bracket, or with a degree or an extent. The extent of a burn ("to 18% of the body",
"sur 30 % du corps") belongs to it, in English, French, Spanish and Portuguese.
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
# "and" makes it one only after another injury ("smoke inhalation and burns"), since "the
# barn smokes and burns" is the verb.
_INJURY_BEFORE_AND = (
    r"(?:inhalation|injury|injuries|wounds?|cuts|bruises|bruising|fractures?|lacerations"
    r"|abrasions|contusions|scars|scarring|blisters|trauma|shock|bronchitis|poisoning"
    r"|dehydration|infections?|bleeding|amputations?|swelling)"
)
_EXTENT = rf"[ ](?:to|on|over|covering)[ ]{_PERCENT_OF_BODY}"
_NOUN_LEAD = (
    r"\b(?:the|with|from|of|for|his|her|their|suffered|sustained|treated|had)[ \n]"
    rf"|\b{_INJURY_BEFORE_AND},?[ ]and[ \n]|\band[ \n](?=burns{_EXTENT})"
    r"|[:(,][ ]?"
)
# The word in lower case ("Burns" is a surname: "met with Burns", "Smith and Burns"),
# capitalised only where the extent of the body follows ("Burns to 40% of the body").
_BURNS_WORD = rf"(?:(?-i:burns)|(?-i:Burns)(?={_EXTENT}))"
_BURNS = re.compile(
    rf"(?i:(?:{_NOUN_LEAD}|(?<![\w-])(?={_DEGREE}))(?P<burns>{_DEGREE}{{0,2}}{_BURNS_WORD}"
    rf"(?:{_EXTENT})?)"
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
