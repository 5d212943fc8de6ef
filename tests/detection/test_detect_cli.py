"""'workstation detect' as a pipeline filter: JSON Lines in and out, bad lines reported."""

from __future__ import annotations

import json
from pathlib import Path

from in_process import run_in_process


def run_detect(lines: list[str], tmp_path: Path) -> tuple[int, list[dict[str, object]], str]:
    """The command reads a real pipe on descriptor 0 and writes descriptor 1 (in_process.py)."""
    result = run_in_process(
        ["--vault", str(tmp_path / "none.db"), "detect", "--policy", "source-protection"],
        stdin="\n".join(lines) + "\n",
        timeout=300,
    )
    return result.returncode, [json.loads(x) for x in result.stdout.splitlines()], result.stderr


def test_good_and_bad_lines_megabyte_text_and_no_vault(tmp_path: Path) -> None:
    secret = "Kestrel-7 codeword"
    big = ("The committee met again. " * 44_000) + "Mail j.doe@example.com now."
    lines = [
        json.dumps({"id": "a", "text": "Amira Haddad (STRICTLY PROTECT) called."}),
        "this is not json " + secret,
        json.dumps({"id": 7, "body": secret}),
        json.dumps({"id": "big", "text": big}),
    ]

    code, results, stderr = run_detect(lines, tmp_path)

    assert code == 0, stderr
    assert [r.get("id") for r in results] == ["a", None, 7, "big"]
    first = results[0]["spans"]
    assert isinstance(first, list) and first[0]["entity"] == "PERSON"
    assert first[0]["decision"] == "redact" and {"start", "end", "score", "reason"} <= set(first[0])
    assert results[1] == {"line": 2, "id": None, "error": "not valid JSON"}
    assert results[2]["line"] == 3 and "text" in str(results[2]["error"])
    assert secret not in json.dumps(results) and secret not in stderr
    spans: list[dict[str, int | str]] = results[3]["spans"]  # type: ignore[assignment]
    emails = [s for s in spans if s["entity"] == "EMAIL_ADDRESS"]
    assert len(big) > 1_100_000
    assert big[int(emails[0]["start"]) : int(emails[0]["end"])] == "j.doe@example.com"
    assert not (tmp_path / "none.db").exists()
