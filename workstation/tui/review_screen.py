"""Review: the document, the current proposal's reasons and history, and the decision keys.

Fingerprint findings (invisible characters, look-alike letters, copy markings, metadata)
are reviewed here with the proposals: the same keys move to them and decide them, the
side panel explains them, and the progress line counts those still pending, because
release refuses until every one is decided.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, Static

from workstation.fingerprints.glyphs import LEGEND
from workstation.services.desk import Desk
from workstation.services.errors import WorkstationError
from workstation.services.review import Review
from workstation.terminal import neutralise_line
from workstation.tui.document_view import DocumentView
from workstation.tui.finding_panel import finding_why, history_lines
from workstation.tui.proposal_list import ProposalListScreen
from workstation.tui.release_screen import ReleaseScreen


def why(review: Review, position: int) -> str:
    """The side panel: why it was proposed, linked occurrences, decision history."""
    p = review.proposals[position]
    reason = p.reason
    lines = [
        f"[b]{p.entity}[/b]  {p.state}  score {p.score:.2f}",
        f"recognizer: {reason.get('recognizer', '?')}",
    ]
    if reason.get("pattern"):
        lines.append(f"pattern: {reason['pattern']}")
    if reason.get("context_words"):
        lines.append("context: " + ", ".join(map(str, reason["context_words"])))
    if reason.get("rule"):
        lines.append(f"rule: {reason['rule']}")
    if p.policy:
        lines.append(f"policy: {p.policy.get('id', '')} {p.policy.get('version', '')}")
    lines.append(f"linked occurrences: {len(review.linked(p.id))}")
    lines.append(f"id: {p.id}")
    lines += history_lines(review, p.id, "proposal.", 8)
    return "\n".join(neutralise_line(line) for line in lines)


def key_line(bindings: list[BindingType]) -> str:
    """The shown bindings as one line, from the bindings themselves.

    Textual's Footer recomposes after every action (it follows binding changes), which
    repaints the whole screen; this line is drawn once, so a decision repaints two lines.
    """
    shown = [b for b in bindings if isinstance(b, Binding) and b.show]
    keys = [f"[b]{b.key.split(',')[0]}[/b] {b.description}" for b in shown]
    return "  ".join([*keys, "[b]?[/b] Help"])


def legend() -> str:
    """What the glyphs and colours in the document mean (shown by the help screen)."""
    glyphs = [f"{glyph}  {meaning}" for glyph, meaning in LEGEND]
    colours = [
        "yellow: proposal to decide · red: redacted · green underline: kept",
        "magenta: manual redaction · cyan: fingerprint finding to decide",
        "cyan struck through: removed at release · underlined word: look-alike letters",
    ]
    return "\n".join(["Marks in the document:", *glyphs, *colours])


class ReviewScreen(Screen[None]):
    """Every key press decides, writes and audits at once; nothing waits for a save."""

    LEGEND = legend()

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n,j", "next_pending", "Next pending", id="next"),
        Binding("p,k", "previous_pending", "Previous pending", id="previous"),
        Binding("a", "decide('accept')", "Accept (redact)", id="accept"),
        Binding("r", "decide('reject')", "Reject (keep)", id="reject"),
        Binding("A", "decide_linked('accept')", "Accept all linked", id="accept-linked"),
        Binding("R", "decide_linked('reject')", "Reject all linked", id="reject-linked"),
        Binding("u", "undo", "Undo", id="undo"),
        Binding("m", "manual", "Redact selection", id="manual"),
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
        Binding("l", "list", "Proposal list", id="list"),
        Binding("Y", "approve", "Approve decisions", id="approve"),
        Binding("E", "release", "Release", id="release"),
        Binding("escape", "close", "Back to inbox", id="back"),
    ]

    def __init__(self, desk: Desk, document_id: str) -> None:
        super().__init__()
        self.desk = desk
        self.document_id = document_id
        self.review = desk.open_review(document_id)
        self.query_text = ""

    def compose(self) -> ComposeResult:
        # Textual repaints the rectangle around everything that changed in a frame: the
        # progress line and the reasons sit at the top, so a decision repaints the rows
        # above the current proposal rather than the whole screen.
        yield Static("", id="progress")
        with Horizontal(id="review-body"):
            yield DocumentView(self.review, id="document")
            with Vertical(id="side"):
                yield Static("", id="why")
        yield Input(placeholder="search the text, Enter to find", id="search")
        yield Static(key_line(self.BINDINGS), id="keys")

    def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        self.view.focus()
        first = self.review.next_pending_id(None)
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
            text = why(self.review, view.chosen)
        else:
            text = "No proposals or fingerprint findings in this document."
        self.query_one("#why", Static).update(text, layout=False)  # fixed height: no relayout
        progress = self.review.progress()
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
        self.notify(neutralise_line(message), timeout=4)

    # Moving ------------------------------------------------------------------------------

    def _go(self, step: int) -> None:
        found = self.review.next_pending_id(self.view.current_id(), step)
        if found is None:
            self.say("No more pending proposals or fingerprint findings that way.")
            return
        self.show(found)
        self.update_side()

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

    def action_search_next(self) -> None:
        if not self.query_text:
            return
        text = self.view.shown.casefold()
        needle = self.query_text.casefold()
        found = text.find(needle, self.view.caret + 1)
        if found == -1:
            found = text.find(needle)
        if found == -1:
            self.say("Not found.")
            return
        self.view.select_from = None
        self.view.caret = found
        self.view.scroll_to_offset(found)
        self.view.refresh()

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

    def action_list(self) -> None:
        def chosen(identifier: str | None) -> None:
            if identifier:
                self.show(identifier)
                self.update_side()

        self.app.push_screen(ProposalListScreen(self.review), chosen)

    # Approve and release ---------------------------------------------------------------

    def action_approve(self) -> None:
        """Sign the current decisions; the service refuses while anything is pending."""
        try:
            self.say(self.desk.approve(self.document_id))
        except WorkstationError as refusal:
            self.say(str(refusal))

    def action_release(self) -> None:
        self.app.push_screen(ReleaseScreen(self.desk, self.document_id))

    def action_close(self) -> None:
        self.desk.review = None
        self.app.pop_screen()
