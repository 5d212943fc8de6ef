"""'workstation detect': a JSON Lines filter for pipelines and policy testing (no vault)."""

from __future__ import annotations

import json
import sys

import click

from workstation.cli.options import Options, pass_options


@click.command()
@click.option("--policy", "policy_name", required=True, help="Policy id or .yaml file.")
@pass_options
def detect(options: Options, policy_name: str) -> None:
    """Read {"id", "text"} lines on stdin; write {"id", "spans"} lines on stdout.

    Touches no vault. A bad line gets {"line", "id", "error"} and the rest go on.
    """
    from workstation.services.detection import detect_lines
    from workstation.services.policies import load

    loaded = load(options.path, policy_name)
    for result in detect_lines(loaded, sys.stdin.buffer):
        click.echo(json.dumps(result, ensure_ascii=True, separators=(",", ":")))


def register(cli: click.Group) -> None:
    cli.add_command(detect)
