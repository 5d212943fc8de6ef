"""Bank account and card numbers by their shape, wherever they stand.

A bank statement, a judgment awarding damages or a list of transfers writes an account
as its bank writes it: an IBAN (two letters, two check digits and up to thirty letters
and digits, usually in groups of four: ``GB29 NWBK 6016 1331 9268 19``), a domestic
account in the bank / branch / account / key groups of the French and West African
RIB (``30004 00550 00012345678 90``), a card number in four groups of four, or a
number masked down to its last digits (``FR76 ...4471 02``, ``****4471``, "account
ending 0417"). Each leads
to one person's money as surely as a case number leads to their file, and the check
digits of an invented or mistyped one fail presidio's validating recognizers, so the
shape alone is read here. Not proposed: amounts (``12 500 000``: groups of three after
the first), phone numbers and dates, which none of these shapes takes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan

ENTITY = "REFERENCE_NUMBER"

# An IBAN: country letters, check digits, then groups of four (the last shorter),
# fifteen to thirty-four letters and digits in all, most of them digits.
_IBAN = re.compile(
    r"(?<![\w/.\-])[A-Z]{2}\d{2}(?:(?P<sep>[ ]?)[A-Z0-9]{4})(?:(?P=sep)[A-Z0-9]{4}){1,6}"
    r"(?:(?P=sep)[A-Z0-9]{1,3})?(?![\w/\-]|[.,]\d)"
)
# Bank, branch, account and key as the RIB writes them (the bank code may hold letters
# where a country prefixes it: "CI008 01234 012345678901 23").
_RIB = re.compile(
    r"(?<![\w/.\-])(?=[A-Z0-9]{0,4}\d)[A-Z0-9]{5}[ ]\d{5}[ ][A-Z0-9]{10,12}[ ]\d{2}"
    r"(?![\w/\-]|[.,]\d)"
)
# A card: four groups of four (and up to three more digits), one separator throughout.
_CARD = re.compile(
    r"(?<![\w/.\-])\d{4}(?P<sep>[ \-])\d{4}(?P=sep)\d{4}(?P=sep)\d{4}(?![\w/\-]|[.,]\d)"
)
# An account written in hyphenated groups, four groups or more with twelve digits or
# more: "1000-0447-2210-9", New Zealand's bank-branch-account-suffix "06-0921-0447812-00"
# (not a phone number's three groups, nor an ISO date).
_HYPHENATED = re.compile(
    r"(?<![\w/.\-])(?=(?:-?\d){12,24}(?![\w/\-]))\d{2,6}(?:-\d{1,8}){3,5}(?![\w/\-]|[.,]\d)"
)
# A number masked down to its last digits: "FR76 ...4471 02", "XXXX-XXXX-4471", "****4471".
# An ellipsis stands for the hidden digits only after the IBAN's country and check
# digits or glued to the last digits ("...2209"), not before a number in prose.
_MASKED = re.compile(
    r"(?<![\w/.\-*])(?:[A-Z]{2}\d{2}[ ]?(?:\.{3}|\u2026)[ ]?|(?:\.{3}|\u2026)(?=\d{3,6}\b)"
    r"|(?:\*{3,}|[Xx]{4,}|(?:[Xx*]{4}[ \-]){1,3})[ \-]?)"
    r"\d{2,6}(?:[ ]\d{1,4})?(?![\w/\-]|[.,]\d)"
)


# The last digits of an account or a card named in words: "her account ending 0417",
# "card ending in 4471", "cuenta terminada en 2209", "carte se terminant par 1180".
_ENDING = re.compile(
    r"(?<![\w-])(?i:accounts?|acct|a/c|cards?|cuentas?|tarjetas?|comptes?|cartes?|contas?"
    r"|cart[ãa]o)(?:[ ](?i:number|no\.|n[°º]))?[ ]"
    r"(?i:ending(?:[ ](?:in|with))?|terminad[ao][ ]en|terminando[ ]en|que[ ]termina[ ]en"
    r"|(?:se[ ])?terminant[ ]par|finissant[ ]par|terminad[ao][ ]em|final)[ ]"
    r"(?P<value>\d{3,6})(?![\w/\-]|[.,]\d)"
)


def account_numbers(text: str) -> Iterator[LayoutSpan]:
    """Account and card numbers in ``text`` by their shape, longest shape first."""
    seen: list[tuple[int, int]] = []
    for pattern, why in (
        (_IBAN, "account number in the IBAN's shape"),
        (_RIB, "account number in bank, branch, account and key"),
        (_CARD, "card number in four groups of four"),
        (_HYPHENATED, "account number in hyphenated groups"),
        (_MASKED, "account number masked to its last digits"),
    ):
        for match in pattern.finditer(text):
            start, end = match.span()
            value = match.group()
            if pattern is _IBAN and not _iban_like(value):
                continue
            if any(a < end and start < b for a, b in seen):
                continue
            seen.append((start, end))
            yield LayoutSpan(start, end, ENTITY, 0.6, why)
    for match in _ENDING.finditer(text):
        start, end = match.span("value")
        if not any(a < end and start < b for a, b in seen):
            seen.append((start, end))
            yield LayoutSpan(start, end, ENTITY, 0.6, "account's last digits after 'ending'")


def _iban_like(value: str) -> bool:
    """Fifteen to thirty-four characters, of which at least ten are digits."""
    compact = value.replace(" ", "")
    return 15 <= len(compact) <= 34 and sum(c.isdigit() for c in compact) >= 10
