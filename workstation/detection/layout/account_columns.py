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

from workstation.detection.layout.export_tables import Cell, columns_headed
from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import word_set

ENTITY = "USERNAME"

# Headings that name the member of staff who handled a row, in English, Dutch,
# Spanish, French, Portuguese, German and Italian (written here with "_" for a space).
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
    at least half its filled cells are log-ins."""
    for column in columns_headed(text, lambda heading: heading.replace(" ", "_") in _HEADINGS):
        filled = [(start, cell) for start, cell in column if cell.strip()]
        logins = [(start, cell) for start, cell in filled if _is_login(cell.strip())]
        if logins and 2 * len(logins) >= len(filled):
            yield from (_span(cell) for cell in logins)


def _span(cell: Cell) -> LayoutSpan:
    start, written = cell
    value = written.strip()
    begin = start + written.index(value)
    return LayoutSpan(begin, begin + len(value), ENTITY, 0.6, "handler's account column")


def _is_login(value: str) -> bool:
    return bool(_LOGIN.fullmatch(value)) and value.casefold() not in _NOT_ACCOUNTS
