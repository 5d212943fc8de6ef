"""Child process for test_crash.py: commit intakes in a loop until it is killed.

    python crash_child.py VAULT_PATH SIZE   (passphrase on stdin, first line)

Prints "ready" once unlocked, then for every document "<id> <sha256 of original>" only
after add_document has returned, i.e. after the transaction committed: each printed line
is an acknowledgement the parent holds the vault to.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from vault.store import Vault


def main() -> None:
    path, size = Path(sys.argv[1]), int(sys.argv[2])
    passphrase = sys.stdin.readline().rstrip("\n")
    session = Vault.open(path).unlock("alice", passphrase)
    print("ready", flush=True)
    number = 0
    while True:
        data = os.urandom(size + number % 7919)
        text = data[:2000].hex() if number % 2 else None
        pieces = [data[i : i + 65536] for i in range(0, len(data), 65536)]
        info = session.add_document(
            {"name": f"crash-{number}.bin"}, pieces, text, {"kind": "other"}
        )
        print(f"{info.id} {hashlib.sha256(data).hexdigest()}", flush=True)
        number += 1


if __name__ == "__main__":
    main()
