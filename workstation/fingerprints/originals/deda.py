"""The one module that calls DEDA (libdeda): decoding and cleaning printer tracking dots.

DEDA (the tracking Dots Extraction, Decoding and Anonymisation toolkit, TU Dresden)
knows the dot patterns colour laser printers add and decodes a printer's serial number
and the time of printing from them; its `cleanScan` whitens the paper areas of a scan,
which takes the faint yellow dots with it. Importing it loads scipy and OpenCV (about
two seconds), so this module is imported only when an image shows yellow specks, and
only inside the confined parser or release child, never at CLI start-up.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
from libdeda.extract_yd import CommonImageFunctions
from libdeda.print_parser import PrintParser
from libdeda.privacy import ScanCleaner


@dataclass(frozen=True)
class Decoded:
    """What a decoded dot matrix says: the printer and the time of printing."""

    manufacturer: str
    printer: str
    printed: str

    def describe(self) -> str:
        """One line for the editor who asks for values (never logged)."""
        parts = [f"printer {self.printer}"]
        if self.manufacturer:
            parts.insert(0, self.manufacturer)
        if self.printed:
            parts.append(f"printed {self.printed}")
        return " ".join(parts)


def decode(rgb: np.ndarray, dpi: float) -> Decoded | None:
    """The dot matrix DEDA finds and decodes in an RGB image, or None when it cannot.

    None covers "no dots" as well as "dots in a pattern DEDA does not know": the caller
    tells them apart with its own grid test.
    """
    bgr = np.ascontiguousarray(rgb[..., ::-1])
    try:
        with warnings.catch_warnings():
            # numpy's "mean of empty slice" when a colour profile finds no dots: no news
            warnings.simplefilter("ignore", RuntimeWarning)
            # a fresh dict each time: PrintParser stores the image in its (mutable) default
            parser = PrintParser(bgr, ydxArgs={"inputDpi": dpi})
        info: dict[str, Any] = parser.tdm.decode()
    except MemoryError:
        raise
    except Exception:  # no dots, an unknown pattern, or DEDA failing on an odd image
        return None
    return Decoded(
        str(info.get("manufacturer") or ""),
        str(info.get("printer") or info.get("serial") or "").strip("-"),
        _when(info.get("timestamp")),
    )


def clean(rgb: np.ndarray, dpi: float) -> np.ndarray:
    """The RGB image with its paper areas whitened (DEDA's cleanScan): no yellow dots
    remain where there is no print; printed areas are left as they are."""
    cleaner = _Cleaner(np.ascontiguousarray(rgb[..., ::-1]), dpi)
    cleaner()
    return np.ascontiguousarray(cleaner.im[..., ::-1])


class _Cleaner(ScanCleaner):  # type: ignore[misc]  # libdeda has no type hints
    """DEDA's ScanCleaner on an image already decoded (and size-checked) by Pillow,
    instead of one OpenCV decodes from bytes with no pixel limit."""

    def __init__(self, bgr: np.ndarray, dpi: float) -> None:
        CommonImageFunctions.__init__(self, bgr, inputDpi=dpi)


def _when(timestamp: Any) -> str:
    if timestamp is None:
        return ""
    strftime = getattr(timestamp, "strftime", None)
    return str(strftime("%Y-%m-%d %H:%M")) if strftime else str(timestamp)
