"""Generate the frozen known-answer vectors for the formats this project defines.

    uv run python tests/data/kat/generate.py            # refuses to overwrite existing files
    uv run python tests/data/kat/generate.py --force    # regenerate (only for a deliberate
                                                        # format change: bump the version!)

Writes envelope.json, chunked.json and binding.json beside this script (or into --out).
Everything is deterministic: keys, nonces, salts and plaintexts derive from fixed labels,
so running it twice gives identical files. Once committed the JSON is the reference and
tests/crypto/test_known_answers.py checks the current code against it byte for byte; the
JSON must not be regenerated to make a failing test pass.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault import chunked, envelope
from vault.binding import Binding
from vault.errors import VaultError

HERE = Path(__file__).resolve().parent
C = chunked.CHUNK_BYTES
SEALED = chunked.SEALED_CHUNK_BYTES
HEADER = chunked.HEADER_BYTES


def fixed(label: str, size: int) -> bytes:
    """Deterministic bytes standing in for random keys, nonces, salts and messages."""
    return hashlib.shake_256(b"workstation kat: " + label.encode()).digest(size)


KEY = fixed("key A", 32)
OTHER_KEY = fixed("key B", 32)
VAULT_ID = fixed("vault id", 16)

BINDING = Binding(VAULT_ID, "documents", "doc-0001", "title", 1)
KEY_SLOT = Binding(VAULT_ID, "key_slots", "editor:alice", "wrapped_master_key", 7)
UNICODE = Binding(VAULT_ID, "dokumente", "doc-ü-漢字-🗝", "métadonnées", 2**64 - 1)
EMPTY = Binding(b"", "", "", "", 0)
LONG_ROW = Binding(VAULT_ID, "documents", "r" * 300, "body", 1)


def binding_fields(binding: Binding) -> dict[str, Any]:
    return {
        "vault_id": binding.vault_id.hex(),
        "table": binding.table,
        "row": binding.row,
        "column": binding.column,
        "version": binding.version,
    }


def flip(data: bytes, byte: int, mask: int = 0x01) -> bytes:
    out = bytearray(data)
    out[byte] ^= mask
    return bytes(out)


def vector(
    vector_id: str,
    comment: str,
    *,
    key: bytes,
    binding: Binding,
    iv_name: str,
    iv: bytes,
    plaintext: bytes,
    ciphertext: bytes,
    result: str,
) -> dict[str, Any]:
    return {
        "id": vector_id,
        "comment": comment,
        "key": key.hex(),
        "binding": binding_fields(binding),
        iv_name: iv.hex(),
        "plaintext": plaintext.hex(),
        "ciphertext": ciphertext.hex(),
        "result": result,
    }


def numbered(prefix: str) -> Callable[[], str]:
    counter = iter(range(1, 1000))
    return lambda: f"{prefix}-{next(counter):02d}"


def envelope_vectors() -> list[dict[str, Any]]:
    next_id = numbered("envelope")
    out: list[dict[str, Any]] = []

    def valid(comment: str, key: bytes, binding: Binding, nonce: bytes, plaintext: bytes) -> bytes:
        sealed = envelope.seal_with_nonce(key, plaintext, binding, nonce)
        out.append(
            vector(
                next_id(),
                comment,
                key=key,
                binding=binding,
                iv_name="nonce",
                iv=nonce,
                plaintext=plaintext,
                ciphertext=sealed,
                result="valid",
            )
        )
        return sealed

    valid("empty plaintext", KEY, BINDING, bytes(12), b"")
    base_nonce = fixed("envelope nonce", 12)
    base_plain = b"Source meets at the usual place."
    base = valid("short text value", KEY, BINDING, base_nonce, base_plain)
    valid("one AES block", KEY, BINDING, fixed("nonce 16", 12), fixed("plain 16", 16))
    valid("one AES block plus one byte", KEY, BINDING, fixed("nonce 17", 12), fixed("p 17", 17))
    valid("32-byte wrapped key in a key slot", KEY, KEY_SLOT, fixed("slot", 12), fixed("mk", 32))
    valid("non-ASCII binding, maximal version, all-ones nonce", KEY, UNICODE, b"\xff" * 12, b"x")
    valid("empty binding fields, version 0", OTHER_KEY, EMPTY, fixed("nonce e", 12), b"value")
    valid("4 KiB value", KEY, LONG_ROW, fixed("nonce 4k", 12), fixed("plain 4k", 4096))

    def invalid(comment: str, sealed: bytes, *, key: bytes = KEY, binding: Binding = BINDING):
        out.append(
            vector(
                next_id(),
                comment,
                key=key,
                binding=binding,
                iv_name="nonce",
                iv=base_nonce,
                plaintext=base_plain,
                ciphertext=sealed,
                result="invalid",
            )
        )

    shown = "the short text value"
    invalid(f"{shown} with the last tag bit flipped", flip(base, len(base) - 1))
    invalid(f"{shown} with the first tag bit flipped", flip(base, len(base) - 16, 0x80))
    invalid(f"{shown} with a ciphertext bit flipped", flip(base, 13))
    invalid(f"{shown} with a nonce bit flipped", flip(base, 1))
    for field, value in (("row", "doc-0002"), ("version", 2), ("vault_id", fixed("v2", 16))):
        other = dataclasses.replace(BINDING, **{field: value})
        invalid(f"{shown} opened under a binding with another {field}", base, binding=other)
    invalid(f"{shown} opened with another key", base, key=OTHER_KEY)
    invalid(f"{shown} truncated by one byte", base[:-1])
    invalid(f"{shown} truncated to version and nonce", base[:13])
    invalid(f"{shown} truncated to one byte less than the overhead", base[: envelope.OVERHEAD - 1])
    invalid("empty ciphertext", b"")
    invalid(f"{shown} with one byte appended", base + b"\x00")
    invalid(f"{shown} with unknown version byte 0x02", b"\x02" + base[1:])
    invalid(f"{shown} with unknown version byte 0x00", b"\x00" + base[1:])
    return out


def chunked_vectors() -> list[dict[str, Any]]:
    next_id = numbered("chunked")
    out: list[dict[str, Any]] = []

    def add(
        comment: str,
        key: bytes,
        binding: Binding,
        salt: bytes,
        plain: bytes,
        ct: bytes,
        result: str,
    ) -> None:
        entry = vector(
            next_id(),
            comment,
            key=key,
            binding=binding,
            iv_name="salt",
            iv=salt,
            plaintext=plain,
            ciphertext=ct,
            result=result,
        )
        entry["context"] = binding.encode().hex()
        out.append(entry)

    def valid(comment: str, binding: Binding, salt: bytes, plaintext: bytes) -> bytes:
        ct = chunked.encrypt(KEY, binding.encode(), plaintext, salt=salt)
        add(comment, KEY, binding, salt, plaintext, ct, "valid")
        return ct

    valid("empty message: header and one empty final chunk", BINDING, bytes(24), b"")
    small_salt, small_plain = fixed("chunked salt", 24), b"Source meets at the usual place."
    small = valid("short message, single final chunk", BINDING, small_salt, small_plain)
    valid("non-ASCII binding, maximal version", UNICODE, fixed("salt u", 24), b"x")
    valid(
        "exactly one full chunk, then an empty final chunk",
        KEY_SLOT,
        fixed("s C", 24),
        fixed("plain C", C),
    )
    two_salt, two_plain = fixed("salt C+1", 24), fixed("plain C+1", C + 1)
    two = valid("one full chunk, then a 1-byte final chunk", BINDING, two_salt, two_plain)

    shown = "the short message"
    bad = [
        (f"{shown} with the last tag bit flipped", flip(small, len(small) - 1), {}),
        (f"{shown} with a chunk body bit flipped", flip(small, HEADER), {}),
        (f"{shown} with a salt bit flipped", flip(small, 0), {}),
        (f"{shown} with a commitment bit flipped", flip(small, chunked.SALT_BYTES), {}),
        (
            f"{shown} opened under another column",
            small,
            {"binding": dataclasses.replace(BINDING, column="body")},
        ),
        (
            f"{shown} opened under another version",
            small,
            {"binding": dataclasses.replace(BINDING, version=2)},
        ),
        (f"{shown} opened with another key", small, {"key": OTHER_KEY}),
        (f"{shown} truncated by one byte", small[:-1], {}),
        (f"{shown} truncated inside the header", small[:40], {}),
        (f"{shown} truncated to the header", small[:HEADER], {}),
        (f"{shown} with one byte appended", small + b"\x00", {}),
        (f"{shown} with its final chunk repeated", small + small[HEADER:], {}),
    ]
    for comment, ct, changes in bad:
        add(
            comment,
            changes.get("key", KEY),
            changes.get("binding", BINDING),
            small_salt,
            small_plain,
            ct,
            "invalid",
        )
    add(
        "two-chunk message with its final chunk dropped (ends on a full chunk)",
        KEY,
        BINDING,
        two_salt,
        two_plain,
        two[: HEADER + SEALED],
        "invalid",
    )
    swapped = two[:HEADER] + two[HEADER + SEALED :] + two[HEADER : HEADER + SEALED]
    add(
        "two-chunk message with its two chunks swapped",
        KEY,
        BINDING,
        two_salt,
        two_plain,
        swapped,
        "invalid",
    )
    return out


def binding_vectors() -> list[dict[str, Any]]:
    next_id = numbered("binding")
    out: list[dict[str, Any]] = []

    def valid(comment: str, binding: Binding) -> None:
        entry = {"id": next_id(), "comment": comment, **binding_fields(binding)}
        out.append({**entry, "encoded": binding.encode().hex(), "result": "valid"})

    valid("typical document cell", BINDING)
    valid("key slot", KEY_SLOT)
    valid("all fields empty, version 0", EMPTY)
    valid("non-ASCII text (UTF-8), maximal version", UNICODE)
    valid("300-byte row: length prefix above 255", LONG_ROW)
    valid("collision pair 1/2: table 'ab', row 'c'", Binding(b"", "ab", "c", "d"))
    valid("collision pair 2/2: table 'a', row 'bc'", Binding(b"", "a", "bc", "d"))
    valid("NUL byte inside a field", Binding(b"\x00", "a\x00b", "", "c"))

    for comment, version in (("negative version", -1), ("version above 2^64 - 1", 2**64)):
        entry = {"id": next_id(), "comment": comment, **binding_fields(BINDING)}
        out.append({**entry, "version": version, "encoded": "", "result": "invalid"})
    return out


def document(title: str, layout: str, vectors: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "title": title,
        "layout": layout,
        "generator": "tests/data/kat/generate.py",
        "notes": "Frozen known answers: never regenerate to make a test pass.",
        "numberOfVectors": len(vectors),
        "vectors": vectors,
    }


def build() -> dict[str, dict[str, Any]]:
    return {
        "envelope.json": document(
            "Envelope v1 (vault/envelope.py)",
            "0x01 || nonce (12) || AES-256-GCM ciphertext || tag (16); associated data is "
            "Binding.encode() of the binding fields. 'nonce' is the nonce passed to "
            "seal_with_nonce; for invalid vectors 'plaintext' is what was originally sealed.",
            envelope_vectors(),
        ),
        "chunked.json": document(
            "C2SP chunked encryption, AES-256-GCM (vault/chunked.py)",
            "salt (24) || commitment (32) || chunks; 'context' is Binding.encode() of the "
            "binding fields, 'salt' the injected salt. This format has no version byte. For "
            "invalid vectors 'plaintext' is what was originally encrypted.",
            chunked_vectors(),
        ),
        "binding.json": document(
            "Binding encoding (vault/binding.py)",
            "'workstation/binding/v1' || for vault_id, table, row, column (UTF-8): "
            "u16be length || bytes || u64be version. Invalid vectors must be refused.",
            binding_vectors(),
        ),
    }


def write_vector_files(
    build_documents: Callable[[], dict[str, dict[str, Any]]],
    description: str,
    argv: list[str] | None = None,
) -> int:
    """The command line shared by both generators: refuse to overwrite unless --force."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: here)")
    args = parser.parse_args(argv)
    try:
        documents = build_documents()
    except VaultError as error:
        print(f"cannot build the vectors: {error}", file=sys.stderr)
        return 2
    existing = [name for name in documents if (args.out / name).exists()]
    if existing and not args.force:
        print(f"refusing to overwrite {existing} in {args.out} (use --force)", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name, content in documents.items():
        text = json.dumps(content, indent=2, ensure_ascii=False) + "\n"
        (args.out / name).write_text(text, encoding="utf-8")
        print(f"wrote {args.out / name} ({content['numberOfVectors']} vectors)")
    return 0


def main(argv: list[str] | None = None) -> int:
    return write_vector_files(build, (__doc__ or "").splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
