"""Approve and release from the review app, through Pilot on a real vault and policy.

The document is scanned under the shipped default policy (label rendering, one
approval), so the preview, the approval and the gate all work from the real rules.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, Select
from textual.worker import WorkerFailed
from tui_support import SIZE, app_on, run_async, unlock

from vault.session import Session
from vault.store import Vault
from workstation.detection.findings import Proposal
from workstation.services import policies
from workstation.services.approvals import approve
from workstation.services.documents import list_documents
from workstation.services.fingerprinting import run_pass
from workstation.services.intake import intake_data
from workstation.services.release import ReleaseRequest, release
from workstation.services.review import redact_span
from workstation.services.scanning import store_scan
from workstation.tui.app import WorkstationApp
from workstation.tui.approve_screen import ApproveScreen
from workstation.tui.inbox import InboxScreen
from workstation.tui.release_screen import ReleaseScreen
from workstation.tui.review_screen import ReviewScreen
from workstation.tui.virtual_table import VirtualTable

BOB = "quartz harbour velvet summit juniper"
MEMO = "Radomir Vesk met the union at the gate.\nThey left at noon.\n"


def scan_memo(session: Session, vault_path: Path, policy: str = "default") -> str:
    """One PERSON proposal pending on the memo, stored as the policy's scan, and the
    fingerprint pass that a real scan runs with it (release requires it)."""
    outcome = intake_data(session, "memo.txt", MEMO.encode())
    assert outcome.document is not None
    loaded = policies.load(vault_path, policy)
    found = [Proposal(0, MEMO.index(" met"), "PERSON", 0.9, "review", "g1", {"recognizer": "t"})]
    store_scan(session, outcome.document.id, loaded, found)
    run_pass(session, outcome.document.id, loaded)
    return outcome.document.id


@pytest.fixture
def memo(session: Session, vault_path: Path) -> str:
    document_id = scan_memo(session, vault_path)
    session.connection.close()
    return document_id


def states(vault_path: Path) -> dict[str, str]:
    vault = Vault.open(vault_path)
    try:
        session = vault.unlock("alice", "orbit lantern cobalt meadow thistle")
        return {row.document.id: row.state for row in list_documents(session)}
    finally:
        vault.close()


def said(app: WorkstationApp) -> list[str]:
    return [notice.message for notice in app._notifications]


def test_inbox_states_follow_review_approval_and_release(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    document_id = scan_memo(session, vault_path)
    shown = {row.document.id: row.state for row in list_documents(session)}
    assert shown[document_id] == "in review"
    proposal = next(iter(session.items(document_id, "proposal")))
    session.set_item_states(
        document_id, "proposal", {proposal.id: "accepted"}, "proposal.decide", {}
    )
    assert {r.document.id: r.state for r in list_documents(session)}[document_id] == "reviewed"
    editors = Vault(session.path, session.connection).editors()
    approve(session, document_id, editors)
    assert {r.document.id: r.state for r in list_documents(session)}[document_id] == "approved"
    release(session, vault_path, editors, ReleaseRequest(document_id, "txt", tmp_path))
    assert {r.document.id: r.state for r in list_documents(session)}[document_id] == "released"


def test_one_approval_of_two_required_is_not_approved(session: Session, vault_path: Path) -> None:
    document_id = scan_memo(session, vault_path, "source-protection")  # asks for two editors
    proposal = next(iter(session.items(document_id, "proposal")))
    session.set_item_states(
        document_id, "proposal", {proposal.id: "accepted"}, "proposal.decide", {}
    )
    session.add_editor("bob", BOB)
    approve(session, document_id, Vault(session.path, session.connection).editors())
    assert {r.document.id: r.state for r in list_documents(session)}[document_id] == "reviewed"
    bobs = Vault.open(vault_path)
    try:
        bob = bobs.unlock("bob", BOB)
        approve(bob, document_id, bobs.editors())
    finally:
        bobs.close()
    assert {r.document.id: r.state for r in list_documents(session)}[document_id] == "approved"


@run_async
async def test_approve_is_refused_while_pending_then_signs_the_decisions(
    vault_path: Path, memo: str
) -> None:
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("Y")
        assert any("1 pending proposal(s)" in line for line in said(app))
        assert states(vault_path)[memo] == "in review"
        await pilot.press("a", "Y", "y")
        assert any(line.startswith("Approved: 1 of 1") for line in said(app))
    assert states(vault_path)[memo] == "approved"


@run_async
async def test_the_preview_uses_the_policys_rendering(vault_path: Path, memo: str) -> None:
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("a", "v")
        assert screen.view.shown.startswith("[PERSON] met the union")  # default: type labels
        await pilot.press("v")
        assert screen.view.shown == MEMO


async def release_on_screen(
    app: WorkstationApp, pilot: Pilot[None], out: Path, output_format: str
) -> ReleaseScreen:
    """Choose the format and folder as a person would see them set, run, wait for the worker."""
    screen = app.screen
    assert isinstance(screen, ReleaseScreen)
    screen.query_one("#release-folder", Input).value = str(out)
    screen.query_one("#release-format", Select).value = output_format
    await pilot.press("ctrl+r")
    # A refusal fails the worker (the screen shows it); whether waiting raises depends on
    # whether the worker is still running, so the refusal is checked on screen instead.
    with contextlib.suppress(WorkerFailed):
        await app.workers.wait_for_complete()
    await pilot.pause()
    return screen


@run_async
async def test_release_screen_shows_each_check_and_the_manifest(
    vault_path: Path, memo: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("a", "Y", "y", "E")
        screen = await release_on_screen(app, pilot, out, "md")
        assert screen.lines[1:5] == [
            "passed  no proposal is pending: every proposal is decided",
            "passed  no text-layer or picture finding is pending: every page and picture "
            "finding is decided",
            "passed  the fingerprint pass ran and nothing is pending: policy default; "
            "0 occurrence(s) accepted",
            "passed  approvals match the current decisions: 1 of 1 required (alice)",
        ]
        assert len(screen.lines) == 12  # heading, ten checks, the manifest
        assert all(line.startswith("passed  ") for line in screen.lines[1:11])
        assert screen.manifest == out / f"{memo}-redacted.md.manifest.json"
        assert screen.lines[-1] == f"Released. Manifest: {screen.manifest}"
        assert (out / f"{memo}-redacted.md").read_text().startswith("\\[PERSON\\] met")
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, InboxScreen)
        assert [row.state for row in app.screen.rows if row.id == memo] == ["released"]


@run_async
async def test_a_refused_release_names_the_check_and_leaves_nothing(
    vault_path: Path, memo: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("E")  # from the inbox, nothing decided or approved
        screen = await release_on_screen(app, pilot, out, "pdf")
        pending = next(row.pending for row in app.desk.inbox() if row.id == memo)
        assert pending == 1
        assert screen.lines[1].startswith("FAILED  no proposal is pending: 1 pending, first ")
        assert "Radomir" not in "\n".join(screen.lines) and "Vesk" not in "\n".join(screen.lines)
        assert screen.lines[-1].startswith("Refused: release refused (no proposal is pending)")
        assert screen.manifest is None
    assert list(out.iterdir()) == []


@run_async
async def test_an_unexpected_failure_ends_the_release_in_one_line_without_a_crash(
    vault_path: Path, memo: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    staging = vault_path.parent / "staging"  # where release writes before checking
    staging.mkdir()
    in_the_way = staging / f".{memo}-redacted.txt.partial"
    in_the_way.mkdir()  # a folder: removing it as a stale file raises IsADirectoryError
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("a", "Y", "y", "E")
        screen = await release_on_screen(app, pilot, out, "txt")
        assert [line.split(":")[0] for line in screen.lines[1:-1]] == [
            "passed  no proposal is pending",
            "passed  no text-layer or picture finding is pending",
            "passed  the fingerprint pass ran and nothing is pending",
            "passed  approvals match the current decisions",
            "passed  every form of an accepted name is removed",
            "passed  the output is made",
        ]
        assert screen.lines[-1] == (
            "Failed: the release stopped (IsADirectoryError); the audit log shows whether it"
            " was recorded."
        )
        assert not screen.running and screen.manifest is None
        assert app.crash_id is None and app.desk.unlocked
        assert isinstance(app.screen, ReleaseScreen)
    assert list(out.iterdir()) == [] and list(staging.iterdir()) == [in_the_way]
    assert states(vault_path)[memo] != "released"


@run_async
async def test_a_missing_folder_is_one_line_and_the_screen_stays(
    vault_path: Path, memo: str, tmp_path: Path
) -> None:
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("a", "Y", "y", "E")
        screen = await release_on_screen(app, pilot, tmp_path / "nowhere", "txt")
        assert screen.lines[1:] == [f"Refused: no such folder: {tmp_path / 'nowhere'}"]
        assert not screen.running and app.crash_id is None
        assert isinstance(app.screen, ReleaseScreen)


@run_async
async def test_the_inbox_shows_who_approved_and_which_documents_need_my_approval(
    session: Session, vault_path: Path
) -> None:
    document_id = scan_memo(session, vault_path, "source-protection")  # asks for two editors
    proposal = next(iter(session.items(document_id, "proposal")))
    session.set_item_states(
        document_id, "proposal", {proposal.id: "accepted"}, "proposal.decide", {}
    )
    session.add_editor("bob", BOB)
    session.connection.close()
    bobs = Vault.open(vault_path)
    try:
        approve(bobs.unlock("bob", BOB), document_id, bobs.editors())
    finally:
        bobs.close()
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, InboxScreen)
        (row,) = [r for r in screen.rows if r.id == document_id]
        assert (row.approvers, row.required, row.needs_me) == (("bob",), 2, True)
        table = screen.query_one(VirtualTable)
        assert table.cell(document_id, 7) == "needs you 1/2 bob"
        table.move_cursor(row=table.get_row_index(document_id))
        await pilot.press("enter", "Y", "y", "escape")
        assert isinstance(app.screen, InboxScreen)
        (row,) = [r for r in screen.rows if r.id == document_id]
        assert row.state == "approved" and not row.needs_me
        assert table.cell(document_id, 7) == "2/2 alice, bob"


@run_async
async def test_the_approver_sees_what_they_sign_and_what_changed_since_the_last_approval(
    session: Session, vault_path: Path
) -> None:
    document_id = scan_memo(session, vault_path, "source-protection")  # asks for two editors
    proposal = next(iter(session.items(document_id, "proposal")))
    session.set_item_states(
        document_id, "proposal", {proposal.id: "accepted"}, "proposal.decide", {}
    )
    session.add_editor("bob", BOB)
    bobs = Vault.open(vault_path)
    try:
        approve(bobs.unlock("bob", BOB), document_id, bobs.editors())
    finally:
        bobs.close()
    noon = MEMO.index("noon")
    redact_span(session, document_id, noon, noon + 4)  # after bob signed: voids his approval
    session.connection.close()
    app = app_on(vault_path, document_id)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("Y")
        confirm = app.screen
        assert isinstance(confirm, ApproveScreen)
        assert confirm.lines == [
            "Redactions by entity type (redacted / kept):",
            "  MANUAL: 1 redacted, 0 kept",
            "  PERSON: 1 redacted, 0 kept",
            "Manual redactions: 1",
            "Fingerprint decisions:",
            "  none",
            "Approved so far: nobody",
            "Since the last approval:",
            "  1 x proposal.redact by alice",
        ]
        assert "noon" not in "\n".join(confirm.lines)
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)
        assert "Not approved: nothing was signed." in said(app)
        await pilot.press("Y", "y")
        assert isinstance(app.screen, ReviewScreen)
        assert any(line.startswith("Approved: 1 of 2") for line in said(app))
    assert states(vault_path)[document_id] == "reviewed"


@run_async
async def test_the_release_screen_offers_the_command_lines_options(
    vault_path: Path, memo: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("a", "Y", "y", "E")
        screen = app.screen
        assert isinstance(screen, ReleaseScreen)
        screen.query_one("#release-searchable", Checkbox).value = True  # a txt release
        screen = await release_on_screen(app, pilot, out, "txt")
        assert screen.lines[-1] == (
            "Refused: --searchable and --keep-text-layer apply to PDF releases only"
        )
        assert screen.manifest is None and list(out.iterdir()) == []
        screen.query_one("#release-searchable", Checkbox).value = False
        screen.query_one("#release-keep-text-layer", Checkbox).value = True
        await pilot.pause()
        assert any("text layer" in line and "allow list" in line for line in said(app))
        screen.query_one("#release-keep-text-layer", Checkbox).value = False
        screen.query_one("#release-shred", Checkbox).value = True
        await pilot.pause()
        assert any("crypto-shredded" in line for line in said(app))
        screen.query_one("#release-name", Input).value = "brief"
        screen = await release_on_screen(app, pilot, out, "txt")
        assert screen.lines[-2:] == [
            f"The original of {memo} was shredded.",
            f"Released. Manifest: {out / 'brief.txt.manifest.json'}",
        ]
        assert (out / "brief.txt").read_text().startswith("[PERSON] met")
    assert states(vault_path)[memo] == "shredded"


@run_async
async def test_a_refused_release_names_the_word_on_screen_and_goes_to_it(
    vault_path: Path, memo: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    app = app_on(vault_path, memo)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        (pending,) = [p.id for p in review.review.proposals]
        await pilot.press("p")  # moved off the span, so going back to it is seen
        await pilot.press("E")
        screen = await release_on_screen(app, pilot, out, "txt")
        assert screen.refused_at == pending
        word = str(screen.query_one("#release-word").render())
        assert word == (
            f"The word: \u00abRadomir Vesk\u00bb ({pending}). g goes to it in the review."
        )
        assert "Radomir" not in "\n".join(screen.lines)  # the lines name the id only
        review.view.show_proposal(None)
        await pilot.press("g")
        assert app.screen is review and review.view.current_id() == pending
    app = app_on(vault_path)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("E")  # from the inbox: no text is open, so the id only
        screen = await release_on_screen(app, pilot, out, "txt")
        assert str(screen.query_one("#release-word").render()) == (
            f"The refusal names {pending}. g goes to it in the review."
        )
        await pilot.press("g")
        assert isinstance(app.screen, ReviewScreen)
        assert app.screen.view.current_id() == pending


SHEET = "Name,Phone\nRadomir Vesk,555-0142\n"


@run_async
async def test_a_spreadsheet_is_released_as_cells_from_the_release_screen(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    """CSV is offered for a spreadsheet (and only there): the file holds the redacted cells."""
    outcome = intake_data(session, "register.csv", SHEET.encode())
    assert outcome.document is not None
    sheet_id = outcome.document.id
    loaded = policies.load(vault_path, "default")
    store_scan(session, sheet_id, loaded, [])
    run_pass(session, sheet_id, loaded)
    redact_span(session, sheet_id, *_cell(session, sheet_id, "Radomir Vesk"), "PERSON")
    approve(session, sheet_id, Vault(session.path, session.connection).editors())
    memo_id = scan_memo(session, vault_path)
    session.connection.close()
    out = tmp_path / "out"
    out.mkdir()
    app = app_on(vault_path, memo_id)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.press("E")
        screen = app.screen
        assert isinstance(screen, ReleaseScreen)
        memo_choices = [value for _, value in screen.formats()]
        assert memo_choices == ["txt", "md", "pdf"]
        await pilot.press("escape")
        app.push_screen(ReleaseScreen(app.desk, sheet_id))
        await pilot.pause()
        screen = await release_on_screen(app, pilot, out, "csv")
        assert [value for _, value in screen.formats()] == ["txt", "md", "pdf", "csv"]
        assert screen.manifest == out / f"{sheet_id}-redacted.csv.manifest.json"
    released = (out / f"{sheet_id}-redacted.csv").read_text()
    assert "Radomir" not in released and "Vesk" not in released
    assert "[PERSON]" in released and "555-0142" in released


def _cell(session: Session, document_id: str, word: str) -> tuple[int, int]:
    """Where a cell's word sits in the stored, laid-out text of the sheet."""
    text = session.read_text(document_id)
    assert text is not None
    start = text.index(word)
    return start, start + len(word)
