"""Release: choose a format, a folder and the CLI's options, watch each gate check, get
the manifest's path.

The options are the command line's: a file name, an invisible OCR layer for a PDF
(``--searchable``), keeping a PDF original's text layer (``--keep-text-layer``, opt-in,
warned about) and shredding the original once released (``--shred-original``).

Before anything runs, the screen says what would stop the release (proposals or
fingerprint findings still pending), so nobody waits for a refusal they could foresee.
The checks run in a thread worker (rendering a PDF takes seconds); each result comes
back as a message, and the run ends in one place, as the inbox's scan does: the
worker's state change, with the manifest, the refusal, or an unexpected failure. A
refusal names the check and the span id, never the hidden text, and the release
service has already removed any output by then.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Footer, Input, Select, Static
from textual.worker import Worker, WorkerState

from workstation.services.errors import WorkstationError
from workstation.services.release import Released, ReleaseRun, formats_for
from workstation.services.ui_facade import Desk
from workstation.terminal import neutralise_line
from workstation.tui.isolation_notice import IsolationNotice

FORMAT_NAMES = {
    "txt": "Plain text (txt)",
    "md": "Markdown (md)",
    "pdf": "PDF (pdf)",
    "csv": "Cells (csv)",  # spreadsheets only: the redacted cells
}
KEEP_TEXT_LAYER_WARNING = (
    "Keeping the text layer: the PDF original is redacted in place rather than rebuilt, so"
    " the rebuilt file's object allow list does not apply (the pixel gate still does)."
)
SHRED_WARNING = "The original will be crypto-shredded once the release succeeds: no undo."


class ReleaseScreen(Screen[str | None]):
    """One release attempt at a time; the screen stays for reading the result. Dismissed
    with a span id when the editor asks to go to the word a refusal named."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+r", "release", "Release now", id="release-now"),
        Binding("g", "go_to_word", "Go to the refused word", id="release-go-to-word"),
        Binding("escape", "close", "Back", id="release-back"),
    ]

    class CheckFinished(Message):
        """A gate check ran: its name, whether it passed, and its (text-free) detail."""

        def __init__(self, name: str, passed: bool, detail: str) -> None:
            super().__init__()
            self.check_name, self.passed, self.detail = name, passed, detail

    def __init__(self, desk: Desk, document_id: str, out_dir: Path | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.document_id = document_id
        remembered = desk.preferences().release_folder
        # never the current directory by default: the last folder chosen for this vault
        self.out_dir = out_dir or (Path(remembered) if remembered else None)
        self.lines: list[str] = []
        self.running = False
        self.manifest: Path | None = None
        self.refused_at: str | None = None

    def compose(self) -> ComposeResult:
        yield Static(f"Release document {self.document_id}", id="release-title")
        yield IsolationNotice()
        yield Static("", id="release-blockers", markup=False)
        with Vertical(id="release-form"), Horizontal(id="release-choices"):
            yield Select(self.formats(), value="txt", allow_blank=False, id="release-format")
            yield Input(
                str(self.out_dir or ""),
                placeholder="output folder (remembered for this vault)",
                id="release-folder",
            )
            yield Button("Release", id="release-button", variant="primary")
        with Horizontal(id="release-options"):
            yield Input(placeholder="file name (default: ID-redacted)", id="release-name")
            yield Checkbox("searchable (PDF: OCR layer)", id="release-searchable")
            yield Checkbox("keep text layer (PDF)", id="release-keep-text-layer")
            yield Checkbox("shred original", id="release-shred")
        yield Static("Choose a format and a folder, then press Release (ctrl+r).",
                     id="release-checks", markup=False)  # shows the folder as typed
        # The refused word, on this screen only: the document's text, never markup.
        yield Static("", id="release-word", markup=False)
        yield Footer()

    def formats(self) -> list[tuple[str, str]]:
        """The service's formats for this document's kind (csv only for a spreadsheet)."""
        kind = self.desk.document_row(self.document_id).kind
        return [(FORMAT_NAMES[name], name) for name in formats_for(kind)]

    def on_mount(self) -> None:
        self.query_one("#release-format", Select).focus()
        self.show_blockers()

    def show_blockers(self) -> None:
        """Pending decisions, said before the release is tried (the gate refuses them)."""
        try:
            blockers = self.desk.release_blockers(self.document_id)
        except WorkstationError as problem:
            blockers = [str(problem)]
        box = self.query_one("#release-blockers", Static)
        box.set_class(bool(blockers), "blocked")
        if not blockers:
            box.update("Nothing is pending: every proposal and fingerprint finding is decided.")
            return
        box.update(
            "Release will be refused: "
            + "; ".join(neutralise_line(line) for line in blockers)
            + ". Press Escape and decide them in the review (n goes to the next; l lists them,"
            " 'fingerprints' shows the findings).",
            layout=True,
        )

    def show(self, line: str) -> None:
        self.lines.append(neutralise_line(line))
        self.query_one("#release-checks", Static).update("\n".join(self.lines))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_release()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_release()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        """The risky options say what they do the moment they are chosen."""
        if not event.value:
            return
        if event.checkbox.id == "release-keep-text-layer":
            self.notify(KEEP_TEXT_LAYER_WARNING, severity="warning", timeout=8)
        elif event.checkbox.id == "release-shred":
            self.notify(SHRED_WARNING, severity="warning", timeout=8)

    def ticked(self, box_id: str) -> bool:
        return self.query_one(f"#{box_id}", Checkbox).value

    def action_release(self) -> None:
        if self.running:
            self.notify("A release is already running.", timeout=3)
            return
        chosen = self.query_one("#release-format", Select).value
        typed = self.query_one("#release-folder", Input).value.strip()
        if not typed:
            self.notify("Choose the output folder first; it is remembered for this vault.",
                        timeout=4)
            self.query_one("#release-folder", Input).focus()
            return
        folder = Path(typed).expanduser().resolve()
        self.desk.remember(replace(self.desk.preferences(), release_folder=str(folder)))
        self.running, self.lines, self.manifest, self.refused_at = True, [], None, None
        self.query_one("#release-word", Static).update("")
        self.show(f"Releasing as {chosen} into {folder} ...")
        if self.ticked("release-keep-text-layer"):
            self.show(KEEP_TEXT_LAYER_WARNING)
        name = self.query_one("#release-name", Input).value.strip() or None
        try:
            run = self.desk.release_run(
                self.document_id,
                str(chosen),
                folder,
                name,
                searchable=self.ticked("release-searchable"),
                keep_text_layer=self.ticked("release-keep-text-layer"),
                shred_original=self.ticked("release-shred"),
            )
        except WorkstationError as refusal:
            self.running = False
            self.refused(refusal)
            return
        self.run_checks(run)

    @work(thread=True, exclusive=True, group="release", exit_on_error=False)
    def run_checks(self, run: ReleaseRun) -> Released | None:
        """Post each check as it passes; return what was released. A refusal is raised
        and reaches ``on_worker_state_changed`` like any other failure."""
        for check in self.desk.release_checks(run):
            self.post_message(self.CheckFinished(check.name, check.passed, check.detail))
        return run.outcome

    def on_release_screen_check_finished(self, event: CheckFinished) -> None:
        mark = "passed" if event.passed else "FAILED"
        self.show(f"{mark}  {event.check_name}: {event.detail}")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Where every run ends: the manifest, the refusal, or an unexpected failure."""
        if event.worker.group != "release" or event.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            return
        self.running = False
        error = event.worker.error
        if event.state == WorkerState.SUCCESS:
            self.released(event.worker.result)
        elif isinstance(error, WorkstationError):
            self.refused(error)
        else:  # the class name only: an unexpected error's message may hold text
            what = type(error).__name__ if error else "cancelled"
            self.show(
                f"Failed: the release stopped ({what}); the audit log shows whether it was"
                " recorded."
            )

    def released(self, outcome: Released | None) -> None:
        if outcome is None:
            self.show("Refused: no output")
            return
        self.manifest = outcome.manifest
        if outcome.shredded:
            self.show(f"The original of {self.document_id} was shredded.")
        self.show(f"Released. Manifest: {outcome.manifest}")

    def refused(self, refusal: WorkstationError) -> None:
        """The failed check's line (when a check failed), then the one-line refusal."""
        failed = getattr(refusal, "check", None)
        if failed is not None:
            self.show(f"FAILED  {failed.name}: {failed.detail}")
        self.show(f"Refused: {refusal}")
        self.refused_at = self.desk.refused_span(failed.detail) if failed is not None else None
        if self.refused_at is None:
            return
        word = self.desk.word_of(self.document_id, self.refused_at)
        said = f"The word: \u00ab{word}\u00bb ({self.refused_at})." if word else (
            f"The refusal names {self.refused_at}."
        )
        self.query_one("#release-word", Static).update(f"{said} g goes to it in the review.")

    def action_go_to_word(self) -> None:
        if self.running or self.refused_at is None:
            return
        self.dismiss(self.refused_at)

    def action_close(self) -> None:
        if self.running:
            self.notify("Wait for the release to finish.", timeout=3)
            return
        self.app.pop_screen()
