"""The proposal list, filtered by state and entity; built only when asked for.

Fingerprint findings are listed with the proposals; the entity filter's "fingerprints"
shows only them (and "fingerprint: KIND" one kind), so an editor can work through
everything that blocks a release in one list.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Select
from textual.widgets.option_list import Option

from workstation.services.fingerprinting import StoredFinding
from workstation.services.review import Review
from workstation.services.scanning import StoredProposal
from workstation.terminal import neutralise_line

LIMIT = 2000  # rows shown at once; filters narrow a longer list
FINGERPRINTS = "fingerprints"
KIND_PREFIX = "fingerprint: "


def proposal_row(p: StoredProposal) -> Option:
    """A proposal by id, place, entity, state and score (plain Content: never markup)."""
    row = f"{p.id}  {p.start:>8}  {neutralise_line(p.entity):<18} {p.state:<9} {p.score:.2f}"
    return Option(Content(row), id=p.id)


def finding_row(f: StoredFinding) -> Option:
    """A finding by id, place, kind, state and code: never the document's words."""
    place = str(f.finding.start) if f.finding.start >= 0 else neutralise_line(f.finding.where)
    kind = f"FP {f.finding.kind}"
    row = f"{f.id} {place[:8]:>8}  {kind:<18} {f.state:<9} {neutralise_line(f.finding.code)}"
    return Option(Content(row), id=f.id)


class ProposalListScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Close list", id="close-list")
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
        yield OptionList(id="proposal-options")

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
        rows = [
            proposal_row(p)
            for p in self.review.proposals
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
