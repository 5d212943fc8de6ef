"""What 'workstation demo' prints: the sample vault's listing and how to keep exploring."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import click


def run_demo(vault_path: Path | None) -> None:
    from workstation.cli.document_commands import print_documents
    from workstation.services.demo import create_demo_vault
    from workstation.services.documents import list_documents

    click.echo(
        "Creating a demo vault and scanning its samples with the 'cables' policy "
        "(this takes a few seconds)..."
    )
    demo = create_demo_vault(vault_path)
    rows = list_documents(demo.session)
    documents = [row.document for row in rows]
    print_documents(rows)
    vault, passphrase_file = shlex.quote(str(demo.path)), shlex.quote(str(demo.passphrase_file))
    prefix = f"{_command_name()} --vault {vault} --passphrase-file {passphrase_file}"
    click.echo("")
    click.echo(f"{len(documents)} sample documents are encrypted in {demo.path}.")
    click.echo("Explore it (this demo passphrase is kept in a file; real ones never are):")
    click.echo(f"  {prefix} show {documents[0].id}")
    click.echo(f"  {prefix} proposals {documents[0].id}")
    click.echo(f"  {prefix} audit show")
    click.echo(f"  {prefix} vault verify")
    click.echo(
        "It holds only the fictional samples: delete the vault and its passphrase file when done."
    )


def review_demo(vault_path: Path | None) -> None:
    """On a terminal: the demo vault, scanned, opened straight into a review."""
    from workstation.services.demo import create_demo_vault
    from workstation.services.documents import list_documents
    from workstation.services.ui_facade import Desk

    click.echo("Creating a demo vault and scanning its samples (this takes a few seconds)...")
    demo = create_demo_vault(vault_path)
    rows = list_documents(demo.session)
    pending = sorted(rows, key=lambda row: -row.counts.get("pending", 0))
    desk = Desk.open(demo.path)
    desk.adopt(demo.session)
    from workstation.tui.app import launch

    code = launch(desk, demo.session.editor_name, pending[0].document.id if pending else None)
    click.echo(f"The demo vault is {demo.path}; its passphrase is in {demo.passphrase_file}.")
    if code:
        raise click.exceptions.Exit(code)


def _command_name() -> str:
    """How to run this command again from any shell: its full path, never a bare name.

    ``uv run`` puts the environment on PATH only for its own child, so a bare
    'workstation' would fail when pasted into the user's shell.
    """
    running = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if running and running.name == "workstation" and running.is_file():
        return shlex.quote(str(running))
    return f"{shlex.quote(sys.executable)} -m workstation"
