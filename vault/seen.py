"""Remember the newest audit head seen for each vault, to notice a vault going back in time.

Restoring an older copy of the vault file over the current one would silently undo
shreds and decisions. Each workstation keeps, outside the vault, the last head it saw
per vault id. The memory only moves forward along the chain: while the vault's log does
not contain the remembered head (it is shorter, or it diverged), every unlock warns and
every change is refused, until an editor acknowledges with an audited
``vault.accept-rollback`` (``Session.accept_rollback``).

The memory file is owner-only and authenticated with HMAC-SHA256 under a random key in
a second owner-only file beside it, so it cannot be edited to forget a head without
that key; deleting both files is noticed by nobody (keep checkpoints elsewhere).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_state_dir

from vault import crypto

STATE_VARIABLE = "WORKSTATION_STATE_DIR"
_FILE = "seen-heads.json"
_KEY_FILE = "seen-heads.key"
_FORMAT = "workstation-seen-heads/2"
_KEY_BYTES = 32

EntryHashAt = Callable[[int], bytes | None]
"""The vault's audit entry hash at a sequence number, or None if it has no such entry."""

ALTERED = (
    "warning: this workstation's record of the vault heads it saw was altered or cannot be"
    " read; going back in time cannot be checked until it is written again"
)


def _folder() -> Path:
    return Path(os.environ.get(STATE_VARIABLE) or user_state_dir("workstation"))


def _read_owner_only(path: Path, limit: int) -> bytes | None:
    """A regular file of this user (no symlink), or None if there is none."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:
        return None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
            raise OSError("not this user's regular file")
        if info.st_mode & 0o077:
            os.fchmod(descriptor, 0o600)  # written by an older version: make it owner-only
        return os.read(descriptor, limit)
    finally:
        os.close(descriptor)


def _write_owner_only(path: Path, data: bytes) -> None:
    """Replace ``path`` atomically with a new owner-only file."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(
        temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600
    )
    try:
        os.write(descriptor, data)
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(temporary, path)


def _key(*, create: bool) -> bytes | None:
    path = _folder() / _KEY_FILE
    key = _read_owner_only(path, 4 * _KEY_BYTES)
    if key is None and create:
        key = crypto.random_bytes(_KEY_BYTES)
        _write_owner_only(path, key)
    if key is not None and len(key) != _KEY_BYTES:
        raise OSError("the key file is damaged")
    return key


def _mac(key: bytes, heads: dict[str, dict[str, int | str]]) -> str:
    body = json.dumps(heads, sort_keys=True, separators=(",", ":")).encode()
    return crypto.hmac_sha256(key, b"workstation/seen-heads/v2\n" + body).hex()


def _load() -> tuple[dict[str, dict[str, int | str]], bool]:
    """(remembered heads, whether the file was altered or unreadable)."""
    try:
        raw = _read_owner_only(_folder() / _FILE, 16 * 1024 * 1024)
        if raw is None:
            return {}, False
        data = json.loads(raw)
        key = _key(create=False)
    except (OSError, ValueError):
        return {}, True
    if not isinstance(data, dict):
        return {}, True
    if "format" not in data and all(isinstance(v, dict) for v in data.values()):
        return data, False  # written before 0.3, unauthenticated: taken once, then sealed
    if data.get("format") != _FORMAT:
        return {}, True
    heads = data.get("heads")
    mac = data.get("mac")
    if key is None or not isinstance(heads, dict) or not isinstance(mac, str):
        return {}, True
    if not crypto.constant_time_equal(_mac(key, heads).encode(), mac.encode()):
        return {}, True
    return heads, False


def check(vault_id: bytes, seq: int, hash_: bytes, entry_hash_at: EntryHashAt) -> str | None:
    """A warning if this vault's log no longer holds the head seen last here (it went
    back in time or was replaced by another copy), or if that memory was altered."""
    heads, altered = _load()
    if altered:
        return ALTERED
    seen = heads.get(vault_id.hex())
    if not seen:
        return None
    seen_seq, seen_hash = int(seen.get("seq", 0)), str(seen.get("hash", ""))
    if seq < seen_seq:
        return (
            f"warning: this vault has gone back in time: its audit log ends at entry {seq}, "
            f"but this workstation last saw entry {seen_seq}. An older copy may have been "
            "restored over it; check your backups. Changes are refused until an editor "
            "runs 'workstation vault accept-rollback'."
        )
    held = hash_ if seq == seen_seq else entry_hash_at(seen_seq)
    if held is None or held.hex() != seen_hash:
        return (
            f"warning: this vault's audit entry {seen_seq} differs from the one this "
            "workstation saw before; the vault may have been replaced by another copy. "
            "Changes are refused until an editor runs 'workstation vault accept-rollback'."
        )
    return None


def rolled_back(vault_id: bytes, seq: int, hash_: bytes, entry_hash_at: EntryHashAt) -> bool:
    """True while the vault does not hold the head remembered here (writes are refused)."""
    warning = check(vault_id, seq, hash_, entry_hash_at)
    return warning is not None and warning != ALTERED


def remember(
    vault_id: bytes,
    seq: int,
    hash_: bytes,
    entry_hash_at: EntryHashAt,
    *,
    accept: bool = False,
) -> None:
    """Move the memory forward to this head, never back: a vault that does not hold the
    remembered head keeps it, unless an editor accepted the rollback (``accept``).

    Best effort: a read-only home must not block work."""
    heads, altered = _load()
    seen = heads.get(vault_id.hex())
    if seen and not accept and not altered:
        seen_seq, seen_hash = int(seen.get("seq", 0)), str(seen.get("hash", ""))
        held = hash_ if seq == seen_seq else entry_hash_at(seen_seq)
        if seq < seen_seq or held is None or held.hex() != seen_hash:
            return
    heads[vault_id.hex()] = {"seq": seq, "hash": hash_.hex()}
    try:
        key = _key(create=True)
        assert key is not None
        document = {"format": _FORMAT, "heads": heads, "mac": _mac(key, heads)}
        _write_owner_only(_folder() / _FILE, json.dumps(document, sort_keys=True).encode())
    except OSError:
        return
