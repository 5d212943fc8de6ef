"""Where the vault lives when the user does not say: --vault, then $WORKSTATION_VAULT, then
the platform's per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

VAULT_VARIABLE = "WORKSTATION_VAULT"


def default_vault_path() -> Path:
    configured = os.environ.get(VAULT_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    return Path(user_data_dir("workstation")) / "vault.db"
