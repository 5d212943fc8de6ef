"""Taking in a whole leak: parsed in parallel, committed in batches, duplicates recognised.

A leak is thousands of files. Each is still parsed alone in its own confined child, but
the children are forked by zygotes that imported the parsers once (`confined.pool`),
several at a time, while this thread encrypts and stores what they return; the vault
commits a batch of files at once (`Session.batch`), each file still its own audited
change. A file that cannot be taken in is named and the others go on.

Every stored file gets an index item holding a keyed hash of its bytes (HMAC under the
vault's hiding secret, so a copy of the vault file cannot be tested for a known
document). A file whose bytes are already in the vault is reported as a duplicate of
that document and not stored again. That is also what makes a killed run resumable:
run the same command again, and what the killed run committed is recognised and
skipped, what it had not committed is taken in, so every file ends up stored once.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from vault import Item, Session, VaultError
from workstation.confined.pool import pooled
from workstation.errors import WorkstationError
from workstation.intake import ChildLimits, Extraction, extract
from workstation.intake.sandbox import ZYGOTE_PRELOAD
from workstation.services import sealed_intake
from workstation.services.batching import Batches
from workstation.services.files import OpenedFile, open_regular
from workstation.services.intake import (
    MAX_INTAKE_BYTES,
    IntakeOutcome,
    intake_path,
    store_extracted,
)
from workstation.terminal import neutralise_line

CONTENT_INDEX = "content"
"""Item kind of the per-document content index (one item, id = keyed hash of the bytes)."""
INDEXED = "indexed"
BATCH_FILES = 200
"""A batch commits after this many files or `batching.BATCH_SECONDS`, whichever comes first."""
AHEAD_PER_WORKER = 4
"""Files read and handed to children ahead of the one being stored, per worker."""


@dataclass
class Tally:
    """How far a bulk intake has got, for progress displays."""

    total: int
    done: int = 0
    stored: int = 0
    duplicates: int = 0
    refused: int = 0
    started: float = field(default_factory=time.monotonic)


@dataclass
class _Job:
    """One file on its way: read and hashed here, parsed in a child, then stored."""

    path: Path
    shown: str
    key: str = ""
    data: bytes | None = None
    parsed: Future[Extraction] | None = None
    ready: IntakeOutcome | None = None
    """Known before storing: a refusal, or a duplicate of a stored document."""
    duplicate_of_earlier: bool = False
    """Same bytes as a file earlier in this run, which is stored first."""


def bulk_intake(
    session: Session,
    paths: Sequence[Path],
    workers: int,
    limits: ChildLimits | None = None,
    max_bytes: int = MAX_INTAKE_BYTES,
    progress: Callable[[Tally], None] = lambda _: None,
    batch_files: int = BATCH_FILES,
) -> Iterator[IntakeOutcome]:
    """Take in every path (files; see `folders.expand`), yielding outcomes in input
    order, each batch's once it is committed (after `batch_files` files or
    `batching.BATCH_SECONDS`)."""
    limits = limits or ChildLimits()
    tally = Tally(len(paths))
    known = session.item_owners(CONTENT_INDEX)
    run = _Run(session, limits, max_bytes, known, tally, progress, batch_files)
    children = pooled(workers, ZYGOTE_PRELOAD) if len(paths) > 1 else contextlib.nullcontext()
    with children, ThreadPoolExecutor(workers) as executor:  # one file: a fresh child costs no more
        window: deque[_Job] = deque()
        try:
            for path in paths:
                window.append(run.prepare(path, executor))
                if len(window) > AHEAD_PER_WORKER * workers:
                    yield from run.store(window.popleft())
            while window:
                yield from run.store(window.popleft())
            yield from run.commit()
        except BaseException as stopped:  # interrupted, or the caller stopped: keep what is done
            for job in window:
                if job.parsed is not None:
                    job.parsed.cancel()
            run.batches.__exit__(type(stopped), stopped, stopped.__traceback__)
            raise


class _Run:
    """The state of one bulk intake: what is known, what is claimed, the open batch."""

    def __init__(
        self,
        session: Session,
        limits: ChildLimits,
        max_bytes: int,
        known: dict[str, str],
        tally: Tally,
        progress: Callable[[Tally], None],
        batch_files: int,
    ) -> None:
        self.session = session
        self.limits = limits
        self.max_bytes = max_bytes
        self.known = known
        self.claimed: set[str] = set()
        self.tally = tally
        self.progress = progress
        self.batches = Batches(session, batch_files)
        self._batched: list[IntakeOutcome] = []
        self.own_files = _vault_files(session.path)

    def prepare(self, path: Path, executor: ThreadPoolExecutor) -> _Job:
        """Open, read and hash the file here; hand its parsing to a child."""
        job = _Job(path, neutralise_line(str(path)))
        try:
            opened = open_regular(path, self.max_bytes)
        except WorkstationError as refusal:
            job.ready = IntakeOutcome(shown_name=job.shown, refused=str(refusal))
            return job
        try:
            job.shown = opened.shown_name
            if _identity(os.fstat(opened.descriptor)) in self.own_files:
                own = f"{job.shown}: is this vault's own file; not taken in"
                job.ready = IntakeOutcome(shown_name=job.shown, refused=own)
                return job
            small = opened.size <= self.limits.max_input_bytes
            sealed = sealed_intake.looks_sealed(path.name, opened.head())
            job.data = opened.read_all() if small else None
            job.key = self._content_key(opened, job.data)
        finally:
            opened.close()
        if job.key in self.known:
            job.ready = IntakeOutcome(job.shown, duplicate_of=self.known[job.key])
            job.data = None
        elif job.key in self.claimed:
            job.duplicate_of_earlier, job.data = True, None
        elif job.data is not None and not sealed:
            task = contextvars.copy_context().run  # each child job in a copy: the pool is in it
            job.parsed = executor.submit(task, extract, job.data, path.name, self.limits)
        else:
            job.data = None  # sealed or large: taken in as `intake` does, when stored
        self.claimed.add(job.key)
        return job

    def _content_key(self, opened: OpenedFile, data: bytes | None) -> str:
        digest = hashlib.sha256()
        for piece in [data] if data is not None else opened.pieces():
            digest.update(piece)
        keyed = self.session.keyed_id(b"content:" + digest.digest())
        return keyed.hex()

    def store(self, job: _Job) -> Iterator[IntakeOutcome]:
        """Store one prepared file in the open batch; yields a batch's outcomes once it
        has committed."""
        self.batches.before_change()
        outcome = self._outcome(job)
        self._count(outcome)
        self._batched.append(outcome)
        if self.batches.after_change():
            yield from self._handed_out()

    def commit(self) -> Iterator[IntakeOutcome]:
        """Commit the open batch, then hand out its outcomes (and their members')."""
        self.batches.commit()
        yield from self._handed_out()

    def _handed_out(self) -> Iterator[IntakeOutcome]:
        done, self._batched = self._batched, []
        for outcome in done:
            yield from outcome.with_members()

    def _outcome(self, job: _Job) -> IntakeOutcome:
        if job.ready is not None:
            return job.ready
        if job.duplicate_of_earlier:
            if job.key in self.known:
                return IntakeOutcome(job.shown, duplicate_of=self.known[job.key])
            refusal = f"{job.shown}: same bytes as a file refused above"
            return IntakeOutcome(job.shown, refused=refusal)
        index = {CONTENT_INDEX: [Item(job.key, INDEXED, b"")]}
        try:
            if job.parsed is None:
                outcome = intake_path(self.session, job.path, self.limits, self.max_bytes, index)
            else:
                assert job.data is not None  # read with the job
                extraction = job.parsed.result()
                name, data, shown = job.path.name, job.data, job.shown
                outcome = store_extracted(
                    self.session, name, data, extraction, self.limits, shown, index
                )
        except (WorkstationError, VaultError) as error:
            return IntakeOutcome(shown_name=job.shown, refused=str(error))
        finally:
            job.data = None
        if outcome.document is not None:
            self.known[job.key] = outcome.document.id
        return outcome

    def _count(self, outcome: IntakeOutcome) -> None:
        self.tally.done += 1
        if outcome.duplicate_of:
            self.tally.duplicates += 1
        elif outcome.document is None:
            self.tally.refused += 1
        else:
            self.tally.stored += 1
        self.progress(self.tally)


VAULT_COMPANIONS = ("", "-wal", "-shm", "-journal")


def _vault_files(vault: Path) -> set[tuple[int, int]]:
    """The vault's own files (device, inode): a folder given to intake may hold them,
    and taking the growing vault into itself would store it encrypted inside itself."""
    found = set()
    for suffix in VAULT_COMPANIONS:
        try:
            found.add(_identity(os.stat(vault.with_name(vault.name + suffix))))
        except OSError:
            continue
    return found


def _identity(status: os.stat_result) -> tuple[int, int]:
    return status.st_dev, status.st_ino
