"""Detection runs on the text that will be released (issue 14, point 3).

Two copies of one document carrying at least five kinds of marks, at the density a
canary trap uses, are taken in, scanned, every proposal and finding accepted alike,
and released as txt, md and pdf: the releases are byte-identical.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_support import stored_ids

from workstation.fingerprints import find

PARAGRAPHS = [
    "Radomir Vesk met the union at the harbour gate on Monday. The talks went well.",
    "Later the minister called Luka Ferenc from the Pier 3 office in Corvenna.",
    "Nobody signed the fair deal, said Mira Halden of the dock workers' council.",
    "The port authority of Corvenna will publish the minutes on Friday.",
]
CLEAN = "\n".join(PARAGRAPHS * 3) + "\n"


def marked(text: str, variant: int) -> str:
    """Marks at a realistic density: a few per paragraph, differing between copies."""
    swaps = [
        ("Radomir Vesk", "Radomir\u200b Vesk" if variant else "Radomir\u2005Vesk"),
        ("union", "uni\u200bon" if variant else "uni\u200don"),
        ("harbour", "h\u0430rbour" if variant else "harb\u043eur"),
        ("Monday. The", "Monday.  The" if variant else "Monday.   The"),
        ("minister", "minister\u200f" if variant else "\u200eminister"),
        ("Pier 3", "Pier\u20093" if variant else "Pier\u200a3"),
        ("office", "of\u0336fice" if variant else "offic\u0338e"),
        ("deal,", "d\u0435al," if variant else "de\u0430l,"),
        ("workers'", "workers\u2019" if variant else "workers'"),
        ("Friday.", "Friday.  " if variant else "Friday.\t"),
    ]
    out = []
    for number, line in enumerate(text.split("\n")):
        repetition = number // len(PARAGRAPHS)
        for index, (old, new) in enumerate(swaps):
            if (repetition + index + variant) % 2:  # each copy marks other occurrences
                line = line.replace(old, new, 1)  # noqa: PLW2901 - marking it in place
        out.append(line)
    return "\n".join(out)


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def release_all(cli: Any, text: str, tmp_path: Path, name: str) -> dict[str, bytes]:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (document_id,) = stored_ids(ok(cli.run("intake", str(path))).stdout)
    ok(cli.run("scan", document_id))
    ok(cli.run("decide", document_id, "--all-pending", "accept"))
    findings = json.loads(ok(cli.run("fingerprints", document_id, "--json")).stdout)["findings"]
    pending = [f["id"] for f in findings if f["state"] == "pending"]
    if pending:
        ok(cli.run("fingerprints", document_id, *[a for i in pending for a in ("--accept", i)]))
    ok(cli.run("approve", document_id))
    out = tmp_path / name
    out.mkdir()
    released = {}
    for output_format in ("txt", "md", "pdf"):
        release = ("release", document_id, "--format", output_format, "--out", str(out))
        ok(cli.run(*release, "--name", "memo"))
        released[output_format] = (out / f"memo.{output_format}").read_bytes()
    return released


def test_copies_differing_only_in_marks_get_the_same_proposals_and_identical_releases(
    ready: Any, tmp_path: Path
) -> None:
    first, second = marked(CLEAN, 0), marked(CLEAN, 1)
    assert first != second
    for copy in (first, second):
        kinds = {f.kind for f in find(copy)}
        assert (
            len(
                kinds
                & {
                    "invisible",
                    "unusual_space",
                    "homoglyph",
                    "combining_mark",
                    "whitespace",
                    "punctuation",
                }
            )
            >= 5
        ), kinds

    a = release_all(ready, first, tmp_path, "a")
    b = release_all(ready, second, tmp_path, "b")

    for output_format in ("txt", "md", "pdf"):
        assert a[output_format] == b[output_format], output_format
    text = a["txt"].decode("utf-8")
    assert "Vesk" not in text and "Ferenc" not in text and find(text) == []


@pytest.mark.parametrize("glue", ["\u200b", "\u200f"])
def test_a_mark_neither_creates_nor_splits_a_name(ready: Any, tmp_path: Path, glue: str) -> None:
    plain = release_all(ready, CLEAN, tmp_path, "plain")["txt"]
    glued = CLEAN.replace("Luka Ferenc", f"Luka{glue} Ferenc").replace("minutes", f"{glue}minutes")
    assert release_all(ready, glued, tmp_path, "glued")["txt"] == plain
