"""Can this terminal draw pictures, and with what: decided once, before Textual starts.

`textual-image` asks the terminal (Sixel, Kitty's graphics protocol) when it is first
imported, by writing a query and reading the answer; once Textual runs, Textual reads
the terminal and the answer would be lost. So `probe` runs in `launch`, before the app
starts, and only when stdout is a terminal. A terminal that can only draw with
coloured half blocks or characters gets no picture: a page region at that resolution
is a blur that looks like a reading. The preview then says in words where the place is.
"""

from __future__ import annotations

import sys
from typing import Any

_found: list[Any] = []


def probe() -> Any | None:
    """The `textual-image` widget class for this terminal if it draws real pictures,
    else None (remembered for the process)."""
    if _found:
        return _found[0]
    widget = None
    if sys.__stdout__ is not None and sys.__stdout__.isatty():
        try:
            widget = _graphics_widget()
        except Exception:  # a terminal that answers nonsense: no pictures, no crash
            widget = None
    _found.append(widget)
    return widget


def _graphics_widget() -> Any | None:
    from textual_image import renderable, widget  # noqa: PLC0415 - queries the terminal

    if renderable.Image in (renderable.SixelImage, renderable.TGPImage):
        return widget.Image
    return None
