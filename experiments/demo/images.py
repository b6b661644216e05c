"""Illustrations for the demo experiments, drawn here with Pillow: one motif per theme, varied per experiment.

Their alternative texts are in images.yaml.
"""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from home.demo_support import read_data

SIZE = (960, 540)

# Background, then the colours of the motif. Chosen so the shapes stand out from the background.
PALETTES = {
    "circular-economy": ("#e3f1e6", ["#1f7a3d", "#5aa469", "#2e5e3a"]),
    "artificial-intelligence": ("#10233f", ["#7fb8ff", "#ffffff", "#3d7dd8"]),
    "creative-urban-space": ("#f4f1ea", ["#e4572e", "#29335c", "#f3a712", "#669bbc"]),
    "urban-culture": ("#2d1e47", ["#f7b2bd", "#ffd166", "#c3a6ff"]),
    "block-parties": ("#fff4d6", ["#e63946", "#1d3557", "#2a9d8f", "#f4a261"]),
    "mobility": ("#d9f0ee", ["#00665e", "#0b4f8a", "#f4a261"]),
    "rooting-students": ("#fdebd3", ["#b5581c", "#6b3e26", "#e9a23b"]),
    "open-governance": ("#e6eef6", ["#0b4f8a", "#00665e", "#ffffff"]),
}

# What each motif shows, for people who cannot see it: {theme: {language: text}}.
ALT_TEXTS = read_data(__file__, "images.yaml")["alt_texts"]


def _circular(draw, rng, colours):
    cx, cy = rng.randint(300, 660), rng.randint(200, 340)
    for index, radius in enumerate(range(60, 420, 45)):
        start = rng.randint(0, 360)
        draw.arc(
            (cx - radius, cy - radius, cx + radius, cy + radius),
            start,
            start + rng.randint(200, 320),
            fill=colours[index % len(colours)],
            width=16,
        )


def _network(draw, rng, colours):
    points = [(rng.randint(40, 920), rng.randint(40, 500)) for _ in range(26)]
    for index, (x, y) in enumerate(points):
        for other in points[index + 1 : index + 3]:
            draw.line((x, y, *other), fill=colours[2], width=3)
    for x, y in points:
        radius = rng.randint(6, 14)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colours[rng.randint(0, 1)])


def _blocks(draw, rng, colours):
    for _ in range(18):
        x, y = rng.randint(0, 860), rng.randint(0, 460)
        draw.rectangle((x, y, x + rng.randint(60, 220), y + rng.randint(40, 160)), fill=rng.choice(colours))


def _waves(draw, rng, colours):
    for index in range(9):
        base = 60 + index * 52
        amplitude, phase = rng.randint(12, 40), rng.random() * 6
        points = [(x, base + amplitude * math.sin(x / 80 + phase)) for x in range(0, 961, 12)]
        draw.line(points, fill=colours[index % len(colours)], width=7)


def _bunting(draw, rng, colours):
    for row in range(3):
        y = 70 + row * 110 + rng.randint(-10, 10)
        for x in range(0, 960, 64):
            draw.polygon((x, y, x + 56, y, x + 28, y + 60), fill=colours[(x // 64 + row) % len(colours)])
    draw.rounded_rectangle((80, 420, 880, 460), radius=12, fill=colours[1])


def _roads(draw, rng, colours):
    for y in (170, 370):
        draw.rectangle((0, y - 50, 960, y + 50), fill=colours[1])
        for x in range(rng.randint(0, 40), 960, 90):
            draw.rectangle((x, y - 4, x + 50, y + 4), fill="#ffffff")
    for _ in range(5):
        x, y, radius = rng.randint(60, 900), rng.choice((170, 370)), rng.randint(22, 36)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=colours[2], width=8)


def _roots(draw, rng, colours):
    for _ in range(9):
        x, y = rng.randint(60, 900), rng.randint(60, 220)
        for _root in range(4):
            draw.line((x, y, x + rng.randint(-120, 120), y + rng.randint(150, 300)), fill=colours[1], width=5)
        draw.ellipse((x - 32, y - 32, x + 32, y + 32), fill=rng.choice((colours[0], colours[2])))


def _bubbles(draw, rng, colours):
    for _ in range(7):
        x, y = rng.randint(20, 720), rng.randint(20, 400)
        width, height = rng.randint(160, 240), rng.randint(80, 120)
        colour = rng.choice(colours)
        draw.rounded_rectangle((x, y, x + width, y + height), radius=28, fill=colour)
        draw.polygon((x + 30, y + height - 4, x + 70, y + height - 4, x + 24, y + height + 36), fill=colour)


MOTIFS = {
    "circular-economy": _circular,
    "artificial-intelligence": _network,
    "creative-urban-space": _blocks,
    "urban-culture": _waves,
    "block-parties": _bunting,
    "mobility": _roads,
    "rooting-students": _roots,
    "open-governance": _bubbles,
}


def draw_illustration(theme, seed):
    """Return PNG bytes of the theme's motif; the same seed always draws the same picture."""
    background, colours = PALETTES[theme]
    picture = PillowImage.new("RGB", SIZE, background)
    MOTIFS[theme](ImageDraw.Draw(picture), random.Random(seed), colours)  # noqa: S311 (a drawing, not a secret)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def illustration(theme, key):
    """Return the Wagtail image of an experiment's illustration, drawing and saving it the first time."""
    Image = get_image_model()
    title = f"Kuvitus: {key}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(draw_illustration(theme, key)), name=f"kokeilu-{key}.png")
        image.save()
    return image
