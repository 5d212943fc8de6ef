"""Certificates for a scan cluster: one private CA, and a certificate for each role.

``make`` writes the CA's certificate and, signed by it, a key and certificate for the
scheduler, the workers and the client (the editor's machine). The CA's private key is
never written: it lives only while ``make`` runs, so nobody can later mint a
certificate the cluster would accept; to add machines, copy the worker files, and to
revoke, make a new set. Every party verifies its peer against ``ca.pem`` alone, which
is the pinning: a scheduler with a certificate from any other CA (a public one
included) is refused.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from platformdirs import user_state_dir

ROLES = ("scheduler", "worker", "client")
CA_FILE = "ca.pem"
VALIDITY = datetime.timedelta(days=365)


@dataclass(frozen=True)
class Credentials:
    """The files one party needs: the pinned CA, its own certificate and key."""

    ca: Path
    certificate: Path
    key: Path


def default_folder() -> Path:
    """Where the editor's machine keeps them: beside the workstation's other state."""
    return (
        Path(os.environ.get("WORKSTATION_STATE_DIR") or user_state_dir("workstation")) / "cluster"
    )


def credentials(folder: Path, role: str) -> Credentials:
    """Where ``make`` put ``role``'s files in ``folder``."""
    return Credentials(folder / CA_FILE, folder / f"{role}.pem", folder / f"{role}-key.pem")


def make(folder: Path, hosts: tuple[str, ...], now: datetime.datetime | None = None) -> None:
    """A new CA and one certificate per role in ``folder`` (0700, keys 0600).

    ``hosts`` are the scheduler's names and addresses, written into its certificate
    for clients that check them.
    """
    now = now or datetime.datetime.now(datetime.UTC)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)
    ca_key = ec.generate_private_key(ec.SECP384R1())
    ca_name = _name("workstation scan cluster CA")
    ca = (
        _builder(ca_name, ca_name, ca_key.public_key(), now)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(cert_sign=True), critical=True)
        .sign(ca_key, hashes.SHA384())
    )
    _write(folder / CA_FILE, ca.public_bytes(serialization.Encoding.PEM), 0o644)
    for role in ROLES:
        key = ec.generate_private_key(ec.SECP384R1())
        builder = (
            _builder(_name(f"workstation scan {role}"), ca_name, key.public_key(), now)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(cert_sign=False), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage(
                    [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]
                ),
                critical=False,
            )
            .add_extension(_alternative_names(hosts), critical=False)
        )
        certificate = builder.sign(ca_key, hashes.SHA384())
        files = credentials(folder, role)
        _write(files.key, _private_bytes(key), 0o600)
        _write(files.certificate, certificate.public_bytes(serialization.Encoding.PEM), 0o644)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _builder(
    subject: x509.Name, issuer: x509.Name, key: ec.EllipticCurvePublicKey, now: datetime.datetime
) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + VALIDITY)
    )


def _usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=not cert_sign,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _alternative_names(hosts: tuple[str, ...]) -> x509.SubjectAlternativeName:
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return x509.SubjectAlternativeName(names)


def _private_bytes(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _write(path: Path, data: bytes, mode: int) -> None:
    """Created with its final mode, so a key is never readable by others, not even briefly."""
    path.unlink(missing_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
