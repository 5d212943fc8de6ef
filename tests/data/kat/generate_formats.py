"""Generate frozen known-answer vectors for the vault's record formats.

    uv run python tests/data/kat/generate_formats.py            # refuses to overwrite
    uv run python tests/data/kat/generate_formats.py --force    # only for a deliberate,
                                                                # versioned format change

Writes beside this script (or into --out):

- keyslot.json: an editor's key slot. ``kdf_params`` is the JSON stored in
  editors.kdf_params; the key-encryption key is Argon2id over the passphrase in NFC,
  as UTF-8;
  ``sealed_private`` is an envelope of signing seed (32) || X25519 private key (32)
  bound to (vault, "editors", editor id, "sealed_private", 1). ``master_wrap`` vectors
  are HPKE (RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM)
  with a fixed ephemeral key and info = the binding (vault, "editors", editor id,
  "master_wrap", key id); the ciphertext is enc (32) || sealed master key.
- audit_entry.json: one audit chain: canonical JSON form, entry hash, the message signed
  and the Ed25519 signature (deterministic), plus invalid entries that break the chain.
- store_head.json: the store head plaintext JSON, its HKDF-derived key and its envelope
  under a fixed nonce, with the database state (editors, documents, secrets, audit head)
  it describes. Format 2 heads cover the documents' plaintext columns and the vault
  secrets; the format 1 vectors (heads written before that) must still be accepted.

Everything is deterministic (fixed keys, nonces, salts, ephemeral keys, timestamps):
running it twice gives identical files. The vault has no hook for fixed nonces in
seal_slot or head.seal, so this script builds those bytes from the same parts
(kdf.derive_key, keyslots.private_binding, envelope.seal_with_nonce, the head's
documented key derivation); the HPKE wrap, whose library picks a random ephemeral key,
is computed here from RFC 9180 and checked against the vault's own unwrap before
anything is written. tests/vault/test_format_vectors.py checks the current code
against the JSON; never regenerate the JSON to make a failing test pass.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import struct
import sys
import unicodedata
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vault import audit, crypto, envelope, head, keyslots
from vault.binding import Binding
from vault.kdf import KdfParams, derive_key

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write_vector_files

HERE = Path(__file__).resolve().parent
RAW = serialization.Encoding.Raw


def fixed(label: str, size: int) -> bytes:
    """Deterministic bytes standing in for random keys, nonces and salts."""
    return hashlib.shake_256(b"workstation format kat: " + label.encode()).digest(size)


def flip(data: bytes, byte: int, mask: int = 0x01) -> bytes:
    out = bytearray(data)
    out[byte] ^= mask
    return bytes(out)


VAULT_ID = fixed("vault id", 16)
OTHER_VAULT_ID = fixed("other vault id", 16)


@dataclasses.dataclass(frozen=True)
class Editor:
    id: str
    signing_private: bytes
    exchange_private: bytes

    @property
    def signing_public(self) -> bytes:
        key = Ed25519PrivateKey.from_private_bytes(self.signing_private).public_key()
        return key.public_bytes(RAW, serialization.PublicFormat.Raw)

    @property
    def exchange_public(self) -> bytes:
        key = X25519PrivateKey.from_private_bytes(self.exchange_private).public_key()
        return key.public_bytes(RAW, serialization.PublicFormat.Raw)


ALICE = Editor("e0a11ce0a11ce", fixed("alice signing seed", 32), fixed("alice exchange", 32))
BOB = Editor("e0b0b0b0b0b0b", fixed("bob signing seed", 32), fixed("bob exchange", 32))
MALLORY = Editor("e0ma11041ma1", fixed("mallory signing seed", 32), fixed("mallory x", 32))


def document(title: str, layout: str, vectors: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "title": title,
        "layout": layout,
        "generator": "tests/data/kat/generate_formats.py",
        "notes": "Frozen known answers: never regenerate to make a test pass.",
        "numberOfVectors": len(vectors),
        "vectors": vectors,
    }


def numbered(prefix: str) -> Any:
    counter = iter(range(1, 1000))
    return lambda: f"{prefix}-{next(counter):02d}"


# --------------------------------------------------------------------------------------
# Key slots
# --------------------------------------------------------------------------------------


def _labeled_extract(suite: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    key = salt or bytes(32)
    return hmac.new(key, b"HPKE-v1" + suite + label + ikm, hashlib.sha256).digest()


def _labeled_expand(suite: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    labeled = struct.pack(">H", length) + b"HPKE-v1" + suite + label + info
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + labeled + bytes([counter]), hashlib.sha256).digest()
        out, counter = out + block, counter + 1
    return out[:length]


def hpke_seal_base(
    recipient_public: bytes, ephemeral_private: bytes, info: bytes, plaintext: bytes
) -> bytes:
    """RFC 9180 SealBase with DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM."""
    kem_suite = b"KEM" + struct.pack(">H", 0x0020)
    ephemeral = X25519PrivateKey.from_private_bytes(ephemeral_private)
    enc = ephemeral.public_key().public_bytes(RAW, serialization.PublicFormat.Raw)
    dh = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    eae_prk = _labeled_extract(kem_suite, b"", b"eae_prk", dh)
    shared = _labeled_expand(kem_suite, eae_prk, b"shared_secret", enc + recipient_public, 32)
    suite = b"HPKE" + struct.pack(">HHH", 0x0020, 0x0001, 0x0002)
    psk_id_hash = _labeled_extract(suite, b"", b"psk_id_hash", b"")
    info_hash = _labeled_extract(suite, b"", b"info_hash", info)
    context = b"\x00" + psk_id_hash + info_hash
    secret = _labeled_extract(suite, shared, b"secret", b"")
    key = _labeled_expand(suite, secret, b"key", context, 32)
    nonce = _labeled_expand(suite, secret, b"base_nonce", context, 12)
    return enc + AESGCM(key).encrypt(nonce, plaintext, b"")


def _slot_public(editor: Editor) -> dict[str, str]:
    return {
        "signing_public": editor.signing_public.hex(),
        "exchange_public": editor.exchange_public.hex(),
    }


def keyslot_vectors() -> list[dict[str, Any]]:
    next_id = numbered("keyslot")
    out: list[dict[str, Any]] = []

    def slot(
        comment: str,
        editor: Editor,
        passphrase: str,
        kdf: KdfParams,
        nonce: bytes,
        vault_id: bytes = VAULT_ID,
    ) -> dict[str, Any]:
        kek = derive_key(passphrase, kdf)
        plaintext = editor.signing_private + editor.exchange_private
        binding = keyslots.private_binding(vault_id, editor.id)
        sealed = envelope.seal_with_nonce(kek, plaintext, binding, nonce)
        vector = {
            "id": next_id(),
            "comment": comment,
            "kind": "slot",
            "vault_id": vault_id.hex(),
            "editor_id": editor.id,
            "passphrase": passphrase,
            "kdf_params": kdf.to_json(),
            "kek": kek.hex(),
            "binding": binding.encode().hex(),
            "nonce": nonce.hex(),
            "signing_private": editor.signing_private.hex(),
            "exchange_private": editor.exchange_private.hex(),
            **_slot_public(editor),
            "sealed_private": sealed.hex(),
            "result": "valid",
        }
        out.append(vector)
        return vector

    test_kdf = KdfParams(salt=fixed("alice salt", 16), memory_kib=1024, iterations=1, lanes=1)
    base = slot(
        "test-strength Argon2id",
        ALICE,
        "orbit lantern cobalt meadow thistle",
        test_kdf,
        fixed("alice slot nonce", 12),
    )
    bob_kdf = KdfParams(salt=fixed("bob salt", 32), memory_kib=8192, iterations=2, lanes=2)
    composed = unicodedata.normalize("NFC", "Zürich — 東京 — naïve café")
    for form, comment in (("NFC", "composed (NFC)"), ("NFD", "decomposed (NFD): same key")):
        slot(
            f"two lanes, two passes, 8 MiB; non-ASCII passphrase typed {comment}; Argon2id "
            "runs over the NFC form in UTF-8",
            BOB,
            unicodedata.normalize(form, composed),
            bob_kdf,
            fixed("bob slot nonce", 12),
        )
    slot(
        "shortest accepted salt (8 bytes), all-zero nonce",
        MALLORY,
        "x",
        KdfParams(salt=fixed("short salt", 8), memory_kib=64, iterations=3, lanes=8),
        bytes(12),
    )

    def bad_slot(comment: str, error: str, **changes: str) -> None:
        vector = {**base, "id": next_id(), "comment": comment, "result": "invalid", "error": error}
        for field in ("kek", "nonce", "binding", "signing_private", "exchange_private"):
            vector.pop(field)
        vector.update(changes)
        out.append(vector)

    sealed = bytes.fromhex(base["sealed_private"])
    shown = "the test-strength slot"
    bad_slot(f"{shown} with another passphrase", "WrongPassphrase", passphrase="orbit lantern")
    bad_slot(
        f"{shown} with the version byte flipped",
        "WrongPassphrase",
        sealed_private=flip(sealed, 0).hex(),
    )
    bad_slot(
        f"{shown} with a nonce bit flipped", "WrongPassphrase", sealed_private=flip(sealed, 5).hex()
    )
    bad_slot(
        f"{shown} with a ciphertext bit flipped",
        "WrongPassphrase",
        sealed_private=flip(sealed, 20, 0x80).hex(),
    )
    bad_slot(
        f"{shown} with the last tag bit flipped",
        "WrongPassphrase",
        sealed_private=flip(sealed, len(sealed) - 1, 0x80).hex(),
    )
    bad_slot(f"{shown} truncated by one byte", "WrongPassphrase", sealed_private=sealed[:-1].hex())
    bad_slot(f"{shown} opened as another editor", "WrongPassphrase", editor_id=BOB.id)
    bad_slot(f"{shown} opened in another vault", "WrongPassphrase", vault_id=OTHER_VAULT_ID.hex())
    other_salt = dataclasses.replace(test_kdf, salt=fixed("other salt", 16))
    bad_slot(f"{shown} with another salt", "WrongPassphrase", kdf_params=other_salt.to_json())
    bad_slot(
        f"{shown} with a stored signing key that is not the editor's",
        "VaultTampered",
        signing_public=BOB.signing_public.hex(),
    )
    for comment, params in (
        ("asks for 4 GiB of memory", dataclasses.replace(test_kdf, memory_kib=4 * 1024 * 1024)),
        ("asks for 11 passes", dataclasses.replace(test_kdf, iterations=11)),
        ("asks for 16 lanes", dataclasses.replace(test_kdf, lanes=16, memory_kib=1024)),
        ("has a 4-byte salt", dataclasses.replace(test_kdf, salt=fixed("tiny", 4))),
    ):
        bad_slot(
            f"{shown}, but its KDF {comment}", "UnsafeKdfParameters", kdf_params=params.to_json()
        )
    bad_slot(
        f"{shown} with an unknown KDF algorithm",
        "VaultCorrupt",
        kdf_params=test_kdf.to_json().replace("argon2id", "argon2i"),
    )

    def wrap(comment: str, editor: Editor, key_id: int, master: bytes, eph: bytes) -> bytes:
        info = keyslots.wrap_binding(VAULT_ID, editor.id, key_id).encode()
        wrapped = hpke_seal_base(editor.exchange_public, eph, info, master)
        if crypto.hpke_unwrap(editor.exchange_private, wrapped, info) != master:
            raise SystemExit("HPKE construction does not match the vault's unwrap")
        out.append(
            {
                "id": next_id(),
                "comment": comment,
                "kind": "master_wrap",
                "vault_id": VAULT_ID.hex(),
                "editor_id": editor.id,
                "key_id": key_id,
                "info": info.hex(),
                "ephemeral_private": eph.hex(),
                "exchange_private": editor.exchange_private.hex(),
                **_slot_public(editor),
                "signing_private": editor.signing_private.hex(),
                "master_key": master.hex(),
                "master_wrap": wrapped.hex(),
                "result": "valid",
            }
        )
        return wrapped

    master = fixed("master key 1", 32)
    wrapped = wrap("alice's copy of master key 1", ALICE, 1, master, fixed("eph 1", 32))
    wrap("bob's copy of master key 7", BOB, 7, fixed("master key 7", 32), fixed("eph 7", 32))
    base_wrap = out[-2]

    def bad_wrap(comment: str, **changes: Any) -> None:
        vector = {
            **base_wrap,
            "id": next_id(),
            "comment": comment,
            "result": "invalid",
            "error": "VaultTampered",
        }
        for field in ("info", "ephemeral_private"):
            vector.pop(field)
        vector.update(changes)
        out.append(vector)

    shown = "alice's wrap"
    bad_wrap(f"{shown} with a bit of enc flipped", master_wrap=flip(wrapped, 3).hex())
    bad_wrap(
        f"{shown} with the top bit of enc flipped (ignored by X25519 itself)",
        master_wrap=flip(wrapped, 31, 0x80).hex(),
    )
    bad_wrap(f"{shown} with a ciphertext bit flipped", master_wrap=flip(wrapped, 40).hex())
    bad_wrap(f"{shown} with a tag bit flipped", master_wrap=flip(wrapped, len(wrapped) - 1).hex())
    bad_wrap(f"{shown} truncated by one byte", master_wrap=wrapped[:-1].hex())
    bad_wrap(f"{shown} replayed under key id 2 (after a rotation)", key_id=2)
    bad_wrap(f"{shown} moved to bob's row", editor_id=BOB.id)
    bad_wrap(
        f"{shown} opened with bob's exchange key",
        exchange_private=BOB.exchange_private.hex(),
        **_slot_public(BOB),
        signing_private=BOB.signing_private.hex(),
    )
    return out


# --------------------------------------------------------------------------------------
# Audit entries
# --------------------------------------------------------------------------------------


def audit_vectors() -> list[dict[str, Any]]:
    next_id = numbered("audit")
    out: list[dict[str, Any]] = []

    def entry(
        comment: str,
        seq: int,
        at: str,
        editor: Editor,
        action: str,
        object_id: str | None,
        details: dict[str, Any],
        prev: bytes,
        *,
        result: str = "valid",
        vault_id: bytes = VAULT_ID,
        signer: Editor | None = None,
        hashed: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """``hashed`` overrides fields only in what is hashed (for invalid entries)."""
        fields = {
            "vault_id": vault_id,
            "seq": seq,
            "at": at,
            "editor_id": editor.id,
            "action": action,
            "object_id": object_id,
            "details": details,
            "prev_hash": prev,
        }
        form = audit.canonical(**(fields | (hashed or {})))
        hash_ = audit.entry_hash(form)
        message = audit.signed_message(vault_id, hash_)
        signature = crypto.sign((signer or editor).signing_private, message)
        vector = {
            "id": next_id(),
            "comment": comment,
            "vault_id": VAULT_ID.hex(),
            "seq": seq,
            "at": at,
            "editor_id": editor.id,
            "action": action,
            "object_id": object_id,
            "details": details,
            "details_column": json.dumps(details, sort_keys=True),
            "prev_hash": prev.hex(),
            "canonical": form.decode("ascii"),
            "entry_hash": hash_.hex(),
            "signed_message": message.hex(),
            "signature": signature.hex(),
            "signing_private": (signer or editor).signing_private.hex(),
            "signing_public": editor.signing_public.hex(),
            "result": result,
        }
        out.append(vector)
        return vector

    chain: list[dict[str, Any]] = []
    prev = audit.GENESIS_HASH
    for comment, editor, action, object_id, details in (
        (
            "first entry: links to the all-zero genesis hash",
            ALICE,
            "vault.init",
            ALICE.id,
            {"editor": ALICE.id},
        ),
        ("no object, empty details", ALICE, "vault.rotate-key", None, {}),
        (
            "every detail type: str, int, bool, null",
            BOB,
            "document.intake",
            "d23456789abcd",
            {"kind": "pdf", "size": 1048577, "reviewable": True, "sealed": False, "note": None},
        ),
        (
            "non-ASCII detail (escaped as \\uXXXX in the canonical form)",
            BOB,
            "document.view",
            "d23456789abcd",
            {"reason": "Zürich — 東京 🗝", "stream": "text"},
        ),
        (
            "negative and large integers, key order",
            ALICE,
            "document.shred",
            "d23456789abcd",
            {"z": -1, "a": 2**53 + 1, "M": "upper before lower"},
        ),
    ):
        seq = len(chain) + 1
        at = f"2026-03-0{seq}T09:1{seq}:0{seq}+00:00"
        vector = entry(comment, seq, at, editor, action, object_id, details, prev)
        chain.append(vector)
        prev = bytes.fromhex(vector["entry_hash"])

    def invalid(comment: str, replaces: int, broken_seq: int, **kwargs: Any) -> None:
        good = chain[replaces - 1]
        fields = {
            "seq": good["seq"],
            "at": good["at"],
            "action": good["action"],
            "object_id": good["object_id"],
            "details": good["details"],
            "prev": bytes.fromhex(good["prev_hash"]),
        }
        editor = next(e for e in (ALICE, BOB, MALLORY) if e.id == good["editor_id"])
        editor = kwargs.pop("editor", editor)
        fields.update(kwargs.pop("fields", {}))
        vector = entry(
            comment,
            fields.pop("seq"),
            fields.pop("at"),
            editor,
            fields.pop("action"),
            fields.pop("object_id"),
            fields.pop("details"),
            fields.pop("prev"),
            result="invalid",
            **kwargs,
        )
        vector["broken_seq"] = broken_seq

    invalid(
        "entry 3 with its details edited after signing (hash and signature are of the original)",
        3,
        3,
        hashed={"details": chain[2]["details"]},
        fields={"details": {**chain[2]["details"], "size": 1}},
    )
    invalid(
        "entry 2 with its time edited after signing",
        2,
        2,
        hashed={"at": chain[1]["at"]},
        fields={"at": "2026-03-02T09:12:03+00:00"},
    )
    invalid(
        "bob's entry 4 with its action edited and re-hashed, signed by alice instead",
        4,
        4,
        signer=ALICE,
        fields={"action": "document.release"},
    )
    invalid("entry 5 consistent but signed by mallory, who is not an editor", 5, 5, editor=MALLORY)
    invalid(
        "entry 3 linking to entry 1 instead of entry 2",
        3,
        3,
        fields={"prev": bytes.fromhex(chain[0]["entry_hash"])},
    )
    invalid("entry 2 hashed for another vault", 2, 2, vault_id=OTHER_VAULT_ID)
    invalid("entry 4 with the wrong sequence number in its hashed form", 4, 4, hashed={"seq": 40})
    return out


# --------------------------------------------------------------------------------------
# Store head
# --------------------------------------------------------------------------------------

HEAD_KEY_INFO = b"workstation/store-head-key/v1"


def _editor_row(editor: Editor, name: str, state: str, kdf: KdfParams) -> list[Any]:
    active = state == "active"
    return [
        editor.id,
        name,
        state,
        "2026-03-01T09:00:00+00:00",
        editor.signing_public.hex(),
        editor.exchange_public.hex(),
        kdf.to_json(),
        fixed(f"{name} sealed", 93).hex() if active else None,
        fixed(f"{name} wrap", 80).hex() if active else None,
    ]


def _slots_hash(rows: list[list[Any]]) -> str:
    """head.slots_hash over rows already in their JSON form (blobs as hex), sorted by id."""
    ordered = sorted(rows, key=lambda row: row[0])
    return hashlib.sha256(json.dumps(ordered, separators=(",", ":")).encode()).hexdigest()


def _documents_hash(rows: list[list[Any]]) -> str:
    """head.documents_hash over document rows in intake order, as state_rows holds them:
    [id, received_at, size, state, wrapped_key hex or null, meta hex or null, shredded_at]."""
    hashed = [
        [doc_id, state, size, received_at, shredded_at, wrapped is None, meta is None]
        for doc_id, received_at, size, state, wrapped, meta, shredded_at in rows
    ]
    return hashlib.sha256(json.dumps(hashed, separators=(",", ":")).encode()).hexdigest()


def _secrets_hash(rows: list[list[Any]]) -> str:
    """head.secrets_hash over [name, sealed hex] rows: sorted by name, blobs as {"blob": hex}."""
    hashed = [[name, {"blob": sealed}] for name, sealed in sorted(rows)]
    return hashlib.sha256(json.dumps(hashed, separators=(",", ":")).encode()).hexdigest()


def _items_hash(rows: list[list[Any]]) -> str:
    """head.items_hash over [document_id, kind, id, state, sealed hex] rows, sorted."""
    hashed = [[d, k, i, st, {"blob": data}] for d, k, i, st, data in sorted(rows)]
    return hashlib.sha256(json.dumps(hashed, separators=(",", ":")).encode()).hexdigest()


def _document_row(doc_id: str, day: int, size: int, shredded: bool) -> list[Any]:
    return [
        doc_id,
        f"2026-03-{day:02d}T09:00:00+00:00",
        size,
        "shredded" if shredded else "received",
        None if shredded else fixed(f"{doc_id} wrapped key", 61).hex(),
        None if shredded else fixed(f"{doc_id} meta", 150).hex(),
        f"2026-03-{day + 1:02d}T10:30:00+00:00" if shredded else None,
    ]


def store_head_vectors() -> list[dict[str, Any]]:
    next_id = numbered("head")
    out: list[dict[str, Any]] = []
    kdf = KdfParams(salt=fixed("head kdf salt", 16), memory_kib=1024, iterations=1, lanes=1)
    typical_editors = [
        _editor_row(BOB, "bob", "active", kdf),
        _editor_row(ALICE, "Alice Müller", "active", kdf),
        _editor_row(MALLORY, "mallory", "removed", kdf),
    ]
    typical_documents = [
        _document_row("d2345678abc", 2, 1234, shredded=False),
        _document_row("dshredded23", 3, 99, shredded=True),
        _document_row("dzyxwvutsrq", 4, 0, shredded=False),
    ]
    typical_secrets = [
        ["intake-age-identity", fixed("intake identity sealed", 103).hex()],
        ["intake-age-identity-previous", fixed("previous identity sealed", 103).hex()],
    ]
    states: dict[str, dict[str, Any]] = {
        # Heads of format 1 (before documents_hash and secrets_hash): still accepted.
        "empty": {"editors": [], "documents": 0, "audit_seq": 0, "audit_hash": bytes(32).hex()},
        "typical": {
            "editors": typical_editors,
            "documents": 3,
            "audit_seq": 12,
            "audit_hash": fixed("audit head 12", 32).hex(),
        },
        # Format 2: document rows and secrets in full.
        "empty v2": {
            "editors": [],
            "documents": [],
            "secrets": [],
            "audit_seq": 0,
            "audit_hash": bytes(32).hex(),
        },
        "typical v2": {
            "editors": typical_editors,
            "documents": typical_documents,
            "secrets": typical_secrets,
            "audit_seq": 12,
            "audit_hash": fixed("audit head 12", 32).hex(),
        },
    }

    def head_fields(state: str, key_id: int) -> dict[str, Any]:
        facts = states[state]
        fields = {
            "format": "workstation-vault/1",
            "vault_id": VAULT_ID.hex(),
            "key_id": key_id,
            "slots_hash": _slots_hash(facts["editors"]),
            "audit_seq": facts["audit_seq"],
            "audit_hash": facts["audit_hash"],
            "documents": facts["documents"],
        }
        if isinstance(facts["documents"], list):
            fields |= {
                "format": head.SORTED_ITEMS_FORMAT,
                "documents": len(facts["documents"]),
                "documents_hash": _documents_hash(facts["documents"]),
                "secrets_hash": _secrets_hash(facts["secrets"]),
                "items_hash": _items_hash(facts.get("items", [])),
            }
        return fields

    def sealed_head(
        comment: str,
        state: str,
        key_id: int,
        master: bytes,
        nonce: bytes,
        result: str = "valid",
        drop: tuple[str, ...] = (),
        **override: Any,
    ) -> dict[str, Any]:
        fields = head_fields(state, key_id) | override
        for name in drop:
            del fields[name]
        plaintext = json.dumps(fields, sort_keys=True)
        head_key = crypto.hkdf_sha256(master, None, HEAD_KEY_INFO, 32)
        binding = Binding(VAULT_ID, "meta", "head", "sealed", key_id)
        sealed = envelope.seal_with_nonce(head_key, plaintext.encode(), binding, nonce)
        vector = {
            "id": next_id(),
            "comment": comment,
            "state": state,
            "vault_id": VAULT_ID.hex(),
            "key_id": key_id,
            "master_key": master.hex(),
            "head_key_info": HEAD_KEY_INFO.decode(),
            "head_key": head_key.hex(),
            "binding": binding.encode().hex(),
            "nonce": nonce.hex(),
            "plaintext": plaintext,
            "sealed": sealed.hex(),
            "result": result,
        }
        out.append(vector)
        return vector

    master = fixed("head master key", 32)
    sealed_head(
        "format 1 (legacy): new vault: no editors, documents or audit entries",
        "empty",
        1,
        master,
        fixed("head nonce 1", 12),
    )
    typical = sealed_head(
        "format 1 (legacy): two active editors, one removed; 3 documents; 12 audit entries",
        "typical",
        7,
        master,
        fixed("head nonce 7", 12),
    )

    def invalid(comment: str, differs: str | None, base: dict[str, Any], **kwargs: Any) -> None:
        """A head the check must refuse; checked with the vault's own master key."""
        if "sealed" in kwargs:
            vector = {**base, "id": next_id(), "comment": comment, "result": "invalid"}
            vector.update(kwargs)
            out.append(vector)
        else:
            other_master = kwargs.pop("master", master)
            vector = sealed_head(
                comment,
                base["state"],
                7,
                other_master,
                fixed("head nonce 7", 12),
                result="invalid",
                **kwargs,
            )
            if other_master != master:
                vector.pop("head_key")
                vector["master_key"] = master.hex()
        vector["differs"] = differs

    blob = bytes.fromhex(typical["sealed"])
    invalid(
        "typical head with a ciphertext bit flipped", None, typical, sealed=flip(blob, 30).hex()
    )
    invalid(
        "typical head with the last tag bit flipped",
        None,
        typical,
        sealed=flip(blob, len(blob) - 1, 0x80).hex(),
    )
    invalid(
        "typical head checked under key id 8 (replayed after a rotation)",
        None,
        typical,
        key_id=8,
        sealed=typical["sealed"],
    )
    invalid("head sealed under another master key", None, typical, master=fixed("other master", 32))
    invalid("sealed head says 2 documents, the database holds 3", "documents", typical, documents=2)
    invalid(
        "sealed head says 13 audit entries, the database holds 12",
        "audit_seq",
        typical,
        audit_seq=13,
    )
    invalid(
        "sealed head names another last audit entry",
        "audit_hash",
        typical,
        audit_hash=fixed("other audit head", 32).hex(),
    )
    invalid(
        "sealed head was made before mallory's row was added",
        "slots_hash",
        typical,
        slots_hash=_slots_hash(typical_editors[:2]),
    )
    invalid(
        "a format-1 head claiming format 2 (without its fields)",
        "format",
        typical,
        format="workstation-vault/2",
    )

    # Format 2 ---------------------------------------------------------------------------
    sealed_head(
        "new vault: no editors, documents, secrets or audit entries",
        "empty v2",
        1,
        master,
        fixed("head nonce 1", 12),
    )
    typical2 = sealed_head(
        "two active editors, one removed; 2 live documents and 1 shredded; 2 secrets;"
        " 12 audit entries",
        "typical v2",
        7,
        master,
        fixed("head nonce 7", 12),
    )
    invalid(
        "format 2 head with a ciphertext bit flipped",
        None,
        typical2,
        sealed=flip(bytes.fromhex(typical2["sealed"]), 40).hex(),
    )
    invalid(
        "sealed head says 2 documents, the database holds 3", "documents", typical2, documents=2
    )
    invalid(
        "sealed head was made before d2345678abc was marked shredded (state flipped by hand)",
        "documents_hash",
        typical2,
        documents_hash=_documents_hash(
            [
                [*typical_documents[0][:3], "shredded", *typical_documents[0][4:]],
                *typical_documents[1:],
            ]
        ),
    )
    invalid(
        "sealed head was made before dzyxwvutsrq's arrival time was backdated",
        "documents_hash",
        typical2,
        documents_hash=_documents_hash(
            [*typical_documents[:2], _document_row("dzyxwvutsrq", 5, 0, shredded=False)]
        ),
    )
    invalid(
        "sealed head was made before the first two documents swapped places",
        "documents_hash",
        typical2,
        documents_hash=_documents_hash(
            [typical_documents[1], typical_documents[0], typical_documents[2]]
        ),
    )
    invalid(
        "sealed head knows a secret the database no longer holds",
        "secrets_hash",
        typical2,
        secrets_hash=_secrets_hash([*typical_secrets, ["other-secret", "00" * 45]]),
    )
    invalid(
        "sealed head knows other sealed bytes for the intake identity (replayed)",
        "secrets_hash",
        typical2,
        secrets_hash=_secrets_hash(
            [["intake-age-identity", fixed("older identity sealed", 103).hex()], typical_secrets[1]]
        ),
    )
    invalid(
        "format 2 head without its documents_hash",
        "format",
        typical2,
        drop=("documents_hash",),
    )
    invalid("sealed head of an unknown format", "format", typical2, format="workstation-vault/3")
    return [{**vector, "state_rows": states[vector["state"]]} for vector in out]


def build() -> dict[str, dict[str, Any]]:
    return {
        "keyslot.json": document(
            "Editor key slot (vault/keyslots.py, vault/kdf.py)",
            "kind 'slot': kek = Argon2id(NFC passphrase as UTF-8, kdf_params); sealed_private = "
            "envelope v1 under kek of signing seed (32) || X25519 private (32), binding "
            "(vault_id, 'editors', editor_id, 'sealed_private', 1). kind 'master_wrap': "
            "RFC 9180 base mode DHKEM(X25519, HKDF-SHA256)/HKDF-SHA256/AES-256-GCM, "
            "enc (32) || ciphertext, info = binding (vault_id, 'editors', editor_id, "
            "'master_wrap', key_id), ephemeral key fixed. Invalid vectors name the VaultError "
            "subclass that must be raised.",
            keyslot_vectors(),
        ),
        "audit_entry.json": document(
            "Audit chain entry (vault/audit.py)",
            "canonical = JSON with sorted keys, no spaces, ASCII escapes of "
            "{v: 1, vault, seq, at, editor, action, object, details, prev}; entry_hash = "
            "SHA-256('workstation/audit-entry/v1\\n' || canonical); signed_message = "
            "'workstation/audit-signature/v1\\n' || vault_id || entry_hash; signature = "
            "Ed25519 (deterministic). The valid vectors form one chain; each invalid vector "
            "replaces the valid entry of the same seq and breaks the chain at broken_seq.",
            audit_vectors(),
        ),
        "store_head.json": document(
            "Sealed store head (vault/head.py)",
            "plaintext = JSON (sorted keys, default separators) of {format, vault_id, key_id, "
            "slots_hash, audit_seq, audit_hash, documents, documents_hash, secrets_hash, "
            "items_hash} (items_hash: SHA-256 of the compact JSON of [document_id, kind, id, "
            'state, {"blob": hex}] rows sorted; here no items, so the hash of []) '
            "(format 'workstation-vault/2'; format 1 heads lack the last two fields and are "
            "still accepted); head_key = HKDF-SHA256(master key, no salt, info); sealed = "
            "envelope v1 under head_key, binding (vault_id, 'meta', 'head', 'sealed', key_id). "
            "state_rows is the database the head describes: editor rows (columns in schema "
            "order, blobs hex, NULL as null; slots_hash = SHA-256 of their compact JSON sorted "
            "by id), the documents (format 1: how many rows; format 2: rows in intake order "
            "[id, received_at, size, state, wrapped_key, meta, shredded_at]; documents_hash = "
            "SHA-256 of the compact JSON of [id, state, size, received_at, shredded_at, "
            "wrapped_key is NULL, meta is NULL] per row), the secrets ([name, sealed]; "
            'secrets_hash = SHA-256 of the compact JSON of [name, {"blob": hex}] sorted by '
            "name) and the last audit entry. Invalid vectors must not pass the head check; "
            "'differs' names the field that disagrees (null: does not open).",
            store_head_vectors(),
        ),
    }


def main(argv: list[str] | None = None) -> int:
    return write_vector_files(build, (__doc__ or "").splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
