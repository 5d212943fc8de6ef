"""The ``workstation`` command: global options, command registration and error handling.

Every failure becomes one line on stderr and a non-zero exit code. No traceback
is ever printed, since a traceback can carry document text or passphrases in its
local variables.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

import click

from workstation.cli import (
    audit_commands,
    cluster_commands,
    decision_commands,
    detect_commands,
    document_commands,
    editor_commands,
    fingerprint_commands,
    policy_commands,
    release_commands,
    review_commands,
    scan_commands,
    vault_commands,
)
from workstation.cli.exit_codes import FAILURE as EXIT_FAILURE
from workstation.cli.exit_codes import HELP as EXIT_CODES_HELP
from workstation.cli.exit_codes import INTERNAL as EXIT_INTERNAL
from workstation.cli.exit_codes import INTERRUPTED as EXIT_INTERRUPTED
from workstation.cli.options import Options


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXIT_CODES_HELP,
)
@click.option(
    "--vault",
    "vault_path",
    type=click.Path(path_type=Path),
    envvar="WORKSTATION_VAULT",
    help="Vault file (default: $WORKSTATION_VAULT, else your user data folder).",
)
@click.option("--editor", envvar="WORKSTATION_EDITOR", help="Editor to unlock as.")
@click.option(
    "--passphrase-file",
    metavar="FILE",
    help="Read the passphrase from FILE, 'fd:N' or '-' (stdin) instead of the terminal.",
)
@click.version_option(package_name="leak-workstation")
@click.pass_context
def cli(
    ctx: click.Context, vault_path: Path | None, editor: str | None, passphrase_file: str | None
) -> None:
    """Secure intake and redaction of leaked documents.

    Documents are encrypted the moment they arrive; every action is recorded in a
    signed audit log. Start with 'workstation init', or try 'workstation demo'.
    """
    options = Options(vault_path, editor, passphrase_file)
    ctx.obj = options
    ctx.call_on_close(options.close)


COMMAND_MODULES = (
    vault_commands,
    document_commands,
    editor_commands,
    audit_commands,
    policy_commands,
    detect_commands,
    scan_commands,
    cluster_commands,
    fingerprint_commands,
    release_commands,
    review_commands,
    decision_commands,
)
for module in COMMAND_MODULES:
    module.register(cli)


def main() -> None:
    """Entry point: protect the process, run the command, turn every failure into one line."""
    from workstation.confined.parent import protect_process

    protect_process()  # before any passphrase, key or document text is in memory
    sys.exit(run(sys.argv[1:]))


def run(arguments: list[str]) -> int:
    from workstation.errors import WorkstationError

    try:
        result = cli.main(arguments, prog_name="workstation", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.exceptions.NoArgsIsHelpError as error:
        error.show()  # a bare 'workstation' or 'workstation editor': the help, as click does
        return error.exit_code
    except click.UsageError as error:
        hint = f" (see '{error.ctx.command_path} --help')" if error.ctx else ""
        click.echo(f"error: {_one_line(error.format_message())}{hint}", err=True)
        return error.exit_code
    except click.ClickException as error:
        click.echo(f"error: {_one_line(error.format_message())}", err=True)
        return error.exit_code
    except click.exceptions.Abort:
        click.echo("aborted; nothing was changed", err=True)
        return EXIT_FAILURE
    except (_vault_error(), WorkstationError) as error:
        click.echo(f"error: {_one_line(str(error))}", err=True)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        click.echo("interrupted; an unfinished change was rolled back", err=True)
        return EXIT_INTERRUPTED
    except Exception as error:
        crash_id = secrets.token_hex(4)
        click.echo(
            f"internal error {crash_id} ({type(error).__name__}); nothing half-written "
            "was kept. Please report the crash id.",
            err=True,
        )
        return EXIT_INTERNAL
    return result if isinstance(result, int) else 0


def _vault_error() -> type[Exception]:
    """The vault's error class, if the vault was loaded: none of its errors can be in
    flight otherwise, and a cluster worker (which holds no vault) never loads it."""
    vault = sys.modules.get("vault")
    return vault.VaultError if vault is not None else _NotRaised


class _NotRaised(Exception):
    """Stands for the vault's errors in a process that never loaded the vault."""


def _one_line(message: str) -> str:
    from workstation.terminal import neutralise_line

    return neutralise_line(" ".join(message.split()))
