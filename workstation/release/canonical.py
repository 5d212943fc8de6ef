"""The one canonical JSON form that is hashed and signed (approvals, decision sets, manifests).

Sorted keys, no insignificant whitespace, ASCII only: the same value always gives the
same bytes, in any language a third party verifies with.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(public_key: bytes) -> str:
    """The short key id people compare by eye (the same as 'editor list' shows)."""
    return sha256_hex(public_key)[:16]


def decision_set_sha256(document_id: str, text: str, spans: list[list[str | int]]) -> str:
    """What a ``workstation-approval/1`` signed: the document's text and each ``[id, start,
    end, entity, state]``, in document order. Kept to recognise those older approvals,
    which did not cover the fingerprint decisions (see :func:`full_decision_set_sha256`)."""
    decided = {
        "document_id": document_id,
        "text_sha256": sha256_hex(text.encode()),
        "spans": spans,
    }
    return sha256_hex(canonical(decided))


def full_decision_set_sha256(
    document_id: str,
    text: str,
    spans: list[list[str | int]],
    findings: list[list[str | int]],
    fingerprint_pass: dict[str, Any] | None,
) -> str:
    """What a ``workstation-approval/2`` signs: the proposals' decisions as above, every
    fingerprint finding's ``[id, kind, action, state]`` and the fingerprint pass's record
    (policy and counts; null if it never ran). Deciding a finding, or running the pass
    again, changes this hash as a changed proposal does."""
    decided = {
        "version": 2,
        "document_id": document_id,
        "text_sha256": sha256_hex(text.encode()),
        "spans": spans,
        "fingerprints": findings,
        "fingerprint_pass": fingerprint_pass,
    }
    return sha256_hex(canonical(decided))
