"""EXIF, XMP and text chunks of an image file or of an image embedded in a document.

Runs only inside the confined parser child. Pillow reads the metadata without decoding
the pixels; the pixel limit guards the tracking-dot check, which does decode them (and
hands DEDA pixels Pillow decoded, never the file's bytes).
"""

from __future__ import annotations

import io
from typing import Any

from PIL import ExifTags, Image

from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.originals.dots import DotReader
from workstation.fingerprints.originals.facts import fact

MAX_PIXELS = 80_000_000
CAMERA_TAGS = (0x010F, 0x0110)  # Make, Model
SERIAL_TAGS = (0xA430, 0xA431, 0xA435)  # CameraOwnerName, BodySerialNumber, LensSerialNumber
DATETIME_TAGS = (0x9003, 0x9004, 0x0132)  # DateTimeOriginal, DateTimeDigitized, DateTime
SOFTWARE_TAGS = (0x0131, 0x013B, 0x8298, 0x010E, 0x9286, 0xA420)
"""Software, Artist, Copyright, ImageDescription, UserComment, ImageUniqueID."""


def open_image(data: bytes) -> Image.Image:
    """An image opened lazily, refused (DecompressionBombError) past the pixel limit."""
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    return Image.open(io.BytesIO(data))


def inspect_image(
    data: bytes, where: str = "image", dots: DotReader | None = None, dpi: float | None = None
) -> list[FingerprintFinding]:
    """Metadata findings for one image, and tracking dots when given a `DotReader`
    (`dpi`: the resolution it is shown at, when a document places it)."""
    with open_image(data) as image:
        found = _exif_findings(image.getexif(), where)
        if image.info.get("xmp") or image.info.get("XML:com.adobe.xmp"):
            found.append(fact("image-xmp", where))
        texts = [
            str(key)
            for key, value in image.info.items()
            if isinstance(value, str) and key not in ("XML:com.adobe.xmp", "xmp")
        ]
        if texts:
            found.append(fact("image-text", where, len(texts), ", ".join(texts)))
        if dots is not None:
            found += dots.findings(image, where, dpi)
    return found


def _exif_findings(exif: Image.Exif, where: str) -> list[FingerprintFinding]:
    main = dict(exif)
    detail = exif.get_ifd(ExifTags.IFD.Exif)
    tags = {**main, **detail}
    found = []
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    if gps:
        found.append(fact("exif-gps", where, len(gps), _position(gps)))
    for code, wanted in (
        ("exif-camera", CAMERA_TAGS),
        ("exif-serial", SERIAL_TAGS),
        ("exif-datetime", DATETIME_TAGS),
        ("exif-software", SOFTWARE_TAGS),
    ):
        values = [_text(tags[tag]) for tag in wanted if tag in tags]
        if values:
            found.append(fact(code, where, len(values), "; ".join(values)))
    if 0x927C in tags:
        found.append(fact("exif-makernote", where))
    if exif.get_ifd(ExifTags.IFD.IFD1):
        found.append(fact("exif-thumbnail", where))
    return found


def _position(gps: dict[int, Any]) -> str:
    """Latitude and longitude in decimal degrees, when both are there."""
    try:
        lat = _degrees(gps[2]) * (-1 if gps.get(1) == "S" else 1)
        lon = _degrees(gps[4]) * (-1 if gps.get(3) == "W" else 1)
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return f"{len(gps)} GPS fields"
    return f"{lat:.5f}, {lon:.5f}"


def _degrees(parts: Any) -> float:
    degrees, minutes, seconds = (float(part) for part in parts)
    return degrees + minutes / 60 + seconds / 3600


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace").strip("\x00 ")
    return str(value)
