"""Engines for the shipped policies, built once per test module (the model loads once)."""

from __future__ import annotations

import pytest

from workstation.detection.engine import DetectionEngine, engine_for
from workstation.policy import PolicyRegistry


@pytest.fixture(scope="module")
def strict() -> DetectionEngine:
    return engine_for(PolicyRegistry().load("source-protection"))


@pytest.fixture(scope="module")
def default() -> DetectionEngine:
    return engine_for(PolicyRegistry().load("default"))
