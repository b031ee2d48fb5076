#!/usr/bin/env python3
"""Draws the cutri icon: icons/cutri.svg, icons/cutri-<size>.png and icons/cutri.ico.

Only the Python standard library is used (PNG written with zlib), so anyone can redraw the icon:

    python3 icons/make-icons.py

The design is original: a red rounded square, a gold speech bubble and three people in it
("meeting the voters"). It deliberately uses no star and nothing of the Fatherland Front emblem.
The shapes are listed once below; the SVG and every bitmap are made from that same list.
"""

import os
import struct
import zlib

RED = (0xB3, 0x26, 0x1E)   # the Front's red
GOLD = (0xF7, 0xD7, 0x74)  # gold
SIZES = (16, 24, 32, 48, 64, 128, 256)
HERE = os.path.dirname(os.path.abspath(__file__))

# Every shape on a 256 x 256 canvas, painted in order (later shapes cover earlier ones).
# ("rrect", x0, y0, x1, y1, radius) | ("circle", cx, cy, r) | ("dome", cx, cy, rx, ry): the upper half
# of an ellipse, the flat side at y = cy | ("poly", [(x, y), ...]) a convex polygon.
SHAPES = [
    (RED, ("rrect", 8, 8, 248, 248, 52)),
    # the speech bubble and its tail
    (GOLD, ("rrect", 34, 46, 222, 178, 40)),
    (GOLD, ("poly", [(70, 168), (122, 168), (56, 222)])),
    # two people behind ...
    (RED, ("circle", 80, 98, 17)),
    (RED, ("dome", 80, 156, 30, 34)),
    (RED, ("circle", 176, 98, 17)),
    (RED, ("dome", 176, 156, 30, 34)),
    # ... a gold gap around the one in front ...
    (GOLD, ("circle", 128, 88, 27)),
    (GOLD, ("dome", 128, 156, 44, 54)),
    # ... and the one in front
    (RED, ("circle", 128, 88, 20)),
    (RED, ("dome", 128, 156, 37, 47)),
]


def inside(shape, x, y):
    kind = shape[0]
    if kind == "rrect":
        _, x0, y0, x1, y1, r = shape
        if x < x0 or x > x1 or y < y0 or y > y1:
            return False
        dx = max(x0 + r - x, 0, x - (x1 - r))
        dy = max(y0 + r - y, 0, y - (y1 - r))
        return dx * dx + dy * dy <= r * r
    if kind == "circle":
        _, cx, cy, r = shape
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    if kind == "dome":
        _, cx, cy, rx, ry = shape
        return y <= cy and ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1
    if kind == "poly":
        points = shape[1]
        sign = 0
        for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1]):
            cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax)
            if cross != 0:
                s = 1 if cross > 0 else -1
                if sign == 0:
                    sign = s
                elif s != sign:
                    return False
        return True
    raise ValueError(kind)


def bounds(shape):
    kind = shape[0]
    if kind == "rrect":
        return shape[1:5]
    if kind == "circle":
        _, cx, cy, r = shape
        return cx - r, cy - r, cx + r, cy + r
    if kind == "dome":
        _, cx, cy, rx, ry = shape
        return cx - rx, cy - ry, cx + rx, cy
    xs = [p[0] for p in shape[1]]
    ys = [p[1] for p in shape[1]]
    return min(xs), min(ys), max(xs), max(ys)


def render(size):
    """RGBA rows, anti-aliased by supersampling each pixel on an n x n grid."""
    n = 8 if size <= 64 else 4
    scale = 256.0 / size
    offsets = [(i + 0.5) / n for i in range(n)]
    pixels = [[(0, 0, 0, 0)] * size for _ in range(size)]
    for py in range(size):
        for px in range(size):
            samples = []
            for oy in offsets:
                for ox in offsets:
                    x, y = (px + ox) * scale, (py + oy) * scale
                    colour = None
                    for fill, shape in reversed(SHAPES):
                        x0, y0, x1, y1 = bounds(shape)
                        if x0 <= x <= x1 and y0 <= y <= y1 and inside(shape, x, y):
                            colour = fill
                            break
                    samples.append(colour)
            painted = [c for c in samples if c is not None]
            if not painted:
                continue
            alpha = len(painted) / len(samples)
            rgb = tuple(round(sum(c[i] for c in painted) / len(painted)) for i in range(3))
            pixels[py][px] = rgb + (round(alpha * 255),)
    return pixels


def png(pixels):
    size = len(pixels)
    raw = b"".join(b"\x00" + bytes(v for p in row for v in p) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def dib(pixels):
    """A 32-bit BMP entry for the .ico (classic format, read by every Windows tool)."""
    size = len(pixels)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    colour = b"".join(bytes((b, g, r, a)) for row in reversed(pixels) for (r, g, b, a) in row)
    mask_row = ((size + 31) // 32) * 4
    mask = b"\x00" * (mask_row * size)  # all visible; the alpha channel does the work
    return header + colour + mask


def ico(images):
    """Small sizes as BMP, 256 as PNG: the layout Windows itself uses."""
    entries, blobs = [], []
    offset = 6 + 16 * len(images)
    for size, pixels, png_data in images:
        data = png_data if size >= 256 else dib(pixels)
        dim = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(blobs)


def hex_colour(rgb):
    return "#%02x%02x%02x" % rgb


def svg():
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!-- cutri icon. Generated by make-icons.py from the same shapes as the PNG files. -->',
             '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">']
    for fill, shape in SHAPES:
        f = hex_colour(fill)
        kind = shape[0]
        if kind == "rrect":
            _, x0, y0, x1, y1, r = shape
            lines.append(f'  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{f}" stroke="none"/>')
        elif kind == "circle":
            _, cx, cy, r = shape
            lines.append(f'  <circle cx="{cx}" cy="{cy}" r="{r}" fill="{f}" stroke="none"/>')
        elif kind == "dome":
            _, cx, cy, rx, ry = shape
            lines.append(f'  <path d="M{cx - rx},{cy} A{rx},{ry} 0 0 1 {cx + rx},{cy} Z" fill="{f}" stroke="none"/>')
        else:
            points = " ".join(f"{x},{y}" for x, y in shape[1])
            lines.append(f'  <polygon points="{points}" fill="{f}" stroke="none"/>')
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def main():
    with open(os.path.join(HERE, "cutri.svg"), "w", encoding="utf-8") as out:
        out.write(svg())
    images = []
    for size in SIZES:
        pixels = render(size)
        data = png(pixels)
        with open(os.path.join(HERE, f"cutri-{size}.png"), "wb") as out:
            out.write(data)
        images.append((size, pixels, data))
        print(f"cutri-{size}.png")
    with open(os.path.join(HERE, "cutri.ico"), "wb") as out:
        out.write(ico(images))
    print("cutri.ico, cutri.svg")


if __name__ == "__main__":
    main()
