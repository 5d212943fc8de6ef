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
    """What an approval signs: the document's text and each ``[id, start, end, entity,
    state]``, in document order. Any decision changed afterwards changes this hash."""
    decided = {
        "document_id": document_id,
        "text_sha256": sha256_hex(text.encode()),
        "spans": spans,
    }
    return sha256_hex(canonical(decided))
