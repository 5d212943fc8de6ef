"""Associated data that ties each ciphertext to the one place it belongs.

A blob encrypted for (vault, table, row, column, version) fails to open anywhere
else, so rows cannot be swapped, moved between documents or replayed from an
older version. The encoding is length-prefixed, so no two bindings collide.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from vault.errors import VectorFormatError

_PREFIX = b"workstation/binding/v1"
_U16 = struct.Struct(">H").pack
_U64 = struct.Struct(">Q").pack


@dataclass(frozen=True)
class Binding:
    """Where a ciphertext lives. ``version`` counts rewrites of the same cell (e.g. key id)."""

    vault_id: bytes
    table: str
    row: str
    column: str
    version: int = 1

    def encode(self) -> bytes:
        """The canonical byte form used as AES-GCM associated data or C2SP context.

        Written out field by field: a listing encodes two bindings per document."""
        table, row, column = self.table.encode(), self.row.encode(), self.column.encode()
        try:
            return b"".join(
                (
                    _PREFIX,
                    _U16(len(self.vault_id)),
                    self.vault_id,
                    _U16(len(table)),
                    table,
                    _U16(len(row)),
                    row,
                    _U16(len(column)),
                    column,
                    _U64(self.version),
                )
            )
        except struct.error:
            raise VectorFormatError("binding field too long or version out of range") from None


def table_encoder(vault_id: bytes, table: str) -> Callable[[str, str, int], bytes]:
    """``Binding(vault_id, table, row, column, version).encode()`` with the common prefix
    encoded once: listing 250,000 documents encodes two bindings for each."""
    encoded_table = table.encode()
    head = b"".join(
        (_PREFIX, _U16(len(vault_id)), vault_id, _U16(len(encoded_table)), encoded_table)
    )

    def encode(row: str, column: str, version: int) -> bytes:
        row_bytes, column_bytes = row.encode(), column.encode()
        try:
            return b"".join(
                (head, _U16(len(row_bytes)), row_bytes, _U16(len(column_bytes)), column_bytes,
                 _U64(version))
            )  # fmt: skip
        except struct.error:
            raise VectorFormatError("binding field too long or version out of range") from None

    return encode
