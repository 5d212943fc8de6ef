"""The cluster's parts without a cluster: certificates, refusals, the worker's imports."""

from __future__ import annotations

import ipaddress
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.exceptions import InvalidSignature

from workstation.cluster.certificates import ROLES, credentials, make
from workstation.cluster.client import checked_address
from workstation.cluster.errors import ClusterRefused
from workstation.cluster.security import security_for
from workstation.cluster.worker import on_memory_file_system


def test_each_role_gets_a_certificate_signed_by_the_pinned_ca_and_the_ca_key_is_not_kept(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "certs"
    make(folder, ("127.0.0.1", "scan.example.org"))

    ca = x509.load_pem_x509_certificate((folder / "ca.pem").read_bytes())
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    for role in ROLES:
        files = credentials(folder, role)
        certificate = x509.load_pem_x509_certificate(files.certificate.read_bytes())
        certificate.verify_directly_issued_by(ca)
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        assert ipaddress.ip_address("127.0.0.1") in names.value.get_values_for_type(x509.IPAddress)
        assert files.key.stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["ca.pem"] + [f"{r}{end}" for r in ROLES for end in (".pem", "-key.pem")]
    )


def test_a_new_set_has_a_new_ca(tmp_path: Path) -> None:
    make(tmp_path / "one", ("127.0.0.1",))
    make(tmp_path / "two", ("127.0.0.1",))
    other = x509.load_pem_x509_certificate((tmp_path / "two" / "ca.pem").read_bytes())
    scheduler = x509.load_pem_x509_certificate((tmp_path / "one" / "scheduler.pem").read_bytes())
    with pytest.raises(InvalidSignature):
        scheduler.verify_directly_issued_by(other)


@pytest.mark.parametrize(
    "address", ["tcp://127.0.0.1:8786", "127.0.0.1:8786", "inproc://x", "tls://", "ws://h:1"]
)
def test_only_tls_addresses_are_accepted(address: str) -> None:
    with pytest.raises(ClusterRefused, match="only over mutual TLS"):
        checked_address(address)
    assert checked_address("tls://10.0.0.5:8786") == "tls://10.0.0.5:8786"


def test_missing_certificates_name_the_command_that_makes_them(tmp_path: Path) -> None:
    with pytest.raises(ClusterRefused, match="workstation cluster certs") as refused:
        security_for(tmp_path, "client")
    assert "client.pem" in str(refused.value) and "ca.pem" in str(refused.value)


def test_security_requires_encryption_and_tls_1_3(tmp_path: Path) -> None:
    import ssl

    make(tmp_path, ("127.0.0.1",))
    security = security_for(tmp_path, "worker")
    assert security.require_encryption is True
    assert security.tls_min_version == ssl.TLSVersion.TLSv1_3
    assert security.tls_worker_cert == str(tmp_path / "worker.pem")


def test_proc_is_not_a_memory_file_system() -> None:
    assert on_memory_file_system(Path("/proc")) is False


def test_the_worker_side_never_imports_the_vault() -> None:
    code = (
        "import sys, workstation.cluster.task, workstation.cluster.worker, "
        "workstation.cluster.client, workstation.cli.main, workstation.cli.cluster_commands; "
        "print(sorted(m for m in sys.modules if m == 'vault' or m.startswith('vault.')))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
