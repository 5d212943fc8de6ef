"""Inspection of original files: metadata and hidden content outside the extracted text.

These functions parse hostile bytes, so they run only inside the confined parser child
(`python -m workstation.intake.child inspect-KIND`, see workstation.intake.inspection); the
caller receives their findings through the child's checked, size-capped reply.
"""

from workstation.fingerprints.originals.codes import CODES, MAX_FINDINGS, MAX_REPLY_BYTES

__all__ = ["CODES", "MAX_FINDINGS", "MAX_REPLY_BYTES"]
