"""What a reader sees: pages and pictures as pixels, read by OCR, rebuilt, verified.

| module | one job |
|---|---|
| `render` | PDF pages (PyMuPDF) and picture files (Pillow) to pixels, bounded |
| `ocr` | Tesseract words with boxes and confidences; one engine per thread |
| `languages` | installed traineddata; a missing language names its PyPI package |
| `rebuild` | a new PDF of page pictures with boxes painted in, optional OCR layer |
| `pdf_objects` | every object of a PDF against the list of what `rebuild` writes |
| `legible` | skeletons that merge OCR look-alikes; is a term legible in words |
| `layers` | a page's text layer and its OCR reading paired by position; where they part |
| `pixel_check` | render with PDFium, OCR, and find legible terms (the gate's reading) |
| `boxes` | rectangles in pixels and points |

Errors (all one line, none holds document text)::

    PixelsError
    ├── LanguageMissing     a policy's OCR language is not installed (names the package)
    ├── LanguageInvalid     a language name that is not a traineddata name
    └── PictureRefused      not reviewable as pixels: .code names why (too many
                            pixels or frames, unknown format, undecodable, unrenderable)
"""

from workstation.pixels.errors import (
    LanguageInvalid,
    LanguageMissing,
    PictureRefused,
    PixelsError,
)

__all__ = ["LanguageInvalid", "LanguageMissing", "PictureRefused", "PixelsError"]
