"""Deciding page and picture findings from a test, through the real command line."""

from __future__ import annotations

import json
from typing import Any

PAGE_KINDS = ("page_mismatch", "picture")


def decide_page_findings(cli: Any, document_id: str, flag: str = "--keep") -> list[str]:
    """Decide every pending page or picture finding with `flag` (--keep or --black-out);
    returns their ids."""
    listed = cli.run("fingerprints", document_id, "--json")
    assert listed.returncode == 0, listed.stderr
    ids = [
        finding["id"]
        for finding in json.loads(listed.stdout)["findings"]
        if finding["kind"] in PAGE_KINDS and finding["state"] == "pending"
    ]
    if ids:
        decided = cli.run("fingerprints", document_id, *(arg for i in ids for arg in (flag, i)))
        assert decided.returncode == 0, decided.stderr
    return ids
