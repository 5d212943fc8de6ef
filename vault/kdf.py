"""Argon2id parameters: calibrated when a slot is made, sanity-checked before every use.

Parameters live in each key slot so they can be raised later. A tampered slot
could ask for terabytes of memory to hang the machine, so limits are checked
before any derivation runs.
"""

from __future__ import annotations

import json
import math
import os
import time
import unicodedata
from dataclasses import asdict, dataclass

from vault import crypto
from vault.errors import UnsafeKdfParameters, VaultCorrupt

MIN_MEMORY_KIB = 256 * 1024
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_ITERATIONS = 10
MAX_LANES = 8
DEFAULT_LANES = 4
TARGET_SECONDS = 1.0
SALT_BYTES = 16
TEST_PROFILE_VARIABLE = "WORKSTATION_UNSAFE_TEST_KDF"


@dataclass(frozen=True)
class KdfParams:
    """What a key slot needs to re-derive its key-encryption key."""

    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int

    def to_json(self) -> str:
        fields = asdict(self) | {"salt": self.salt.hex(), "algorithm": "argon2id"}
        return json.dumps(fields, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        try:
            fields = json.loads(text)
            if not isinstance(fields, dict) or fields.pop("algorithm") != "argon2id":
                raise ValueError("unknown algorithm")
            return cls(
                salt=bytes.fromhex(fields["salt"]),
                memory_kib=int(fields["memory_kib"]),
                iterations=int(fields["iterations"]),
                lanes=int(fields["lanes"]),
            )
        except (ValueError, KeyError, TypeError):
            raise VaultCorrupt(
                "an editor key slot has unreadable key-derivation settings"
            ) from None

    @property
    def is_test_strength(self) -> bool:
        return self.memory_kib < MIN_MEMORY_KIB


def check_safe(params: KdfParams) -> None:
    """Refuse absurd parameters before deriving anything (a denial-of-service guard)."""
    if params.memory_kib > MAX_MEMORY_KIB:
        raise UnsafeKdfParameters("key slot asks for more than 2 GiB of memory; refusing to unlock")
    if params.iterations > MAX_ITERATIONS:
        raise UnsafeKdfParameters("key slot asks for more than 10 passes; refusing to unlock")
    if params.lanes > MAX_LANES:
        raise UnsafeKdfParameters("key slot asks for more than 8 lanes; refusing to unlock")
    if params.memory_kib < 8 * params.lanes or params.iterations < 1 or params.lanes < 1:
        raise UnsafeKdfParameters("key slot has impossible key-derivation settings")
    if len(params.salt) < 8:
        raise UnsafeKdfParameters("key slot salt is too short")


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """The slot's key-encryption key; runs Argon2id once."""
    check_safe(params)
    normalised = unicodedata.normalize("NFC", passphrase)  # same bytes on every keyboard and OS
    return crypto.argon2id(
        normalised.encode("utf-8"),
        params.salt,
        memory_kib=params.memory_kib,
        iterations=params.iterations,
        lanes=params.lanes,
    )


def calibrated() -> KdfParams:
    """Parameters taking about one second here, with at least 256 MiB of memory.

    The test profile (an environment switch, never for real vaults) makes suites
    fast; slots made with it are reported as test-strength by ``vault verify``.
    """
    salt = crypto.random_bytes(SALT_BYTES)
    if os.environ.get(TEST_PROFILE_VARIABLE) == "1":
        return KdfParams(salt=salt, memory_kib=1024, iterations=1, lanes=1)
    probe = KdfParams(salt=salt, memory_kib=MIN_MEMORY_KIB, iterations=2, lanes=DEFAULT_LANES)
    started = time.perf_counter()
    derive_key("calibration", probe)
    per_pass = (time.perf_counter() - started) / probe.iterations
    iterations = min(MAX_ITERATIONS, max(2, math.ceil(TARGET_SECONDS / per_pass)))
    return KdfParams(
        salt=salt, memory_kib=MIN_MEMORY_KIB, iterations=iterations, lanes=DEFAULT_LANES
    )
