"""Amounts written without their currency, in a document that gives it elsewhere.

Once a report has written "USD 4,500" or "(all amounts in FCFA)", it goes on with
"he paid 1,200 in cash", "a fine of 250 000", "la suma de 3.400": the currency is
understood. A bare number is taken as an amount only when both hold: the document
names a currency somewhere, and a word of paying stands straight before the number
("paid", "a bribe of", "montant de", "la suma de", "Amount:"). A noun after the
number ("paid 3 visits", "received 12 complaints") makes it a count, not money.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.amounts import states_a_currency

ENTITY = "MONEY"
SCORE = 0.55

_VERBS = (
    r"paid|pays|pay|paying|received|receives|receiving|transferred|transfers|wired|sent"
    r"|owed|owes|owing|earned|earns|earning|costs?|costing|charged|demanded|offered|lent"
    r"|borrowed|raised|collected|donated|withdrew|withdrawn|deposited|spent|stole|stolen"
    r"|embezzled|extorted|siphoned|handed[ ]over|handed|totalling|totaling|totalled|totaled"
    r"|amounting[ ]to|amounted[ ]to|worth|valued[ ]at|fined|awarded|refunded|reimbursed"
    r"|payé|versé|versés|versée|reçu|touché|touchait|payait|verse|paie|remis|prêté|emprunté"
    r"|s['\u2019]élevant[ ]à|s['\u2019]élève[ ]à|pagó|pagaba|pagado|pagaron|cobró|cobraba"
    r"|cobrado|recibió|recibido|recibía|transfirió|entregó|entregado|ascendía[ ]a|asciende[ ]a"
    r"|zahlte|bezahlt|erhielt|überwies"
)
_NOUNS = (
    r"fine|salary|wage|bribe|fee|payment|sum|total|loan|deposit|bonus|ransom|bail|penalty"
    r"|compensation|pension|rent|price|cost|budget|debt|advance|allowance|stipend|grant"
    r"|kickback|commission|transfer|withdrawal|award|settlement|amount|amounts|value"
    r"|amende|salaire|loyer|prix|somme|montant|caution|rançon|indemnité|pension|dette|prêt"
    r"|pot-de-vin|commission|avance|multa|sueldo|salario|suma|monto|importe|fianza|soborno"
    r"|coima|deuda|préstamo|alquiler|precio|indemnización|cantidad"
)
_ROUGHLY = (
    r"(?:(?:about|around|approximately|roughly|some|nearly|almost|over|more[ ]than|less[ ]than"
    r"|at[ ]least|up[ ]to|a[ ]total[ ]of|another|a[ ]further|only|just|environ|près[ ]de"
    r"|plus[ ]de|au[ ]moins|un[ ]total[ ]de|unos|unas|cerca[ ]de|más[ ]de|al[ ]menos"
    r"|un[ ]total[ ]de|casi)[ ])?"
)
_NUMBER = (
    r"(?<![\w.,/-])(?P<n>\d{1,3}(?:(?:[ ,.'\u2019\u00a0\u202f])\d{3})+(?:[.,]\d{1,2})?"
    r"|\d+(?:[.,]\d{1,2})?)(?:[ ](?:million|billion|thousand|millions|milliards?|millones|mil"
    r"|lakhs?|crores?)|(?:m|bn|k))?(?![\w%])"
)
# "paid 1,200", "a fine of 250 000", "la suma de 3.400", "Amount: 12 500".
_BARE = re.compile(
    rf"(?i:\b(?:(?:{_VERBS})[ ](?:(?:him|her|them|me|us|lui|leur)[ ])?"
    rf"|(?:{_NOUNS})[ ](?:of|de|d['\u2019]|von)[ ]|(?:{_NOUNS})[ ]?:[ ]?))"
    rf"(?P<amount>{_ROUGHLY}{_NUMBER})"
)
# What the number counts, when a word after it says so: "3 visits", "12 complaints",
# "40 per cent", "6 months"; any other word ("was", "in cash", "to the guard") leaves
# it an amount.
_COUNTED = re.compile(
    r"[ \n]?(?:%|(?:per[ ]?cent|percent|pour[ ]?cent|por[ ]?ciento|times|fois|veces)\b"
    r"|(?!(?:was|has|is|its|his|this|thus|as|plus|less|més|más|mas|tras|después|depuis"
    r"|après|puis|dans|sous|sans|pues|antes|luego|es|des|les|las|los|sus|ses|aux|unless"
    r"|plus|vers|chez|lors|alors|hors)\b)[a-zà-ÿ]+[sx]\b"
    r"|(?i:year|month|week|day|hour|minute|night|an|année|mois|semaine|jour|heure|año|mes"
    r"|semana|día|hora|kg|km|g|m|t|tonne|ton|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo"
    r"|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def bare_amounts(text: str) -> Iterator[LayoutSpan]:
    """Amounts without a currency after a word of paying, where the text names one."""
    matches = [m for m in _BARE.finditer(text) if _amount(text, m)]
    if not matches or not states_a_currency(text):
        return
    for match in matches:
        yield LayoutSpan(
            match.start("amount"), match.end("amount"), ENTITY, SCORE, "amount in a known currency"
        )


def _amount(text: str, match: re.Match[str]) -> bool:
    """The number stands alone as a sum: not a year, and not followed by what it counts."""
    after = _COUNTED.match(text, match.end())
    return not _YEAR.fullmatch(match.group("n")) and after is None
