"""The release manifest: a frozen known answer, and every kind of tampering refused."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from workstation.release.canonical import (
    canonical,
    decision_set_sha256,
    fingerprint,
    full_decision_set_sha256,
)
from workstation.release.manifest import (
    APPROVAL_FORMAT,
    LEGACY_APPROVAL_FORMAT,
    MANIFEST_FORMAT,
    ManifestInvalid,
    keys_file,
    manifest_bytes,
    read_keys,
    signed_part,
    verify,
)

RELEASED = b"%PDF-1.7 released bytes"
SEEDS = {"alice": bytes(range(32)), "bob": bytes(range(32, 64)), "mallory": bytes(32)}


def public(name: str) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(SEEDS[name]).public_key()
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(name: str, message: bytes) -> str:
    return Ed25519PrivateKey.from_private_bytes(SEEDS[name]).sign(message).hex()


def approval(
    name: str, decisions: str = "d" * 64, approval_format: str = APPROVAL_FORMAT
) -> dict[str, str]:
    statement = {
        "format": approval_format,
        "vault_id": "00" * 16,
        "document_id": "dabcdefghij",
        "decisions_sha256": decisions,
        "editor": name,
        "editor_id": f"e-{name}",
        "signing_public": public(name).hex(),
        "fingerprint": fingerprint(public(name)),
        "at": "2026-11-25T10:00:00+00:00",
    }
    return statement | {"signature": sign(name, canonical(statement))}


def manifest(approvals: list[dict[str, str]], required: int = 2, by: str = "alice") -> bytes:
    unsigned: dict[str, Any] = {
        "format": MANIFEST_FORMAT,
        "vault_id": "00" * 16,
        "document_id": "dabcdefghij",
        "output": {
            "name": "dabcdefghij-redacted.pdf",
            "format": "pdf",
            "size": len(RELEASED),
            "sha256": hashlib.sha256(RELEASED).hexdigest(),
            "rasterized": False,
        },
        "policy": {"id": "source-protection", "version": "1.1", "sha256": "e" * 64},
        "decisions_sha256": "d" * 64,
        "decisions": {"PERSON": {"accepted": 3, "rejected": 1}},
        "approvals_required": required,
        "approvals": approvals,
        "released_by": {
            "editor": by,
            "signing_public": public(by).hex(),
            "fingerprint": fingerprint(public(by)),
        },
        "released_at": "2026-11-25T11:00:00+00:00",
        "original_shredded": False,
    }
    return manifest_bytes(unsigned | {"signature": sign(by, signed_part(unsigned))})


KEYS = read_keys(
    keys_file("00" * 16, [("alice", "active", public("alice")), ("bob", "active", public("bob"))])
)
GOOD = manifest([approval("alice"), approval("bob")])
LEGACY = manifest(
    [approval(name, approval_format=LEGACY_APPROVAL_FORMAT) for name in ("alice", "bob")]
)
"""A manifest released before approvals covered fingerprint decisions."""


def test_a_good_manifest_verifies() -> None:
    verified = verify(GOOD, RELEASED, KEYS)

    assert verified.approvers == ["alice", "bob"] and verified.released_by == "alice"


def test_the_manifest_format_is_frozen() -> None:
    """Ed25519 signatures are deterministic, so the whole signed manifest is a known answer:
    any change to the canonical form or the signed parts shows here."""
    assert hashlib.sha256(GOOD).hexdigest() == (
        "2b3e6c57baaa5a66dde2bb9e5c2aaf9326198d2d23e2d575597d660cc18da604"
    )


def test_manifests_released_with_older_approvals_still_verify() -> None:
    """The frozen answer from before approvals covered fingerprints, unchanged."""
    assert hashlib.sha256(LEGACY).hexdigest() == (
        "264ef82ed83e93fe6c694c16efc0198b6f3ce5e2425324a0fc0608e005aad3f3"
    )
    assert verify(LEGACY, RELEASED, KEYS).approvers == ["alice", "bob"]


def test_an_approval_of_an_unknown_format_is_refused() -> None:
    odd = manifest([approval("alice"), approval("bob", approval_format="workstation-approval/9")])
    with pytest.raises(ManifestInvalid, match="other decisions or another document"):
        verify(odd, RELEASED, KEYS)


def refused(data: bytes, released: bytes = RELEASED) -> str:
    with pytest.raises(ManifestInvalid) as error:
        verify(data, released, KEYS)
    return str(error.value)


def test_a_changed_value_breaks_the_signature() -> None:
    changed = json.loads(GOOD)
    changed["approvals_required"] = 1
    assert "signature does not verify" in refused(manifest_bytes(changed))


def test_reformatted_json_is_refused() -> None:
    assert "canonical" in refused(json.dumps(json.loads(GOOD), indent=1).encode())


def test_every_byte_flip_of_the_manifest_is_refused() -> None:
    for index in range(0, len(GOOD), 7):
        flipped = GOOD[:index] + bytes([GOOD[index] ^ 1]) + GOOD[index + 1 :]
        refused(flipped)


def test_a_changed_released_file_is_refused() -> None:
    assert "SHA-256" in refused(GOOD, RELEASED[:-1] + b"!")


def test_too_few_approvals_are_refused() -> None:
    assert "1 approvals by different editors" in refused(manifest([approval("alice")]))


def test_the_same_editor_twice_counts_once() -> None:
    assert "required 2" in refused(manifest([approval("alice"), approval("alice")]))


def test_an_approval_by_a_key_not_in_the_key_file_is_refused() -> None:
    assert "not in the key file" in refused(manifest([approval("alice"), approval("mallory")]))


def test_an_approval_of_other_decisions_is_refused() -> None:
    other = approval("bob", decisions="f" * 64)
    assert "other decisions" in refused(manifest([approval("alice"), other]))


def test_a_key_file_that_is_not_one_is_refused() -> None:
    with pytest.raises(ManifestInvalid, match="not a workstation key file"):
        read_keys(b'{"format": "something else"}')


DECIDED: list[list[str | int]] = [
    ["p1a2b3c4d5", 0, 12, "PERSON", "accepted"],
    ["p5d4c3b2a1", 20, 28, "LOCATION", "rejected"],
]


def test_the_decision_set_hash_is_a_known_answer() -> None:
    digest = decision_set_sha256("dabcdefghij", "Radomir Vesk met ...", DECIDED)

    assert digest == "34e6c4a98b4564bda576ab601e0667e8a9fb8b81ca91aa33b7ad4678b7ce279e"


def test_any_changed_decision_changes_the_hash() -> None:
    base = decision_set_sha256("dabcdefghij", "Radomir Vesk met ...", DECIDED)
    flipped = [DECIDED[0], [*DECIDED[1][:4], "accepted"]]
    moved = [[*DECIDED[0][:2], 13, *DECIDED[0][3:]], DECIDED[1]]

    assert (
        len(
            {
                base,
                decision_set_sha256("dabcdefghij", "Radomir Vesk met ...", flipped),
                decision_set_sha256("dabcdefghij", "Radomir Vesk met ...", moved),
                decision_set_sha256("dabcdefghij", "Radomir Vesk met ..!", DECIDED),
                decision_set_sha256("dabcdefghik", "Radomir Vesk met ...", DECIDED),
            }
        )
        == 5
    )


FINDINGS: list[list[str | int]] = [
    ["f0a1b2c3d4e", "invisible", "normalise", "accepted"],
    ["f9e8d7c6b5a", "homoglyph", "review", "rejected"],
]
PASS = {"policy": {"id": "default", "version": "1", "sha256": "e" * 64}, "findings": 2}


def test_the_full_decision_set_hash_is_a_known_answer() -> None:
    digest = full_decision_set_sha256(
        "dabcdefghij", "Radomir Vesk met ...", DECIDED, FINDINGS, PASS
    )

    assert digest == "a38ef0495fd26438c9174f9dee48e727f1aa8707c2cce49eaa25998353290fa4"


def test_a_changed_fingerprint_decision_or_pass_changes_the_full_hash() -> None:
    def full(findings: list[list[str | int]], record: dict[str, object] | None) -> str:
        return full_decision_set_sha256("dabcdefghij", "Radomir Vesk met ...", DECIDED,
                                        findings, record)

    flipped = [FINDINGS[0], [*FINDINGS[1][:3], "accepted"]]
    assert len({
        full(FINDINGS, PASS),
        full(flipped, PASS),
        full(FINDINGS[:1], PASS),
        full(FINDINGS, PASS | {"findings": 3}),
        full(FINDINGS, None),
        decision_set_sha256("dabcdefghij", "Radomir Vesk met ...", DECIDED),
    }) == 6
