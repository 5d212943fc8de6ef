"""Deciding a name once for the whole vault: its reach first, then always or never.

The reach ("12 spans in 4 documents") is worked out in a thread worker, since it reads
every document; a or n apply the decision (one audited action), Esc leaves everything
as it was. Dismissed with the line to tell the editor, or None when nothing changed.
"""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from workstation.services.errors import WorkstationError
from workstation.services.leak_decisions import Reach
from workstation.services.ui_facade import Desk
from workstation.terminal import neutralise_line

WORDS = {"always": "Always redact", "never": "Never redact"}


class VaultDecisionScreen(ModalScreen[str | None]):
    """The reach of both decisions on one term, and the keys that apply one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "apply('always')", "Always redact, in every document", id="vault-always"),
        Binding("n", "apply('never')", "Never redact, in every document", id="vault-never"),
        Binding("escape", "cancel", "Back without deciding", id="vault-cancel"),
    ]

    def __init__(self, desk: Desk, term: str) -> None:
        super().__init__()
        self.desk = desk
        self.term = term
        self.reaches: dict[str, Reach] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="vault-decision-box"):
            # The editor's own term on their own screen: never read as markup.
            yield Static(
                f"Decide \u00ab{neutralise_line(self.term)}\u00bb in every document of the vault",
                id="vault-decision-title",
                markup=False,
            )
            yield Static("Working out the reach ...", id="vault-decision-reach", markup=False)
            yield Static("a always redact · n never redact · Esc back without deciding")

    def on_mount(self) -> None:
        self.work_out_reach()

    @work(thread=True, exclusive=True, group="vault-reach", exit_on_error=False)
    def work_out_reach(self) -> dict[str, Reach]:
        return {word: self.desk.vault_reach(word, self.term) for word in WORDS}

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "vault-reach":
            return
        shown = self.query_one("#vault-decision-reach", Static)
        if event.state == WorkerState.SUCCESS and isinstance(event.worker.result, dict):
            self.reaches = event.worker.result
            variants = self.reaches["always"].decision.variants()
            forms = ", ".join(neutralise_line(variant) for variant in variants)
            lines = [f"Forms: {forms}"]
            lines += [f"{WORDS[word]}: {reach.line()}" for word, reach in self.reaches.items()]
            shown.update("\n".join(lines))
        elif event.state == WorkerState.ERROR:
            error = event.worker.error
            said = str(error) if isinstance(error, WorkstationError) else type(error).__name__
            shown.update(f"The reach could not be worked out: {said}")

    def action_apply(self, word: str) -> None:
        if word not in self.reaches:
            self.notify("Wait for the reach to be shown first.", timeout=3)
            return
        try:
            done = self.desk.decide_for_vault(self.reaches[word])
        except WorkstationError as refusal:
            self.notify(neutralise_line(str(refusal)), severity="error", markup=False)
            return
        changed = sum(1 for change in done.changes if change.changed or change.added)
        self.dismiss(
            f"{WORDS[word]} in every document ({done.decision.id}): {done.proposals:,}"
            f" proposal(s) in {changed:,} document(s) changed; their approvals are void."
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
