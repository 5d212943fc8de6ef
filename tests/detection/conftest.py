"""Engines for the shipped policies, built once per test module (the model loads once)."""

from __future__ import annotations

import pytest

from workstation.detection.engine import DetectionEngine, _offline_and_quiet, engine_for
from workstation.policy import PolicyRegistry


@pytest.fixture(autouse=True)
def offline_libraries() -> None:
    """What loading the model does first: tldextract offline, library logs off.

    Some tests run presidio's recognizers without the engine; run before any model
    load, presidio's email recognizer would try to download the Public Suffix List
    into ~/.cache (caught by tests/outside_reads.py with '-m "not model"').
    """
    _offline_and_quiet()


@pytest.fixture(scope="module")
def strict() -> DetectionEngine:
    return engine_for(PolicyRegistry().load("source-protection"))


@pytest.fixture(scope="module")
def default() -> DetectionEngine:
    return engine_for(PolicyRegistry().load("default"))
