"""The inbox's rows as a tree: archives, mailboxes and emails above what was taken out of them.

Intake stores each archive member, attachment and MBOX message as its own document whose
metadata names its parent. Here those links become a tree: children are indented under
their parent, siblings sorted like the top level, and a closed branch hides its
children. A filter keeps the rows that match and, for context, every ancestor of one
(opened, so the match is visible). Pure functions of the rows already read: sorting,
filtering and opening branches never touch the vault.
"""

from __future__ import annotations

from collections.abc import Iterable

from workstation.services.ui_facade import InboxRow
from workstation.tui.virtual_table import Column, TableRow

SORTS = ("received_at", "name", "state", "pending")
COLUMNS = (  # 127 cells with the separators: fits 130 columns beside a scroll bar
    Column("received", 16),
    Column("name", 36),
    Column("type", 5),
    Column("state", 14),
    Column("pending", 7, right=True),
    Column("accepted", 8, right=True),
    Column("rejected", 8, right=True),
    Column("approvals", 14),
    Column("id", 11),
)


def matches(row: InboxRow, needle: str) -> bool:
    return needle in f"{row.name} {row.kind} {row.state}".casefold()


def cells(row: InboxRow) -> tuple[str, ...]:
    """The row's cells as plain text (names are the sender's: never read as markup)."""
    return (
        row.received_at.replace("T", " ")[:16],
        row.name,
        row.kind,
        row.state,
        str(row.pending),
        str(row.accepted),
        str(row.rejected),
        row.approvals,
        row.id,
    )


def tree_rows(
    rows: list[InboxRow], sort: str, needle: str = "", closed: Iterable[str] = ()
) -> list[TableRow]:
    """The rows to draw, in order: each parent followed by its (open) children."""
    by_id = {row.id: row for row in rows}
    children: dict[str | None, list[InboxRow]] = {}
    for row in rows:
        parent = row.parent if row.parent in by_id and row.parent != row.id else None
        children.setdefault(parent, []).append(row)
    needle = needle.casefold()
    kept = _kept(rows, by_id, needle) if needle else None
    shut = set() if needle else set(closed)
    for siblings in children.values():
        siblings.sort(key=lambda r: getattr(r, sort), reverse=sort == "pending")
    drawn: list[TableRow] = []
    stack: list[tuple[InboxRow, int]] = [(r, 0) for r in reversed(children.get(None, []))]
    seen: set[str] = set()
    while stack:
        row, depth = stack.pop()
        if row.id in seen or (kept is not None and row.id not in kept):
            continue
        seen.add(row.id)
        below = [r for r in children.get(row.id, []) if kept is None or r.id in kept]
        is_open = None if not below else row.id not in shut
        drawn.append(TableRow(row.id, cells(row), depth, is_open))
        if is_open:
            stack.extend((child, depth + 1) for child in reversed(below))
    if len(seen) < len(rows) and not shut and kept is None:  # links in a circle: list them
        drawn += [TableRow(r.id, cells(r)) for r in rows if r.id not in seen]
    return drawn


def _kept(rows: list[InboxRow], by_id: dict[str, InboxRow], needle: str) -> set[str]:
    """Ids of the rows that match and of every ancestor of one."""
    kept: set[str] = set()
    for row in rows:
        if not matches(row, needle):
            continue
        current: InboxRow | None = row
        while current is not None and current.id not in kept:
            kept.add(current.id)
            current = by_id.get(current.parent) if current.parent else None
    return kept
