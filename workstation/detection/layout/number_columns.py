"""Columns of figures about a person: amounts, ages, counts, and family status.

A ledger states its currency once, in the heading ("Monto (USD)", "Betrag EUR",
"Amount [en FCFA]"), and an age register heads a column ``Age`` / ``Edad`` / ``Alter``;
the cells below are then bare figures ("12 500", "1'200.50", "34") that no pattern
reading prose can tell from any other number. This module says which of these
columns a heading names, and whether a cell's value has the shape that column holds.
"""

from __future__ import annotations

import re

from workstation.detection.layout.words import word_set

NUMBER_COLUMNS: dict[str, frozenset[str]] = {
    "MONEY": word_set(
        """
        amount amounts sum sums total totals price prices cost costs fee fees fine fines
        salary salaries wage wages pay payment payments paid bribe bribes value valor
        monto importe montant montants somme sommes betrag summe preis gehalt prix salaire
        sueldo salario precio coste costo pago pagos valeur valore importo prezzo
        stipendio amende multa debit credit balance deposit deposits withdrawal
        withdrawals transfer transfers cash commission kickback bonus rent loan received
        saldo solde débit crédit crédito débito zahlung kosten gebühr gebühren lohn
        honorarios honoraires frais gastos gasto dépense dépenses expense expenses
        spent invoice invoiced remittance remittances compensation indemnité
        indemnización valeur quantia pagamento preço custo salário
        gross net earnings income allowance allowances stipend benefit benefits grant
        pension gratuity arrears owed brut brutto netto bruto neto ingreso ingresos
        revenu revenus rendimento
        rent rents loyer loyers alquiler alquileres renta arriendo aluguel aluguer renda
        affitto canone impayé impayés impaye impayes arriéré arriérés arriere arrieres
        unpaid outstanding adeudo deuda dette dívida debito bedrag lordo retribuzione
        compenso mensualité mensualidad rate rates tarif tarifs tarifa tarifas
        """
    ),
    "AGE": word_set(
        """
        age ages âge âges edad edades alter idade età eta yrs years años ans jahre
        """
    ),
    "QUANTITY": word_set(
        """
        count qty quantity quantities cantidad quantité anzahl quantidade quantità
        headcount children dependants dependents hijos enfants kinder filhos figli
        persons people personnes personas detainees deaths dead killed injured wounded
        casualties arrests arrested displaced effectif effectifs
        victimes víctimas muertos heridos morts blessés
        members
        """
    )
    # the size of a household or family, however the export names it
    | frozenset(
        {
            "household size",
            "hh size",
            "family size",
            "household members",
            "taille du ménage",
            "taille ménage",
            "tamaño del hogar",
            "tamaño hogar",
            "tamanho do agregado",
            "agregado familiar",
        }
    ),
    "SOCIAL_STATUS": frozenset(
        {
            "marital status",
            "civil status",
            "family status",
            "estado civil",
            "situation familiale",
            "situation matrimoniale",
            "état civil",
            "etat civil",
            "familienstand",
            "stato civile",
            "relationship",
            "relationship to head",
            "relation to head",
            "lien de parenté",
            "parentesco",
            "marital",
        }
    ),
}
# "number of victims", "nombre de détenus", "n° d'enfants": a count whatever follows.
_COUNT_PREFIX = re.compile(
    r"(?:number|no\.?|nr\.?|n°|nº|nombre|número|numero|cantidad|anzahl|total)[ ]"
    r"(?:of|de|d['\u2019]|der|di)[ ]?"
    # the French and Italian short forms of a column of counts: "nb_occupants", "nbre enfants"
    r"|(?:nb|nbre|nbr)[ ](?:de[ ]|d['\u2019])?"
)
# Rates that are ratios or shares, not sums paid ("interest rate", "tax rate", "% rate").
_RATES_OF_NO_MONEY = word_set(
    "interest exchange tax vat growth inflation response error success pct percent % taux"
)
# Words a heading adds around what the column holds: "amount in", "montant en".
_FILLER = word_set("in en em the la le el of de in der die das")
# A heading that is only a currency: "USD", "€", "FCFA", "Ksh".
_CURRENCY_HEADINGS = word_set(
    """
    usd eur gbp chf jpy cny inr ngn kes ugx tzs zar xof xaf fcfa cfa mxn cop ars brl
    clp pen rub uah try egp mad dzd tnd pkr bdt lkr npr php idr myr thb vnd ksh ksht
    nok sek dkk isk pln czk huf ron bgn rsd mga ar etb ghs aed sar qar kwd bhd omr jod
    ils lbp syp iqd irr afn uzs kzt kgs tjs mnt krw hkd sgd twd aud nzd cad mmk khr lak
    gtq hnl nio crc pab dop htg bob pyg uyu ves rwf bif cdf zmw mwk mzn aoa sll gnf
    $ € £ ¥ ₹ ₦ ₵ ₱ ₽ ₴ ₪ ₩ ₺ ₸ us$ r$ rs
    """
)
# What a heading says in brackets or after a slash: "Gross (Ar)", "Net [USD]",
# "Deductions NOK/month": the currency the column is kept in.
_BRACKETED = re.compile(r"[(\[]([^)\]]*)[)\]]")


def number_column(heading: str, other_columns: dict[str, str]) -> str | None:
    """The entity a column of figures holds, read from its heading, or None.

    ``other_columns`` maps the headings other recognizers know (``Date``, ``Name``) to
    their entity: a heading that starts with one of them ("Date paid") is theirs."""
    words = _heading_words(heading)
    if not words:
        return None
    whole = " ".join(words)
    for entity, labels in NUMBER_COLUMNS.items():
        if whole in labels:
            return entity
    if all(word in _CURRENCY_HEADINGS for word in words):
        return "MONEY"
    if _COUNT_PREFIX.match(whole + " "):
        return "QUANTITY"
    owner = other_columns.get(words[0])
    if owner is not None and owner not in NUMBER_COLUMNS:
        return None
    if _names_a_currency(heading) or _ends_in_a_currency(heading):
        return "MONEY"
    if {"rate", "rates"} & set(words) and any(word in _RATES_OF_NO_MONEY for word in words):
        return None  # "interest rate", "exchange_rate": a ratio, not a sum
    for word in (words[0], words[-1]):
        for entity, labels in NUMBER_COLUMNS.items():
            if entity != "SOCIAL_STATUS" and word in labels:
                return entity
    return None


def _names_a_currency(heading: str) -> bool:
    """Whether the heading names the currency its figures are in, in brackets or as one
    of its words ("Gross (Ar)", "Išskaitos NOK/mėn."): such a column holds amounts."""
    text = heading.strip().strip('"')
    inside = re.split(r"[\s/:*.,]+", " ".join(_BRACKETED.findall(text)))
    outside = re.split(r"[\s/:*.,]+", _BRACKETED.sub(" ", text))
    capitals = [word for word in outside if word.isupper() or not word.isalpha()]
    return any(word.casefold() in _CURRENCY_HEADINGS for word in inside + capitals if word)


def _ends_in_a_currency(heading: str) -> bool:
    """Whether a heading of several words ends in a currency code, however it is cased or
    joined ("bedrag_EUR", "impayes_eur", "lordo mensile EUR"): exports name the unit last.
    Codes of fewer than three letters ("rs", "ar") are too often other words to count."""
    words = [w for w in re.split(r"[\s/:*._-]+", heading.strip().strip('"').casefold()) if w]
    last = words[-1] if len(words) > 1 else ""
    return last in _CURRENCY_HEADINGS and (len(last) >= 3 or not last.isalpha())


def _heading_words(heading: str) -> list[str]:
    """ "Monto (USD)" → ["monto"]; "Betrag EUR" → ["betrag"]; "Amount in" → ["amount"]."""
    text = heading.casefold().strip().strip('"').replace("_", " ")
    text = re.sub(r"[(\[][^)\]]*[)\]]", " ", text)
    words = [w for w in re.split(r"[\s/:*]+", text) if w]
    words = [w.rstrip(".") if w not in ("no.", "nr.") else w for w in words]
    while len(words) > 1 and (words[-1] in _CURRENCY_HEADINGS or words[-1] in _FILLER):
        words.pop()
    return words


_GROUPED = r"\d{1,3}(?:[ ,.'\u2019\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?"
_PLAIN = r"\d+(?:[.,]\d{1,2})?"
_MONEY_VALUE = re.compile(
    r"(?:[A-Za-z]{0,4}\$|[$€£¥₹₦₵₱₽₴]|[A-Z]{3,4}[ ]?)?[ ]?[-\u2212+]?"
    rf"(?:{_GROUPED}|{_PLAIN})(?:[ ]?(?:k|m|bn|mn|[A-Z]{{3,4}}|[$€£¥₹₦₵₱₽₴]|/-))?"
)
_AGE_VALUE = re.compile(
    r"(?:c\.[ ]?|ca\.[ ]?|~|approx\.[ ]?)?(?P<n>\d{1,3})(?:[ ]?[-\u2013][ ]?\d{1,3}|\+|s|'s)?"
    r"(?:[ ]?(?:yrs?|years?|y\.?|ans|años|a\.?|j\.?|jahre|anos|anni))?",
    re.IGNORECASE,
)
_COUNT_VALUE = re.compile(
    rf"(?:c\.[ ]?|ca\.[ ]?|~|approx\.[ ]?|>[ ]?|<[ ]?)?(?:{_GROUPED}|\d+)\+?", re.IGNORECASE
)
_STATUS_VALUE = re.compile(r"[^\W\d_][^\W\d_'\u2019-]*(?:[ /-][^\W\d_][^\W\d_'\u2019()-]*){0,3}\)?")


def plausible_figure(entity: str, value: str) -> bool:
    """Whether a cell holds what its number column says: a figure, or a short status."""
    if entity == "MONEY":
        return bool(_MONEY_VALUE.fullmatch(value)) and any(c.isdigit() for c in value)
    if entity == "AGE":
        age = _AGE_VALUE.fullmatch(value)
        return bool(age) and int(age.group("n")) < 120 if age else False
    if entity == "QUANTITY":
        return bool(_COUNT_VALUE.fullmatch(value))
    if entity == "SOCIAL_STATUS":
        return bool(_STATUS_VALUE.fullmatch(value)) and value.casefold() not in _NO_VALUE
    return False


_NO_VALUE = word_set("n/a na none unknown nil yes no - — ? tbc tbd")
