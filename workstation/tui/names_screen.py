"""Names across the leak: who the documents are about, and in how many each appears.

Built in a thread worker (each document's text is decrypted in memory to read the
proposed names), with progress; escape cancels and goes back. Nothing of it is kept
after the screen closes.
"""

from __future__ import annotations

import threading
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Input, ProgressBar, Static
from textual.worker import Worker, WorkerState

from workstation.services.errors import WorkstationError
from workstation.services.name_overview import NameCount
from workstation.services.ui_facade import Desk
from workstation.terminal import neutralise_line
from workstation.tui.filtered_screen import FilteredTableScreen
from workstation.tui.virtual_table import Column, TableRow, VirtualTable

COLUMNS = (
    Column("name", 48),
    Column("documents", 9, right=True),
    Column("mentions", 8, right=True),
)


class NamesScreen(FilteredTableScreen):
    FILTER_BOX = "#names-filter"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "filter", "Filter", id="filter"),
        Binding("escape", "close", "Back", id="back"),
    ]

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.names: list[NameCount] = []
        self.filter_text = ""
        self.cancel = threading.Event()

    def compose(self) -> ComposeResult:
        yield Static("Names across the leak", id="names-title", markup=False)
        yield VirtualTable(COLUMNS, id="names")
        yield ProgressBar(id="names-progress", show_eta=False)
        yield Static("", id="names-status", markup=False)
        yield Input(placeholder="filter names", id="names-filter")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#names-filter").display = False
        self.query_one(VirtualTable).focus()
        self.status("Reading the proposed names of every scanned document...")
        self.count_worker()

    def status(self, message: str) -> None:
        self.query_one("#names-status", Static).update(neutralise_line(message))

    @work(thread=True, exclusive=True, group="names", exit_on_error=False)
    def count_worker(self) -> list[NameCount]:
        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done, total)

        return self.desk.names_overview(progress, self.cancel)

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#names-progress", ProgressBar).update(total=total, progress=done)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "names" or event.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
        ):
            return
        self.query_one("#names-progress").display = False
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, list):
            self.names = event.worker.result
            self.status(f"{len(self.names)} names; f filters, escape goes back.")
            self.show()
        elif isinstance(event.worker.error, WorkstationError):
            self.status(str(event.worker.error))
        else:
            self.status("The overview could not be built.")

    def show(self) -> None:
        needle = self.filter_text.casefold()
        rows = [
            TableRow(str(i), (neutralise_line(n.name), str(n.documents), str(n.mentions)))
            for i, n in enumerate(self.names)
            if needle in n.name.casefold()
        ]
        self.query_one(VirtualTable).set_rows(rows)
        shown = f" matching {self.filter_text!r}: {len(rows)}" if needle else ""
        self.query_one("#names-title", Static).update(
            f"Names across the leak: {len(self.names)}{shown}"
        )

    def action_close(self) -> None:
        self.cancel.set()
        self.app.pop_screen()
