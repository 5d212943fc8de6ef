"""Nothing unverified appears in the publish folder, even for a moment.

The publish folder is often synchronised (a newsroom share, a cloud folder): a client
uploads whatever appears in it within a second. A release that the gate refuses must
never have put its unverified output there, or a killed release would leave it behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hostile_reader import decided

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "release"))
from leak_samples import name_extracting_as_other_words


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="release writes '.NAME.partial' into --out before the gate reads it back (the "
    "pixel check takes seconds): a sync client or a killed release publishes unverified bytes",
)
def test_a_refused_release_never_shows_a_file_in_the_publish_folder(
    ready: Any, tmp_path: Path
) -> None:
    # The name is drawn on the page but extracts as other words: only the pixel gate,
    # seconds after the output is made, refuses it.
    original = name_extracting_as_other_words()
    document_id = decided(ready, tmp_path, original, "memo.pdf", verdict="reject")
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
