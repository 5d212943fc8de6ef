"""Commands on documents: intake, list, show, shred, and sealed intake (intake-key, seal)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from workstation.services.bulk_intake import Tally
    from workstation.services.documents import Listed

from workstation.cli.exit_codes import FAILURE, STORED_NOT_REVIEWABLE
from workstation.cli.options import Options, pass_options
from workstation.cli.output import as_json, human_size, is_terminal, table, warn


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json_output", is_flag=True, help="One JSON object per file.")
@click.option(
    "--policy",
    "policy_name",
    default="default",
    show_default=True,
    help="Policy whose ocr_languages OCR reads scans, pages and pictures in.",
)
@click.option(
    "--recursive", "-r", is_flag=True, help="Take in every file beneath the folders given."
)
@click.option(
    "--batch-files",
    type=click.IntRange(1, 100_000),
    default=200,
    show_default=True,
    help="Files per commit (at most 2 s of work): a kill loses at most one batch.",
)
@pass_options
def intake(
    options: Options,
    files: tuple[Path, ...],
    as_json_output: bool,
    policy_name: str,
    recursive: bool,
    batch_files: int,
) -> None:
    """Encrypt FILES into the vault (.age files sealed to the intake key are opened).

    Prints one line per stored file: its document id, a tab, and the file's name (so
    `cut -f1` gives the ids). A file whose bytes are already in the vault is a
    duplicate: named on stderr with the id it is stored as, and not stored again, so a
    run that was interrupted can simply be run again. Files that cannot be taken in are
    named on stderr, the others are still stored, and the exit code is 1. When every
    file was stored but some could not be read for review, the exit code is 3.
    Symbolic links are not followed, in any part of a path. On a terminal, a progress
    bar on stderr shows the time left.

    PDF pages are read twice, by their text layer and by OCR of their rendering; where
    the two disagree, and pictures without legible text, become findings an editor
    decides on ('workstation fingerprints ID').
    """
    from workstation.cli.progress import progress_bar
    from workstation.detection.parallel import available_cores
    from workstation.services.bulk_intake import bulk_intake
    from workstation.services.folders import expand
    from workstation.services.intake import intake_limits

    limits = intake_limits(options.path, policy_name)
    _, session = options.unlock()
    paths = list(expand(files, recursive))
    refused, unreadable, results = False, False, list[dict[str, object]]()
    with progress_bar("Taking in", len(paths)) as update:

        def shown(tally: Tally) -> None:
            update(tally.done, _tally_line(tally))

        workers = available_cores()
        outcomes = bulk_intake(
            session, paths, workers, limits, progress=shown, batch_files=batch_files
        )
        for outcome in outcomes:
            if outcome.duplicate_of:
                warn(f"{outcome.shown_name}: duplicate of {outcome.duplicate_of}; not stored again")
                results.append({"file": outcome.shown_name, "duplicate_of": outcome.duplicate_of})
                continue
            if outcome.document is None:
                refused = True
                warn(f"refused: {outcome.refused}")
                results.append({"file": outcome.shown_name, "refused": outcome.refused})
                continue
            if outcome.warning:
                unreadable = unreadable or not outcome.document.reviewable
                warn(f"{outcome.shown_name}: {outcome.warning}")
            results.append(
                {
                    "file": outcome.shown_name,
                    "id": outcome.document.id,
                    "reviewable": outcome.document.reviewable,
                    "warning": outcome.warning,
                }
            )
            if not as_json_output:
                click.echo(f"{outcome.document.id}\t{outcome.shown_name}")
    if as_json_output:
        as_json(results)
    if refused or unreadable:
        raise click.exceptions.Exit(FAILURE if refused else STORED_NOT_REVIEWABLE)


def _tally_line(tally: Tally) -> str:
    """Stored, duplicates and refused so far, for the progress bar."""
    return f"{tally.stored} stored, {tally.duplicates} duplicates, {tally.refused} refused"


@click.command(name="list")
@click.option("--json", "as_json_output", is_flag=True, help="Machine-readable listing.")
@pass_options
def list_documents(options: Options, as_json_output: bool) -> None:
    """List the documents in the vault."""
    from workstation.services.documents import list_documents

    _, session = options.unlock()
    rows = list_documents(session)
    for damaged in (r.document for r in rows if r.state == "damaged"):
        warn(
            f"warning: document {damaged.id} failed verification (tampered or damaged); "
            "'workstation vault verify' checks everything"
        )
    if as_json_output:
        as_json(
            [
                {
                    "id": r.document.id,
                    "received": r.document.received_at,
                    "name": r.document.name,
                    "type": r.document.kind,
                    "size": r.document.size,
                    "state": r.state,
                    **r.counts,
                }
                for r in rows
            ]
        )
        return
    if not rows:
        click.echo("The vault holds no documents yet: 'workstation intake FILE' adds one.")
        return
    print_documents(rows)


def print_documents(rows: list[Listed]) -> None:
    """The document table people read: one row each, with proposal counts."""
    table(
        ["id", "received", "name", "type", "size", "state", "pending", "accepted", "rejected"],
        [
            [
                r.document.id,
                r.document.received_at.replace("T", " ")[:16],
                r.document.name,
                r.document.kind,
                human_size(r.document.size),
                r.state,
                r.counts["pending"],
                r.counts["accepted"],
                r.counts["rejected"],
            ]
            for r in rows
        ],
    )


@click.command()
@click.argument("document_id")
@click.option("--raw", is_flag=True, help="Unaltered text, only when output is not a terminal.")
@pass_options
def show(options: Options, document_id: str, raw: bool) -> None:
    """Print a document's extracted text (control characters made visible)."""
    from workstation.services.documents import show_text
    from workstation.terminal import neutralise

    if raw and is_terminal():
        raise click.UsageError("--raw output goes only to a pipe or file, never to the terminal")
    _, session = options.unlock()
    text = show_text(session, document_id)
    if raw:  # click.echo would strip ANSI sequences from a pipe: write the bytes as they are
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
        return
    click.echo(neutralise(text), nl=not text.endswith("\n"))


@click.command()
@click.argument("document_id")
@click.option("--yes", is_flag=True, help="Do not ask for the typed confirmation.")
@pass_options
def shred(options: Options, document_id: str, yes: bool) -> None:
    """Destroy a document for good (its key and ciphertext); the audit trail stays."""
    from workstation.services.documents import shred as shred_document
    from workstation.terminal import neutralise_line

    _, session = options.unlock()
    document = session.document(document_id)
    if not yes:
        if not is_terminal():
            raise click.UsageError("shredding cannot be undone: add --yes when not at a terminal")
        name = neutralise_line(document.name)
        typed = click.prompt(f"Type the id {document_id} to shred '{name}' for good")
        if typed.strip() != document_id:
            raise click.UsageError("the id did not match; nothing was shredded")
    shred_document(session, document_id)
    if session.scrub_pending:
        warn(session.scrub_pending)
    click.echo(f"Shredded {document_id}.")


@click.group(name="intake-key")
def intake_key() -> None:
    """The key a separate intake machine seals submissions to."""


@intake_key.command(name="export")
@pass_options
def intake_key_export(options: Options) -> None:
    """Print the vault's age recipient (age1...), for 'age -r' or 'workstation seal'."""
    from workstation.services.sealed_intake import intake_recipient

    _, session = options.unlock()
    click.echo(intake_recipient(session))


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--recipient", "-r", required=True, help="The vault's age1... recipient.")
@click.option(
    "--output", "-o", type=click.Path(path_type=Path), help="Where to write (default: FILE.age)."
)
def seal(file: Path, recipient: str, output: Path | None) -> None:
    """Seal FILE for a vault, on a machine that must not be able to read it back."""
    from workstation.services.files import open_regular
    from workstation.services.sealed_intake import MAX_SEALED_BYTES, seal_bytes
    from workstation.terminal import neutralise_line

    opened = open_regular(file, MAX_SEALED_BYTES)
    try:
        sealed = seal_bytes(opened.read_all(), recipient)
    finally:
        opened.close()
    target = output or file.with_name(file.name + ".age")
    try:
        with target.open("xb") as written:  # never overwrite, never follow a planted link
            written.write(sealed)
    except FileExistsError:
        raise click.UsageError(f"{target} already exists; choose another --output") from None
    except OSError as error:
        raise click.ClickException(f"cannot write {target}: {error.strerror}") from None
    click.echo(neutralise_line(str(target)))


def register(cli: click.Group) -> None:
    for command in (intake, list_documents, show, shred, intake_key, seal):
        cli.add_command(command)
