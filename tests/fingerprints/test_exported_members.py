"""The fingerprint package's public API, pinned: the release gate and the review UI use it."""

from __future__ import annotations

import workstation.fingerprints as fingerprints


def test_public_api_is_pinned() -> None:
    assert sorted(fingerprints.__all__) == [
        "FingerprintFinding",
        "KINDS",
        "MECHANICAL_KINDS",
        "find",
        "marker",
        "markers",
        "normalise",
        "residual",
    ]
    for name in fingerprints.__all__:
        assert getattr(fingerprints, name) is not None
