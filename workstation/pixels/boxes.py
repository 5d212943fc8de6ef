"""Rectangles on a page, in image pixels or in PDF points, and the step between them.

A page rendered at `dpi` has `dpi / 72` pixels per point; both units put the origin at
the top-left corner with y growing downwards (PyMuPDF's page space, Pillow's pixels).
"""

from __future__ import annotations

from dataclasses import dataclass

POINTS_PER_INCH = 72.0


@dataclass(frozen=True, order=True)
class Box:
    """An axis-aligned rectangle: left, top, right, bottom."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def scaled(self, factor: float) -> Box:
        return Box(self.left * factor, self.top * factor, self.right * factor, self.bottom * factor)

    def to_points(self, dpi: float) -> Box:
        """This box, given in pixels of a rendering at `dpi`, in PDF points."""
        return self.scaled(POINTS_PER_INCH / dpi)

    def to_pixels(self, dpi: float) -> Box:
        """This box, given in PDF points, in pixels of a rendering at `dpi`."""
        return self.scaled(dpi / POINTS_PER_INCH)

    def grown(self, margin: float) -> Box:
        return Box(self.left - margin, self.top - margin, self.right + margin, self.bottom + margin)

    def overlaps(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )
