"""Progress for long commands on a terminal: a bar, counts, and the time left.

Shown on stderr and only when stderr is a terminal, so scripts reading stdout (ids,
JSON) never see it. Rich estimates the time left from the recent rate.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Update = Callable[[int, str], None]
"""Report (items done, a short line of counts)."""


@contextmanager
def progress_bar(label: str, total: int) -> Iterator[Update]:
    """A bar with done/total, elapsed and remaining time; a no-op off a terminal."""
    if not sys.stderr.isatty():
        yield lambda done, counts: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[counts]}"),
    )
    with Progress(*columns, console=Console(stderr=True), transient=False) as progress:
        task = progress.add_task(label, total=total, counts="")

        def update(done: int, counts: str) -> None:
            progress.update(task, completed=done, counts=counts)

        yield update
