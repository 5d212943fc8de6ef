"""Layout recognizers: names and identifiers found by where a document puts them.

The statistical model misses many names it has never seen ("Teodor Marić",
"Gulnara Seitova"), but documents say where names, accounts and machines are:
in ``From:`` and ``To:`` fields, after a title ("Sister Agnes Tanoto"), before a
``(PROTECT)`` marking, in a signature, inverted in a list ("AL-HARBI, Omar"), and in
the columns of a table headed ``Name``, ``Login`` or ``Workstation``. Each module
here reads one kind of layout and returns :class:`LayoutSpan` spans; :data:`FINDERS`
names them, and the engine wraps each as a presidio recognizer, so they are loaded
only for policies that want their entities and explain themselves like any other
recognizer.

Plain Python: no presidio, no spaCy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from workstation.detection.layout import (
    account_columns,
    account_lists,
    chat_exports,
    columns,
    copy_holders,
    csv_exports,
    fields,
    greetings,
    identity_columns,
    initials,
    kin_links,
    letterheads,
    logins,
    nicknames,
    people_lists,
    protect_markings,
    signatures,
    surname_first,
    tables,
    titles,
)
from workstation.detection.layout.spans import LayoutSpan

__all__ = ["FINDERS", "LayoutFinder", "LayoutSpan"]


@dataclass(frozen=True)
class LayoutFinder:
    """One layout recognizer: its name in explanations, the entities it can find, and how."""

    name: str
    entities: frozenset[str]
    find: Callable[[str], Iterator[LayoutSpan]]


FINDERS: tuple[LayoutFinder, ...] = (
    LayoutFinder("header-names", frozenset({"PERSON"}), fields.header_names),
    LayoutFinder("email-display-names", frozenset({"PERSON"}), fields.named_addresses),
    LayoutFinder("notes-name-units", frozenset({"ORGANIZATION"}), fields.notes_hierarchies),
    LayoutFinder("copy-holders", frozenset({"PERSON"}), copy_holders.copy_holders),
    LayoutFinder("protect-marked-names", frozenset({"PERSON"}), protect_markings.protected_names),
    LayoutFinder("titled-names", frozenset({"PERSON"}), titles.titled_names),
    LayoutFinder("surname-first-names", frozenset({"PERSON"}), surname_first.inverted_names),
    LayoutFinder("signatures", frozenset({"PERSON"}), signatures.signatures),
    LayoutFinder("greetings", frozenset({"PERSON"}), greetings.greetings),
    LayoutFinder("kin-linked-names", frozenset({"PERSON"}), kin_links.kin_linked_names),
    LayoutFinder("quoted-aliases", frozenset({"PERSON"}), nicknames.quoted_aliases),
    LayoutFinder("nicknames-inside-names", frozenset({"PERSON"}), nicknames.nicknames_inside_names),
    LayoutFinder("nicknames-beside-names", frozenset({"PERSON"}), nicknames.bracketed_nicknames),
    LayoutFinder("initials-spelled-out", frozenset({"PERSON"}), initials.spelled_initials),
    LayoutFinder("people-lists", frozenset({"PERSON"}), people_lists.people_lists),
    LayoutFinder("table-columns", frozenset(columns.COLUMNS), tables.table_cells),
    LayoutFinder("export-columns", frozenset(columns.COLUMNS), csv_exports.csv_cells),
    LayoutFinder("chat-senders", frozenset({"PERSON"}), chat_exports.chat_senders),
    LayoutFinder("letterheads", frozenset({"ORGANIZATION", "LOCATION"}), letterheads.letterheads),
    LayoutFinder("mastheads", frozenset({"ORGANIZATION"}), letterheads.mastheads),
    LayoutFinder("datelines", frozenset({"LOCATION"}), letterheads.datelines),
    LayoutFinder("account-lists", frozenset({"USERNAME"}), account_lists.username_lists),
    LayoutFinder("handler-accounts", frozenset({"USERNAME"}), account_columns.handler_accounts),
    LayoutFinder(
        "identity-columns", frozenset({"PASSPORT_NUMBER"}), identity_columns.identity_cells
    ),
    LayoutFinder("logins-after-names", frozenset({"USERNAME"}), logins.logins_after_names),
)
