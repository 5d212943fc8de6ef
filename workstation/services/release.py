"""Releasing a document: render, verify through the gate, write the file and its manifest.

``ReleaseRun.checks()`` is a generator of gate results, so the command line can print
them and a screen can show each check as it runs. The first failed check stops the
run: the output file is removed and ``ReleaseRefused`` names the check and span id,
never the hidden text. On success ``ReleaseRun.outcome`` holds the released file and
manifest; the release is in the audit chain, and the original is shredded if asked.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vault import EditorRecord, Session, Vault
from workstation.detection.findings import DENY_RECOGNIZER
from workstation.fingerprints import MECHANICAL_KINDS, FingerprintFinding, find
from workstation.fingerprints import normalise as normalise_marks
from workstation.fingerprints.finding import ORIGINAL_KINDS
from workstation.intake.inspection import inspect
from workstation.pixels import languages as installed
from workstation.pixels.errors import PixelsError
from workstation.pixels.legible import name_parts
from workstation.pixels.pdf_objects import objections
from workstation.policy.loader import LoadedPolicy
from workstation.policy.model import DenyList
from workstation.release import gate
from workstation.release.canonical import fingerprint, sha256_hex
from workstation.release.gate import Check, Term
from workstation.release.hidden import removal_spans, searched_parts, without
from workstation.release.jobs import PageBox, PageSpan
from workstation.release.manifest import (
    MANIFEST_FORMAT,
    ManifestInvalid,
    Verified,
    keys_file,
    manifest_bytes,
    read_keys,
    signed_part,
    verify,
)
from workstation.release.name_forms import Decided, every_form_removed
from workstation.release.readback import STRING_IN_FILE
from workstation.release.rendering import (
    PAGE_BREAK,
    REMOVED,
    Redaction,
    Replacements,
    as_markdown,
    redact_text,
)
from workstation.release.sandbox import (
    PdfNotMade,
    SpanNotFound,
    pixel_check_in_child,
    rebuild_in_child,
    redact_in_child,
    typeset_in_child,
)
from workstation.release.tables import SPREADSHEET_KINDS, as_csv, as_markdown_tables
from workstation.services.approvals import approval_state, decisions_sha256
from workstation.services.errors import IntakeRefused, WorkstationError
from workstation.services.files import open_regular
from workstation.services.fingerprinting import ReleaseInputs, pass_record, release_inputs
from workstation.services.governance import Governance, governance
from workstation.services.releasable import refusal
from workstation.services.scanning import KIND as PROPOSAL_KIND
from workstation.services.scanning import StoredProposal, scan_policy, stored_proposals
from workstation.text.variants import name_variants

FORMATS = ("txt", "md", "pdf", "csv")


def formats_for(kind: str) -> tuple[str, ...]:
    """The formats a document of this kind can be released in: csv only where it has cells."""
    return FORMATS if kind in SPREADSHEET_KINDS else tuple(f for f in FORMATS if f != "csv")


CHARACTERS_PER_PAGE = 2500
"""About what one typeset page of the release holds."""
OCR_LAYER_CODE = "pdf-invisible-text"
"""What the inspector calls a searchable rebuild's own invisible OCR layer (render mode 3):
it holds only words OCR read on the painted pages, which the pixel check reads too."""
COPY_MARKING = "COPY_MARKING"
"""The entity name of an accepted copy marking ("Copy 4 of 9") when it is redacted."""


class ReleaseRefused(WorkstationError):
    """A gate check failed; ``check`` is the failed result (for a screen to show)."""

    def __init__(self, check: Check) -> None:
        super().__init__(f"release refused ({check.name}): {check.detail}; no output was kept")
        self.check = check


@dataclass(frozen=True)
class ReleaseRequest:
    document_id: str
    output_format: str
    out_dir: Path
    name: str | None = None  # default: built from the document id, never the original name
    rasterize: bool = False
    shred_original: bool = False
    policy: str | None = None  # default: the policy the document was scanned with
    searchable: bool = False
    """PDF: add an invisible OCR text layer of the redacted pages to the rebuilt file."""
    keep_text_layer: bool = False
    """PDF: redact the original in place, keeping its text layer (opt-in; the same pixel
    gate applies, but not the rebuilt file's object allow list)."""

    @property
    def rebuilt(self) -> bool:
        """A PDF made fresh from the rendered, painted pages (the default for PDFs)."""
        return self.output_format == "pdf" and not self.keep_text_layer


@dataclass(frozen=True)
class Released:
    output: Path
    manifest: Path
    size: int
    sha256: str
    approvers: list[str]
    shredded: bool


class ReleaseRun:
    """One release attempt; iterate ``checks()`` and then read ``outcome``."""

    def __init__(
        self,
        session: Session,
        vault_path: Path,
        editors: list[EditorRecord],
        request: ReleaseRequest,
    ) -> None:
        self.session = session
        self.vault_path = vault_path
        self.editors = editors
        self.request = request
        self.pages = 0
        """The document's pages, as intake counted them: the release child's time."""
        self.outcome: Released | None = None

    def checks(self) -> Iterator[Check]:
        """Run every step; yield each passed check; raise ReleaseRefused at the first failure."""
        request = self.request
        target = _target(request)
        proposals = stored_proposals(self.session, request.document_id)
        text = self._text()
        loaded = self._policy(proposals)
        ruling = governance(self.session, request.document_id, loaded)
        yield self._passed(gate.no_pending([p.id for p in proposals if p.state == "pending"]))
        marks = release_inputs(self.session, request.document_id)
        yield from self._page_checks(marks, loaded)
        digest = decisions_sha256(self.session, request.document_id, proposals)
        state = approval_state(self.session, request.document_id, self.editors, digest)
        yield self._passed(
            gate.approvals_present(state.approvers, ruling.approvals, state.void, state.outdated)
        )
        yield self._passed(every_form_removed(text, [as_decided(p) for p in proposals]))
        redactions = [
            Redaction(p.id, p.start, p.end, p.entity) for p in proposals if p.state == "accepted"
        ]
        redactions += copy_marking_redactions(marks)
        removals = removal_spans(text, list(marks.hidden))
        redactions += [Redaction(f"hidden {i}", a, b, REMOVED) for i, a, b in removals]
        try:
            produced = self._produce(text, redactions, loaded, marks)
        except SpanNotFound as missing:
            named = next((_label(r) for r in redactions if r.id == missing.span_id), "a span")
            self._passed(gate.span_not_located(named, missing.page + 1))
            raise  # _passed has raised ReleaseRefused already
        yield Check("the output is made", True, f"{len(produced)} bytes, {request.output_format}")
        # Checked in a private folder beside the vault, never in the publish folder: that
        # folder is often synchronised, and unverified bytes must not appear there at all.
        partial = _staging(self.vault_path) / f".{target.name}.partial"
        partial.unlink(missing_ok=True)  # left by an interrupted release of ours
        _write_new(partial, produced)
        try:
            written = partial.read_bytes()  # the file as it is on disk, not our copy in memory
            terms = _terms(text, redactions, ruling.deny_lists)
            terms += hidden_terms(without(text, removals), marks)
            output_findings: list[FingerprintFinding] = []
            for check in gate.output_checks(written, request.output_format, terms, marks.allowed):
                yield self._passed(check)
            if request.output_format == "pdf":
                if request.rebuilt:
                    found = [str(objection) for objection in objections(written)]
                    yield self._passed(gate.only_rebuilt_objects(found))
                inspected = inspect(written, target.name)
                output_findings = inspected.findings
                if request.rebuilt and request.searchable:  # the OCR layer we wrote
                    output_findings = [f for f in output_findings if f.code != OCR_LAYER_CODE]
                yield self._passed(
                    gate.no_original_fingerprints(output_findings, marks.allowed, inspected.note)
                )
                terms = pixel_terms(text, redactions, ruling.deny_lists)
                yield self._passed(self._pixels(written, terms, loaded.policy.ocr_languages))
            removed = removed_from_output(
                text, written, request.output_format, marks, output_findings
            )
            self.outcome = self._publish(
                target, written, state, loaded, marks, removed, ruling
            )
        finally:
            partial.unlink(missing_ok=True)

    def _page_checks(self, marks: ReleaseInputs, loaded: LoadedPolicy) -> Iterator[Check]:
        """Page and picture findings are decided (named first: they say where), every
        other finding too, and black-outs can be painted."""
        request = self.request
        places = list(marks.pending_places)
        yield self._passed(gate.no_pending_page_findings(request.document_id, places))
        yield self._passed(fingerprint_pass_done(request.document_id, marks, loaded))
        if request.output_format == "pdf" and request.keep_text_layer:
            yield self._passed(gate.black_outs_need_rebuild(len(marks.blackouts)))

    def _pixels(self, written: bytes, terms: list[Term], languages: list[str]) -> Check:
        """The released PDF rendered by PDFium and read by OCR, in the release child."""
        try:
            reading = pixel_check_in_child(
                written, [term.text for term in terms], languages, self.pages
            )
        except PdfNotMade:
            return gate.nothing_legible(0, 0, [], "the reading child failed")
        sightings = [(terms[index].label, page) for index, page in reading.sightings]
        return gate.nothing_legible(reading.pages, reading.words, sightings, reading.refused)

    def _published_policy(self, policy: dict[str, Any]) -> dict[str, Any]:
        """The policy as the manifest names it: its id and version, and instead of its
        SHA-256 a commitment keyed with the vault's hiding secret. The hash covers the
        deny lists, so anyone holding a list of suspects could rebuild the policy with
        each and match it; the commitment can be opened only from the vault (the release's
        audit entry holds the hash itself)."""
        digest = policy.pop("sha256", None)
        if isinstance(digest, str):
            keyed = self.session.keyed_id(f"manifest policy {digest}".encode())
            policy["commitment"] = keyed.hex()
        return policy

    def _passed(self, check: Check) -> Check:
        if not check.passed:
            self.session.record(
                "document.release-refused", self.request.document_id, {"check": check.name}
            )
            raise ReleaseRefused(check)
        return check

    def _text(self) -> str:
        document_id = self.request.document_id
        document = self.session.document(document_id)
        text = self.session.read_text(document_id)
        if document.state != "received" or not document.reviewable or text is None:
            raise WorkstationError(refusal(document, "released"))
        if self.request.output_format == "csv" and document.kind not in SPREADSHEET_KINDS:
            raise WorkstationError(
                f"document {document_id} is no spreadsheet: csv is for spreadsheets "
                "(XLSX, ODS, CSV); release it as txt, md or pdf"
            )
        return text

    def _policy(self, proposals: list[StoredProposal]) -> LoadedPolicy:
        """The policy the document was scanned with, unchanged since, allowing the format."""
        request = self.request
        name = request.policy
        if name is None and all(p.reason.get("recognizer") == "editor" for p in proposals):
            record = pass_record(self.session, request.document_id)  # a scan that found nothing
            name = str(record["policy"]["id"]) if record else None
        loaded = scan_policy(self.vault_path, request.document_id, proposals, name)
        try:
            installed.checked(loaded.policy.ocr_languages)
        except PixelsError as missing:
            raise WorkstationError(f"policy {loaded.policy.id}: {missing}") from None
        if request.output_format not in loaded.policy.release.formats:
            raise WorkstationError(
                f"policy {loaded.policy.id} does not allow release as {request.output_format}"
            )
        return loaded

    def _produce(
        self, text: str, redactions: list[Redaction], loaded: LoadedPolicy, marks: ReleaseInputs
    ) -> bytes:
        """The output bytes. Text (and PDFs typeset from it) is normalised as the policy's
        fingerprint rules say. A PDF is rebuilt from its rendered pages with the spans
        painted black (a PDF original's own pages, or the typeset text's); with
        `keep_text_layer` a PDF original is redacted in place instead. A picture original
        is rebuilt from its frames, as intake read them."""
        request = self.request
        rendering = loaded.policy.rendering
        rules = loaded.policy.fingerprints
        try:
            document = self.session.document(request.document_id)
            kind = document.kind
            self.pages = page_count(document.meta, text)
            if request.output_format != "pdf":
                redacted = redact_text(text, redactions, rendering, rules, marks.also)
                return text_output(redacted, request.output_format, kind).encode("utf-8")
            is_pdf, is_picture = kind == "pdf", kind == "image"
            # Spans in OCR words are found again by the same engine in the languages
            # intake read the pages in (older documents: the policy's).
            read_in = document.meta.get("ocr_languages") or loaded.policy.ocr_languages
            clean_dots = marks.removed.get("tracking_dots", 0) > 0
            if request.rebuilt:
                if is_pdf or is_picture:
                    source = b"".join(self.session.read_original(request.document_id))
                    spans = page_spans(text, redactions, Replacements(rendering))
                else:
                    redacted = redact_text(text, redactions, rendering, rules, marks.also)
                    source, spans = typeset_in_child(redacted), []
                return rebuild_in_child(
                    source,
                    spans,
                    text_layer=request.searchable,
                    clean_tracking_dots=clean_dots,
                    languages=[str(language) for language in read_in],
                    picture=is_picture,
                    fill_labels=rendering.style != "block",
                    blackouts=black_outs(marks) if is_pdf or is_picture else (),
                    pages=self.pages,
                )
            if is_pdf:
                original = b"".join(self.session.read_original(request.document_id))
                spans = page_spans(text, redactions, Replacements(rendering))
                strip_hidden = marks.removed.get("hidden_content", 0) > 0
                return redact_in_child(
                    original,
                    spans,
                    request.rasterize,
                    rendering.style != "block",
                    strip_hidden,
                    clean_dots,
                    self.pages,
                )
            return typeset_in_child(redact_text(text, redactions, rendering, rules, marks.also))
        except SpanNotFound:
            raise
        except PdfNotMade:
            raise WorkstationError(
                f"the PDF for {request.document_id} could not be made (the original may be "
                "damaged); release it as txt or md instead"
            ) from None

    def _publish(
        self,
        target: Path,
        written: bytes,
        state: Any,
        loaded: LoadedPolicy,
        marks: ReleaseInputs,
        removed: dict[str, int],
        ruling: Governance,
    ) -> Released:
        """Sign and write the manifest, put the checked output in place, audit, shred if
        asked."""
        request = self.request
        digest = sha256_hex(written)
        manifest = self._manifest(target.name, written, state, loaded, marks, ruling)
        manifest_path = _manifest_path(target)
        data = manifest_bytes(manifest)
        _write_new(manifest_path, data)
        _place(written, target, digest)
        details: dict[str, str | int | bool | None] = {
            "format": request.output_format,
            "output_sha256": digest,
            "size": len(written),
            "manifest_sha256": sha256_hex(data),
            "approvals": len(state.valid),
            "policy": loaded.policy.id,
            "policy_sha256": loaded.sha256,
            "approvals_required": ruling.approvals,
            "rasterized": request.rasterize or request.rebuilt,
            **{f"removed_{kind}": count for kind, count in removed.items()},
        }
        try:
            self.session.record("document.release", request.document_id, details)
        except BaseException:  # not in the audit chain: not released
            target.unlink(missing_ok=True)
            manifest_path.unlink(missing_ok=True)
            raise
        if request.shred_original:
            self.session.shred(request.document_id)
        return Released(
            target, manifest_path, len(written), digest, state.approvers, request.shred_original
        )

    def _manifest(
        self,
        name: str,
        written: bytes,
        state: Any,
        loaded: LoadedPolicy,
        marks: ReleaseInputs,
        ruling: Governance,
    ) -> dict[str, Any]:
        _, public = self.session.signing_keys()
        manifest: dict[str, Any] = {
            "format": MANIFEST_FORMAT,
            "vault_id": self.session.vault_id.hex(),
            "document_id": self.request.document_id,
            "output": {
                "name": name,
                "format": self.request.output_format,
                "size": len(written),
                "sha256": sha256_hex(written),
                "rasterized": self.request.rasterize or self.request.rebuilt,
            },
            "policy": self._published_policy(
                {"id": loaded.policy.id, "version": loaded.policy.version, "sha256": loaded.sha256}
            ),
            "decisions_sha256": state.decisions_sha256,
            "fingerprints": {"policy": self._published_policy(_pass_policy(marks))},
            "approvals_required": ruling.approvals,
            "approvals": [approval.to_json() for approval in state.valid],
            "released_by": {
                "editor": self.session.editor_name,
                "signing_public": public.hex(),
                "fingerprint": fingerprint(public),
            },
            "released_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "original_shredded": self.request.shred_original,
        }
        signature, _ = self.session.sign(signed_part(manifest))
        return manifest | {"signature": signature.hex()}


def release(
    session: Session, vault_path: Path, editors: list[EditorRecord], request: ReleaseRequest
) -> Released:
    """Run every check and return the release (the command line's way)."""
    run = ReleaseRun(session, vault_path, editors, request)
    for _ in run.checks():
        pass
    assert run.outcome is not None
    return run.outcome


def text_output(redacted: str, output_format: str, kind: str) -> str:
    """The redacted text as the format asks: as it is (txt), Markdown (a spreadsheet's
    sheets as tables), or a spreadsheet's cells as CSV."""
    if output_format == "csv":
        return as_csv(redacted)
    if output_format == "md":
        return as_markdown_tables(redacted) if kind in SPREADSHEET_KINDS else as_markdown(redacted)
    return redacted


def page_count(meta: Mapping[str, Any], text: str) -> int:
    """Pages as intake counted them (a PDF's), else as many as the text fills when
    typeset: the release child's time grows with them (`sandbox.release_limits`)."""
    details = meta.get("details")
    counted = details.get("pages") if isinstance(details, dict) else None
    if isinstance(counted, int) and not isinstance(counted, bool) and counted > 0:
        return counted
    return len(text) // CHARACTERS_PER_PAGE + 1


def black_outs(marks: ReleaseInputs) -> list[PageBox]:
    """The boxes editors chose to black out, for the rebuild (pages counted from 0)."""
    return [PageBox(page - 1, *box) for page, box in marks.blackouts if page >= 1 and len(box) == 4]


def page_spans(text: str, redactions: list[Redaction], names: Replacements) -> list[PageSpan]:
    """Each redaction in page-relative offsets (pages are separated by form feeds); a span
    across a page break becomes one piece per page."""
    starts = [0]
    for index, char in enumerate(text):
        if char == PAGE_BREAK:
            starts.append(index + 1)
    spans: list[PageSpan] = []
    for redaction in redactions:
        label = names.for_span(redaction.entity, text[redaction.start : redaction.end])
        for page, page_start in enumerate(starts):
            page_end = starts[page + 1] - 1 if page + 1 < len(starts) else len(text)
            start, end = max(redaction.start, page_start), min(redaction.end, page_end)
            if start < end:
                spans.append(
                    PageSpan(
                        page,
                        start - page_start,
                        end - page_start,
                        text[start:end],
                        label,
                        redaction.id,
                    )
                )
    return spans


@dataclass(frozen=True)
class Readiness:
    """What would stop a release before any output is made, for a screen to show first."""

    pending_proposals: int
    pending_findings: int
    first_pending_finding: str
    pass_ran: bool

    def blockers(self) -> list[str]:
        """One sentence per reason the release would be refused now (ids, never text)."""
        lines = []
        if self.pending_proposals:
            lines.append(f"{self.pending_proposals} proposal(s) still to decide")
        if self.pending_findings:
            lines.append(
                f"{self.pending_findings} fingerprint finding(s) still to decide "
                f"(first {self.first_pending_finding})"
            )
        if not self.pass_ran:
            lines.append("the fingerprint pass has not run: scan the document first")
        return lines


def readiness(session: Session, document_id: str) -> Readiness:
    marks = release_inputs(session, document_id)
    pending = session.item_counts(document_id, PROPOSAL_KIND).get("pending", 0)
    return Readiness(pending, marks.pending, marks.first_pending, marks.record is not None)


def fingerprint_pass_done(document_id: str, marks: ReleaseInputs, loaded: LoadedPolicy) -> Check:
    """The pass ran under the release's policy and no finding waits for an editor.

    Release refuses rather than running the pass itself: a run could raise new findings
    for review, and editors approve what they have seen ('workstation scan' runs it)."""
    name = "the fingerprint pass ran and nothing is pending"
    record = marks.record
    if record is None:
        detail = f"the pass never ran on {document_id}; run 'workstation scan {document_id}'"
        return Check(name, False, detail)
    ran = record.get("policy", {})
    if ran.get("sha256") != loaded.sha256:
        detail = (
            f"the pass ran under policy {ran.get('id', '?')}, not {loaded.policy.id} as it is "
            f"now; run 'workstation fingerprints {document_id} --policy {loaded.policy.id}'"
        )
        return Check(name, False, detail)
    if marks.pending:
        detail = (
            f"{marks.pending} fingerprint finding(s) pending, first {marks.first_pending}; "
            f"decide with 'workstation fingerprints {document_id} --accept/--reject ID'"
        )
        return Check(name, False, detail)
    accepted = sum(marks.removed.values())
    return Check(name, True, f"policy {loaded.policy.id}; {accepted} occurrence(s) accepted")


def hidden_terms(kept_text: str, marks: ReleaseInputs) -> list[Term]:
    """The content of every accepted hidden-content finding, for the gate to search the
    output for, except what the document also shows on its pages (`kept_text`)."""
    visible = gate.normalise(kept_text)
    terms = []
    for finding_id, part in searched_parts(list(marks.hidden)):
        needle = gate.normalise(part).strip()
        if needle and not re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", visible):
            label = (
                f"hidden content of finding {finding_id} (redact it by hand with "
                "'workstation redact', or reject the finding to keep it)"
            )
            terms.append(Term(label, part))
    return terms


def normalise_all(value: str) -> str:
    return normalise_marks(value, also=MECHANICAL_KINDS)


def _label(redaction: Redaction) -> str:
    """How a refusal names a redaction: by proposal id, or a copy marking by place."""
    if redaction.entity == COPY_MARKING:
        return f"accepted {redaction.id}"
    return f"accepted span {redaction.id}"


def as_decided(proposal: StoredProposal) -> Decided:
    """A proposal as the name-forms check reads it: a person's name or a deny-list term
    has forms (surname, initials) that one decision must reach."""
    name = proposal.entity == "PERSON" or proposal.reason.get("recognizer") == DENY_RECOGNIZER
    return Decided(
        proposal.id, proposal.start, proposal.end, proposal.entity, proposal.state, name
    )


def copy_marking_redactions(marks: ReleaseInputs) -> list[Redaction]:
    """Copy markings an editor or the policy accepted are redacted like names."""
    return [
        Redaction(f"copy marking {start}-{end}", start, end, COPY_MARKING)
        for start, end in marks.redact_spans
    ]


def _pass_policy(marks: ReleaseInputs) -> dict[str, Any]:
    """For the manifest: that the fingerprint pass ran, and under which policy. No
    counts: "13 invisible characters removed" would tell the sender which canary copy
    leaked; the counts are in the audit entry, inside the vault."""
    record = marks.record or {}
    policy = record.get("policy", {})
    return dict(policy) if isinstance(policy, dict) else {}


def removed_from_output(
    text: str,
    written: bytes,
    output_format: str,
    marks: ReleaseInputs,
    output_findings: list[FingerprintFinding],
) -> dict[str, int]:
    """Per text kind, occurrences the pass finds in the stored text less those it finds
    in the output as read back; and the hidden parts the gate searched for and did not
    find. Counted from the output, not from the decisions."""
    before: Counter[str] = Counter()
    for finding in find(text):
        before[finding.kind] += finding.count
    after: Counter[str] = Counter()
    found = gate.read_back(written, output_format)
    for where, read in [] if isinstance(found, Check) else found.texts:
        if where != STRING_IN_FILE:
            for finding in find(read):
                after[finding.kind] += finding.count
    removed = {kind: count - after[kind] for kind, count in before.items() if count > after[kind]}
    if marks.hidden:
        removed["hidden_content"] = len(searched_parts(list(marks.hidden)))
    for kind in ORIGINAL_KINDS:  # accepted in the original, not found in the output
        left = sum(f.count for f in output_findings if f.kind == kind)
        if marks.removed.get(kind, 0) > left and kind not in removed:
            removed[kind] = marks.removed[kind] - left
    return dict(sorted(removed.items()))


def _terms(text: str, redactions: list[Redaction], deny_lists: list[DenyList]) -> list[Term]:
    terms = []
    for redaction in redactions:
        if redaction.entity != REMOVED:
            value = text[redaction.start : redaction.end]
            terms.append(Term(_label(redaction), value))
            released = normalise_all(value)  # as the words around it are released
            if released != value:
                terms.append(Term(_label(redaction), released))
    for deny in deny_lists:
        for number, term in enumerate(deny.terms, start=1):
            terms += _term_and_variants(f"deny-list '{deny.name}' term {number}", term, deny)
    return terms


def _term_and_variants(label: str, term: str, deny: DenyList) -> list[Term]:
    """The term and every variant the deny list proposes: what detection proposes,
    the gate enforces (a surname or "A. Haddad" left readable is the name left, and so
    is "Haddadu": with variants, each is searched with a name's endings too). A PDF's
    names and streams are searched for these, not for accepted spans."""
    others = sorted(name_variants(term) - {term}) if deny.variants else []
    found = [Term(label, term, inflected=deny.variants, denied=True)]
    for number, variant in enumerate(others, start=1):
        found.append(Term(f"{label} variant {number}", variant, inflected=True, denied=True))
    return found


NAME_ENTITIES = frozenset({"PERSON", "DENY_LIST"})
"""Entities whose parts are searched on their own: a surname identifies as the name does."""


def pixel_terms(text: str, redactions: list[Redaction], deny_lists: list[DenyList]) -> list[Term]:
    """What must not be legible in the pixels: each accepted span (and each part of a
    name), each deny-list term (of every policy that governed the document), its variants
    and its parts, labelled without the text."""
    terms: list[Term] = []
    for redaction in redactions:
        value = text[redaction.start : redaction.end]
        terms += _with_parts(_label(redaction), value, redaction.entity in NAME_ENTITIES)
    for deny in deny_lists:
        for number, term in enumerate(deny.terms, start=1):
            label = f"deny-list '{deny.name}' term {number}"
            terms += _with_parts(label, term, True)
            terms += _term_and_variants(label, term, deny)[1:]
    return terms


def _with_parts(label: str, value: str, name: bool) -> list[Term]:
    parts = name_parts(value) if name else []
    return [Term(label, value)] + [
        Term(f"{label} part {number}", part) for number, part in enumerate(parts, start=1)
    ]


def _target(request: ReleaseRequest) -> Path:
    """Where the output goes: a directory that exists, a name that leaks nothing, no overwrite."""
    if request.output_format not in FORMATS:
        raise WorkstationError(f"unknown format {request.output_format}: use txt, md, pdf or csv")
    if request.rasterize and request.output_format != "pdf":
        raise WorkstationError("--rasterize applies to PDF releases only")
    if (request.searchable or request.keep_text_layer) and request.output_format != "pdf":
        raise WorkstationError("--searchable and --keep-text-layer apply to PDF releases only")
    if request.keep_text_layer and (request.rasterize or request.searchable):
        raise WorkstationError(
            "--keep-text-layer keeps the original's pages; it cannot be combined with "
            "--rasterize or --searchable, which rebuild them"
        )
    if not request.out_dir.is_dir():
        raise WorkstationError(f"no such folder: {request.out_dir}")
    stem = request.name or f"{request.document_id}-redacted"
    if "/" in stem or "\\" in stem or stem.startswith(".") or not stem.isprintable():
        raise WorkstationError("the output name must be a plain file name without folders")
    target = request.out_dir / f"{stem}.{request.output_format}"
    for path in (target, _manifest_path(target)):
        if path.exists() or path.is_symlink():
            raise WorkstationError(f"{path} already exists; nothing was overwritten")
    return target


def _manifest_path(target: Path) -> Path:
    return target.with_name(target.name + ".manifest.json")


def _staging(vault_path: Path) -> Path:
    """The owner-only folder beside the vault where an output waits for the gate."""
    folder = vault_path.parent / "staging"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _place(written: bytes, target: Path, digest: str) -> None:
    """Put the verified bytes in the publish folder (a short-lived hidden name, then an
    atomic rename), and refuse if what landed there is not what the gate read."""
    landing = target.with_name(f".{target.name}.partial")
    landing.unlink(missing_ok=True)  # left by an interrupted release of ours
    _write_new(landing, written)
    if sha256_hex(landing.read_bytes()) != digest:
        landing.unlink(missing_ok=True)
        raise WorkstationError(
            f"{target.name} changed on disk while it was written: nothing was released"
        )
    os.replace(landing, target)


def _write_new(path: Path, data: bytes) -> Path:
    """Create the file (never following or replacing one), owner-only, and write it whole."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return path


MAX_VERIFY_BYTES = 1024 * 1024 * 1024
MAX_SMALL_FILE = 16 * 1024 * 1024


def export_keys(vault: Vault) -> bytes:
    """Every editor's public signing key (removed ones too: their old signatures must verify)."""
    editors = vault.editors(include_removed=True)
    return keys_file(vault.vault_id.hex(), [(e.name, e.state, e.signing_public) for e in editors])


def verify_release(manifest_path: Path, keys_path: Path, released_path: Path | None) -> Verified:
    """Check a release with the exported keys alone; the released file defaults to the one
    the manifest names, beside it."""
    manifest = _read(manifest_path, MAX_SMALL_FILE)
    keys = read_keys(_read(keys_path, MAX_SMALL_FILE))
    if released_path is None:
        released_path = manifest_path.parent / _named_output(manifest)
    try:
        return verify(manifest, _read(released_path, MAX_VERIFY_BYTES), keys)
    except ManifestInvalid as problem:
        raise WorkstationError(f"release does not verify: {problem}") from None


def _named_output(manifest: bytes) -> str:
    try:
        name = str(json.loads(manifest)["output"]["name"])
    except (ValueError, KeyError, TypeError):
        raise WorkstationError(
            "release does not verify: the manifest is not a release manifest"
        ) from None
    if "/" in name or "\\" in name or name.startswith("."):
        raise WorkstationError("release does not verify: the manifest names an odd file")
    return name


def _read(path: Path, limit: int) -> bytes:
    try:
        opened = open_regular(path, limit)
    except IntakeRefused as problem:
        raise WorkstationError(str(problem).replace("; nothing stored", "")) from None
    try:
        return opened.read_all()
    finally:
        opened.close()
