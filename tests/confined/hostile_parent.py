"""A stand-in for the workstation's main process, for the hostile-child tests.

    HOSTILE_TOKEN=T python hostile_parent.py --passphrase-file FILE --isolation LNS < job

Like `workstation --passphrase-file FILE ...` it names its passphrase file on its
command line, protects itself as the CLI does at start-up, holds the passphrase in
memory, and runs a child through the one spawn path, here the hostile one. It prints
the child's findings (JSON) or how it was stopped. `--isolation` takes three digits,
1 to ask for, 0 to leave out: Landlock, network namespace, seccomp. The token goes to
the child's command line only, where the test looks for what the child left running.
`--pooled` runs the child the way bulk intake does, forked by a zygote
(`confined.pool`); the token then rides on the zygote's command line (as a module it
is asked to preload, which does not exist), which its forked children share.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import sys
from pathlib import Path

from workstation.confined import spawn
from workstation.confined.isolation import Isolation
from workstation.confined.limits import ChildLimits
from workstation.confined.parent import protect_process
from workstation.confined.pool import pooled

HOSTILE_MODULE = "tests.confined.hostile_child"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passphrase-file", required=True)
    parser.add_argument("--isolation", default="111")
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--pooled", action="store_true")
    options = parser.parse_args()
    protect_process()
    passphrase = Path(options.passphrase_file).read_bytes()
    secret = ctypes.create_string_buffer(passphrase, len(passphrase))
    job = json.loads(sys.stdin.read())
    job |= {"secret_address": ctypes.addressof(secret), "secret_length": len(passphrase)}
    landlock, network, seccomp = (digit == "1" for digit in options.isolation)
    with contextlib.ExitStack() as stack:
        if options.pooled:
            stack.enter_context(pooled(1, [HOSTILE_MODULE, os.environ["HOSTILE_TOKEN"]]))
        ended = _run(job, options.timeout, Isolation(network, landlock, seccomp))
    if isinstance(ended, spawn.Stopped):
        print(json.dumps({"stopped": ended.reason}))
    else:
        print(json.dumps({"returncode": ended.returncode, **json.loads(ended.reply)}))
    return 0


def _run(
    job: dict[str, object], timeout: float, isolation: Isolation
) -> spawn.Finished | spawn.Stopped:
    return spawn.run(
        HOSTILE_MODULE,
        [os.environ["HOSTILE_TOKEN"]],
        json.dumps(job).encode(),
        ChildLimits(timeout_seconds=timeout),
        1024 * 1024,
        isolation,
    )


if __name__ == "__main__":
    sys.exit(main())
