"""Commands to read, verify and checkpoint the audit log."""

from __future__ import annotations

from pathlib import Path

import click

from workstation.cli.options import Options, pass_options
from workstation.cli.output import as_json, table, warn


@click.group(name="audit")
def audit_group() -> None:
    """The tamper-evident log of every action."""


@audit_group.command(name="show")
@click.option("--json", "as_json_output", is_flag=True, help="Machine-readable listing.")
@click.option("--last", type=click.IntRange(min=1), help="Only the newest N entries.")
@click.option(
    "--unlock",
    is_flag=True,
    help="Ask for a passphrase and show the encrypted details (entity types, ids, verdicts).",
)
@pass_options
def show(options: Options, as_json_output: bool, last: int | None, unlock: bool) -> None:
    """List audit entries: actions, editors, times and document ids need no passphrase;
    details that describe content are encrypted (--unlock shows them). Entries from the
    first one that fails verification on are marked NOT VERIFIED."""
    from workstation.services.audit_log import rows

    if unlock:
        vault, session = options.unlock()
        entries = rows(vault, session)
    else:
        entries = rows(options.open_vault())
    if last:
        entries = entries[-last:]
    if as_json_output:
        as_json(
            [
                {
                    "seq": r.seq,
                    "at": r.at,
                    "editor": r.editor,
                    "action": r.action,
                    "object": r.object_id,
                    "details": r.details,
                    "verified": r.verified,
                }
                for r in entries
            ]
        )
        return
    table(
        ["seq", "time", "editor", "action", "object", "details"],
        [
            [
                r.seq if r.verified else f"{r.seq} NOT VERIFIED",
                r.at.replace("T", " ")[:19],
                r.editor,
                r.action,
                r.object_id,
                " ".join(f"{k}={v}" for k, v in sorted(r.details.items())),
            ]
            for r in entries
        ],
    )


@audit_group.command(name="verify")
@click.option(
    "--checkpoint",
    "checkpoint_file",
    type=click.Path(path_type=Path),
    help="A checkpoint kept outside the vault, to catch a cut-off log.",
)
@pass_options
def verify(options: Options, checkpoint_file: Path | None) -> None:
    """Recompute the hash chain and every signature; name the first broken entry."""
    from workstation.services.audit_log import verify as verify_chain

    vault = options.open_vault()
    report = verify_chain(vault, checkpoint_file)
    if not report.ok:
        warn(
            f"audit log BROKEN at entry {report.broken_seq}: {report.reason} "
            f"(entries 1 to {report.head_seq} verify)"
        )
        raise click.exceptions.Exit(1)
    if vault.warnings:  # the chain is intact but shorter or other than one seen here before
        warn(
            f"audit log verifies through entry {report.head_seq}, but this workstation has "
            "seen a newer one (see the warning above)"
        )
        raise click.exceptions.Exit(1)
    suffix = "; the checkpoint is included in it" if checkpoint_file else ""
    click.echo(f"Audit log verified through entry {report.head_seq}{suffix}.")


@audit_group.command(name="checkpoint")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write to FILE, not stdout.")
@pass_options
def checkpoint(options: Options, output: Path | None) -> None:
    """Print a signed audit head; keep it outside the vault (for 'audit verify --checkpoint')."""
    from workstation.services.audit_log import make_checkpoint, write_checkpoint

    _, session = options.unlock()
    made = make_checkpoint(session)
    text = made.to_json()
    if output:
        try:
            write_checkpoint(output, made, replace=True)
        except OSError as error:
            raise click.ClickException(
                f"cannot write the checkpoint to {output} ({error.strerror})"
            ) from None
        click.echo(f"Checkpoint written to {output}; keep it somewhere other than the vault.")
    else:
        click.echo(text)


def register(cli: click.Group) -> None:
    cli.add_command(audit_group)
