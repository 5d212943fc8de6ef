"""Reference numbers in the columns of a plain-text table headed by what they number.

A schedule of expropriated plots, a list of accounts or a court's cause list states
once, in the heading, what its columns hold ("Parcelle  Lot  Feuille  Titre",
"Case no.  Applicant  Filed", "Account  Holder  Balance"); the cells below are bare
numbers ("1147", "22", "14-B") that no cue word announces. Each points at one
person's plot, file or money, as the same number after "parcelle n°" does in prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.export_tables import heading_separator, label
from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.tables import lines_with_offsets
from workstation.detection.layout.words import word_set

ENTITY = "REFERENCE_NUMBER"

# Headings that say a column numbers a matter, a plot or an account, in the languages
# of the reference-number cues (the marks "no.", "n°", "#" are dropped before lookup).
_HEADINGS = word_set(
    """
    case cases file files dossier dossiers docket cause application applications
    requête requêtes claim claims complaint complaints ticket tickets reference ref réf
    referencia référence expediente expedientes causa rol folio radicado carpeta
    account accounts acct compte comptes cuenta cuentas conta konto iban rib
    plot plots parcel parcels parcelle parcelles lot lots feuille feuilles sheet sheets
    title titre titres deed survey khasra khata patta cadastre cadastral catastro
    registration matricule matrícula receipt receipts voucher vouchers booking bookings
    warrant warrants permit permits licence license policy contract contracts
    aktenzeichen az geschäftszeichen
    """
)
# Head words that come first in Spanish, French and Portuguese compounds: "cuenta
# destino", "compte bénéficiaire", "expediente judicial" (an English heading's head is
# its last word: "account holder" numbers nothing).
_HEADS_FIRST = word_set(
    """
    cuenta compte conta expediente dossier carpeta causa radicado folio parcelle lote
    referencia référence ref réf matrícula matricule titre título
    """
)
_MARKS = re.compile(r"(?i)[ ]*(?:no\.?|nos\.?|n[°º]s?|nr\.?|number|numéro|número|#)$")
_OF_NUMBER = re.compile(r"^(?:n[°º]|no\.?|num[ée]ro|número|nr\.?)[ ]d(?:e[ ]|['\u2019])")
_CELL = re.compile(r"\S+(?:[ ]\S+)*")  # cells are parted by two spaces or more
_DATE = re.compile(r"\d{1,2}(?P<sep>[/.\-])\d{1,2}(?P=sep)\d{2,4}|\d{4}-\d{2}-\d{2}")
_AMOUNT = re.compile(r"\d{1,3}(?:[ ,.']\d{3})+(?:[.,]\d{1,2})?")


def reference_columns(text: str) -> Iterator[LayoutSpan]:
    """Cells under a heading that names reference numbers, one span each."""
    lines = lines_with_offsets(text)
    for index, (_, line) in enumerate(lines):
        if index and lines[index - 1][1].strip():
            continue  # a table's heading follows a blank line
        columns = _heading(line.replace("|", " "))
        if columns is None:
            continue
        for row_start, row in lines[index + 1 :]:
            if not row.strip():
                break
            for match in _CELL.finditer(row.replace("|", " ")):
                column = min(columns, key=lambda c: abs(c[0] - match.start()))
                if column[1] and _plausible(match.group()):
                    start = row_start + match.start()
                    yield LayoutSpan(
                        start, start + len(match.group()), ENTITY, 0.55, "reference-number column"
                    )


def reference_cells(text: str) -> Iterator[LayoutSpan]:
    """Cells of a CSV export's column headed by what it numbers ("survey_no",
    "case_ref", "N° dossier"): one span each, in rows as many cells wide as the heading
    (a row with quoted separators is left to the other finders)."""
    lines = lines_with_offsets(text)
    for index, (_, line) in enumerate(lines):
        separator = heading_separator(line)
        if separator is None or (index and not _opens_a_table(lines[index - 1][1])):
            continue
        labels = line.split(separator)
        named = [i for i, cell in enumerate(labels) if _names_references(label(cell))]
        if not named or any(any(c.isdigit() for c in cell) for cell in labels):
            continue
        for row_start, row in lines[index + 1 :]:
            if not row.strip():
                break
            cells = row.split(separator)
            if len(cells) != len(labels):
                continue
            offsets = [0]
            for cell in cells[:-1]:
                offsets.append(offsets[-1] + len(cell) + 1)
            for column in named:
                value = cells[column].strip()
                if value and _plausible(value):
                    start = row_start + offsets[column] + cells[column].index(value)
                    yield LayoutSpan(
                        start, start + len(value), ENTITY, 0.55, "reference-number column"
                    )


def _opens_a_table(previous: str) -> bool:
    """Whether a CSV heading may follow this line: a blank one, or the comments an
    export writes above its heading ("# source: leaked statements")."""
    return not previous.strip() or previous.lstrip().startswith("#")


def _heading(line: str) -> list[tuple[int, bool]] | None:
    """Each column's start and whether its heading names reference numbers."""
    if "  " not in line.strip():
        return None
    cells = [(m.start(), m.group()) for m in _CELL.finditer(line)]
    if len(cells) < 2 or any(any(c.isdigit() for c in cell) for _, cell in cells):
        return None
    columns = [(start, _names_references(cell)) for start, cell in cells]
    return columns if any(named for _, named in columns) else None


def _names_references(cell: str) -> bool:
    """ "Parcelle", "Case no.", "Titre / lettre", "Title deed", "N° de compte", "cuenta
    destino": a part of it names a number, whole or by its head word (last in English,
    first or after "de" in French and Spanish); "Account holder" and "No. of cases" do
    not."""
    for part in re.split(r"[ ]*/[ ]*", cell.casefold().strip().rstrip(":")):
        label = _MARKS.sub("", part).strip()
        label = _OF_NUMBER.sub("", label)
        words = label.split() or [""]
        if label in _HEADINGS or words[-1] in _HEADINGS or words[0] in _HEADS_FIRST:
            return True
    return False


def _plausible(value: str) -> bool:
    """A number, not a date or an amount: "1147", "14-B", "TF 4471/KN", "LA/KN/1998/0312",
    "SI 4471 0090 3318" (four groups at most)."""
    if not any(c.isdigit() for c in value) or len(value) < 2 or len(value.split()) > 4:
        return False
    if re.search(r"[()]|\b[a-z]{2,}\b|\b[A-Za-z]{5,}\b", value):  # words: "(see annex 2)", "FEE Q1"
        return False
    return not (_DATE.fullmatch(value) or _AMOUNT.fullmatch(value))
