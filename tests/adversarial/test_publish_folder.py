"""Nothing unverified appears in the publish folder, even for a moment.

The publish folder is often synchronised (a newsroom share, a cloud folder): a client
uploads whatever appears in it within a second. A release that the gate refuses must
never have put its unverified output there, or a killed release would leave it behind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from hostile_reader import decided

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "release"))
from leak_samples import name_extracting_as_other_words


def test_a_refused_release_never_shows_a_file_in_the_publish_folder(
    ready: Any, tmp_path: Path
) -> None:
    # The name is drawn on the page but extracts as other words; the editor rejects its
    # proposal and keeps the place where the two readings part: only the pixel gate,
    # seconds after the output is made, refuses it.
    original = name_extracting_as_other_words()
    document_id = decided(ready, tmp_path, original, "memo.pdf", verdict="reject")
    listed = json.loads(ready.run("fingerprints", document_id, "--json").stdout)["findings"]
    kept = [f["id"] for f in listed if f["kind"] == "page_mismatch"]
    assert kept, "the two readings of the page part where the name is"
    keeping = [a for i in kept for a in ("--keep", i)]
    assert ready.run("fingerprints", document_id, *keeping).returncode == 0
    found = json.loads(ready.run("proposals", document_id, "--json").stdout)  # deny list too
    assert ready.run("decide", document_id, *(p["id"] for p in found), "reject").returncode == 0
    assert ready.run("approve", document_id).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    command = [
        sys.executable, "-m", "workstation", "--vault", str(ready.vault_path), "--editor",
        "alice", "--passphrase-file", str(ready.passphrase_file), "release", document_id,
        "--format", "pdf", "--out", str(out),
    ]

    seen: set[str] = set()
    with subprocess.Popen(command, env=dict(os.environ), stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE) as process:
        while process.poll() is None:
            seen.update(os.listdir(out))
            time.sleep(0.01)
        refused = process.stderr.read().decode() if process.stderr else ""

    assert process.returncode == 1 and "refused" in refused
    assert seen == set()
