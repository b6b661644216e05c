"""The demo's illustrations: one SVG drawing for each experiment and think tank, of its own subject.

What each picture shows, and its alternative text in three languages, are in illustrations.yaml; the shapes it is
drawn from are in pictograms.py. SVG keeps every picture a few kilobytes and sharp at any width.
"""

from django.core.files.base import ContentFile
from wagtail.images import get_image_model

from home.demo_support import read_data

from .pictograms import COLOURS, place

WIDTH, HEIGHT, GROUND = 960, 540, 440

# {"experiments": {key: scene}, "think_tanks": {key: scene}}; a scene has sky, ground, items and alt.
ILLUSTRATIONS = read_data(__file__, "illustrations.yaml")


def scene(kind, key):
    return ILLUSTRATIONS[kind][key]


def alt_text(kind, key, language):
    """Return what the picture of one experiment or think tank shows, in one language."""
    return scene(kind, key)["alt"][language]


def draw_illustration(kind, key):
    """Return the SVG document of one experiment's or think tank's illustration, as bytes."""
    data = scene(kind, key)
    shapes = "".join(place(name, x, y, size) for name, x, y, size in data["items"])
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">'
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{COLOURS[data["sky"]]}"/>'
        f'<rect y="{GROUND}" width="{WIDTH}" height="{HEIGHT - GROUND}" fill="{COLOURS[data["ground"]]}"/>'
        f"{shapes}</svg>"
    )
    return svg.encode()


def illustration(kind, key):
    """Return the Wagtail image of one illustration, drawing and saving it the first time."""
    Image = get_image_model()
    title = f"Kuvitus: {key}" if kind == "experiments" else f"Kuvitus: ajatushautomo {key}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        prefix = "kokeilu" if kind == "experiments" else "ajatushautomo"
        image = Image(title=title, width=WIDTH, height=HEIGHT)
        image.file = ContentFile(draw_illustration(kind, key), name=f"{prefix}-{key}.svg")
        image.save()
    return image
