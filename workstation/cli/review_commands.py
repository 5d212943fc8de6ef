"""Commands of the review workstation: the Textual app, and manual redaction for scripts."""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING

import click

from workstation.cli.options import Options, pass_options

if TYPE_CHECKING:  # imported lazily at run time so that --help stays fast
    from workstation.services.ui_facade import Desk

DOCUMENT_ID = re.compile(r"^d[0-9a-z]{10}$")


def check_document_id(document_id: str) -> None:
    if not DOCUMENT_ID.match(document_id):
        raise click.UsageError(
            "a document id looks like d2x7kq9m4ab ('workstation list' shows them)"
        )


def require_terminal() -> None:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise click.UsageError(
            "the review workstation needs a terminal; for scripts use 'decide' and 'redact'"
        )


@click.command()
@click.argument("document_id")
@click.argument("start", type=click.IntRange(min=0))
@click.argument("end", type=click.IntRange(min=1))
@click.option(
    "--entity", default="MANUAL", show_default=True, help="Entity type to record (e.g. PERSON)."
)
@pass_options
def redact(options: Options, document_id: str, start: int, end: int, entity: str) -> None:
    """Redact the characters START to END of a document (what the detector missed).

    Offsets count characters of the extracted text ('workstation show ID'); the span is
    stored as an accepted proposal, kept by every re-scan, and audited.
    """
    from workstation.services.review import redact_span

    check_document_id(document_id)
    if end <= start:
        raise click.UsageError("END must be after START")
    _, session = options.unlock()
    added = redact_span(session, document_id, start, end, entity)
    click.echo(f"Redacted {end - start} characters of {document_id} as {added.id}.")


@click.command()
@click.argument("document_id", required=False)
@pass_options
def review(options: Options, document_id: str | None) -> None:
    """Open the review workstation on the inbox, or on DOCUMENT_ID."""
    if document_id is not None:
        check_document_id(document_id)
    require_terminal()
    desk = open_desk(options)  # a missing or damaged vault fails here, in one line
    from workstation.tui.app import launch

    code = launch(desk, options.editor, document_id)
    if code:
        raise click.exceptions.Exit(code)


def open_desk(options: Options) -> Desk:
    """The vault for the review UI; with --passphrase-file it is unlocked here, so the UI
    opens on the inbox (or the document) instead of asking again."""
    from workstation.services.ui_facade import Desk

    desk = Desk.open(options.path)
    if options.passphrase_file:
        desk.unlock(options.editor or "", options.passphrase())
    return desk


def register(cli: click.Group) -> None:
    cli.add_command(redact)
    cli.add_command(review)
