"""`workstation list` follows a document through review, approval and release."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cli_support import listing, stored_ids

CABLE = """1. (C) Poloff met Radomir Vesk (STRICTLY PROTECT) at his office in Corvenna.
Vesk said the Interior Ministry pays militia leaders.
"""


def state_of(cli: Any, document_id: str) -> str:
    return str(next(row for row in listing(cli) if row["id"] == document_id)["state"])


def succeeded(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def test_list_says_reviewed_approved_and_released(ready: Any, tmp_path: Path) -> None:
    cable = tmp_path / "cable.txt"
    cable.write_text(CABLE)
    (document_id,) = stored_ids(ready.run("intake", str(cable)).stdout)
    succeeded(ready.run("scan", document_id, "--policy", "default"))  # one approval
    assert state_of(ready, document_id) == "in review"
    succeeded(ready.run("decide", document_id, "--all-pending", "accept"))
    assert state_of(ready, document_id) == "reviewed"  # decided, not yet approved

    succeeded(ready.run("approve", document_id))
    assert state_of(ready, document_id) == "approved"
    start = CABLE.index("Interior Ministry")  # a decision more (not on the accepted name)
    succeeded(ready.run("redact", document_id, str(start), str(start + len("Interior"))))
    assert state_of(ready, document_id) == "reviewed"  # the change voided the approval

    succeeded(ready.run("approve", document_id))
    out = tmp_path / "out"
    out.mkdir()
    succeeded(ready.run("release", document_id, "--format", "txt", "--out", str(out)))
    assert state_of(ready, document_id) == "released"
