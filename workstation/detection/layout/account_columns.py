"""Staff accounts in the column of an export that says who handled each row.

A payments ledger, an expenses sheet or a case register exported from an office's
system records, on every row, the account of the clerk who entered, approved or
handled it ("behandelaar", "autorizó", "approved_by", "saisi_par"). The cells are bare
log-ins ("jbakker", "m.canul") that no cue word announces, and each names the insider
who touched the file: the person a leak investigation looks for first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.tables import lines_with_offsets
from workstation.detection.layout.words import word_set

ENTITY = "USERNAME"

# Headings that name the member of staff who handled a row, in English, Dutch,
# Spanish, French, Portuguese, German and Italian ("_" and "-" read as spaces).
_HEADINGS = word_set(
    """
    handler handled_by processed_by entered_by created_by approved_by authorised_by
    authorized_by authoriser authorizer approver modified_by updated_by checked_by
    logged_by recorded_by keyed_by input_by clerk operator_id user_id userid login logon
    behandelaar medewerker gebruiker gebruikersnaam ingevoerd_door goedgekeurd_door
    invoerder usuario autorizo autorizó autorizado_por aprobado_por registrado_por
    capturista digitador operador utilisateur identifiant saisi_par validé_par
    gestionnaire opérateur usuário utilizador aprovado_por autorizado registado_por
    benutzer benutzername bearbeiter sachbearbeiter erfasst_von freigegeben_von kennung
    utente operatore autorizzato_da inserito_da approvato_da
    """
)
# A log-in: lower-case letters, digits and the dots, hyphens and underscores systems
# allow, with a domain before it when written ("CORP\\jbakker").
_LOGIN = re.compile(r"(?:[A-Za-z][\w-]{0,15}\\)?[a-z][a-z0-9._-]{2,30}")
# Values of a handler's column that are no account: answers and states.
_NOT_ACCOUNTS = word_set(
    """
    yes no none null n/a na nil pending approved rejected open closed done ok system
    auto automatic batch import sí si oui non ja nee nein sim não aprobado pendiente
    rechazado validé validée refusé pendant goedgekeurd afgewezen admin
    """
)


def handler_accounts(text: str) -> Iterator[LayoutSpan]:
    """Cells of an export's column headed by who handled the row, one span each, when
    most of its cells are log-ins."""
    lines = lines_with_offsets(text)
    for index, (_, line) in enumerate(lines):
        separator = _separator(line)
        if separator is None:
            continue
        labels = [_label(label) for label in line.split(separator)]
        named = [i for i, label in enumerate(labels) if label in _HEADINGS]
        if not named:
            continue
        rows = _rows(lines[index + 1 :], separator, len(labels))
        for column in named:
            yield from _column(rows, column)


def _column(rows: list[list[tuple[int, str]]], column: int) -> Iterator[LayoutSpan]:
    """The log-ins of one column, if at least half its filled cells are log-ins."""
    filled = [row[column] for row in rows if row[column][1].strip()]
    logins = [(start, cell) for start, cell in filled if _is_login(cell.strip())]
    if not logins or 2 * len(logins) < len(filled):
        return
    for start, cell in logins:
        value = cell.strip()
        begin = start + cell.index(value)
        yield LayoutSpan(begin, begin + len(value), ENTITY, 0.6, "handler's account column")


def _rows(lines: list[tuple[int, str]], separator: str, width: int) -> list[list[tuple[int, str]]]:
    """Each row's cells with their offsets, up to the table's end; a row of another
    width is left to the other finders."""
    rows: list[list[tuple[int, str]]] = []
    for row_start, row in lines:
        if not row.strip():
            break
        cells = _cells(row, separator)
        if len(cells) == width:
            rows.append([(row_start + offset, cell) for offset, cell in cells])
    return rows


def _cells(row: str, separator: str) -> list[tuple[int, str]]:
    """A row's cells and their offsets; a separator inside quotes parts nothing
    ('"tip; see PV 14"' is one cell)."""
    cells: list[tuple[int, str]] = []
    start, quoted = 0, False
    for position, char in enumerate(row):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            cells.append((start, row[start:position]))
            start = position + 1
    cells.append((start, row[start:]))
    return cells


def _is_login(value: str) -> bool:
    return bool(_LOGIN.fullmatch(value)) and value.casefold() not in _NOT_ACCOUNTS


def _separator(line: str) -> str | None:
    """The separator of a CSV heading: three or more semicolons, tabs or commas."""
    for separator in (";", "\t", ","):
        if line.count(separator) >= 3:
            return separator
    return None


def _label(cell: str) -> str:
    """ "Approved By" read as "approved_by", "user-id" as "user_id"."""
    words = re.split(r"[ _-]+", cell.strip().strip('"').casefold().rstrip(".:"))
    return "_".join(word for word in words if word)
