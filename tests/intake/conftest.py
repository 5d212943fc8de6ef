"""Shared documents for the intake tests (builders live in intake_samples)."""

from __future__ import annotations

import pytest
from intake_samples import MARKER, make_pdf


@pytest.fixture(scope="session")
def sample_pdf() -> bytes:
    """Three pages, the marker on the second."""
    return make_pdf(["First page text", f"Second page {MARKER}", "Third page"])
