"""Helpers for the workshop tests: workshops in three languages, built the way editors publish them."""

import time
from datetime import timedelta

from django.utils import timezone

from home.demo_support import add_translated_page
from participation.models import WorkshopPage
from participation.spam import TIMESTAMP_FIELD, signed_render_time

INDEX_CONTENT = {
    "fi": {"title": "Työpajat", "slug": "tyopajat", "introduction": "Tule mukaan kehittämään Vaasaa."},
    "sv": {"title": "Workshoppar", "slug": "workshoppar", "introduction": "Kom med och utveckla Vasa."},
    "en": {"title": "Workshops", "slug": "workshops", "introduction": "Come and develop Vaasa with us."},
}


def workshop_content(slug="kiertotalous"):
    return {
        "fi": {"title": "Kiertotalouden työpaja", "slug": slug, "venue": "Kaupungintalo, juhlasali"},
        "sv": {"title": "Workshop om cirkulär ekonomi", "slug": f"{slug}-sv", "venue": "Stadshuset, festsalen"},
        "en": {"title": "Circular economy workshop", "slug": f"{slug}-en", "venue": "City Hall, banquet hall"},
    }


def workshop_facts(**overrides):
    starts = timezone.now() + timedelta(days=10)
    facts = {
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=2),
        "capacity": 3,
        "languages": ["fi", "sv"],
        "step_free_access": True,
        "induction_loop": True,
    }
    facts.update(overrides)
    return facts


def make_workshop(index, slug="kiertotalous", **facts):
    return add_translated_page(index, WorkshopPage, workshop_content(slug), facts=workshop_facts(**facts))


def form_data(workshop, **overrides):
    """What a person fills in; the render stamp says the form was shown a minute ago."""
    data = {
        "name": "Aino Esimerkki",
        "email": "aino@example.com",
        "organisation": "",
        "stakeholder_group": "resident",
        "needs": ["step_free_access"],
        "needs_details": "",
        # The needs come with the consent that covers them, as a person who tells them ticks it.
        "health_consent": "on",
        "language": "fi",
        TIMESTAMP_FIELD: signed_render_time(f"workshop-signup:{workshop.translation_key}", time.time() - 60),
    }
    data.update(overrides)
    return data


def signup_kwargs(**overrides):
    kwargs = {
        "name": "Aino Esimerkki",
        "email": "aino@example.com",
        "stakeholder_group": "resident",
        "language": "fi",
    }
    kwargs.update(overrides)
    return kwargs
