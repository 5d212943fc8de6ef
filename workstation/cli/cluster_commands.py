"""Commands for scanning on other machines: certificates, a scheduler, a worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

CERTS_HELP = "Folder of the cluster's certificates (default: the workstation's state folder)."


def certificates_option(function: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--certs", "certificates", type=click.Path(path_type=Path), help=CERTS_HELP
    )(function)


def certificates_folder(given: Path | None) -> Path:
    from workstation.cluster.certificates import default_folder

    return given or default_folder()


@click.group()
def cluster() -> None:
    """Scan on other machines: 'scan --all --cluster tls://HOST:PORT' (see docs/cluster.md)."""


@cluster.command()
@click.argument("folder", required=False, type=click.Path(path_type=Path))
@click.option(
    "--host",
    "hosts",
    multiple=True,
    default=("localhost", "127.0.0.1"),
    show_default=True,
    help="The scheduler's name or address (repeat for several).",
)
def certs(folder: Path | None, hosts: tuple[str, ...]) -> None:
    """Make a new CA and certificates for the scheduler, workers and this client.

    Copy ca.pem with scheduler*.pem to the scheduler's machine and ca.pem with
    worker*.pem to each worker's; the client's stay here. The CA's key is not kept.
    """
    from workstation.cluster.certificates import make

    target = certificates_folder(folder)
    make(target, hosts)
    click.echo(f"Certificates for a scan cluster in {target} (the CA's key was not kept).")


@cluster.command()
@certificates_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8786, show_default=True, help="Port (0: any free one).")
def scheduler(certificates: Path | None, host: str, port: int) -> None:
    """Run a scheduler that speaks only mutual TLS, until interrupted."""
    from workstation.cluster.worker import run_scheduler

    run_scheduler(certificates_folder(certificates), host, port, _announce("Scheduler"))


@cluster.command()
@click.argument("address")
@certificates_option
@click.option("--host", help="Address to listen on (default: the one facing the scheduler).")
def worker(address: str, certificates: Path | None, host: str | None) -> None:
    """Scan batches for the scheduler at ADDRESS (tls://HOST:PORT), keeping nothing on disk.

    One thread: run one worker per core. It holds no vault and no key.
    """
    from workstation.cluster.worker import run_worker

    run_worker(address, certificates_folder(certificates), host, _announce("Worker"))


def _announce(role: str) -> Callable[[str], None]:
    def announce(address: str) -> None:
        click.echo(f"{role} listening at {address}", nl=True)

    return announce


def register(cli: click.Group) -> None:
    cli.add_command(cluster)
