"""Dask's security settings for one role: TLS 1.3 both ways, peers checked against ca.pem."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

from workstation.cluster.certificates import credentials
from workstation.cluster.errors import ClusterRefused


def security_for(folder: Path, role: str) -> Any:
    """A ``distributed.Security`` that refuses plain TCP (``require_encryption``) and any
    peer whose certificate the pinned CA did not sign (Dask requires a certificate from
    both sides). Files, not PEM text: Dask writes PEM text to a temporary file."""
    from distributed import Security  # noqa: PLC0415 - Dask loads in a second

    files = credentials(folder, role)
    missing = [path.name for path in (files.ca, files.certificate, files.key) if not path.is_file()]
    if missing:
        raise ClusterRefused(
            f"no {', '.join(missing)} in {folder}: make the cluster's certificates with "
            f"'workstation cluster certs {folder}' and copy the {role}'s files there"
        )
    return Security(  # type: ignore[no-untyped-call]
        require_encryption=True,
        tls_ca_file=str(files.ca),
        tls_min_version=ssl.TLSVersion.TLSv1_3,
        **{f"tls_{role}_cert": str(files.certificate), f"tls_{role}_key": str(files.key)},
    )
