"""Commands that create and maintain the vault itself: init, vault verify/rotate-key, demo."""

from __future__ import annotations

from pathlib import Path

import click

from workstation.cli.options import Options, new_passphrase, pass_options
from workstation.cli.output import as_json, warn


@click.command()
@click.option(
    "--new-passphrase-file",
    metavar="FILE",
    help="The first editor's passphrase from FILE (default: the global --passphrase-file,"
    " else typed twice).",
)
@pass_options
def init(options: Options, new_passphrase_file: str | None) -> None:
    """Create a vault and its first editor (name from --editor)."""
    from workstation.services import access

    if not options.editor:
        raise click.UsageError("say who the first editor is: workstation --editor NAME init")
    source = new_passphrase_file or options.passphrase_file
    passphrase = new_passphrase(options.editor, source)
    session = access.init_vault(options.path, options.editor, passphrase)
    session.connection.close()
    click.echo(f"Created vault {options.path} with editor {options.editor}.")


@click.group(name="vault")
def vault_group() -> None:
    """Check and maintain the vault."""


@vault_group.command(name="verify")
@click.option("--json", "as_json_output", is_flag=True, help="Machine-readable report.")
@pass_options
def vault_verify(options: Options, as_json_output: bool) -> None:
    """Decrypt and authenticate every stored value (reads everything, like a backup check)."""
    from vault import verify_vault

    vault, session = options.unlock()
    report = verify_vault(vault, session)
    if as_json_output:
        as_json(
            {
                "ok": report.ok,
                "documents": report.documents,
                "shredded": report.shredded,
                "bytes_checked": report.bytes_checked,
                "audit_entries": report.audit_entries,
                "problems": report.problems,
                "warnings": report.warnings,
            }
        )
    else:
        for warning in report.warnings:
            warn(f"warning: {warning}")
        for problem in report.problems:
            warn(f"problem: {problem}")
        verdict = "OK" if report.ok else f"FAILED ({len(report.problems)} problems)"
        click.echo(
            f"Vault {verdict}: {report.documents} live and {report.shredded} shredded documents,"
            f" {report.bytes_checked} bytes and {report.audit_entries} audit entries checked."
        )
    if not report.ok:
        raise click.exceptions.Exit(1)


@vault_group.command(name="rotate-key")
@pass_options
def rotate_key(options: Options) -> None:
    """Replace the master key; every editor keeps their passphrase."""
    _, session = options.unlock()
    key_id = session.rotate_master_key()
    if session.scrub_pending:
        warn(session.scrub_pending)
    click.echo(f"Master key rotated (key {key_id}).")


@vault_group.command(name="accept-rollback")
@pass_options
def accept_rollback(options: Options) -> None:
    """Go on with a vault that went back in time (an older copy restored over it): audited.

    Until an editor runs this, every change to such a vault is refused. Check your backups
    first: shreds and decisions made after the copy was taken are undone in it."""
    _, session = options.unlock()
    if session.accept_rollback():
        click.echo("Accepted: this vault as it is now is the one changes continue from (audited).")
    else:
        click.echo("Nothing to accept: this vault holds the newest head this workstation saw.")


@click.command()
@click.option(
    "--vault",
    "vault_path",
    type=click.Path(path_type=Path),
    help="Create the demo vault at PATH (default: a fresh folder in your cache folder).",
)
@click.pass_context
def demo(ctx: click.Context, vault_path: Path | None) -> None:
    """Make a throwaway vault holding sample documents and open it for review.

    On a terminal the review workstation opens on a scanned sample; otherwise (scripts,
    CI) the vault's listing and the commands to explore it are printed.
    """
    import sys

    from workstation.cli.demo_view import review_demo, run_demo

    options = ctx.find_object(Options)
    if vault_path is None and options is not None and ctx.parent is not None:
        # 'workstation --vault PATH demo' works too, but never $WORKSTATION_VAULT: that
        # names the real vault, which the demo must not stand in for.
        source = ctx.parent.get_parameter_source("vault_path")
        if source is click.core.ParameterSource.COMMANDLINE:
            vault_path = options.vault_path
    if sys.stdin.isatty() and sys.stdout.isatty():
        review_demo(vault_path)
    else:
        run_demo(vault_path)


def register(cli: click.Group) -> None:
    cli.add_command(init)
    cli.add_command(vault_group)
    cli.add_command(demo)
