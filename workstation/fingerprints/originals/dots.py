"""Printer tracking dots: the faint yellow grid colour laser printers add to each page.

The DEDA package (which decodes them) is not available here, so this only detects that a
grid is likely present: many small, isolated yellow specks, spaced regularly. A scan
with such dots should not be published as an image; its text can be.

Method: a yellow mask (red and green high, blue clearly lower), small enough to be specks
rather than yellow areas; then the mask's spectrum: a repeating grid shows as peaks far
above the average, where scattered yellow noise does not.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.originals.facts import fact

MAX_SIDE = 2048
"""Larger scans are cropped to their top-left corner: the grid repeats over the page."""
MIN_SPECKS = 24
MAX_YELLOW_SHARE = 0.02
PEAK_RATIO = 12.0


def find_tracking_dots(image: Image.Image, where: str) -> list[FingerprintFinding]:
    """One finding when the image looks like it carries a yellow dot grid."""
    mask = _yellow_mask(image)
    specks = int(mask.sum())
    if specks < MIN_SPECKS or specks > MAX_YELLOW_SHARE * mask.size:
        return []
    if _peak_ratio(mask) < PEAK_RATIO:
        return []
    return [fact("tracking-dots", where, specks, f"{specks} yellow specks in a regular grid")]


def _yellow_mask(image: Image.Image) -> np.ndarray:
    rgb = image.convert("RGB").crop((0, 0, min(image.width, MAX_SIDE), min(image.height, MAX_SIDE)))
    pixels = np.asarray(rgb, dtype=np.int16)
    red, green, blue = pixels[..., 0], pixels[..., 1], pixels[..., 2]
    return (red > 180) & (green > 180) & (blue < red - 40) & (blue < green - 40)


def _peak_ratio(mask: np.ndarray) -> float:
    """How far the strongest repeating frequency stands above the spectrum's average."""
    spectrum = np.abs(np.fft.rfft2(mask.astype(np.float32) - mask.mean()))
    spectrum[0, 0] = 0.0
    mean = float(spectrum.mean())
    return float(spectrum.max()) / mean if mean > 0 else 0.0
