"""Audit: the log as a table, filterable, its verification at the top, and checkpoints."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from workstation.services.errors import WorkstationError
from workstation.services.ui_facade import AuditView, Desk
from workstation.terminal import neutralise_line
from workstation.tui.prompts import PromptScreen


class AuditScreen(Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f", "filter", "Filter", id="filter"),
        Binding("k", "checkpoint", "Write a checkpoint", id="checkpoint"),
        Binding("escape", "close", "Back", id="back"),
    ]

    def __init__(self, desk: Desk, checkpoint_folder: Path | None = None) -> None:
        super().__init__()
        self.desk = desk
        remembered = desk.preferences().checkpoint_folder
        # never the current directory by default: asked once, then remembered per vault
        self.checkpoint_folder = checkpoint_folder or (Path(remembered) if remembered else None)
        self.filter_text = ""
        self.view: AuditView | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="audit-verdict", markup=False)
        table: DataTable[str | Text] = DataTable(id="audit", cursor_type="row", zebra_stripes=True)
        table.add_columns("seq", "time", "editor", "action", "document")
        yield table
        yield Input(placeholder="filter by editor, action or document id", id="audit-filter")
        yield Static("", id="audit-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#audit-filter").display = False
        self.reload()
        self.query_one(DataTable).focus()

    def reload(self) -> None:
        try:
            self.view = self.desk.audit()
        except WorkstationError as refusal:
            self.query_one("#audit-verdict", Static).update(neutralise_line(str(refusal)))
            return
        verdict = self.query_one("#audit-verdict", Static)
        verdict.update(neutralise_line(self.view.summary))
        verdict.set_class(not self.view.verified, "broken")
        needle = self.filter_text.casefold()
        table = self.query_one(DataTable)
        table.clear()
        for row in self.view.rows:
            cells = (
                str(row.seq),
                row.at.replace("T", " ")[:19],
                neutralise_line(row.editor),
                row.action,
                row.object_id,
            )
            if needle in " ".join(cells).casefold():
                table.add_row(*cells[:2], Text(cells[2]), *cells[3:])  # the name: not markup

    def action_filter(self) -> None:
        box = self.query_one("#audit-filter", Input)
        box.display = True
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.filter_text = event.value.strip()
        event.input.display = False
        self.query_one(DataTable).focus()
        self.reload()

    def action_checkpoint(self) -> None:
        if self.checkpoint_folder is None:
            self.app.push_screen(
                PromptScreen("Folder for checkpoints (remembered for this vault):", ""),
                self.checkpoint_into,
            )
            return
        self.write_checkpoint(self.checkpoint_folder)

    def checkpoint_into(self, typed: str | None) -> None:
        if not typed:
            return
        self.checkpoint_folder = Path(typed).expanduser().resolve()
        self.desk.remember(
            replace(self.desk.preferences(), checkpoint_folder=str(self.checkpoint_folder))
        )
        self.write_checkpoint(self.checkpoint_folder)

    def write_checkpoint(self, folder: Path) -> None:
        try:
            written = self.desk.checkpoint(folder)
        except (WorkstationError, OSError) as refusal:
            message = str(refusal) if isinstance(refusal, WorkstationError) else "cannot write it"
            self.query_one("#audit-status", Static).update(f"No checkpoint: {message}")
            return
        self.query_one("#audit-status", Static).update(
            neutralise_line(f"Checkpoint written to {written}: keep a copy outside this computer.")
        )
        self.reload()

    def action_close(self) -> None:
        self.app.pop_screen()
