"""The side panels and the list draw what a proposal or a finding says literally.

A recognizer's name, a pattern, a context word, a policy id or a place in the original
file may hold Textual markup. The panel and the proposal list must show it as text:
not bold, not a link, not a crash on a stray "[/]". Both are stored through the
services' own encodings and read back by the real app.
"""

from __future__ import annotations

from pathlib import Path

from review_support import POLICY, TEXT, store_document
from textual.content import Content
from textual.widgets import OptionList, Static
from tui_support import SIZE, app_on, run_async, unlock

from vault.session import Session
from workstation.fingerprints.finding import FingerprintFinding
from workstation.services.fingerprinting import DECIDED, StoredFinding, finding_id
from workstation.services.scanning import StoredProposal, proposal_id
from workstation.services.verdicts import write_decisions
from workstation.tui.review_screen import ReviewScreen

MARKUP = "[bold]loud[/] [/] [$accent] [@click=app.quit]link[/] [B]x"


def proposal_with_markup() -> StoredProposal:
    start = TEXT.index("Amira Haddad")
    end = start + len("Amira Haddad")
    reason = {"recognizer": MARKUP, "pattern": "[/]", "context_words": ["[b]met[/b]"],
              "rule": "[red]PERSON>=0.5"}
    policy = {**POLICY, "id": "[i]default"}
    return StoredProposal(proposal_id(start, end, "PERSON"), "pending", start, end, "PERSON",
                          0.85, "PERSON:amira haddad", reason, "policy", policy)


def finding_with_markup() -> StoredFinding:
    finding = FingerprintFinding("metadata", "pdf-info", "It names the author.",
                                 where=f"[/]Info {MARKUP}", shown="[/]")
    policy = {**POLICY, "id": "[$accent]strict"}
    return StoredFinding(finding_id(finding), "pending", finding, "review", "policy", policy)


def styled(content: Content) -> set[tuple[str, str]]:
    """Each styled run of the panel: its text and its style."""
    return {(content.plain[span.start : span.end], str(span.style)) for span in content.spans}


@run_async
async def test_markup_in_reasons_and_places_is_shown_as_text(
    session: Session, vault_path: Path
) -> None:
    document = store_document(session, TEXT, [proposal_with_markup()])
    write_decisions(session, document, DECIDED, [finding_with_markup().to_item()],
                    "fingerprint.decide", details={"verdict": "none"})
    session.connection.close()
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        why = screen.query_one("#why", Static)
        shown = why.visual
        assert isinstance(shown, Content)
        assert f"recognizer: {MARKUP}\npattern: [/]\ncontext: [b]met[/b]\n" in shown.plain
        assert "rule: [red]PERSON>=0.5\npolicy: [i]default 1\n" in shown.plain
        assert styled(shown) == {("PERSON", "bold"), ("History", "bold")}
        await pilot.press("n")  # the finding about the original file comes after the text
        await pilot.pause()
        shown = why.visual
        assert isinstance(shown, Content)
        assert f"what: pdf-info  [/]\nwhere: [/]Info {MARKUP}  count: 1\n" in shown.plain
        assert "policy [$accent]strict: an editor decides\n" in shown.plain
        assert styled(shown) == {("FINGERPRINT: metadata", "bold"), ("History", "bold")}
        await pilot.press("l")
        await pilot.pause()
        listed = app.screen.query_one(OptionList)
        rows = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
        assert [row.split()[1] for row in rows] == [str(TEXT.index("Amira")), "[/]Info"]
        assert app.crash_id is None
