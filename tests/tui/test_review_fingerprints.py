"""Fingerprint findings in the review app, driven through Pilot on a real vault and policy.

The memo carries a canary trap: zero-width spaces inside a word, a Cyrillic letter in
"Paris", a no-break space and a copy number. It is scanned under a newsroom policy that
leaves those kinds to review, so every finding waits for an editor as a strict desk's
would. The fingerprint pass is the real one; only the detector's proposal is stored
directly (no model load).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import Color
from rich.style import Style
from textual.widgets import OptionList, Select, Static
from tui_support import PASSPHRASE, SIZE, app_on, audit_ok, run_async, unlock

from vault.session import Session
from vault.store import Vault
from workstation.detection.findings import Proposal
from workstation.services import policies
from workstation.services.fingerprinting import StoredFinding, run_pass, stored_findings
from workstation.services.intake import intake_data
from workstation.services.scanning import store_scan
from workstation.tui.app import WorkstationApp
from workstation.tui.document_view import DocumentView
from workstation.tui.help_screen import HelpScreen
from workstation.tui.proposal_list import ProposalListScreen
from workstation.tui.release_screen import ReleaseScreen
from workstation.tui.review_screen import ReviewScreen

MEMO = (
    "MEMO\nThe amb\u200bass\u200b\u200bador met Radomir Vesk in P\u0430ris.\u00a0Noted.\n"
    "Copy 4 of 9\n"
)
LINE = MEMO.split("\n")[1]
BRIGHT_CYAN = Color.parse("bright_cyan").number  # what workstation.tcss gives pending findings
LINE_START = MEMO.index(LINE)
REVIEW_MARKS = """\
id: review-marks
version: "1"
extends: default
fingerprints:
  invisible: review
  homoglyph: review
  unusual_space: review
"""


@pytest.fixture
def memo(session: Session, vault_path: Path) -> str:
    (vault_path.parent / "policies").mkdir()
    (vault_path.parent / "policies" / "review-marks.yaml").write_text(REVIEW_MARKS)
    outcome = intake_data(session, "memo.txt", MEMO.encode())
    assert outcome.document is not None
    document_id = outcome.document.id
    loaded = policies.load(vault_path, "review-marks")
    name = (MEMO.index("Radomir"), MEMO.index(" in P"))
    store_scan(session, document_id, loaded,
               [Proposal(*name, "PERSON", 0.9, "review", "g1", {"recognizer": "t"})])
    run_pass(session, document_id, loaded)
    session.connection.close()
    return document_id


def findings(vault_path: Path, document_id: str) -> list[StoredFinding]:
    """What the vault holds now, read through a fresh unlock (not the app's memory)."""
    vault = Vault.open(vault_path)
    try:
        return stored_findings(vault.unlock("alice", PASSPHRASE), document_id)
    finally:
        vault.close()


def said(app: WorkstationApp) -> list[str]:
    return [notice.message for notice in app._notifications]


def panel(screen: ReviewScreen) -> str:
    return str(screen.query_one("#why", Static).render())


def row_of(view: DocumentView, line: int) -> tuple[str, list[tuple[str, Style]]]:
    """The rendered strip of a document line: its text and each cell's character and style."""
    strip = view.render_line(line - int(view.scroll_offset.y))
    cells = [(char, segment.style or Style()) for segment in strip for char in segment.text]
    return strip.text, cells


@run_async
async def test_invisible_characters_are_drawn_as_markers_without_moving_offsets(
    vault_path: Path, memo: str
) -> None:
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        view = screen.view
        text, cells = row_of(view, 1)
        assert text.startswith("The amb¦ass¦¦ador met Radomir Vesk in P\u0430ris.␣Noted.")
        assert len(text.rstrip()) == len(LINE)  # one cell per character
        name = LINE.index("Radomir")
        assert text[name : name + len("Radomir Vesk")] == "Radomir Vesk"
        assert cells[name][1].bgcolor is not None  # the proposal's highlight is on its cells
        for hidden in (LINE.index("\u200b"), LINE.index("\u00a0")):  # pending: cyan
            background = cells[hidden][1].bgcolor
            assert background is not None and background.number == BRIGHT_CYAN
        word = LINE.index("P\u0430ris")
        assert all(cells[word + i][1].underline for i in (0, 2, 3, 4))  # the disguised word
        await pilot.click(DocumentView, offset=(name, 1))  # the mouse lands on the same letter
        assert view.caret == LINE_START + name


@run_async
async def test_findings_are_listed_with_the_proposals_and_filtered(
    vault_path: Path, memo: str
) -> None:
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("l")
        listing = app.screen
        assert isinstance(listing, ProposalListScreen)

        def shown() -> list[str]:
            options = listing.query_one(OptionList)
            return [str(options.get_option_at_index(i).id) for i in range(options.option_count)]

        assert len(shown()) == 6  # one proposal, five findings
        entity = listing.query_one("#entity-filter", Select)
        entity.value = "fingerprints"
        await pilot.pause()
        assert len(shown()) == 5 and all(i.startswith("f") for i in shown())
        entity.value = "fingerprint: invisible"
        await pilot.pause()
        assert len(shown()) == 2
        entity.value = "PERSON"
        await pilot.pause()
        assert [i[0] for i in shown()] == ["p"]
        entity.value = "fingerprints"
        listing.query_one("#state-filter", Select).value = "accepted"
        await pilot.pause()
        assert shown() == []
        listing.query_one("#state-filter", Select).value = "pending"
        entity.value = "fingerprint: homoglyph"
        await pilot.pause()
        (homoglyph,) = shown()
        listing.query_one(OptionList).highlighted = 0
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert screen.view.chosen_finding == homoglyph
        assert "FINGERPRINT: homoglyph" in panel(screen)
        assert "U+0430 CYRILLIC SMALL LETTER A" in panel(screen)


@run_async
async def test_findings_are_decided_with_the_proposal_keys_kept_and_undone(
    vault_path: Path, memo: str
) -> None:
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        first = screen.view.chosen_finding  # the first pending mark in the text: a ZWSP
        assert first is not None
        assert "FINGERPRINT: invisible" in panel(screen) and "<ZWSP>" in panel(screen)
        assert "PENDING: release is refused" in panel(screen)
        assert "fingerprints to decide 5" in str(screen.query_one("#progress").render())
        await pilot.press("t", "a")  # stay on the decided finding, to read the panel
        assert {f.id: (f.state, f.decided_by) for f in findings(vault_path, memo)}[first] == (
            "accepted", "editor")
        assert "removed (normalised) in the released file" in panel(screen)
        assert "decide accepted" in panel(screen)  # the panel's history
        await pilot.press("n")  # the second run of zero-width spaces
        second = screen.view.chosen_finding
        assert second not in (None, first)
        await pilot.press("R")  # keep every invisible finding
        states = {f.id: f.state for f in findings(vault_path, memo)}
        assert (states[first], states[second]) == ("rejected", "rejected")
        assert any("Rejected 2 invisible finding(s)" in line for line in said(app))
        await pilot.press("u")
        states = {f.id: f.state for f in findings(vault_path, memo)}
        assert (states[first], states[second]) == ("accepted", "pending")
        await pilot.press("n", "n")  # past the pending name: the look-alike letter
        assert screen.view.current_id() == screen.review.proposals[0].id
        await pilot.press("n")
        assert screen.view.chosen_finding is not None
        assert "homoglyph" in panel(screen)
    ok, actions = audit_ok(vault_path)
    assert ok
    assert actions[-4:] == [
        "document.review", "fingerprint.decide", "fingerprint.decide", "fingerprint.undo"
    ]


@run_async
async def test_pending_findings_block_approval_and_release_and_the_screens_say_so(
    vault_path: Path, memo: str
) -> None:
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("v")
        progress = str(screen.query_one("#progress").render())
        assert "RELEASE REFUSED until 5 fingerprint finding(s) are decided" in progress
        assert "¦" in screen.view.shown  # pending: still in the text release would make
        await pilot.press("v")
        screen.view.show_proposal(0)
        await pilot.press("a", "Y")
        assert any("5 pending fingerprint finding(s)" in line for line in said(app))
        await pilot.press("E")
        release = app.screen
        assert isinstance(release, ReleaseScreen)
        blockers = str(release.query_one("#release-blockers", Static).render())
        assert "Release will be refused" in blockers
        assert "5 fingerprint finding(s) still to decide" in blockers
        await pilot.press("escape")
        # each decision moves on: the three findings after the name, then (wrapping round)
        # the two runs before it
        await pilot.press("a", "a", "a", "a", "a")
        assert {f.state for f in findings(vault_path, memo)} == {"accepted"}
        await pilot.press("v")
        assert screen.view.shown == "MEMO\nThe ambassador met [PERSON] in Paris. Noted.\n" \
            "[COPY_MARKING]\n"
        assert "RELEASE REFUSED" not in str(screen.query_one("#progress").render())
        await pilot.press("v", "Y")
        summary = str(app.screen.query_one("#approve-summary", Static).render())
        assert "Fingerprint decisions:" in summary and "none" not in summary
        await pilot.press("y")
        assert any(line.startswith("Approved: 1 of 1") for line in said(app))
        await pilot.press("E")
        blockers = str(app.screen.query_one("#release-blockers", Static).render())
        assert blockers.startswith("Nothing is pending")


@run_async
async def test_the_help_screen_explains_the_markers_in_the_styles_the_text_uses(
    vault_path: Path, memo: str
) -> None:
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        _, cells = row_of(screen.view, 1)  # the first finding is current; these two are not
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        legend = str(app.screen.query_one("#help-legend", Static).render())
        assert "¦  invisible character (zero-width space, joiner" in legend
        assert "␣  unusual space" in legend
        assert "fingerprint finding to decide · removed at release · look-alike letters" in legend
        drawn = screen.legend()
        styles = {drawn.plain[span.start : span.end]: span.style for span in drawn.spans}
        assert styles["fingerprint finding to decide"] == cells[LINE.index("\u00a0")][1]
        assert styles["look-alike letters"] == cells[LINE.index("P\u0430ris")][1]
