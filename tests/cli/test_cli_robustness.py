"""One damaged document must not hide the others; a rolled-back vault must not verify quietly."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from cli_support import assert_one_line_error, error_lines, listing, sql, stored_ids


def take_in(cli: Any, tmp_path: Path, *names: str) -> list[str]:
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_text(f"notes for {name}\n")
        paths.append(str(path))
    result = cli.run("intake", *paths)
    assert result.returncode == 0, result.stderr
    return stored_ids(result.stdout)


def test_list_keeps_intake_order_and_shows_a_damaged_document(ready: Any, tmp_path: Path) -> None:
    ids = take_in(ready, tmp_path, "c.txt", "a.txt", "b.txt")
    assert [row["id"] for row in listing(ready)] == ids
    sql(ready.vault_path, "UPDATE documents SET meta = X'00' WHERE id = ?", (ids[1],))

    result = ready.run("list", "--json")

    assert result.returncode == 0, result.stderr
    states = {row["id"]: row["state"] for row in listing(ready)}
    assert states == {ids[0]: "received", ids[1]: "damaged", ids[2]: "received"}
    assert any(ids[1] in line for line in error_lines(result.stderr))


def test_a_blob_rewritten_as_text_is_named_as_tampering(ready: Any, tmp_path: Path) -> None:
    (document_id,) = take_in(ready, tmp_path, "memo.txt")
    sql(ready.vault_path, "UPDATE documents SET wrapped_key = 'abc' WHERE id = ?", (document_id,))

    result = ready.run("show", document_id)

    assert_one_line_error(result, document_id, "edited")


def test_audit_verify_fails_on_a_vault_older_than_one_seen_here(
    ready: Any, tmp_path: Path
) -> None:
    take_in(ready, tmp_path, "first.txt")
    assert sql(ready.vault_path, "PRAGMA wal_checkpoint(TRUNCATE)")
    backup = tmp_path / "backup.db"
    shutil.copyfile(ready.vault_path, backup)
    take_in(ready, tmp_path, "second.txt")
    assert ready.run("audit", "verify").returncode == 0
    Path(str(ready.vault_path) + "-wal").unlink(missing_ok=True)
    shutil.copyfile(backup, ready.vault_path)

    result = ready.run("audit", "verify")

    assert result.returncode == 1
    assert "gone back in time" in result.stderr
    assert "Traceback" not in result.stderr
