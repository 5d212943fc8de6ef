"""Associated data that ties each ciphertext to the one place it belongs.

A blob encrypted for (vault, table, row, column, version) fails to open anywhere
else, so rows cannot be swapped, moved between documents or replayed from an
older version. The encoding is length-prefixed, so no two bindings collide.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from vault.errors import VectorFormatError

_PREFIX = b"workstation/binding/v1"


@dataclass(frozen=True)
class Binding:
    """Where a ciphertext lives. ``version`` counts rewrites of the same cell (e.g. key id)."""

    vault_id: bytes
    table: str
    row: str
    column: str
    version: int = 1

    def encode(self) -> bytes:
        """The canonical byte form used as AES-GCM associated data or C2SP context."""
        fields = [self.vault_id, *(part.encode() for part in (self.table, self.row, self.column))]
        try:
            encoded = b"".join(struct.pack(">H", len(field)) + field for field in fields)
            return _PREFIX + encoded + struct.pack(">Q", self.version)
        except struct.error:
            raise VectorFormatError("binding field too long or version out of range") from None
