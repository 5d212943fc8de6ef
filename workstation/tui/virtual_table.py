"""A table that draws only the rows on screen, for inboxes of 50,000 documents and more.

Textual's DataTable builds per-row state as rows are added: about 7 s of CPU for
50,000 rows on the 2-core box, and page-downs that lag. Here the rows are a plain list
and ``render_line`` (the Line API) turns only the visible ones into segments, so
filling, filtering and scrolling cost what the screen shows, not what the vault holds.
Rows may form a tree (an archive, its members, an email's attachments): a branch row
is drawn with a marker and its children indented; the owner decides which rows to
pass (collapsed branches simply leave their children out).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, NamedTuple

from rich.cells import set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip


class TableRow(NamedTuple):
    """One line of the table: its key, its cells (plain text, never markup), its depth in
    the tree and, for a branch, whether it is open (None: a leaf). A tuple: an inbox
    makes 50,000 of them for every sort, filter and fold."""

    key: str
    cells: tuple[str, ...]
    depth: int = 0
    open: bool | None = None


@dataclass(frozen=True)
class Column:
    title: str
    width: int
    right: bool = False


class VirtualTable(ScrollView, can_focus=True):
    """Rows drawn on demand; a cursor row; enter chooses, space opens or closes a branch."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor(-1)", "Up", show=False, id="cursor-up"),
        Binding("down", "cursor(1)", "Down", show=False, id="cursor-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="page-up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="page-down"),
        Binding("home", "jump(0)", "First", show=False, id="first"),
        Binding("end", "jump(-1)", "Last", show=False, id="last"),
        Binding("enter", "choose", "Open", show=False, id="choose"),
        Binding("space", "toggle_branch", "Open/close branch", show=False, id="toggle-branch"),
        Binding("right", "branch(True)", "Open branch", show=False, id="open-branch"),
        Binding("left", "branch(False)", "Close branch", show=False, id="close-branch"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-table--header",
        "virtual-table--cursor",
        "virtual-table--stripe",
    }
    DEFAULT_CSS = """
    VirtualTable { height: 1fr; }
    VirtualTable > .virtual-table--header { text-style: bold; background: $panel; }
    VirtualTable > .virtual-table--cursor { background: $accent; color: $text; }
    VirtualTable > .virtual-table--stripe { background: $boost; }
    """

    class RowChosen(Message):
        """Enter (or a second click) on a row."""

        def __init__(self, table: VirtualTable, key: str) -> None:
            super().__init__()
            self.table = table
            self.key = key

    class BranchToggled(Message):
        """The editor asked to open or close the branch at ``key``."""

        def __init__(self, table: VirtualTable, key: str, open_: bool) -> None:
            super().__init__()
            self.table = table
            self.key = key
            self.open = open_

    def __init__(self, columns: Sequence[Column], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns = tuple(columns)
        self.rows: list[TableRow] = []
        self.cursor_row = 0
        self._index: dict[str, int] = {}
        self.masked: dict[int, str] = {}
        """Column index -> text shown instead of every non-empty cell (snapshot tests)."""

    # Rows --------------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def set_rows(self, rows: list[TableRow], keep: str | None = None) -> None:
        """Show these rows; the cursor stays on ``keep`` when it is among them."""
        self.rows = rows
        self._index = {row.key: index for index, row in enumerate(rows)}
        width = sum(column.width + 1 for column in self.columns)
        self.virtual_size = Size(width, len(rows) + 1)
        self.cursor_row = self._index.get(keep, min(self.cursor_row, len(rows) - 1)) if keep else 0
        self.cursor_row = max(0, min(self.cursor_row, len(rows) - 1))
        self._follow_cursor()
        self.refresh()

    def get_row_index(self, key: str) -> int:
        return self._index[key]

    def cell(self, key: str, column: int) -> str:
        return self.rows[self._index[key]].cells[column]

    @property
    def cursor_key(self) -> str | None:
        return self.rows[self.cursor_row].key if self.rows else None

    def move_cursor(self, row: int) -> None:
        self.cursor_row = max(0, min(row, len(self.rows) - 1))
        self._follow_cursor()
        self.refresh()

    def _follow_cursor(self) -> None:
        visible = max(1, self.scrollable_content_region.height - 1)  # the header stays
        top = int(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False)
        elif self.cursor_row >= top + visible:
            self.scroll_to(y=self.cursor_row - visible + 1, animate=False)

    # Actions -----------------------------------------------------------------------------

    def action_cursor(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * max(1, self.size.height - 2))

    def action_jump(self, where: int) -> None:
        self.move_cursor(where if where >= 0 else len(self.rows) - 1)

    def action_choose(self) -> None:
        if self.rows:
            self.post_message(self.RowChosen(self, self.rows[self.cursor_row].key))

    def action_toggle_branch(self) -> None:
        if self.rows and self.rows[self.cursor_row].open is not None:
            row = self.rows[self.cursor_row]
            self.post_message(self.BranchToggled(self, row.key, not row.open))

    def action_branch(self, open_: bool) -> None:
        if self.rows and self.rows[self.cursor_row].open is (not open_):
            self.post_message(self.BranchToggled(self, self.rows[self.cursor_row].key, open_))

    def on_click(self, event: Click) -> None:
        index = int(self.scroll_y) + event.y - 1
        if 0 <= index < len(self.rows):
            again = index == self.cursor_row
            self.move_cursor(index)
            if again:
                self.action_choose()

    # Drawing -----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            header = self.get_component_rich_style("virtual-table--header")
            return self._strip([column.title for column in self.columns], 0, None, header, width)
        index = int(self.scroll_y) + y - 1
        if index >= len(self.rows):
            return Strip.blank(width, self.rich_style)
        row = self.rows[index]
        if index == self.cursor_row:
            style = self.get_component_rich_style("virtual-table--cursor")
        elif index % 2:
            style = self.get_component_rich_style("virtual-table--stripe")
        else:
            style = self.rich_style
        cells = [self.masked.get(i, text) if text else text for i, text in enumerate(row.cells)]
        return self._strip(cells, row.depth, row.open, style, width)

    def _strip(
        self, cells: list[str], depth: int, open_: bool | None, style: Style, width: int
    ) -> Strip:
        marker = "" if open_ is None else ("▾ " if open_ else "▸ ")
        parts = []
        for index, (column, cell) in enumerate(zip(self.columns, cells, strict=False)):
            text = "  " * depth + marker + cell if index == 1 else cell  # the name carries the tree
            shown = text.rjust(column.width) if column.right else text
            parts.append(set_cell_size(shown, column.width))
        line = " ".join(parts)
        scroll_x = int(self.scroll_x)
        return Strip([Segment(set_cell_size(line[scroll_x:], width), style)], width)
