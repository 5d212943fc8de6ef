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
