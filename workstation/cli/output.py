"""Printing for the command line: aligned tables for people, JSON for scripts.

Every cell passes through ``neutralise_line`` so a hostile file name cannot send
escape sequences or bidi overrides to the terminal.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

import click

from workstation.terminal import neutralise_line


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[neutralise_line(str(value)) for value in row] for row in rows]
    widths = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]
    click.echo("  ".join(h.upper().ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def as_json(data: Any) -> None:
    """JSON for scripts; non-ASCII escaped, so control characters never reach a terminal raw."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=True, sort_keys=True))


def warn(message: str) -> None:
    click.echo(neutralise_line(message), err=True)


def human_size(size: int) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)


def is_terminal() -> bool:
    return sys.stdout.isatty()
