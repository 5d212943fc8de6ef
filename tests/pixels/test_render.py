"""Pages and pictures to pixels, bounded before anything is decoded."""

from __future__ import annotations

import io

import pymupdf
import pytest
from PIL import Image
from pixel_samples import png, png_claiming, strip_pdf

from workstation.pixels import PictureRefused
from workstation.pixels.render import pictures, render_page, render_pdf


def test_a_page_renders_at_the_reading_resolution() -> None:
    with pymupdf.open(stream=strip_pdf(), filetype="pdf") as document:
        grey = render_page(document[0], 300)
        colour = render_page(document[0], 150, colour=True)
    assert (grey.mode, grey.size) == ("L", (1750, 334))
    assert (colour.mode, colour.size) == ("RGB", (875, 167))
    assert grey.getextrema()[0] < 50  # the text is there


def test_a_page_too_large_to_render_is_refused() -> None:
    document = pymupdf.open()
    document.new_page(width=14_400, height=14_400)  # 200 inches square
    with pytest.raises(PictureRefused) as raised:
        render_page(document[0], 300)
    assert raised.value.code == "page_too_large"


def test_every_page_of_a_pdf() -> None:
    document = pymupdf.open()
    for _ in range(3):
        document.new_page(width=72, height=72)
    assert [image.size for image in render_pdf(document.tobytes(), 100)] == [(100, 100)] * 3


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    bomb = png_claiming(60_000, 60_000)  # 3.6 billion pixels in 70 bytes
    assert len(bomb) < 100
    with pytest.raises(PictureRefused) as raised:
        list(pictures(bomb))
    assert raised.value.code == "picture_too_large"
    assert "decompression bomb" in str(raised.value)


def test_the_pixel_ceiling_is_a_parameter() -> None:
    with pytest.raises(PictureRefused):
        list(pictures(png(100, 100), max_pixels=9_999))
    assert [image.size for image in pictures(png(100, 100), max_pixels=10_000)] == [(100, 100)]


def test_exif_orientation_is_applied() -> None:
    buffer = io.BytesIO()
    image = Image.new("RGB", (40, 20), "white")
    exif = image.getexif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise to display
    image.save(buffer, "JPEG", exif=exif)
    (upright,) = pictures(buffer.getvalue())
    assert upright.size == (20, 40)


def test_every_frame_of_a_tiff_up_to_the_limit() -> None:
    buffer = io.BytesIO()
    frames = [Image.new("L", (30, 30), shade) for shade in (0, 128, 255)]
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:])
    assert [image.getpixel((0, 0)) for image in pictures(buffer.getvalue())] == [0, 128, 255]
    with pytest.raises(PictureRefused) as raised:
        list(pictures(buffer.getvalue(), max_frames=2))
    assert raised.value.code == "picture_too_many_frames"


def test_transparency_is_flattened_onto_white() -> None:
    buffer = io.BytesIO()
    Image.new("RGBA", (10, 10), (0, 0, 0, 0)).save(buffer, "PNG")
    (image,) = pictures(buffer.getvalue())
    assert (image.mode, image.getpixel((5, 5))) == ("RGB", (255, 255, 255))


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n", "picture_format"),
        (b"not a picture at all", "picture_format"),
        (png(10, 10)[:-30], "picture_unreadable"),
    ],
    ids=["eps (would run Ghostscript)", "junk", "truncated png"],
)
def test_what_is_not_a_readable_picture_is_refused(data: bytes, code: str) -> None:
    with pytest.raises(PictureRefused) as raised:
        list(pictures(data))
    assert raised.value.code == code
