"""Imported by the detection workers' fork server: the models, loaded once for all workers.

:mod:`parallel` forks its workers from multiprocessing's fork server, a fresh
interpreter (started like a spawned worker: it inherits no memory of the process that
asks for workers, so no key, passphrase or document) that does nothing but fork. The
server imports this module when it starts, so presidio, spaCy, both models and the
finders' word lists are loaded there once, and every worker forked from it starts with
them (copied on write) instead of loading them itself.
"""

from __future__ import annotations

import contextlib

from workstation.detection.engine import preload

# Whatever fails here, each worker loads itself, and reports there.
with contextlib.suppress(Exception):
    preload()
