"""Findings from reading pages as pixels at intake: where a page's text layer and what it
shows disagree, and pictures without legible text.

Intake's confined child reports these as *regions* (a code, a page, a box); the parent
validated them and sealed them in the document's metadata. Here each becomes a finding
that names its page and box, so the review can show the place and the release can
black it out. Codes and sentences come from `codes.CODES`, as for every inspection.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.originals.codes import CODES, explanation_of, kind_of


def region_findings(regions: Iterable[dict[str, Any]]) -> list[FingerprintFinding]:
    """One finding per stored region; an unknown code (a newer vault?) is skipped."""
    found = []
    for region in regions:
        code = str(region.get("code", ""))
        if code not in CODES:
            continue
        page, picture = int(region.get("page", 0)), int(region.get("picture", 0))
        box = tuple(round(float(value), 1) for value in region.get("box", ()))
        found.append(
            FingerprintFinding(
                kind_of(code),
                code,
                explanation_of(code),
                where=where(page, box, picture),
                page=page,
                box=box,
            )
        )
    return found


def where(page: int, box: tuple[float, ...], picture: int = 0) -> str:
    """ "page 2, 72-300 x 90-104 pt" (left-right x top-bottom), or "picture 3"."""
    if page and len(box) == 4:
        x0, y0, x1, y1 = (f"{value:g}" for value in box)
        return f"page {page}, {x0}-{x1} x {y0}-{y1} pt"
    return f"picture {picture}" if picture else f"page {page}"
