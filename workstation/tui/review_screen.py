"""Review: the document, the current proposal's reasons and history, and the decision keys.

Fingerprint findings (invisible characters, look-alike letters, copy markings, metadata)
are reviewed here with the proposals: the same keys move to them and decide them, the
side panel explains them, and the progress line counts those still pending, because
release refuses until every one is decided.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from workstation.services.errors import WorkstationError
from workstation.services.ui_facade import Desk
from workstation.terminal import neutralise_line
from workstation.tui.approve_screen import ApproveScreen
from workstation.tui.document_view import DocumentView
from workstation.tui.isolation_notice import IsolationNotice
from workstation.tui.page_preview import PagePreviewScreen
from workstation.tui.prompts import PromptScreen
from workstation.tui.proposal_list import ProposalListScreen
from workstation.tui.reasons_panel import finding_why, proposal_why
from workstation.tui.release_screen import ReleaseScreen
from workstation.tui.vault_decision_screen import VaultDecisionScreen


def key_line(bindings: list[BindingType]) -> str:
    """The shown bindings as one line, from the bindings themselves.

    Textual's Footer recomposes after every action (it follows binding changes), which
    repaints the whole screen; this line is drawn once, so a decision repaints two lines.
    """
    shown = [b for b in bindings if isinstance(b, Binding) and b.show]
    keys = [f"[b]{b.key.split(',')[0]}[/b] {b.description}" for b in shown]
    return "  ".join([*keys, "[b]?[/b] Help"])


class ReviewScreen(Screen[None]):
    """Every key press decides, writes and audits at once; nothing waits for a save."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n,j", "next_pending", "Next pending", id="next"),
        Binding("p,k", "previous_pending", "Previous pending", id="previous"),
        Binding("a", "decide('accept')", "Accept (redact)", id="accept"),
        Binding("r", "decide('reject')", "Reject (keep)", id="reject"),
        Binding("A", "decide_linked('accept')", "Accept all linked", id="accept-linked"),
        Binding("R", "decide_linked('reject')", "Reject all linked", id="reject-linked"),
        Binding("u", "undo", "Undo", id="undo"),
        Binding(
            "D", "vault_decision", "Decide for every document", show=False, id="vault-decision"
        ),
        Binding("t", "toggle_advance", "Auto-advance on/off", show=False, id="advance"),
        Binding("m", "manual", "Redact selection", id="manual"),
        Binding("M", "redact_matches", "Redact every match", show=False, id="redact-matches"),
        Binding("e", "retype", "Correct entity type", show=False, id="retype"),
        Binding("enter", "choose_at_caret", "Choose proposal at caret", show=False,
                id="choose"),
        Binding("left", "caret(-1, 0, False)", "Caret left", show=False),
        Binding("right", "caret(1, 0, False)", "Caret right", show=False),
        Binding("up", "caret(0, -1, False)", "Caret up", show=False),
        Binding("down", "caret(0, 1, False)", "Caret down", show=False),
        Binding("shift+left", "caret(-1, 0, True)", "Select left", show=False),
        Binding("shift+right", "caret(1, 0, True)", "Select right", show=False),
        Binding("shift+up", "caret(0, -1, True)", "Select up", show=False),
        Binding("shift+down", "caret(0, 1, True)", "Select down", show=False),
        Binding("slash", "search", "Search", id="search"),
        Binding("g", "search_next", "Next match", show=False),
        Binding("v", "preview", "Preview release", id="preview"),
        Binding("o", "page_preview", "Preview on the page", show=False, id="page"),
        Binding("l", "list", "Proposal list", id="list"),
        Binding("Y", "approve", "Approve decisions", id="approve"),
        Binding("E", "release", "Release", id="release"),
        Binding("escape", "close", "Back to inbox", id="back"),
    ]

    def __init__(self, desk: Desk, document_id: str, start_at: str | None = None) -> None:
        super().__init__()
        self.desk = desk
        self.document_id = document_id
        self.start_at = start_at  # a span to show first (one a refused release named)
        self.review = desk.open_review(document_id)
        self.query_text = ""
        self.advance = desk.preferences().advance_after_decision
        self.title_state = ""

    def compose(self) -> ComposeResult:
        # Textual repaints the rectangle around everything that changed in a frame: the
        # progress line and the reasons sit at the top, so a decision repaints the rows
        # above the current proposal rather than the whole screen.
        yield Static("", id="document-title", markup=False)
        yield IsolationNotice()
        yield Static("", id="progress")
        with Horizontal(id="review-body"):
            yield DocumentView(self.review, id="document")
            with Vertical(id="side"):
                yield Static("", id="why")
        yield Input(placeholder="search the text, Enter to find", id="search")
        yield Static(key_line(self.BINDINGS), id="keys")

    def show_title(self) -> None:
        """The document's name and state (as the inbox says it), above its text."""
        try:
            row = self.desk.document_row(self.document_id)
        except WorkstationError:
            return
        self.title_state = row.state
        self.query_one("#document-title", Static).update(
            f"{row.name} · {row.kind} · {row.state}"
        )

    def on_mount(self) -> None:
        self.show_title()
        self.query_one("#search", Input).display = False
        self.view.focus()
        first = self.review.next_pending_id(None)
        if self.start_at and (
            self.review.has(self.start_at) or self.review.has_finding(self.start_at)
        ):
            first = self.start_at
        if first is None and self.review.proposals:
            first = self.review.proposals[0].id
        if first is None and self.review.findings:
            first = self.review.findings[0].id
        self.show(first)
        self.update_side()
        for notice in self.review.notices:  # said plainly, and kept on the progress line
            self.notify(neutralise_line(notice), severity="warning", timeout=15)

    @property
    def view(self) -> DocumentView:
        return self.query_one(DocumentView)

    def legend(self) -> Text:
        """What the marks in the document mean (shown by the help screen)."""
        return self.view.legend()

    def show(self, identifier: str | None) -> None:
        """Make a proposal or a fingerprint finding current (ids say which: p… or f…)."""
        if identifier is not None and self.review.has_finding(identifier):
            self.view.show_finding(identifier)
        elif identifier is not None:
            self.view.show_proposal(self.review.position(identifier))
        else:
            self.view.show_proposal(None)

    def update_side(self) -> None:
        view = self.view
        if view.chosen_finding is not None:
            text = finding_why(self.review, view.chosen_finding)
        elif view.chosen is not None:
            text = proposal_why(self.review, view.chosen)
        else:
            text = Content("No proposals or fingerprint findings in this document.")
        self.query_one("#why", Static).update(text, layout=False)  # fixed height: no relayout
        progress = self.review.progress()
        finished = not (progress.pending or progress.findings_pending)
        if finished != (self.title_state not in ("in review", "received")):
            self.show_title()  # in review <-> reviewed: the state in the title follows
        mode = "  [PREVIEW of the release: press v to go back]" if view.preview else ""
        marks = progress.findings_pending
        if marks and view.preview:
            mode += f" RELEASE REFUSED until {marks} fingerprint finding(s) are decided"
        unread = "".join(f" · {notice.split(':')[0]}" for notice in self.review.notices)
        self.query_one("#progress", Static).update(
            f"{progress.line()}   pending {progress.pending} · accepted {progress.accepted}"
            f" · rejected {progress.rejected} · fingerprints to decide {marks}{unread}{mode}",
            layout=False,
        )

    def say(self, message: str) -> None:
        self.notify(neutralise_line(message), timeout=4, markup=False)

    # Moving ------------------------------------------------------------------------------

    def _go(self, step: int) -> None:
        """The nearest pending item that way; past the last one, round to the other end."""
        current = self.view.current_id()
        found = self.review.next_pending_id(current, step)
        if found is None:
            found = self.review.next_pending_id(None, step)
            if found is None:
                self.say("Nothing is pending: every proposal and finding is decided.")
                return
            if found == current:
                self.say("This is the only pending item.")
                return
            end = "first" if step > 0 else "last"
            self.say(f"Wrapped around to the {end} pending item.")
        self.show(found)
        self.update_side()

    def _advance(self) -> None:
        """After a decision, on to the next pending item when the setting says so."""
        if self.advance and self.review.next_pending_id(None) is not None:
            self._go(1)

    def action_toggle_advance(self) -> None:
        kept = self.desk.remember(
            replace(self.desk.preferences(), advance_after_decision=not self.advance)
        )
        self.advance = kept.advance_after_decision
        then = "move to the next pending item" if self.advance else "stay where you are"
        self.say(f"After each decision: {then}.")

    def action_next_pending(self) -> None:
        self._go(1)

    def action_previous_pending(self) -> None:
        self._go(-1)

    def action_caret(self, chars: int, lines: int, select: bool) -> None:
        self.view.move_caret(chars, lines, select)

    # Deciding ----------------------------------------------------------------------------

    def _editable(self) -> bool:
        if self.view.preview:
            self.say("This is the release preview: press v to return to the review.")
            return False
        return True

    def _decide(self, verdict: str, linked: bool) -> None:
        if self.view.chosen_finding is not None:
            if self._editable():
                self._decide_finding(self.view.chosen_finding, verdict, linked)
            return
        position = self.view.chosen
        if position is None or not self._editable():
            return
        identifier = self.review.proposals[position].id
        try:
            changed = self.review.decide(identifier, verdict, linked=linked)
        except WorkstationError as refusal:
            self.say(str(refusal))
            return
        self.view.refresh_proposals([self.review.position(p.id) for p in changed])
        self.update_side()
        if linked:
            self.say(f"{verdict.capitalize()}ed {len(changed)} linked occurrence(s).")
        self._advance()

    def _decide_finding(self, identifier: str, verdict: str, same_kind: bool) -> None:
        try:
            changed = self.review.decide_finding(identifier, verdict, same_kind=same_kind)
        except WorkstationError as refusal:
            self.say(str(refusal))
            return
        self.view.refresh_findings([f.id for f in changed])
        self.update_side()
        if same_kind:
            kind = self.review.finding(identifier).finding.kind
            self.say(f"{verdict.capitalize()}ed {len(changed)} {kind} finding(s).")
        self._advance()

    def action_decide(self, verdict: str) -> None:
        self._decide(verdict, linked=False)

    def action_decide_linked(self, verdict: str) -> None:
        self._decide(verdict, linked=True)

    def action_undo(self) -> None:
        if not self._editable():
            return
        try:
            touched = self.review.undo()
        except WorkstationError as refusal:
            self.say(str(refusal))
            return
        self.view.reindex()
        findings = [i for i in touched if self.review.has_finding(i)]
        if findings:
            self.view.refresh_findings(findings)
            self.view.show_finding(findings[0])
            self.update_side()
            self.say(f"Undone ({len(findings)} fingerprint finding(s)).")
            return
        known = [self.review.position(i) for i in touched if self.review.has(i)]
        self.view.show_proposal(known[0] if known else self.view.chosen)
        self.update_side()
        self.say(f"Undone ({len(touched)} proposal(s)).")

    def action_vault_decision(self) -> None:
        """Decide the selected text, or the current proposal's, in every document."""
        chosen = self.view.selection()
        if chosen is None and self.view.chosen is not None:
            proposal = self.review.proposals[self.view.chosen]
            chosen = (proposal.start, proposal.end)
        if chosen is None or not self._editable():
            self.say("Choose a proposal or select text first, then press D.")
            return
        term = self.review.text[chosen[0] : chosen[1]]

        def decided(said: str | None) -> None:
            if said is None:
                return
            current = self.view.current_id()
            self.review.reload()
            self.view.reindex()
            self.show(current if current and self.review.has(current) else None)
            self.update_side()
            self.say(said)

        self.app.push_screen(VaultDecisionScreen(self.desk, term), decided)

    def action_manual(self) -> None:
        chosen = self.view.selection()
        if chosen is None:
            self.say("Select text first: shift+arrows, or drag with the mouse; then press m.")
            return
        self.redact(*chosen)

    def on_document_view_selection_made(self, event: DocumentView.SelectionMade) -> None:
        self.say("Press m to redact the selected text.")

    def redact(self, start: int, end: int) -> None:
        if not self._editable():
            return
        try:
            added = self.review.redact(start, end)
        except WorkstationError as refusal:
            self.say(str(refusal))
            return
        self.view.clear_selection()
        self.view.reindex()
        self.view.show_proposal(self.review.position(added.id))
        self.update_side()
        self.say(f"Redacted {end - start} characters (manual, {added.id}).")

    # Search, preview, list ---------------------------------------------------------------

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_text = event.value
        event.input.display = False
        self.view.focus()
        self.action_search_next()

    def matches(self) -> list[tuple[int, int]]:
        """Every place the search text occurs (case-insensitive; offsets into the text)."""
        if not self.query_text:
            return []
        pattern = re.compile(re.escape(self.query_text), re.IGNORECASE)
        return [(m.start(), m.end()) for m in pattern.finditer(self.view.shown)]

    def action_search_next(self) -> None:
        """Select the next match whole, so m redacts exactly it."""
        found = self.matches()
        if not self.query_text:
            return
        if not found:
            self.say("Not found.")
            return
        selected = self.view.selection()
        origin = selected[0] + 1 if selected else self.view.caret
        after = [span for span in found if span[0] >= origin]
        start, end = after[0] if after else found[0]
        view = self.view
        view.select_from, view.caret = start, end
        view.scroll_to_offset(start)
        view.refresh()
        number = found.index((start, end)) + 1
        self.say(f"Match {number} of {len(found)}: m redacts it, M redacts every match.")

    def action_redact_matches(self) -> None:
        """Every match of the last search redacted at once: one audited, undoable action."""
        found = self.matches()
        if not found:
            self.say("Search first (/), then M redacts every match.")
            return
        if not self._editable():
            return
        try:
            added = self.review.redact_all(found)
        except WorkstationError as refusal:
            self.say(str(refusal))
            return
        self.view.clear_selection()
        self.view.reindex()
        self.show(added[0].id)
        self.update_side()
        self.say(f"Redacted {len(added)} match(es) as one action (u undoes it).")

    def action_retype(self) -> None:
        """Correct the current proposal's entity type (audited; u undoes it)."""
        position = self.view.chosen
        if position is None or not self._editable():
            self.say("Choose a proposal first (n, the list, or a click).")
            return
        proposal = self.review.proposals[position]

        def answered(entity: str | None) -> None:
            if not entity:
                return
            try:
                changed = self.review.retype(proposal.id, entity.upper())
            except WorkstationError as refusal:
                self.say(str(refusal))
                return
            self.view.reindex()
            self.view.show_proposal(self.review.position(changed.id))
            self.update_side()
            self.say(f"{changed.id} is now {changed.entity}.")

        question = f"Entity type for {proposal.id} (now {proposal.entity}):"
        self.app.push_screen(PromptScreen(question, proposal.entity), answered)

    def action_choose_at_caret(self) -> None:
        """Make the proposal under the caret current, decided or not, to change it."""
        self.choose_at(self.view.caret)

    def choose_at(self, offset: int) -> None:
        at = self.review.proposal_at(offset)
        if at is None:
            return
        self.view.show_proposal(self.review.position(at))
        self.update_side()

    def on_document_view_clicked(self, event: DocumentView.Clicked) -> None:
        self.choose_at(event.offset)

    def action_preview(self) -> None:
        view = self.view
        view.preview = not view.preview
        try:
            view.load(self.desk.release_preview() if view.preview else self.review.text)
        except WorkstationError as refusal:
            view.preview = False
            self.say(str(refusal))
            return
        if not view.preview:
            self.show(view.current_id())
        self.update_side()

    def action_page_preview(self) -> None:
        """Where the current proposal or finding is on its page, drawn if the terminal can."""
        identifier = self.view.current_id()
        if identifier is None:
            self.say("Choose a proposal or a finding first.")
            return
        drawing = getattr(self.app, "picture_widget", None)
        self.app.push_screen(PagePreviewScreen(self.desk, identifier, drawing))

    def action_list(self) -> None:
        def chosen(identifier: str | None) -> None:
            self.view.reindex()  # the list may have decided a whole entity type
            if identifier:
                self.show(identifier)
            self.update_side()

        self.app.push_screen(ProposalListScreen(self.review), chosen)

    # Approve and release ---------------------------------------------------------------

    def action_approve(self) -> None:
        """Show what the approval signs, then sign it on y; with anything pending the
        service refuses at once and says why."""
        progress = self.review.progress()
        if progress.pending or progress.findings_pending:
            self._sign(True)
            return
        try:
            lines = self.desk.approval_summary(self.document_id)
        except WorkstationError as refusal:
            self.say(str(refusal))
            return
        self.app.push_screen(ApproveScreen(self.document_id, lines), self._sign)

    def _sign(self, confirmed: bool | None) -> None:
        if not confirmed:
            self.say("Not approved: nothing was signed.")
            return
        try:
            self.say(self.desk.approve(self.document_id))
        except WorkstationError as refusal:
            self.say(str(refusal))
        self.show_title()

    def action_release(self) -> None:
        self.app.push_screen(ReleaseScreen(self.desk, self.document_id), self.go_to)

    def go_to(self, identifier: str | None) -> None:
        """Back from a refused release: the span it named becomes current."""
        if identifier and (self.review.has(identifier) or self.review.has_finding(identifier)):
            self.show(identifier)
            self.update_side()

    def action_close(self) -> None:
        self.desk.review = None
        self.app.pop_screen()
