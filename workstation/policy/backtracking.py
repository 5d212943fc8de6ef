"""Patterns that backtrack without end on an ordinary row of characters.

Python's ``re`` backtracks. A pattern in which one character can be read two ways inside
a repetition (a hyphen as a letter of a part *or* as the joint between parts) takes
exponential time on a long row of that character, and a separator line of 80 hyphens
once held detection for minutes. Documents are full of such rows, so each pattern is run
over rows of punctuation, letters and digits in a child process (``re`` cannot be
interrupted in-process); a pattern that has not finished in its time is named.
"""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

ROW_LENGTH = 300
# Rows a document really holds: separator lines, dotted leaders, initials, hyphenated
# and dotted names, lists of numbers. Each is long enough that exponential backtracking
# cannot finish, and short enough that a sound pattern searches it in microseconds.
ROW_UNITS = (
    "-", "=", "_", ".", "*", "~", "#", "+", " ", "a", "A", "1", "a-", "a.", "1.", "1-",
    "1 ", "1/", "A. ", "a ", "Aa-", ", ", "'", "/", "\\",
)  # fmt: skip
SECONDS_PER_PATTERN = 5.0


def _search_rows(patterns: list[tuple[str, int]], progress: Connection) -> None:
    """In the child: say which pattern and row comes next, then search it."""
    for index, (regex, flags) in enumerate(patterns):
        compiled = re.compile(regex, flags)
        for unit in ROW_UNITS:
            row = unit * (ROW_LENGTH // len(unit))
            progress.send((index, unit))
            for text in (row, row + "!", "x " + row + " ."):
                compiled.search(text)
    progress.send(None)


@dataclass(frozen=True)
class Stuck:
    """A pattern (by its index in the list given) and the row it did not finish on."""

    index: int
    unit: str

    def describe(self) -> str:
        return (
            f"backtracks without end on a row of {ROW_LENGTH // len(self.unit)} "
            f"{self.unit!r} (a separator line or a list would hang detection): let each "
            "character be read one way only inside a repetition, e.g. "
            r"'[\w-]+(?:\.[\w-]+)*' rather than '[\w-]+(?:[.-][\w-]+)*'"
        )


def stuck_patterns(
    patterns: Sequence[tuple[str, int]], seconds_each: float = SECONDS_PER_PATTERN
) -> list[Stuck]:
    """The patterns (regex, flags) that do not finish searching the rows.

    One child process runs them in order and says which row it is about to search; when
    it has said nothing for ``seconds_each``, the pattern it is on is stuck, and a new
    child carries on from the next one.
    """
    stuck: list[Stuck] = []
    first = 0
    while first < len(patterns):
        last = _run_until_silent(list(patterns[first:]), seconds_each)
        if last is None:
            break
        index, unit = last
        stuck.append(Stuck(first + index, unit))
        first += index + 1
    return stuck


def _run_until_silent(patterns: list[tuple[str, int]], seconds: float) -> tuple[int, str] | None:
    """Run the rows; None when every pattern finished, else where the child went silent.

    A spawned child (``multiprocessing``, as the detection workers): it runs only this
    module's loop over the policy's own patterns and reads no document, so it is not one
    of the confined parsers' children.
    """
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_search_rows, args=(patterns, sending), daemon=True)
    child.start()
    sending.close()
    last: tuple[int, str] = (0, ROW_UNITS[0])
    try:
        while receiving.poll(seconds):
            try:
                message = receiving.recv()
            except EOFError:  # the child died: not a pattern that hangs
                return None
            if message is None:
                return None
            last = (int(message[0]), str(message[1]))
        return last
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiving.close()
