"""'workstation detect': a JSON Lines filter for pipelines and policy testing (no vault)."""

from __future__ import annotations

import json
import sys

import click

from workstation.cli.options import Options, pass_options


@click.command()
@click.option("--policy", "policy_name", required=True, help="Policy id or .yaml file.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes to analyse in (default: one per core).",
)
@pass_options
def detect(options: Options, policy_name: str, workers: int | None) -> None:
    """Read {"id", "text"} lines on stdin; write {"id", "spans"} lines on stdout.

    Touches no vault. A bad line gets {"line", "id", "error"} and the rest go on.
    """
    from workstation.services.detection import default_workers, detect_lines, start_workers_early
    from workstation.services.policies import load

    chosen = workers or default_workers()
    start_workers_early(sys.stdin.buffer, chosen)  # their models load while the policy does
    loaded = load(options.path, policy_name)
    for result in detect_lines(loaded, sys.stdin.buffer, chosen):
        click.echo(json.dumps(result, ensure_ascii=True, separators=(",", ":")))


def register(cli: click.Group) -> None:
    cli.add_command(detect)
