#!/usr/bin/env python3
"""Draws the bundled sample's photos (samples/photos/*.png), made for the project.

Plain drawings (sky, sun, workshop roofs; a reading room's shelves), written as PNG with
the Python standard library only (zlib), so they can be remade anywhere:
    python3 scripts/make-sample-photos.py
The output is byte-for-byte the same on every run.
"""
import math
import os
import struct
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples", "photos")


def png(path, width, height, channels, pixel):
    """pixel(x, y) -> tuple of `channels` bytes; 1 = grey, 3 = RGB, 4 = RGB + alpha."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            rows.extend(int(v) for v in pixel(x, y))
    colour_type = {1: 0, 3: 2, 4: 6}[channels]

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
            chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(data)


def workshop(x, y):
    """Morning over a workshop: sky gradient, sun, saw-tooth roofs, a chimney."""
    w, h = 480, 300
    sky = (int(250 - 90 * y / h), int(200 - 60 * y / h), int(150 + 80 * y / h))
    if math.hypot(x - 360, y - 90) < 34:
        return (255, 236, 170)
    roof = 190 - ((x % 80) if (x // 80) % 1 == 0 else 0) * 0.5
    if 300 < x < 318 and y > 70:
        return (120, 60, 50)
    if y > roof:
        shade = 70 + (x % 80)
        return (shade, shade + 10, shade + 30)
    if y > 250:
        return (90, 90, 95)
    return sky


def reading_room(x, y):
    """A reading room in grey, a wide view: shelves of books under a window."""
    if 180 < x < 300 and 30 < y < 120:
        return (235,)
    if y % 60 < 6:
        return (60,)
    book = (x // 14) * 37 % 100
    return (90 + book,) if y % 60 > 14 else (200,)


def classroom(x, y):
    """A union classroom: a green board, rows of desks; the corners transparent (alpha)."""
    w, h = 360, 240
    r = 24
    cx, cy = min(max(x, r), w - 1 - r), min(max(y, r), h - 1 - r)
    alpha = 255 if math.hypot(x - cx, y - cy) <= r else 0  # rounded corners
    if 60 < x < 300 and 20 < y < 100:
        return (40, 90, 60, alpha)
    if y > 130 and (y - 130) % 36 < 12:
        return (150, 100, 60, alpha)
    return (225, 215, 190, alpha)


# Drawn in the coordinates above, written this many times larger: enough pixels for the
# print profile's 250 ppi at the widest place a picture takes in the sample (large-print's
# column, 5.8 in), and no wider than 1,600 px (an EPUB reading system's screen).
SCALE = 3.3


def scaled(width, height, draw):
    return round(width * SCALE), round(height * SCALE), lambda x, y: draw(x / SCALE, y / SCALE)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, w, h, channels, draw in [("workshop.png", 480, 300, 3, workshop),
                                       ("reading-room.png", 400, 160, 1, reading_room),
                                       ("classroom.png", 360, 240, 4, classroom)]:
        sw, sh, pixel = scaled(w, h, draw)
        png(os.path.join(OUT, name), sw, sh, channels, pixel)


if __name__ == "__main__":
    main()
