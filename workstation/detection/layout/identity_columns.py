"""Identity document numbers in the column of an export headed by the document.

A payroll, a census of evicted families or a shelter's list of beneficiaries keeps
each person's identity document in a column ("id_or_passport", "doc_identidad",
"id_doc", "N° CNI"); the cells are the numbers as the document prints them, in
groups with spaces ("HL 620102 199207 1148"), with dots ("3.118.442") or with the
issuing office's code ("CI 12/THAKANA(N)048831"). The heading says what they are, so
the whole cell is taken, as the same number after "passport no." is in prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.export_tables import columns_headed
from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import word_set

ENTITY = "PASSPORT_NUMBER"

# Words of a heading that name an identity document, in English, Spanish, French,
# Portuguese, German and Italian, and the countries' own names for their cards.
_DOCUMENT_WORDS = word_set(
    """
    passport passports pasaporte passeport passaporte passaporto reisepass identity
    identidad identité identidade identità cédula cedula dni nie cni cin nin nic cnic nrc
    curp cpf rut ausweis personalausweis documento pièce tazkira iqama
    """
)
# Words that name a document only with another word: "id_doc", "id no", "doc number"
# (a column headed "id" alone numbers the rows).
_WEAK_WORDS = word_set("id ids doc docs document documents ci carnet")
# Words that make a heading about something else: "doc_date", "id_type", "employee id".
_OTHER_WORDS = word_set(
    """
    date fecha expiry expires type tipo issued issue lieu place lugar country país pays
    employee emp staff row record case file beneficiary family household user client
    vehicle device asset transaction payment order ticket invoice account message session
    mail email product item batch lot unit tax
    """
)
_NO_DOCUMENT = word_set("none no n/a na nil ninguno aucun nenhum sin sans - — ?")
_DATE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")


def identity_cells(text: str) -> Iterator[LayoutSpan]:
    """Each cell with a digit under a heading that names an identity document."""
    for column in columns_headed(text, _names_a_document):
        for start, written in column:
            value = written.strip().strip('"').strip()
            if _plausible(value):
                begin = start + written.index(value)
                yield LayoutSpan(begin, begin + len(value), ENTITY, 0.6, "identity column")


def _names_a_document(heading: str) -> bool:
    """ "id_or_passport", "doc identidad", "N° CNI"; not "doc date" or "employee id"."""
    words = set(re.split(r"[ /.°º#()]+", heading)) - {""}
    if words & _OTHER_WORDS:
        return False
    return bool(words & _DOCUMENT_WORDS) or bool(words & _WEAK_WORDS and len(words) > 1)


def _plausible(value: str) -> bool:
    """A document's number: a digit in it, five groups at most, no date, no year alone
    and no words."""
    if value.casefold() in _NO_DOCUMENT or not any(c.isdigit() for c in value):
        return False
    if len(value.split()) > 5 or len(value) > 32 or _DATE.fullmatch(value):
        return False
    if _YEAR.fullmatch(value):
        return False  # "2019": when, not which document
    words = re.findall(r"[^\W\d_]{2,}", value)
    # "pending renewal 2025", "firmó 05/10", "in 2019"
    return not any(word.islower() for word in words)
