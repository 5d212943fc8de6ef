"""An incremental hash over every document item: LtHash16 (1024 lanes of 16 bits).

The store head must cover every item, but a document may hold 10,000 proposals and an
editor decides one per key press. Re-hashing every row for every decision cost about
0.15 s per hash at that size. A lattice hash is a sum: each row is expanded (SHAKE128)
to 1024 16-bit lanes and added lane-wise modulo 2^16, so changing one row subtracts its
old vector and adds its new one. Lewi, Kim, Maykov and Weis, "Securing Update
Propagation with Homomorphic Hashing" (2019) recommend these parameters (lthash16,
n = 1024) for more than 200 bits of collision resistance.

A Python int holds the lanes, each in a 32-bit slot, so one big-integer addition adds
all lanes and a mask drops the carries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from vault import crypto

LANES = 1024
_ROW_DOMAIN = b"workstation/items-row/v1\n"
_DIGEST_DOMAIN = b"workstation/items-lthash16/v1\n"
_MASK = int.from_bytes(b"\xff\xff\x00\x00" * LANES, "little")
_MODULUS = int.from_bytes(b"\x00\x00\x01\x00" * LANES, "little")  # 2^16 in every slot

Row = tuple[str, str, str, str, bytes]  # document_id, kind, id, state, sealed data


def row_bytes(row: Row) -> bytes:
    """The row as hashed: compact JSON of [document_id, kind, id, state, {"blob": hex}]."""
    document_id, kind, item_id, state, data = row
    fields = [document_id, kind, item_id, state, {"blob": data.hex()}]
    return json.dumps(fields, separators=(",", ":")).encode()


def _vector(row: Row) -> int:
    expanded = crypto.shake128(_ROW_DOMAIN + row_bytes(row), 2 * LANES)
    spread = bytearray(4 * LANES)
    spread[0::4] = expanded[0::2]
    spread[1::4] = expanded[1::2]
    return int.from_bytes(spread, "little")


@dataclass(frozen=True)
class ItemsSum:
    """The lane-wise sum of every row's vector; immutable, so a rolled-back change is free."""

    lanes: int = 0

    @classmethod
    def of(cls, rows: list[Row]) -> ItemsSum:
        total = cls()
        for row in rows:
            total = total.add(row)
        return total

    def add(self, row: Row) -> ItemsSum:
        return ItemsSum((self.lanes + _vector(row)) & _MASK)

    def remove(self, row: Row) -> ItemsSum:
        return ItemsSum((self.lanes + _MODULUS - _vector(row)) & _MASK)

    def hexdigest(self) -> str:
        """SHA-256 of the 2,048-byte state (lanes little-endian), as the head records it."""
        spread = self.lanes.to_bytes(4 * LANES, "little")
        packed = bytearray(2 * LANES)
        packed[0::2] = spread[0::4]
        packed[1::2] = spread[1::4]
        return crypto.sha256(_DIGEST_DOMAIN + bytes(packed)).hex()
