"""Fixtures for the command-line tests (the shared ``cli`` fixture lives in tests/conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture
def ready(cli: Any, session: Any) -> Any:
    """The ``cli`` runner on a vault that already exists with editor alice.

    The vault is created in-process (faster than a subprocess); 'init' itself is
    tested through the command in test_cli_documents.py.
    """
    session.connection.close()
    return cli
