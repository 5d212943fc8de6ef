"""Remember the newest audit head seen for each vault, to notice a vault going back in time.

Restoring an older copy of the vault file over the current one would silently undo
shreds and decisions. Each workstation keeps, outside the vault, the last head it
saw per vault id and warns when a vault shows an older one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_state_dir

STATE_VARIABLE = "WORKSTATION_STATE_DIR"


def _state_file() -> Path:
    folder = Path(os.environ.get(STATE_VARIABLE) or user_state_dir("workstation"))
    return folder / "seen-heads.json"


def _load() -> dict[str, dict[str, int | str]]:
    try:
        data = json.loads(_state_file().read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def check(vault_id: bytes, seq: int, hash_: bytes) -> str | None:
    """A warning if this vault is older than (or diverged from) the one seen last here."""
    seen = _load().get(vault_id.hex())
    if not seen:
        return None
    seen_seq, seen_hash = int(seen.get("seq", 0)), str(seen.get("hash", ""))
    if seq < seen_seq:
        return (
            f"warning: this vault has gone back in time: its audit log ends at entry {seq}, "
            f"but this workstation last saw entry {seen_seq}. An older copy may have been "
            "restored over it; check your backups before going on."
        )
    if seq == seen_seq and hash_.hex() != seen_hash:
        return (
            f"warning: this vault's audit entry {seq} differs from the one this workstation "
            "saw before; the vault may have been replaced by another copy."
        )
    return None


def remember(vault_id: bytes, seq: int, hash_: bytes) -> None:
    """Record the head after a change; best effort (a read-only home must not block work)."""
    data = _load()
    data[vault_id.hex()] = {"seq": seq, "hash": hash_.hex()}
    path = _state_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, sort_keys=True))
        os.replace(temporary, path)
    except OSError:
        return
