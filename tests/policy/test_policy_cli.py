"""The policy commands as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def test_list_show_and_check_shipped_policies(cli: Any) -> None:
    listed = cli.run("policy", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = {row["id"]: row for row in json.loads(listed.stdout)}
    assert rows["cables"]["extends"] == "source-protection" and rows["cables"]["ok"]
    assert len(rows["default"]["sha256"]) == 64

    shown = cli.run("policy", "show", "cables")
    assert shown.returncode == 0, shown.stderr
    assert f"sha256:{rows['cables']['sha256']}" in shown.stdout
    assert "cable-reference" in shown.stdout and "street-address" in shown.stdout


def test_check_prints_every_problem_and_fails(cli: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text('id: bad\nversion: "1"\nentities:\n  PERSON: {min_score: 2}\n  WIDGET: {}\n')
    good = tmp_path / "good.yaml"
    good.write_text('id: good\nversion: "1"\nextends: default\n')

    result = cli.run("policy", "check", str(bad), str(good))

    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"{bad}:4: entities.PERSON.min_score: Input should be less than or equal to 1",
        f"{bad}:5: entities.WIDGET: unknown entity 'WIDGET'",
    ]
    assert f"{good}: OK" in result.stdout


def test_user_policies_beside_the_vault_are_listed(cli: Any) -> None:
    folder = cli.vault_path.parent / "policies"
    folder.mkdir(parents=True)
    (folder / "newsroom.yaml").write_text(
        'id: newsroom\nversion: "3"\nextends: cables\n'
        "deny_lists:\n  - name: sources\n    terms: [Amira Haddad]\n"
    )
    rows = {row["id"]: row for row in json.loads(cli.run("policy", "list", "--json").stdout)}
    assert rows["newsroom"]["version"] == "3"
    missing = cli.run("policy", "show", "nosuch")
    assert missing.returncode == 1
    assert "no such policy" in missing.stderr and "Traceback" not in missing.stderr


def test_check_names_a_pattern_that_would_hang_on_a_separator_line(
    cli: Any, tmp_path: Path
) -> None:
    """A hyphen readable as a letter or as a joint: exponential on a row of dashes."""
    policy = tmp_path / "newsroom-files.yaml"
    policy.write_text(
        'id: newsroom-files\nversion: "1"\nextends: default\npatterns:\n'
        "  - name: attachment\n    entity: FILE_PATH\n    score: 0.6\n"
        "    regex: '[\\w-]+(?:[.-][\\w-]+)*\\.(?:pdf|docx)\\b'\n"
        "  - name: sound\n    entity: FILE_PATH\n    score: 0.6\n"
        "    regex: '[\\w-]+(?:\\.[\\w-]+)*\\.(?:pdf|docx)\\b'\n"
    )

    result = cli.run("policy", "check", str(policy))

    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"{policy}:8: patterns[0].regex: backtracks without end on a row of 300 '-' (a "
        "separator line or a list would hang detection): let each character be read one "
        "way only inside a repetition, e.g. '[\\w-]+(?:\\.[\\w-]+)*' rather than "
        "'[\\w-]+(?:[.-][\\w-]+)*'"
    ]
