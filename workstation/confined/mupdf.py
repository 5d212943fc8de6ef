"""PyMuPDF as every child loads it: without its optional add-ons, and quiet.

Only children import it (intake's PDF parser and inspector, release's PDF engine): MuPDF
parses the hostile original, so the workstation's own process never does.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_OPTIONAL_ADDONS = ("pymupdf.layout", "pymupdf4llm")
"""Imported by pymupdf when present; they load numpy, onnxruntime and a model, which
costs seconds and hundreds of megabytes and is not needed for get_text()."""


def load_pymupdf() -> ModuleType:
    """Import pymupdf without its optional layout add-ons, and keep MuPDF quiet."""
    for name in _OPTIONAL_ADDONS:
        # A None entry makes `import name` raise ImportError, which pymupdf reads as
        # "add-on not installed".
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
    import pymupdf  # noqa: PLC0415 (only after the add-ons are blocked)

    tools: Any = pymupdf.TOOLS  # untyped in pymupdf
    tools.mupdf_display_errors(False)
    tools.mupdf_display_warnings(False)
    return pymupdf
