"""Reading the frozen known-answer vector files in tests/data/kat/ (shared by two suites)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

KAT_DIR = Path(__file__).resolve().parent / "data" / "kat"
Vector = dict[str, Any]


def load(name: str) -> list[Vector]:
    """The vectors of one file, checking the count it declares."""
    document = json.loads((KAT_DIR / name).read_text(encoding="utf-8"))
    vectors: list[Vector] = document["vectors"]
    assert len(vectors) == document["numberOfVectors"], f"{name}: vector count mismatch"
    return vectors
