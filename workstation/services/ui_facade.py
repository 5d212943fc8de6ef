"""The review UI's one handle on a vault: unlock, list, scan, take in, shred, review, audit.

The UI imports nothing below the service layer, so this module hands it plain values
and turns every vault refusal into a WorkstationError carrying the same one line.
Locking drops the session (keys) and the open review (text) so nothing of them stays
reachable from the UI.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from vault import EditorRecord, Session, Vault, VaultError, WrongPassphrase
from workstation.release.gate import Check
from workstation.services import (
    access,
    approval_summary,
    approvals,
    audit_log,
    documents,
    intake,
    isolation_notice,
    leak_decisions,
    name_overview,
    policies,
    preferences,
    previews,
    release,
    review,
)
from workstation.services.errors import WorkstationError
from workstation.services.preferences import Preferences
from workstation.services.scanning import ScanResult, reviewable_ids, scan_documents
from workstation.terminal import neutralise_line

ITEM_ID = re.compile(r"\b[pf][0-9a-f]{10}\b")
"""How a proposal's or a fingerprint finding's id looks (keyed, p or f and ten hex digits)."""


class PassphraseRefused(WorkstationError):
    """The passphrase does not open this editor's slot."""


class ScanCancelled(WorkstationError):
    """The editor cancelled a scan; documents already scanned keep their proposals."""


@dataclass(frozen=True)
class InboxRow:
    id: str
    received_at: str
    name: str
    kind: str
    state: str
    pending: int
    accepted: int
    rejected: int
    approvers: tuple[str, ...] = ()
    """Editors whose approval counts for the current decisions (names neutralised)."""
    required: int | None = None
    """How many approvals the governing policy asks for (None: not known yet)."""
    needs_me: bool = False
    """Every decision is made, approvals are missing and the unlocked editor has not given one."""
    parent: str | None = None
    """The archive, mailbox or email this document was taken out of (None: taken in alone)."""

    @property
    def approvals(self) -> str:
        """The inbox's approvals cell: who approved, how many of how many, and a marker."""
        if self.required is None and not self.approvers:
            return ""
        of = f"/{self.required}" if self.required is not None else ""
        names = f" {', '.join(self.approvers)}" if self.approvers else ""
        marker = "needs you " if self.needs_me else ""
        return f"{marker}{len(self.approvers)}{of}{names}"


@dataclass(frozen=True)
class AuditView:
    rows: list[audit_log.AuditRow]
    verified: bool
    summary: str


@dataclass(frozen=True)
class InboxChanges:
    """Rows to put in place of (or beside) the inbox's own, and ids to drop; with
    ``everything``, ``rows`` is the whole inbox."""

    rows: list[InboxRow]
    removed: frozenset[str]
    everything: bool


_REFRESH_AT_MOST = 2_000
"""More changed documents than this (a rotation, a big vault-wide decision): list again."""


def _inbox_row(row: documents.Listed, approved: ApprovalView | None = None) -> InboxRow:
    approvers, required, needs_me = approved or ((), None, False)
    return InboxRow(
        row.document.id,
        row.document.received_at,
        _shown_name(row.document.name),
        row.document.kind,
        row.state,
        row.counts.get("pending", 0),
        row.counts.get("accepted", 0),
        row.counts.get("rejected", 0),
        approvers,
        required,
        needs_me,
        _parent(row.document.meta),
    )


def _shown_name(name: str) -> str:
    """The name neutralised for the terminal; a name of printable ASCII characters only
    (most of a leak) holds none of the characters neutralising escapes, so it is kept
    without the pattern's pass (50,000 names open the inbox)."""
    return name if name.isascii() and name.isprintable() else neutralise_line(name)


def _parent(meta: dict[str, object]) -> str | None:
    parent = meta.get("parent")
    return parent if isinstance(parent, str) and parent else None


ApprovalView = tuple[tuple[str, ...], int | None, bool]
"""Who approved the current decisions, how many are required, whether the editor is asked."""

AWAITING_APPROVAL = ("reviewed", "approved")


def _approval_view(
    session: Session, row: documents.Listed, editors: list[EditorRecord]
) -> ApprovalView | None:
    """Approvals only mean something once every decision is made (and until release)."""
    if row.state not in AWAITING_APPROVAL:
        return None
    signed: list[str] = []
    if session.item_counts(row.document.id, approvals.KIND):  # nobody signed: no hashing
        signed = approvals.approval_state(session, row.document.id, editors).approvers
    required = documents.required_approvals(session, row.document.id)
    approvers = tuple(sorted(neutralise_line(name) for name in signed))  # ids are keyed: no order
    missing = required is not None and len(approvers) < required
    return approvers, required, missing and session.editor_name not in signed


@contextmanager
def _one_line() -> Iterator[None]:
    try:
        yield
    except WrongPassphrase as refusal:
        raise PassphraseRefused(str(refusal)) from None
    except VaultError as error:
        raise WorkstationError(str(error)) from None


class Desk:
    """An opened vault, unlocked or not."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._session: Session | None = None
        self.review: review.Review | None = None
        # What the inbox last listed, so a return to it refreshes only what changed.
        self._inbox_mark: documents.ListingMark | None = None

    @classmethod
    def open(cls, path: Path) -> Desk:
        with _one_line():
            return cls(access.open_vault(path))

    @property
    def path(self) -> Path:
        return self._vault.path

    @property
    def unlocked(self) -> bool:
        return self._session is not None

    @property
    def editor(self) -> str:
        return self._session.editor_name if self._session else ""

    def editors(self) -> list[str]:
        with _one_line():
            return [record.name for record in self._vault.editors()]

    def unlock(self, editor: str, passphrase: str) -> None:
        with _one_line():
            self._session = access.unlock(self._vault, editor or None, lambda: passphrase)
            self._inbox_mark = None

    @property
    def warnings(self) -> list[str]:
        """What the unlock found worth saying (a vault that went back in time), one line each."""
        return [neutralise_line(w) for w in self._session.warnings] if self._session else []

    def isolation_warning(self, probe: bool = False) -> str | None:
        """The one line saying which isolation the confined children lack on this machine
        (None when all of it holds); `probe` first starts a child that only isolates
        itself (about 50 ms: call it off the UI thread)."""
        line = isolation_notice.probe() if probe else isolation_notice.warning()
        return None if line is None else neutralise_line(line)

    def adopt(self, session: Session) -> None:
        """Use a session unlocked elsewhere (the demo creates its vault already unlocked)."""
        self._session = session
        self._inbox_mark = None

    def lock(self) -> None:
        """Drop keys and text: the session and the open review are no longer referenced."""
        self.review = None
        self._session = None
        self._inbox_mark = None

    def session(self) -> Session:
        if self._session is None:
            raise WorkstationError("the vault is locked; unlock it again")
        return self._session

    # Settings ---------------------------------------------------------------------------

    def preferences(self) -> Preferences:
        """This vault's review settings on this workstation (chosen folders, auto-advance)."""
        return preferences.load(self.path)

    def remember(self, changed: Preferences) -> Preferences:
        """Keep this vault's review settings (from ``dataclasses.replace`` on the old ones)."""
        preferences.save(self.path, changed)
        return changed

    # Inbox -------------------------------------------------------------------------------

    def inbox(self) -> list[InboxRow]:
        """Every document's row; also the point :meth:`inbox_changes` counts from."""
        with _one_line():
            session = self.session()
            mark = documents.listing_mark(session)
            editors = self._vault.editors(include_removed=True)
            with documents.without_cycle_collection():
                rows = [
                    _inbox_row(row, _approval_view(session, row, editors))
                    for row in documents.list_documents(session)
                ]
            self._inbox_mark = mark
            return rows

    def inbox_changes(self) -> InboxChanges:
        """The rows that changed since the last :meth:`inbox` or :meth:`inbox_changes`
        (back from a review: one document's row, not the whole vault's listing read and
        decrypted again); every row when there is no such point, the editors changed,
        or so much changed that listing again is quicker. Policies are files outside the
        vault: a policy edited meanwhile shows on the next full reload."""
        with _one_line():
            session = self.session()
            if self._inbox_mark is None:
                return self._whole_inbox()
            changes = documents.changed_since(session, self._inbox_mark)
            if changes.everything or len(changes.changed) > _REFRESH_AT_MOST:
                return self._whole_inbox()
            editors = self._vault.editors(include_removed=True)
            released = set(changes.mark.released)
            rows = []
            for document_id in sorted(changes.changed):
                try:
                    document = session.document(document_id)
                except VaultError:  # damaged: the full listing shows it as such
                    return self._whole_inbox()
                row = documents.listed(session, document, released)
                rows.append(_inbox_row(row, _approval_view(session, row, editors)))
            self._inbox_mark = changes.mark
            return InboxChanges(rows, frozenset(changes.removed), everything=False)

    def _whole_inbox(self) -> InboxChanges:
        """Every row, listed again (and the new point changes count from)."""
        return InboxChanges(self.inbox(), frozenset(), everything=True)

    def document_row(self, document_id: str) -> InboxRow:
        """One document as the inbox shows it (name neutralised, state, counts)."""
        with _one_line():
            session = self.session()
            row = documents.listed(session, session.document(document_id))
            editors = self._vault.editors(include_removed=True)
            return _inbox_row(row, _approval_view(session, row, editors))

    def names_overview(
        self, progress: Callable[[int, int], None], cancel: threading.Event
    ) -> list[name_overview.NameCount]:
        """The names proposed across the vault with their document counts (audited once)."""
        with _one_line():
            return name_overview.name_overview(self.session(), progress, cancel)

    def policies(self) -> list[str]:
        return [name for name, _, loaded, _ in policies.summaries(self.path) if loaded]

    def scan(
        self,
        document_ids: list[str] | None,
        policy: str,
        progress: Callable[[int, int], None],
        cancelled: threading.Event,
    ) -> list[ScanResult | WorkstationError]:
        """Scan (a thread worker calls this); cancelling stops after the current document."""
        with _one_line():
            loaded = policies.load(self.path, policy)
            session = self.session()
            targets = reviewable_ids(session) if document_ids is None else document_ids
            done = 0

            def step(_: str) -> None:
                nonlocal done
                done += 1
                progress(done, len(targets))
                if cancelled.is_set() and done < len(targets):
                    raise ScanCancelled(f"scan cancelled after {done} of {len(targets)} documents")

            if cancelled.is_set():
                raise ScanCancelled("scan cancelled before it started")
            return scan_documents(session, targets, loaded, progress=step)

    def take_in(self, path: Path) -> str:
        """Take in one file; returns the one-line outcome to show."""
        with _one_line():
            limits = intake.intake_limits(self.path)  # the default policy's OCR languages
            outcome = next(intake.intake_paths(self.session(), [path], limits))
        if outcome.refused:
            raise WorkstationError(outcome.refused)
        assert outcome.document is not None
        note = f" ({outcome.warning})" if outcome.warning else ""
        return f"took in {outcome.shown_name} as {outcome.document.id}{note}"

    def shred(self, document_id: str) -> None:
        with _one_line():
            documents.shred(self.session(), document_id)

    # Review ------------------------------------------------------------------------------

    def open_review(self, document_id: str) -> review.Review:
        with _one_line():
            names = {record.id: record.name for record in self._vault.editors()}
            self.review = review.open_review(self.session(), document_id, names)
        return self.review

    # Decisions for the whole vault -----------------------------------------------------

    def vault_reach(self, word: str, term: str) -> leak_decisions.Reach:
        """What deciding ``term`` ("always" or "never") would change in every document."""
        with _one_line():
            session = self.session()
            return leak_decisions.reach(session, leak_decisions.rule_for(session, word, term))

    def decide_for_vault(self, seen: leak_decisions.Reach) -> leak_decisions.Reach:
        """Apply a previewed decision to every document, in one audited action."""
        with _one_line():
            return leak_decisions.apply(self.session(), seen)

    def release_preview(self) -> str:
        """The open document as a txt release would render it now (the policy's style)."""
        if self.review is None:
            raise WorkstationError("no document is open for review")
        with _one_line():
            return review.release_preview(self.review)

    # Approve and release -------------------------------------------------------------------

    def approval_summary(self, document_id: str) -> list[str]:
        """What approving now would sign, in counts, one neutralised line each."""
        with _one_line():
            session = self.session()
            editors = self._vault.editors(include_removed=True)
            summary = approval_summary.approval_summary(session, document_id, editors)
        return [neutralise_line(line) for line in summary.lines()]

    def approve(self, document_id: str) -> str:
        """Sign the current decisions as this editor; returns the one line to show."""
        with _one_line():
            editors = self._vault.editors(include_removed=True)
            state = approvals.approve(self.session(), document_id, editors)
            needed = documents.required_approvals(self.session(), document_id)
        of = f" of {needed}" if needed else ""
        return (
            f"Approved: {len(state.valid)}{of} approval(s) for the current decisions "
            f"({neutralise_line(', '.join(state.approvers))})."
        )

    def release_run(
        self,
        document_id: str,
        output_format: str,
        out_dir: Path,
        name: str | None = None,
        *,
        searchable: bool = False,
        keep_text_layer: bool = False,
        shred_original: bool = False,
    ) -> release.ReleaseRun:
        """A release attempt with the CLI's options; iterate its ``checks()`` (in a worker),
        then read ``outcome``."""
        request = release.ReleaseRequest(
            document_id,
            output_format,
            out_dir,
            name,
            shred_original=shred_original,
            searchable=searchable,
            keep_text_layer=keep_text_layer,
        )
        with _one_line():
            editors = self._vault.editors(include_removed=True)
            return release.ReleaseRun(self.session(), self.path, editors, request)

    def refused_span(self, detail: str) -> str | None:
        """The first proposal or finding id a refusal's detail names (details name spans
        by id, never by text)."""
        found = ITEM_ID.search(detail)
        return found.group(0) if found else None

    def word_of(self, document_id: str, identifier: str) -> str | None:
        """The text of a span of the document open for review, neutralised, for the
        editor's own screen only (never for a log or an error); None when that document
        is not open or the id is not one of its spans."""
        open_review = self.review
        if open_review is None or open_review.document_id != document_id:
            return None
        if open_review.has(identifier):
            span = open_review.get(identifier)
            start, end = span.start, span.end
        elif open_review.has_finding(identifier):
            start, end = open_review.highlight(open_review.finding(identifier))
        else:
            return None
        return neutralise_line(open_review.text[start:end])

    def preview(self, identifier: str) -> previews.Preview:
        """A picture of where a proposal or finding of the open document is on its page,
        rendered in the confined release child (seconds: call it off the UI thread)."""
        open_review = self.review
        if open_review is None:
            raise WorkstationError("no document is open for review")
        region = None
        if open_review.has(identifier):
            span = open_review.get(identifier)
            region = previews.span_region(
                open_review.text, open_review.readings, span.start, span.end
            )
        elif open_review.has_finding(identifier):
            stored = open_review.finding(identifier)
            region = previews.finding_region(stored) or previews.finding_region(stored.finding)
            if region is None and stored.finding.start >= 0:
                start, end = open_review.highlight(stored)
                region = previews.span_region(open_review.text, open_review.readings, start, end)
        if region is None:
            raise WorkstationError(f"{identifier} names no place on a page")
        with _one_line():
            return previews.preview(
                self.session(), open_review.document_id, open_review.text, region
            )

    def release_blockers(self, document_id: str) -> list[str]:
        """Why a release of the document would be refused now (pending decisions), if so."""
        with _one_line():
            return release.readiness(self.session(), document_id).blockers()

    def release_checks(self, run: release.ReleaseRun) -> Iterator[Check]:
        """The run's checks as they pass; a vault failure midway becomes one line too."""
        with _one_line():
            yield from run.checks()

    # Audit -------------------------------------------------------------------------------

    def audit(self) -> AuditView:
        with _one_line():
            report = audit_log.verify(self._vault)
            rows = audit_log.rows(self._vault, self._session)
        if report.ok:
            summary = f"audit log verified through entry {report.head_seq}"
        else:
            summary = f"audit log BROKEN at entry {report.broken_seq}: {report.reason}"
        return AuditView(rows, report.ok, summary)

    def checkpoint(self, folder: Path) -> Path:
        """Write a checkpoint file (to keep outside the vault); returns where."""
        with _one_line():
            made = audit_log.make_checkpoint(self.session())
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / f"checkpoint-{made.seq}.json"
        audit_log.write_checkpoint(target, made, replace=False)  # never overwrite a kept one
        return target
