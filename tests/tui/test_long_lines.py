"""Long lines wrap in the document view, and every offset stays what it is in the text."""

from __future__ import annotations

from pathlib import Path

from review_support import span, store_document
from tui_support import SIZE, app_on, run_async, unlock

from vault.session import Session
from workstation.tui.document_view import DocumentView, Lines
from workstation.tui.review_screen import ReviewScreen

FILLER = "The committee heard evidence about the transfer of funds to the port authority. "
NAME = "Amira Haddad"
LONG = FILLER * 8 + f"The payment was approved by {NAME} in person.\nShort line.\n"


def test_rows_cut_after_a_space_and_keep_the_text_whole() -> None:
    lines = Lines.of(LONG, 40)
    rows = [LONG[start:end] for start, end in zip(lines.starts, lines.ends, strict=True)]
    assert all(len(row) <= 40 for row in rows)
    assert all(row.endswith(" ") for row in rows[:-3])  # cut after a word, not inside one
    assert "".join(rows[:-2]) == LONG.split("\n")[0]  # the first line, row after row
    assert rows[-2:] == ["Short line.", ""]
    assert Lines.of("x" * 90, 40).ends == [40, 80, 90]  # no space: cut hard
    assert Lines.of(LONG).starts == Lines.of(LONG, 0).starts == [0, LONG.index("\n") + 1, len(LONG)]


@run_async
async def test_a_long_line_wraps_and_its_proposal_is_shown_and_chosen(
    session: Session, vault_path: Path
) -> None:
    proposal = span(NAME, "PERSON", "g")
    start = LONG.index(NAME)
    proposal = type(proposal)(
        proposal.id,
        "pending",
        start,
        start + len(NAME),
        "PERSON",
        proposal.score,
        "g",
        proposal.reason,
        "policy",
        proposal.policy,
    )
    document = store_document(session, LONG, [proposal])
    session.connection.close()
    app = app_on(vault_path, document)
    async with app.run_test(size=SIZE) as pilot:
        await unlock(pilot)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        view = screen.query_one(DocumentView)
        width = view.wrap_width
        assert 0 < width < len(LONG.split("\n")[0])
        assert len(view.lines.starts) > LONG.count("\n") + 1  # the long line takes rows
        assert all(
            end - start <= width
            for start, end in zip(view.lines.starts, view.lines.ends, strict=True)
        )
        assert view.virtual_size.width <= width + 1  # nothing to scroll sideways

        await pilot.press("n")
        await pilot.pause()
        assert view.current_id() == proposal.id
        row = view.lines.line_of(start)
        top = int(view.scroll_offset.y)
        shown = "".join(segment.text for segment in view.render_line(row - top))
        assert NAME in shown  # the name is on screen, on its own row, offsets intact
