"""Printer tracking dots: the faint yellow grid colour laser printers add to each page.

Two stages, because DEDA is slow to load (scipy, OpenCV: about two seconds) and to run
(two to eight seconds for an A4 page at 300 dpi):

1. a cheap count of yellow specks (numpy). Most scans have none and stop here, and
   DEDA is never imported;
2. DEDA (see `deda`) finds the dot matrix and decodes the printer's serial number and
   the time of printing. When it cannot decode (a pattern it does not know), our grid
   test decides: many small yellow specks whose spectrum has a strong periodic peak.

A `DotReader` holds a time budget for DEDA, so one document with many scanned pages
cannot run the confined child past its time limit. Images met after the budget is spent
are reported as dots whenever they show yellow specks: a false alarm costs an editor a
look, a miss could cost a source.
"""

from __future__ import annotations

import io
import math
import time
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.originals.facts import fact

MIN_SPECKS = 24
"""Fewer yellow pixels than this cannot hold a dot matrix."""
MAX_DOT_PIXELS = 25_000_000
"""Larger images are reduced first (A4 at 600 dpi, 35 million pixels, to 300 dpi)."""
SPECK_WINDOW_INCHES = 1 / 30
MAX_SPECK_DENSITY = 0.2
"""A speck is a yellow pixel with few yellow neighbours; a logo or a highlighted line
is yellow all around, so it is neither counted nor mistaken for a grid."""
MIN_DEDA_SIDE = 300
"""Smaller images hold no full matrix for DEDA; the grid test looks at them alone."""
DEDA_SECONDS = 25.0
"""DEDA's share of the inspecting child's 60 seconds."""
A4_LONG_INCHES = 11.7
GRID_SIDE = 2048
"""The grid test looks at the top-left corner of larger scans: the grid repeats."""
MAX_GRID_YELLOW_SHARE = 0.02
PEAK_RATIO = 12.0


@dataclass
class DotReader:
    """Looks for tracking dots in the images of one document, within one time budget."""

    budget_seconds: float = DEDA_SECONDS
    spent: float = field(default=0.0, init=False)

    def findings(
        self, image: Image.Image, where: str, dpi: float | None = None
    ) -> list[FingerprintFinding]:
        """One finding when the image carries a dot grid, saying what it decodes to."""
        rgb, dpi = as_rgb(image, dpi)
        mask = speck_mask(rgb, dpi)
        specks = int(mask.sum())
        if specks < MIN_SPECKS:
            return []
        if min(rgb.shape[:2]) >= MIN_DEDA_SIDE:
            if self.spent >= self.budget_seconds:
                value = f"{specks} yellow speck pixels; not decoded (time limit), treated as dots"
                return [fact("tracking-dots", where, 1, value)]
            decoded = self._decode(rgb, dpi)
            if decoded is not None:
                return [fact("tracking-dots", where, 1, f"decodes to {decoded}")]
        if _is_grid(mask):
            value = f"{specks} yellow speck pixels in a regular grid; pattern not decoded"
            return [fact("tracking-dots", where, 1, value)]
        return []

    def _decode(self, rgb: np.ndarray, dpi: float) -> str | None:
        from workstation.fingerprints.originals import deda  # noqa: PLC0415 - slow import

        started = time.monotonic()
        try:
            decoded = deda.decode(rgb, dpi)
        finally:
            self.spent += time.monotonic() - started
        return decoded.describe() if decoded is not None else None


def clean_dots(image: Image.Image, dpi: float | None = None) -> bytes | None:
    """The image as PNG with the dots removed, or None when it shows no yellow specks
    and is left as it is.

    DEDA's cleanScan whitens the paper areas; dots it leaves at the edge of print (a
    letter, a logo) are whitened afterwards with a pixel of margin, so no part of the
    grid is left for a reader to find.
    """
    rgb, dpi = as_rgb(image, dpi)
    if int(speck_mask(rgb, dpi).sum()) < MIN_SPECKS:
        return None
    from workstation.fingerprints.originals import deda  # noqa: PLC0415 - slow import

    cleaned = deda.clean(rgb, dpi)
    left = speck_mask(cleaned, dpi).astype(np.int32)
    margin = max(1, round(dpi / 150))
    cleaned[_box_sum(_box_sum(left, margin, 0), margin, 1) > 0] = 255
    out = io.BytesIO()
    Image.fromarray(cleaned).save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()


def as_rgb(image: Image.Image, dpi: float | None) -> tuple[np.ndarray, float]:
    """The pixels (reduced when very large) and their resolution: as given, as the file
    says, or guessed as for an A4 page (the guess DEDA itself makes)."""
    dpi = dpi or _stated_dpi(image) or max(75.0, round(max(image.size) / A4_LONG_INCHES, -2))
    factor = math.ceil(math.sqrt(image.width * image.height / MAX_DOT_PIXELS))
    if factor > 1:
        image, dpi = image.reduce(factor), dpi / factor
    return np.asarray(image.convert("RGB")), dpi


def speck_mask(rgb: np.ndarray, dpi: float) -> np.ndarray:
    """Yellow pixels that stand nearly alone: what tracking dots look like in a scan."""
    yellow = yellow_mask(rgb)
    if int(yellow.sum()) < MIN_SPECKS:
        return yellow
    radius = max(2, round(dpi * SPECK_WINDOW_INCHES / 2))
    side = 2 * radius + 1
    neighbours = _box_sum(_box_sum(yellow.astype(np.int32), radius, 0), radius, 1)
    return yellow & (neighbours < MAX_SPECK_DENSITY * side * side)


def yellow_mask(rgb: np.ndarray) -> np.ndarray:
    """Light pixels whose blue is clearly below red and green: yellow ink or toner."""
    red, green, blue = (rgb[..., channel].astype(np.int16) for channel in range(3))
    return (red > 200) & (green > 200) & (blue < np.minimum(red, green) - 20)


def _box_sum(values: np.ndarray, radius: int, axis: int) -> np.ndarray:
    """Sums over a window of 2 * radius + 1 along one axis (running sums, no copies of
    the window)."""
    widths = [(0, 0), (0, 0)]
    widths[axis] = (radius + 1, radius)
    running = np.cumsum(np.pad(values, widths), axis=axis)
    upper: list[slice] = [slice(None), slice(None)]
    lower: list[slice] = [slice(None), slice(None)]
    upper[axis], lower[axis] = slice(2 * radius + 1, None), slice(None, -2 * radius - 1)
    return np.asarray(running[tuple(upper)] - running[tuple(lower)])


def _stated_dpi(image: Image.Image) -> float | None:
    """The resolution the file states; 72 is what software writes when it does not know."""
    try:
        stated = float(np.mean([float(part) for part in image.info["dpi"]]))
    except (KeyError, TypeError, ValueError):
        return None
    return stated if stated > 72.5 else None


def _is_grid(mask: np.ndarray) -> bool:
    """Few specks, spaced regularly: a peak far above the spectrum's average."""
    mask = mask[:GRID_SIDE, :GRID_SIDE]
    if mask.sum() > MAX_GRID_YELLOW_SHARE * mask.size:
        return False
    spectrum = np.abs(np.fft.rfft2(mask.astype(np.float32) - mask.mean()))
    spectrum[0, 0] = 0.0
    mean = float(spectrum.mean())
    return mean > 0 and float(spectrum.max()) / mean >= PEAK_RATIO
