"""The release manifest and the editors' key file, and checking both without a vault.

A manifest names the released file (size, SHA-256), the policy, the decision set
(counts and the hash every approval signed), the approvals themselves (each a signed
statement by one editor) and the editor who released, who signs the whole manifest.
It is written in canonical JSON, so a changed byte anywhere is a changed manifest.
A third party verifies it with the key file from 'workstation editor export-keys'.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from vault import crypto
from workstation.release.canonical import canonical, fingerprint, sha256_hex

MANIFEST_FORMAT = "workstation-release-manifest/1"
APPROVAL_FORMAT = "workstation-approval/2"
"""Approvals whose decision set covers the fingerprint decisions too."""
LEGACY_APPROVAL_FORMAT = "workstation-approval/1"
"""Approvals of the proposals' decisions only: manifests released with them still verify."""
KEYS_FORMAT = "workstation-editor-keys/1"


class ManifestInvalid(Exception):
    """A manifest, key file or released file that does not verify; the message says which."""


@dataclass(frozen=True)
class Verified:
    """What a good manifest proved."""

    document_id: str
    output_name: str
    approvers: list[str]
    released_by: str


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return canonical(manifest) + b"\n"


def signed_part(document: dict[str, Any]) -> bytes:
    """What a signature covers: everything but the signature itself."""
    return canonical({key: value for key, value in document.items() if key != "signature"})


def keys_file(vault_id: str, editors: list[tuple[str, str, bytes]]) -> bytes:
    """(name, state, public key) of every editor, as a file a third party keeps."""
    listed = [
        {"name": name, "state": state, "signing_public": key.hex(), "fingerprint": fingerprint(key)}
        for name, state, key in editors
    ]
    return (
        json.dumps(
            {"format": KEYS_FORMAT, "vault_id": vault_id, "editors": listed},
            indent=2,
            sort_keys=True,
        ).encode()
        + b"\n"
    )


def read_keys(data: bytes) -> dict[str, str]:
    """Public key (hex) → editor name, from an exported key file."""
    try:
        parsed = json.loads(data)
        if parsed["format"] != KEYS_FORMAT:
            raise ValueError
        keys = {str(e["signing_public"]): str(e["name"]) for e in parsed["editors"]}
        for key in keys:
            if len(bytes.fromhex(key)) != 32:
                raise ValueError
    except (ValueError, KeyError, TypeError):
        raise ManifestInvalid(
            "the key file is not a workstation key file ('workstation editor export-keys')"
        ) from None
    return keys


def verify(manifest_data: bytes, released: bytes, keys: dict[str, str]) -> Verified:
    """Check the released file against the manifest and every signature in it."""
    manifest = _parse(manifest_data)
    output = manifest["output"]
    if len(released) != output["size"] or sha256_hex(released) != output["sha256"]:
        raise ManifestInvalid("the released file does not match the manifest (size or SHA-256)")
    releaser = manifest["released_by"]
    _check_signature(
        releaser["signing_public"],
        manifest["signature"],
        signed_part(manifest),
        keys,
        "the manifest's signature",
    )
    approvers = [_check_approval(approval, manifest, keys) for approval in manifest["approvals"]]
    if len(set(approvers)) < manifest["approvals_required"]:
        raise ManifestInvalid(
            f"the manifest holds {len(set(approvers))} approvals by different editors; "
            f"the policy required {manifest['approvals_required']}"
        )
    return Verified(
        manifest["document_id"], output["name"], approvers, keys[releaser["signing_public"]]
    )


def _parse(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data)
        if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
            raise ValueError
        canonical_form = manifest_bytes(manifest) == data
        _ = (manifest["output"]["sha256"], manifest["output"]["size"], manifest["signature"])
        _ = (manifest["released_by"]["signing_public"], list(manifest["approvals"]))
        _ = int(manifest["approvals_required"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise ManifestInvalid("the manifest is not a workstation release manifest") from None
    if not canonical_form:
        raise ManifestInvalid("the manifest was changed: it is not in its canonical form")
    return manifest


def _check_approval(approval: Any, manifest: dict[str, Any], keys: dict[str, str]) -> str:
    try:
        statement = {key: value for key, value in approval.items() if key not in ("signature",)}
        public, signature = str(statement["signing_public"]), str(approval["signature"])
        matches = (
            statement["format"] in (APPROVAL_FORMAT, LEGACY_APPROVAL_FORMAT)
            and statement["document_id"] == manifest["document_id"]
            and statement["decisions_sha256"] == manifest["decisions_sha256"]
            and statement["vault_id"] == manifest["vault_id"]
        )
    except (KeyError, TypeError, AttributeError):
        raise ManifestInvalid("an approval in the manifest is malformed") from None
    if not matches:
        raise ManifestInvalid(
            "an approval in the manifest is for other decisions or another document"
        )
    _check_signature(public, signature, canonical(statement), keys, "an approval's signature")
    return keys[public]


def _check_signature(
    public: str, signature: str, message: bytes, keys: dict[str, str], what: str
) -> None:
    if public not in keys:
        raise ManifestInvalid(f"{what} is by a key that is not in the key file")
    try:
        valid = crypto.verify_signature(bytes.fromhex(public), bytes.fromhex(signature), message)
    except ValueError:
        valid = False
    if not valid:
        raise ManifestInvalid(f"{what} does not verify: the manifest was changed")
