"""Committing a long run of vault changes in batches: one commit per second or so.

Bulk intake and scanning make thousands of changes; committed one by one, each commit
re-checks and reseals the vault's head, a cost that grows with the vault. In batches
(`Session.batch`), each change is still its own audited entry and savepoint, and a kill
loses at most the batch in progress, which the next run redoes; an error or ctrl-c
commits what was complete.
"""

from __future__ import annotations

import contextlib
import time
from types import TracebackType

from vault import Session, VaultError

BATCH_SECONDS = 2.0


class Batches:
    """Opens a batch on first use and commits it after `size` changes or `seconds`."""

    def __init__(self, session: Session, size: int, seconds: float = BATCH_SECONDS) -> None:
        self._session = session
        self._size = size
        self._seconds = seconds
        self._open: contextlib.ExitStack | None = None
        self._count = 0
        self._started = 0.0

    def __enter__(self) -> Batches:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        """Commit what is done, also when the run stops on an error or ctrl-c: each change
        in the batch is complete (one that failed was undone by its savepoint)."""
        if kind is None:
            self.commit()
            return
        with contextlib.suppress(VaultError):  # the error said first stays the one shown
            self.commit()

    def before_change(self) -> None:
        """Call before each unit of work: opens a batch if none is open."""
        if self._open is None:
            self._open = contextlib.ExitStack()
            self._open.enter_context(self._session.batch())
            self._count, self._started = 0, time.monotonic()

    def after_change(self) -> bool:
        """Call after each unit of work; commits when the batch is full (True then)."""
        self._count += 1
        if self._count >= self._size or time.monotonic() - self._started > self._seconds:
            self.commit()
            return True
        return False

    def commit(self) -> None:
        opened, self._open = self._open, None
        if opened is not None:
            opened.close()
