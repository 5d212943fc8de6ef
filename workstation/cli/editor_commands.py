"""Commands that manage the editors of a vault."""

from __future__ import annotations

import click

from workstation.cli.options import Options, new_passphrase, pass_options
from workstation.cli.output import as_json, is_terminal, table, warn
from workstation.terminal import neutralise_line

NEW_KEY_SOURCE = "Read it from FILE, 'fd:N' or '-' (default: typed twice on the terminal)."


@click.group(name="editor")
def editor_group() -> None:
    """Add, list and remove editors, or change your passphrase."""


@editor_group.command(name="add")
@click.argument("name")
@click.option("--new-passphrase-file", metavar="FILE", help=NEW_KEY_SOURCE)
@pass_options
def add(options: Options, name: str, new_passphrase_file: str | None) -> None:
    """Add editor NAME (an unlocked editor does this; NAME types their own passphrase)."""
    from workstation.services.editors import add_editor

    _, session = options.unlock()
    added = add_editor(session, name, new_passphrase(name, new_passphrase_file))
    if added.pending:
        more = added.confirmations_needed - 1
        click.echo(
            f"Added editor {name}, pending: {more} more active editor(s) must confirm with "
            f"'workstation editor confirm {name}' before {name} can unlock or approve."
        )
    else:
        click.echo(f"Added editor {name}.")


@editor_group.command(name="confirm")
@click.argument("name")
@pass_options
def confirm(options: Options, name: str) -> None:
    """Confirm pending editor NAME with your own passphrase (the audit log records who)."""
    from workstation.services.editors import confirm_editor

    _, session = options.unlock()
    count, needed, active = confirm_editor(session, name)
    state = "now active" if active else f"still pending, {needed - count} more needed"
    click.echo(f"Confirmed editor {name}: {count} of {needed} confirmations, {state}.")


@editor_group.command(name="list")
@click.option("--all", "include_removed", is_flag=True, help="Include removed editors.")
@click.option("--json", "as_json_output", is_flag=True, help="Machine-readable listing.")
@pass_options
def list_editors(options: Options, include_removed: bool, as_json_output: bool) -> None:
    """List editors with their signing-key fingerprints."""
    from workstation.services.editors import list_editors as editors

    records = editors(options.open_vault(), include_removed=include_removed)
    if as_json_output:
        as_json(
            [
                {
                    "name": e.name,
                    "state": e.state,
                    "created": e.created_at,
                    "fingerprint": e.fingerprint,
                    "signing_public": e.signing_public.hex(),
                }
                for e in records
            ]
        )
        return
    table(
        ["name", "state", "created", "key fingerprint"],
        [[e.name, e.state, e.created_at, e.fingerprint] for e in records],
    )


@editor_group.command(name="remove")
@click.argument("name")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_options
def remove(options: Options, name: str, yes: bool) -> None:
    """Remove editor NAME and rotate the master key so their passphrase opens nothing new."""
    from workstation.services.editors import remove_editor

    _, session = options.unlock()
    if not yes:
        if not is_terminal():
            raise click.UsageError("add --yes to remove an editor when not at a terminal")
        click.confirm(
            f"Remove editor {neutralise_line(name)} and rotate the master key?", abort=True
        )
    removed = remove_editor(session, name)
    click.echo(f"Removed editor {neutralise_line(name)}; the master key was rotated.")
    if removed.new_intake_recipient:
        click.echo(
            f"The intake key changed: give intake machines the new recipient "
            f"{removed.new_intake_recipient} ('workstation intake-key export'); "
            "submissions already sealed to the old one still open."
        )
    if removed.scrub_pending:
        warn(removed.scrub_pending)


@editor_group.command(name="passwd")
@click.option("--new-passphrase-file", metavar="FILE", help=NEW_KEY_SOURCE)
@pass_options
def passwd(options: Options, new_passphrase_file: str | None) -> None:
    """Change your own passphrase."""
    from workstation.services.editors import change_passphrase

    _, session = options.unlock()
    changed = change_passphrase(session, new_passphrase(session.editor_name, new_passphrase_file))
    if changed.scrub_pending:
        warn(changed.scrub_pending)
    click.echo(f"Passphrase changed for {session.editor_name}.")


def register(cli: click.Group) -> None:
    cli.add_command(editor_group)
