"""Inside the child: the fingerprint pass's inspectors, with intake's own guards first.

DOCX archives pass the zip bomb checks and PDFs are opened with pymupdf's add-ons blocked,
exactly as for extraction; the inspectors themselves live in workstation.fingerprints.
"""

from __future__ import annotations

from collections.abc import Callable

from workstation.confined.limits import ChildLimits
from workstation.fingerprints.finding import FingerprintFinding
from workstation.intake.zipguard import check_zip


def _docx(data: bytes, limits: ChildLimits) -> list[FingerprintFinding]:
    from workstation.fingerprints.originals.docx import inspect_docx  # noqa: PLC0415

    check_zip(data, limits)
    return inspect_docx(data)


def _xlsx(data: bytes, limits: ChildLimits) -> list[FingerprintFinding]:
    from workstation.fingerprints.originals.spreadsheets import inspect_xlsx  # noqa: PLC0415

    check_zip(data, limits)
    return inspect_xlsx(data)


def _ods(data: bytes, limits: ChildLimits) -> list[FingerprintFinding]:
    from workstation.fingerprints.originals.spreadsheets import inspect_ods  # noqa: PLC0415

    check_zip(data, limits)
    return inspect_ods(data)


def _pptx(data: bytes, limits: ChildLimits) -> list[FingerprintFinding]:
    from workstation.fingerprints.originals.office import inspect_pptx  # noqa: PLC0415

    check_zip(data, limits)
    return inspect_pptx(data)


def _odt(data: bytes, limits: ChildLimits) -> list[FingerprintFinding]:
    from workstation.fingerprints.originals.office import inspect_odt  # noqa: PLC0415

    check_zip(data, limits)
    return inspect_odt(data)


def _rtf(data: bytes, limits: ChildLimits) -> list[FingerprintFinding]:
    from workstation.fingerprints.originals.office import inspect_rtf  # noqa: PLC0415

    return inspect_rtf(data)


def _pdf(data: bytes, limits: ChildLimits) -> list[FingerprintFinding]:
    from workstation.confined.mupdf import load_pymupdf  # noqa: PLC0415
    from workstation.fingerprints.originals.pdf import inspect_pdf  # noqa: PLC0415

    return inspect_pdf(load_pymupdf(), data, limits.max_pdf_pages)


def _email(data: bytes, limits: ChildLimits) -> list[FingerprintFinding]:
    from workstation.fingerprints.originals.email_headers import inspect_email  # noqa: PLC0415

    return inspect_email(data)


def _msg(data: bytes, limits: ChildLimits) -> list[FingerprintFinding]:
    """An Outlook message's Internet headers, as a received email's are inspected."""
    from workstation.fingerprints.originals.email_headers import inspect_email  # noqa: PLC0415
    from workstation.intake.msg_file import read_msg  # noqa: PLC0415
    from workstation.intake.msg_text import INTERNET_HEADERS  # noqa: PLC0415

    headers = read_msg(data, limits).text(INTERNET_HEADERS).strip()
    return inspect_email(headers.encode("utf-8", "replace") + b"\r\n\r\n") if headers else []


def _image(data: bytes, limits: ChildLimits) -> list[FingerprintFinding]:
    from workstation.fingerprints.originals.dots import DotReader  # noqa: PLC0415
    from workstation.fingerprints.originals.images import inspect_image  # noqa: PLC0415

    return inspect_image(data, dots=DotReader())


INSPECTORS: dict[str, Callable[[bytes, ChildLimits], list[FingerprintFinding]]] = {
    "docx": _docx,
    "pdf": _pdf,
    "xlsx": _xlsx,
    "ods": _ods,
    "pptx": _pptx,
    "odt": _odt,
    "rtf": _rtf,
    "eml": _email,
    "msg": _msg,
    "image": _image,
}
"""Only the libraries one kind needs are imported: start-up time is most of the cost."""
