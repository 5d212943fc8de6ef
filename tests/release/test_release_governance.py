"""The two-person rule against one editor: a laxer re-scan cannot loosen a release.

Issue 15, point 3 (a): a document scanned under a strict policy, re-scanned under
``default`` and released with ``--policy default`` must still need the strict policy's
approvals and be checked against its deny list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cli_support import assert_one_line_error, stored_ids

GUARDED_POLICY = """\
id: guarded
version: "1"
extends: default
deny_lists:
  - name: sources
    terms: [Radomir Vesk]
release:
  approvals: 2
"""

MEMO = "Radomir Vesk met the union at the harbour gate on Monday.\n"


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def test_a_laxer_rescan_keeps_the_strictest_approvals_and_deny_lists(
    two_editors: Any, tmp_path: Path
) -> None:
    cli = two_editors
    (tmp_path / "vault" / "policies").mkdir()
    (tmp_path / "vault" / "policies" / "guarded.yaml").write_text(GUARDED_POLICY)
    memo = tmp_path / "memo.txt"
    memo.write_text(MEMO)
    (document_id,) = stored_ids(ok(cli.run("intake", str(memo))).stdout)
    ok(cli.run("scan", document_id, "--policy", "guarded"))
    ok(cli.run("scan", document_id, "--policy", "default"))
    ok(cli.run("decide", document_id, "--all-pending", "reject"))
    approved = ok(cli.run("approve", document_id))
    assert "1 of 2 required by guarded, default" in approved.stdout
    out = tmp_path / "out"
    out.mkdir()
    release = ("release", document_id, "--format", "txt", "--out", str(out))

    one = cli.run(*release, "--policy", "default")
    assert_one_line_error(one, "refused", "approvals match", "1 of 2")
    older = cli.run(*release, "--policy", "guarded")
    assert_one_line_error(older, "last scanned under policy default", "scan it again")

    ok(cli.run("approve", document_id, passphrase_file=cli.bob, editor="bob"))
    denied = cli.run(*release, "--policy", "default")
    line = assert_one_line_error(denied, "refused", "deny-list 'sources' term 1")
    assert "Vesk" not in line
    assert list(out.iterdir()) == []


def test_a_single_policy_still_releases_with_its_own_count(ready: Any, tmp_path: Path) -> None:
    """No loosening, no tightening either: one scan under default needs one approval."""
    cli = ready
    memo = tmp_path / "memo.txt"
    memo.write_text("Luka Ferenc met the union at the harbour gate on Monday.\n")
    (document_id,) = stored_ids(ok(cli.run("intake", str(memo))).stdout)
    ok(cli.run("scan", document_id, "--policy", "default"))
    ok(cli.run("decide", document_id, "--all-pending", "accept"))
    ok(cli.run("approve", document_id))
    out = tmp_path / "out"
    out.mkdir()
    ok(cli.run("release", document_id, "--format", "txt", "--out", str(out)))
