"""The proposal list, filtered by state and entity, sorted by position, entity or state;
built only when asked for.

Each proposal shows its words (neutralised: control and invisible characters are
escaped, so the text cannot drive the terminal), so an editor can judge a row without
jumping to it. Enter jumps to any proposal, decided or not, to change its decision; with
one entity type chosen in the filter, A and R accept or reject every proposal of it.

Fingerprint findings are listed with the proposals; the entity filter's "fingerprints"
shows only them (and "fingerprint: KIND" one kind), so an editor can work through
everything that blocks a release in one list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Select, Static
from textual.widgets.option_list import Option

from workstation.services.errors import WorkstationError
from workstation.services.fingerprinting import StoredFinding
from workstation.services.review import Review
from workstation.services.scanning import StoredProposal
from workstation.terminal import neutralise_line

LIMIT = 2000  # rows shown at once; filters narrow a longer list
WORDS = 32  # characters of a proposal's words shown in its row
SORTS = [("by position", "position"), ("by entity", "entity"), ("by state", "state")]
SORT_KEYS: dict[str, Callable[[StoredProposal], tuple[str | int, ...]]] = {
    "position": lambda p: (p.start, p.end),
    "entity": lambda p: (p.entity, p.start, p.end),
    "state": lambda p: (p.state, p.start, p.end),
}
FINGERPRINTS = "fingerprints"
KIND_PREFIX = "fingerprint: "


def proposal_row(p: StoredProposal, words: str) -> Option:
    """A proposal by id, place, entity, state, score and its words (plain Content: never
    markup; the words neutralised and shortened to one column)."""
    shown = neutralise_line(words)
    shown = shown if len(shown) <= WORDS else shown[: WORDS - 1] + "…"
    entity = neutralise_line(p.entity)
    row = f"{p.id}  {p.start:>8}  {entity:<18} {p.state:<9} {p.score:.2f}  {shown}"
    return Option(Content(row), id=p.id)


def finding_row(f: StoredFinding) -> Option:
    """A finding by id, place, kind, state and code: never the document's words."""
    place = str(f.finding.start) if f.finding.start >= 0 else neutralise_line(f.finding.where)
    kind = f"FP {f.finding.kind}"
    row = f"{f.id} {place[:8]:>8}  {kind:<18} {f.state:<9} {neutralise_line(f.finding.code)}"
    return Option(Content(row), id=f.id)


HINT = "Enter: go to it (decided or not)  ·  A / R: accept / reject every one of the chosen type"


class ProposalListScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Close list", id="close-list"),
        Binding("A", "decide_entity('accept')", "Accept every one of the type", id="accept-type"),
        Binding("R", "decide_entity('reject')", "Reject every one of the type", id="reject-type"),
    ]

    def __init__(self, review: Review) -> None:
        super().__init__()
        self.review = review

    def compose(self) -> ComposeResult:
        states = [(s, s) for s in ("pending", "accepted", "rejected")]
        entities = [(e, e) for e in self.review.entities()]
        if self.review.findings:
            entities.append(("fingerprints (all kinds)", FINGERPRINTS))
            entities += [(KIND_PREFIX + k, KIND_PREFIX + k) for k in self.review.finding_kinds()]
        with Horizontal(id="list-filters"):
            yield Select(states, prompt="any state", id="state-filter")
            yield Select(entities, prompt="any entity", id="entity-filter")
            yield Select(SORTS, value="position", allow_blank=False, id="sort-by")
        yield OptionList(id="proposal-options")
        yield Static(HINT, id="list-hint", markup=False)

    def on_mount(self) -> None:
        self.fill()
        self.query_one(OptionList).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.fill()

    def fill(self) -> None:
        state = self.query_one("#state-filter", Select).value
        entity = self.query_one("#entity-filter", Select).value
        options = self.query_one(OptionList)
        options.clear_options()
        chosen = "" if entity is Select.NULL else str(entity)
        only_findings = chosen == FINGERPRINTS or chosen.startswith(KIND_PREFIX)
        kind = chosen.removeprefix(KIND_PREFIX) if chosen.startswith(KIND_PREFIX) else ""
        order = SORT_KEYS[str(self.query_one("#sort-by", Select).value)]
        text = self.review.text
        rows = [
            proposal_row(p, text[p.start : p.end])
            for p in sorted(self.review.proposals, key=order)
            if not only_findings
            and (state is Select.NULL or p.state == state)
            and (not chosen or p.entity == chosen)
        ]
        rows += [
            finding_row(f)
            for f in self.review.findings
            if (not chosen or only_findings)
            and (state is Select.NULL or f.state == state)
            and (not kind or f.finding.kind == kind)
        ]
        options.add_options(rows[:LIMIT])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)

    def action_decide_entity(self, verdict: str) -> None:
        """Every proposal of the entity type chosen in the filter, in one audited step."""
        entity = self.query_one("#entity-filter", Select).value
        if entity is Select.NULL or str(entity) == FINGERPRINTS or str(entity).startswith(
            KIND_PREFIX
        ):
            self.notify("Choose an entity type in the filter first.", timeout=4)
            return
        try:
            changed = self.review.decide_entity(str(entity), verdict)
        except WorkstationError as refusal:
            self.notify(neutralise_line(str(refusal)), timeout=4, markup=False)
            return
        self.fill()
        done = "Accepted" if verdict == "accept" else "Rejected"
        self.notify(f"{done} all {len(changed)} {neutralise_line(str(entity))} proposal(s).",
                    timeout=4, markup=False)
