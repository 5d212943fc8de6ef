"""Text extraction from received documents, each parsed in a confined child process.

This package knows nothing of the vault or the UI: bytes in, `Extraction` out.
"""

from workstation.intake.kinds import detect_kind
from workstation.intake.limits import ExtractionLimits
from workstation.intake.pipeline import extract
from workstation.intake.result import Extraction

__all__ = ["Extraction", "ExtractionLimits", "detect_kind", "extract"]
