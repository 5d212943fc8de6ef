"""Inbox: every document with its state and counts; open, scan, take in, shred.

Documents taken out of an archive, a mailbox or an email sit under it as a tree
(space opens or closes a branch). The rows are read from the vault once when the inbox
opens (and on F5); back from a review, a scan, an intake or a shred only the rows of the
documents that changed are read again. Sorting, filtering and opening branches work on
them in memory, and the table draws only the rows on screen, so 50,000 documents open
and filter in under a second.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Input, ProgressBar, Static
from textual.worker import Worker, WorkerState

from workstation.services.errors import WorkstationError
from workstation.services.ui_facade import Desk, InboxRow
from workstation.terminal import neutralise_line
from workstation.tui.audit_screen import AuditScreen
from workstation.tui.filtered_screen import FilteredTableScreen
from workstation.tui.inbox_rows import COLUMNS, SORTS, tree_rows
from workstation.tui.isolation_notice import IsolationNotice
from workstation.tui.names_screen import NamesScreen
from workstation.tui.prompts import PromptScreen
from workstation.tui.release_screen import ReleaseScreen
from workstation.tui.review_screen import ReviewScreen
from workstation.tui.virtual_table import VirtualTable


class InboxScreen(FilteredTableScreen):
    FILTER_BOX = "#filter"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,o", "open", "Open", id="open"),
        Binding("s", "scan", "Scan", id="scan"),
        Binding("S", "scan_all", "Scan all", id="scan-all"),
        Binding("c", "cancel_scan", "Cancel scan", id="cancel"),
        Binding("i", "take_in", "Take in file", id="intake"),
        Binding("x", "shred", "Shred", id="shred"),
        Binding("E", "release", "Release", id="release"),
        Binding("t", "sort", "Sort", id="sort"),
        Binding("f", "filter", "Filter", id="filter"),
        Binding("n", "names", "Names", id="names"),
        Binding("ctrl+a", "audit", "Audit log", id="audit"),
        Binding("f5", "reload", "Reload", show=False, id="reload"),
    ]

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.rows: list[InboxRow] = []
        self.sort_key = 0
        self.filter_text = ""
        self.closed: set[str] = set()  # branches the editor closed
        self.just_mounted = False  # the first resume follows the mount's own reading
        self.cancel = threading.Event()
        self.scanning = False

    def compose(self) -> ComposeResult:
        yield Static("", id="inbox-title", markup=False)  # holds names and typed text
        yield IsolationNotice()
        yield VirtualTable(COLUMNS, id="documents")
        yield ProgressBar(id="scan-progress", show_eta=False)
        yield Static("", id="inbox-status", markup=False)
        yield Input(placeholder="filter by name, type or state", id="filter")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#scan-progress").display = False
        self.query_one("#filter").display = False
        self.reload()
        self.just_mounted = True
        self.query_one(VirtualTable).focus()

    def on_screen_resume(self) -> None:
        """Back from a document (or the first showing, which on_mount already read)."""
        if self.just_mounted:
            self.just_mounted = False
            return
        self.refresh_changed()

    def status(self, message: str) -> None:
        self.query_one("#inbox-status", Static).update(neutralise_line(message))

    def reload(self) -> None:
        if self.scanning or not self.desk.unlocked:
            return
        try:
            self.rows = self.desk.inbox()
        except WorkstationError as refusal:
            self.status(str(refusal))
            return
        self.show()

    def refresh_changed(self) -> None:
        """Put in the rows of the documents that changed since the inbox last read them
        (the desk tells which); the others stay as they are."""
        if self.scanning or not self.desk.unlocked:
            return
        try:
            changes = self.desk.inbox_changes()
        except WorkstationError as refusal:
            self.status(str(refusal))
            return
        if changes.everything:
            self.rows = changes.rows
        elif changes.rows or changes.removed:
            fresh = {row.id: row for row in changes.rows}
            kept = [fresh.pop(row.id, row) for row in self.rows if row.id not in changes.removed]
            self.rows = kept + list(fresh.values())  # what is left in fresh is new
        else:
            return  # nothing changed: the table stays as drawn
        self.show()

    def show(self) -> None:
        """Sort, filter and fold the rows already read (no vault access)."""
        key = SORTS[self.sort_key]
        shown = tree_rows(self.rows, key, self.filter_text, self.closed)
        keep = self.selected()  # the cursor stays on its document (one just scanned, say)
        self.query_one(VirtualTable).set_rows(shown, keep)
        matching = f", filter: {self.filter_text} ({len(shown)} shown)" if self.filter_text else ""
        self.query_one("#inbox-title", Static).update(
            f"Inbox of {self.desk.editor}: {len(self.rows)} documents "
            f"(sorted by {key.replace('_at', '')}{matching})"
        )

    def selected(self) -> str | None:
        return self.query_one(VirtualTable).cursor_key

    def action_reload(self) -> None:
        self.reload()

    def action_sort(self) -> None:
        self.sort_key = (self.sort_key + 1) % len(SORTS)
        self.show()

    def on_virtual_table_row_chosen(self, event: VirtualTable.RowChosen) -> None:
        self.action_open()

    def on_virtual_table_branch_toggled(self, event: VirtualTable.BranchToggled) -> None:
        if event.open:
            self.closed.discard(event.key)
        else:
            self.closed.add(event.key)
        self.show()

    def action_names(self) -> None:
        if not self.scanning:
            self.app.push_screen(NamesScreen(self.desk))

    def action_open(self) -> None:
        document_id = self.selected()
        if document_id is None or self.scanning:
            return
        try:
            self.app.push_screen(ReviewScreen(self.desk, document_id))
        except WorkstationError as refusal:
            self.status(str(refusal))

    def action_release(self) -> None:
        document_id = self.selected()
        if document_id is None or self.scanning:
            return
        def go_to(identifier: str | None) -> None:  # the span a refused release named
            if identifier:
                self.app.push_screen(ReviewScreen(self.desk, document_id, identifier))

        self.app.push_screen(ReleaseScreen(self.desk, document_id), go_to)

    def action_audit(self) -> None:
        self.app.push_screen(AuditScreen(self.desk))

    # Scanning in a thread worker ---------------------------------------------------------

    def action_scan(self) -> None:
        document_id = self.selected()
        if document_id is not None:
            self._ask_policy([document_id])

    def action_scan_all(self) -> None:
        self._ask_policy(None)

    def _ask_policy(self, ids: list[str] | None) -> None:
        if self.scanning:
            self.status("A scan is already running (c cancels it).")
            return
        names = ", ".join(self.desk.policies())

        def chosen(policy: str | None) -> None:
            if policy:
                self.start_scan(ids, policy)

        self.app.push_screen(PromptScreen(f"Scan with which policy? ({names})", "default"), chosen)

    def start_scan(self, ids: list[str] | None, policy: str) -> Worker[object]:
        self.cancel.clear()
        self.scanning = True
        bar = self.query_one("#scan-progress", ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        self.status(f"Scanning with {policy} (the language model takes a few seconds to load)")
        return self.scan_worker(ids, policy)

    @work(thread=True, exclusive=True, group="scan", exit_on_error=False)
    def scan_worker(self, ids: list[str] | None, policy: str) -> str:
        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done, total)

        results = self.desk.scan(ids, policy, progress, self.cancel)
        scanned = [r for r in results if not isinstance(r, WorkstationError)]
        notices = dict.fromkeys(notice for r in scanned for notice in r.notices)
        said = "".join(f" {notice[0].upper()}{notice[1:]}." for notice in notices)
        return f"Scanned {len(scanned)} of {len(results)} document(s) with {policy}.{said}"

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#scan-progress", ProgressBar).update(total=total, progress=done)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "scan" or event.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            return
        self.scanning = False
        self.query_one("#scan-progress").display = False
        if event.state == WorkerState.SUCCESS:
            self.status(str(event.worker.result))
        elif isinstance(event.worker.error, WorkstationError):
            self.status(str(event.worker.error))
        else:
            self.status("The scan failed; documents scanned before it keep their proposals.")
        self.refresh_changed()

    def action_cancel_scan(self) -> None:
        if self.scanning:
            self.cancel.set()
            self.status("Cancelling after the current document...")

    # Intake and shredding ----------------------------------------------------------------

    def action_take_in(self) -> None:
        def chosen(path: str | None) -> None:
            if not path:
                return
            try:
                self.status(self.desk.take_in(Path(path).expanduser()))
            except WorkstationError as refusal:
                self.status(str(refusal))
            self.refresh_changed()

        self.app.push_screen(PromptScreen("Path of the file to take in:", ""), chosen)

    def action_shred(self) -> None:
        document_id = self.selected()
        if document_id is None or self.scanning:
            return

        def confirmed(typed: str | None) -> None:
            if typed != document_id:
                self.status("Not shredded: the id typed did not match.")
                return
            try:
                self.desk.shred(document_id)
                self.status(f"Shredded {document_id}; its content is gone for good.")
            except WorkstationError as refusal:
                self.status(str(refusal))
            self.refresh_changed()

        self.app.push_screen(
            PromptScreen(f"Shredding cannot be undone. Type {document_id} to shred it:", ""),
            confirmed,
        )
