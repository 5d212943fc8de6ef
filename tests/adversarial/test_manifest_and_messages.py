"""What is published beside a release, and what a refusal or the audit says.

The manifest travels with the released file to anyone; a refusal message and the audit
log are seen by people who may not be trusted with sources (a lawyer, a printer, a log
collector). None may carry a source's name, nor let a reader who holds a short list of
suspects confirm which one it is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hostile_reader import NAME, POLICY, decided, ok, release, run_workstation_here

SUSPECTS = ("Ana Ruiz", "Odile Brandt", NAME, "Tariq Qureshi")
NEUTRAL = b"The harbour budget was approved on Tuesday after a long debate.\n"


def released_manifest(cli: Any, tmp_path: Path, data: bytes, name: str) -> dict[str, Any]:
    document_id = decided(cli, tmp_path, data, name)
    out = tmp_path / "out"
    ok(release(cli, document_id, out, "md"))
    (manifest,) = out.glob("*.manifest.json")
    assert NAME not in manifest.read_text("utf-8")
    published: dict[str, Any] = json.loads(manifest.read_text("utf-8"))
    return published


def policy_hash_with(tmp_path: Path, suspect: str) -> str:
    """What the attacker computes with the public tool: the newsroom's policy (id and
    version are in the manifest; the file's shape is in the documentation) with one
    suspect on its deny list."""
    folder = tmp_path / "attacker" / suspect.replace(" ", "-")
    (folder / "policies").mkdir(parents=True)
    (folder / "policies" / "newsroom.yaml").write_text(POLICY.replace(NAME, suspect))
    listed = json.loads(
        ok(run_workstation_here("--vault", str(folder / "vault.db"), "policy", "list", "--json"))
        .stdout
    )
    return next(str(row["sha256"]) for row in listed if row["id"] == "newsroom")


def test_the_manifest_does_not_confirm_a_suspected_source(ready: Any, tmp_path: Path) -> None:
    text = f"The memo was written by {NAME} on Tuesday.\n".encode()
    manifest = released_manifest(ready, tmp_path, text, "memo.txt")

    published = json.dumps(manifest)
    hashes = {s: policy_hash_with(tmp_path, s) for s in SUSPECTS}
    confirmed = [s for s, digest in hashes.items() if digest in published]

    assert all(len(digest) == 64 for digest in hashes.values())  # the attack can run
    assert confirmed == []
    assert manifest["policy"]["id"] == "newsroom" and len(manifest["policy"]["commitment"]) == 64


def test_an_original_named_after_the_source_leaves_no_trace(ready: Any, tmp_path: Path) -> None:
    manifest = released_manifest(ready, tmp_path, NEUTRAL, f"Interview {NAME}.txt")

    for path in (tmp_path / "out").iterdir():
        assert "Vesk" not in path.read_text("utf-8") and "Vesk" not in path.name
    assert "Vesk" not in json.dumps(manifest)
    assert "Vesk" not in ok(ready.run("audit", "show")).stdout


def test_a_refusal_names_the_check_and_never_the_source(ready: Any, tmp_path: Path) -> None:
    # Letter-spaced, the name is proposed by nothing, and the gate reads it squashed.
    text = b"The memo was written by R a d o m i r   V e s k on Tuesday.\n"
    document_id = decided(ready, tmp_path, text, "memo.txt")

    refused = release(ready, document_id, tmp_path / "out", "txt")

    assert refused.returncode == 1 and "deny-list 'sources' term 1" in refused.stderr
    assert "Vesk" not in refused.stderr and "Radomir" not in refused.stderr
    assert "Vesk" not in ok(ready.run("audit", "show")).stdout
