"""Text extraction from received documents, each parsed in a confined child process.

This package knows nothing of the vault or the UI: bytes in, `Extraction` out. The
child's limits are `workstation.confined`'s `ChildLimits`, passed on here for callers.
"""

from workstation.confined.limits import ChildLimits
from workstation.intake.kinds import detect_kind
from workstation.intake.pipeline import extract
from workstation.intake.result import Extraction

__all__ = ["ChildLimits", "Extraction", "detect_kind", "extract"]
