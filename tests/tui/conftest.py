"""A vault with alice and one document holding four proposals (no model load)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import store_document

from vault.session import Session


@pytest.fixture
def document(session: Session, vault_path: Path) -> str:
    document_id = store_document(session)
    session.connection.close()
    return document_id
