"""PyMuPDF, imported the way the rest of the workstation imports it.

Same recipe as `intake.pdf_text.load_pymupdf` (a layer above, so not importable from
here): block the optional layout add-ons, which would load a model, and keep MuPDF's
messages (which can quote a document) off stderr.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

_OPTIONAL_ADDONS = ("pymupdf.layout", "pymupdf4llm")


def load() -> ModuleType:
    for name in _OPTIONAL_ADDONS:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
    import pymupdf  # noqa: PLC0415 (only after the add-ons are blocked)

    tools: Any = pymupdf.TOOLS  # untyped in pymupdf
    tools.mupdf_display_errors(False)
    tools.mupdf_display_warnings(False)
    return pymupdf
