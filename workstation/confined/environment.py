"""What a child inherits from us: almost nothing.

No variable of ours reaches it (passphrase files, vault paths), temporary files have
nowhere to go, and it starts in the directory holding our package.
"""

from __future__ import annotations

import os
from pathlib import Path

NO_TEMP_DIR = "/nonexistent/workstation-intake-no-temp"
"""Where the child is told temporary files go: nowhere, so no text lands on disk."""

PACKAGE_ROOT = Path(__file__).resolve().parents[2]
"""The child's working directory, so `-m` finds this code and not a look-alike module in
whatever directory the workstation was started from."""


def child_environment() -> dict[str, str]:
    """A minimal environment: no secrets from ours, no usable temporary directory."""
    return {
        "PATH": os.defpath,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUTF8": "1",
        "TMPDIR": NO_TEMP_DIR,
        "TEMP": NO_TEMP_DIR,
        "TMP": NO_TEMP_DIR,
        "PYMUPDF_SUGGEST_LAYOUT_ANALYZER": "0",
    }
