"""Scanning on other machines: text batches to Dask workers over mutual TLS, spans back.

The vault never leaves the editor's machine. The client (``client``) sends batches of
released text to a Dask scheduler that it reaches only over TLS with certificates made
by ``certificates`` and pinned to their own CA; workers (``worker``) run ``task``, which
loads the model once per process, holds no vault key (nothing here imports the vault;
an import-linter contract keeps it so) and returns spans as plain data. The service
layer stores the spans and audits which worker scanned which batch.
"""
