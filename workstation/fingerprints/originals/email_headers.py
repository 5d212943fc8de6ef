"""Email: the headers that trace a message to a network, a machine and a mail client.

Runs only inside the confined parser child; only the header block is parsed.
"""

from __future__ import annotations

import ipaddress
import re
from email import policy
from email.parser import BytesHeaderParser

from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.originals.facts import fact

IP = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
HOST = re.compile(r"\b(?:from|by)\s+\[?([A-Za-z0-9][\w.-]*)")
INTERNAL_NAME = re.compile(
    r"(?i)\.(?:local|lan|corp|internal|intra|intranet|localdomain|ad)\b|"
    r"(?i:^|\.)(?:corp|intra|internal)\."
)
DOTTED_NAME = re.compile(r"(?<![\w-])[A-Za-z0-9][\w-]*(?:\.[\w-]+)+")
"""Tried only where a name can begin: from every letter of a long word, the search took
time quadratic in the word's length (minutes for a 64 KiB header)."""
SIMPLE = {
    "message-id": "email-message-id",
    "x-mailer": "email-client",
    "user-agent": "email-client",
    "x-mimeole": "email-client",
    "x-originating-ip": "email-originating-ip",
    "x-forwarded-for": "email-originating-ip",
    "thread-index": "email-thread",
    "thread-topic": "email-thread",
    "in-reply-to": "email-thread",
    "references": "email-thread",
}


def inspect_email(data: bytes) -> list[FingerprintFinding]:
    """Trace headers of the top-level message."""
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(data)
    found = []
    received = [str(value) for value in headers.get_all("Received") or []]
    if received:
        hops = sorted(
            {h for line in received for h in HOST.findall(line)}
            | {ip for line in received for ip in IP.findall(line)}
        )
        found.append(fact("email-received", "Received", len(received), ", ".join(hops)))
    internal = sorted(_internal(" ".join(str(v) for _, v in headers.items())))
    if internal:
        found.append(fact("email-internal-host", "headers", len(internal), ", ".join(internal)))
    for name, code in SIMPLE.items():
        values = [str(value) for value in headers.get_all(name) or []]
        if values:
            found.append(fact(code, name, len(values), "; ".join(values)))
    exchange = [key for key in headers if key.lower().startswith("x-ms-exchange")]
    if exchange:
        found.append(
            fact(
                "email-exchange", "X-MS-Exchange-*", len(exchange), ", ".join(sorted(set(exchange)))
            )
        )
    return found


def _internal(text: str) -> set[str]:
    """Private addresses and host names that only make sense inside an organisation."""
    found = set()
    for candidate in IP.findall(text):
        try:
            address = ipaddress.ip_address(candidate)
        except ValueError:
            continue
        if address.is_private and not address.is_loopback:
            found.add(candidate)
    for host in DOTTED_NAME.findall(text):
        if INTERNAL_NAME.search(host):
            found.add(host)
    return found
