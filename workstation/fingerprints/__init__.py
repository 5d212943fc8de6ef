"""The source-protection pass: what a copy carries that could identify who leaked it.

Pure functions, no vault and no UI (see docs/architecture.md, "Fingerprints"):

- text: `find`, `normalise`, `residual` (`text_pass`), one module per kind of finding
  (`invisible`, `homoglyphs`, `combining_marks`, `patterns`, `copy_markings`);
- originals: `originals` turns what the confined parser child reports about a DOCX, PDF,
  image or email into findings; the parsing itself runs in that child (see
  workstation.intake.inspection), never in the caller's process.
"""

from workstation.fingerprints.character_labels import marker, markers
from workstation.fingerprints.finding import KINDS, FingerprintFinding
from workstation.fingerprints.text_pass import MECHANICAL_KINDS, find, normalise, residual

__all__ = [
    "KINDS",
    "MECHANICAL_KINDS",
    "FingerprintFinding",
    "find",
    "marker",
    "markers",
    "normalise",
    "residual",
]
