"""A date with the hour joined to it ("31/10/2026 at 17:22", "14.02.2026 às 09h10"),
a range of two dates in figures ("21.08.2026-22.08.2026"), a range of years left open
("2019-", "2019 - present"), and an hour after a word that makes it one: the four-figure
hour of police and coastguard logs ("at 1710", "by 0630 hrs") and the hour with a stop
("alle ore 06.35", "at 09.10").

The date and the hour are found apart elsewhere; the "at" between them was left
readable, and a reader of a log can still tell which minute was meant. A bare four-
figure number is a year, a count or a sum as often as an hour, so it counts only after
"at", "by", "until" and the like, with valid hours and minutes, not before a unit or a
currency, not after a price, a count or a level in its clause ("the price was set at
1500"), and not before a street ("at 1147 Rue Saint-Denis").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan

ENTITY = "DATE_TIME"
SCORE = 0.6

_NUMERIC_DATE = r"(?:[0-3]?\d[./-][01]?\d[./-](?:19|20)?\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)"
_CLOCK = r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[:.][0-5]\d)?(?:[ ]?(?:hrs|h|am|pm|a\.m\.|p\.m\.))?"
# The word between a date and its hour in English, French, Spanish, Portuguese, Italian,
# German and Dutch.
_AT = r"(?:at|à|a[ ]las|a[ ]la|às|alle(?:[ ]ore)?|ore|um|om|kl\.?|klo|,)"
_DATE_AT_CLOCK = re.compile(
    rf"(?<![\w./-]){_NUMERIC_DATE},?[ ]{_AT}[ ]{_CLOCK}(?![\w:.]\d|\w)"
    rf"|(?<![\w./-]){_NUMERIC_DATE}[ ]?[-\u2013][ ]?{_NUMERIC_DATE}(?![\w./-]\d|\w)",
    re.IGNORECASE,
)
_UNIT_AFTER = (
    r"[ ]?(?:m|km|ft|feet|metres|meters|kg|tonnes|tons|people|persons|euros?|dollars?"
    r"|usd|eur|rpm|mb|gb|[%$€£¥₹₦]"
    # currencies by their code or name, and what is counted or measured
    r"|gbp|chf|jpy|cny|inr|nok|sek|dkk|pln|czk|huf|try|rub|uah|zar|kes|ngn|ghs|ugx|tzs"
    r"|etb|egp|mad|xof|xaf|aed|sar|qar|pkr|bdt|lkr|npr|idr|php|thb|vnd|myr|sgd|hkd|krw"
    r"|twd|aud|nzd|cad|mxn|brl|ars|clp|cop|pen|kr|rs|rupees?|pounds?|francs?|yen|yuan"
    r"|pesos?|reais|naira|shillings?|dirhams?|rand|lira|lire|units?|pieces?|copies|shares"
    r"|votes|points|pts|barrels|litres|liters|hectares|ha|acres|sq|square|km/h|kph|mph"
    r"|each|apiece|per|a[ ](?:head|month|year|week|day|piece|share|unit))"
)
# A price, a fee, a count or a level the four figures are ("the price was set at 1500",
# "bail was fixed at 2000", "the population stood at 1800"), earlier in their clause.
_AMOUNT_BEFORE = re.compile(
    r"(?i:\b(?:prices?|priced|costs?|costed|fees?|fines?|fined|bail|rent|salary|salaries"
    r"|wages?|sums?|amounts?|totals?|totalled|totaled|values?|valued|sold|bought|paid|pays?"
    r"|budgets?|bids?|offers?|offered|rates?|tariffs?|charges?|charged|worth|index|indices"
    r"|population|numbers?|counts?|figures?|scores?|points|altitude|height|depth|elevation"
    r"|capacity|limit|ceiling|threshold|quota|margin|balance|stock|shares?|votes?)\b)"
    r"[^.;:!?\n]{0,60}$"
)
# A street number: "at 1147 Rue Saint-Denis", "at 1200 Main Street".
_STREET_AFTER = re.compile(
    r"[ ](?:[A-ZÀ-Þ][\w'-]*[ ]){0,2}(?:Rue|Calle|Via|Avenida|Avenue|Ave|Av|Rua|Strasse"
    r"|Straße|Street|St|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Pl|Court|Ct"
    r"|Highway|Hwy|Route|Square|Sq|Terrace|Crescent|Close)\b"
)
# "at 1710", "by 0630 hrs", "until 2200", "alle ore 06.35", "at 09.10", "às 19.30".
_CUED_HOUR = re.compile(
    r"(?<![\w])(?:(?P<english>at|by|until|till|from|before|after)"
    r"|alle[ ]ore|alle|ore|às|à|a[ ]las|vers|hacia|à[ ]partir[ ]de|dalle|fino[ ]alle)[ ]"
    r"(?P<hour>(?:[01]\d|2[0-3])[0-5]\d(?:[ ]?(?:hrs|hours|h|Z|LT))?"
    # an hour with a stop: after "at" only with its leading zero ("at 09.10"), since
    # "sold at 12.50" is a price; after "alle ore", "às", "vers" any hour
    r"|(?(english)0\d|(?:[01]?\d|2[0-3]))\.[0-5]\d(?:[ ]?(?:hrs|h))?)"
    rf"(?![\w.,:/]\d|\w|{_UNIT_AFTER}\b)",
    re.IGNORECASE,
)


# A range of years left open, as a CV or a staff record writes the current post:
# "2019-", "2019 - present", "2019-now", "2019 - actualidad", with a hyphen or a dash.
_OPEN_YEARS = re.compile(
    r"(?<![\w./-])(?:19|20)\d\d[ ]?[-\u2013\u2014]"
    r"(?:[ ]?(?i:present|now|today|to[ ]date|date|current|ongoing|aujourd['\u2019]hui|présent"
    r"|presente|actualidad|la[ ]fecha|hoje|atual|actual|oggi|in[ ]corso)\b"
    r"|(?=[ \t]*(?:[:|,;)]|$)))",
    re.MULTILINE,
)

# A Thai date written in Latin letters, its year in the Buddhist era (543 years ahead):
# "12 Jan 2566 B.E.", "3 March B.E. 2567", "B.E. 2565". The policy patterns want 19xx or
# 20xx; a year 25xx with "B.E." or after a month is one of these.
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_BUDDHIST_ERA = re.compile(
    rf"(?<![\w.])(?:\d{{1,2}}[ ]{_MONTHS}[ ](?:B\.?E\.?[ ])?25\d\d(?:[ ]B\.?E\.?)?"
    r"|B\.?E\.?[ ]25\d\d|25\d\d[ ]B\.E\.)(?![\w])"
)


def dates_and_clocks(text: str) -> Iterator[LayoutSpan]:
    """A date joined to its hour, a range of two dates, an hour after a word for one,
    a range of years left open."""
    if not any(c.isdigit() for c in text):
        return
    if "25" in text:
        for match in _BUDDHIST_ERA.finditer(text):
            yield LayoutSpan(*match.span(), ENTITY, SCORE, "a date in the Buddhist era")
    for match in _OPEN_YEARS.finditer(text):
        yield LayoutSpan(*match.span(), ENTITY, SCORE, "a range of years left open")
    for match in _DATE_AT_CLOCK.finditer(text):
        yield LayoutSpan(*match.span(), ENTITY, SCORE, "date with its hour or a date range")
    for match in _CUED_HOUR.finditer(text):
        if _a_year(match.group("hour"), text, match.end()):
            continue
        if _an_amount_or_a_street_number(match.group("hour"), text, match.start(), match.end()):
            continue
        yield LayoutSpan(*match.span("hour"), ENTITY, SCORE, "hour after a word for one")


def _an_amount_or_a_street_number(hour: str, text: str, start: int, end: int) -> bool:
    """ "The price was set at 1500.", "bail was fixed at 2000", "at 1147 Rue Saint-Denis":
    four bare figures that a price, a count or a level before them, or a street after
    them, make a number. An hour with its mark ("at 1500 hrs", "by 0600Z") stays one."""
    if not re.fullmatch(r"\d{4}", hour):
        return False
    if _STREET_AFTER.match(text, end):
        return True
    return _AMOUNT_BEFORE.search(text, max(0, start - 120), start) is not None


_YEAR_CONTEXT = re.compile(r"[ ]?(?:,|and|to|[-\u2013])[ ]?(?:19|20)\d\d\b")


def _a_year(hour: str, text: str, end: int) -> bool:
    """ "from 1990 to 2005", "by 2015": four figures that read as a year, one of a range
    of years. An hour like 2015 is kept only when nothing marks it a year."""
    if not re.fullmatch(r"(?:19|20)\d\d", hour):
        return False
    return bool(_YEAR_CONTEXT.match(text, end)) or text[end : end + 1] not in (".", ")", ";")
