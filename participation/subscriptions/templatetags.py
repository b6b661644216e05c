"""Template tags of following: the follow form, placed on a think tank, an experiment or the workshop listing."""

from django import template

from .forms import FollowForm
from .services import follow_choices, followed_kind

register = template.Library()


@register.inclusion_tag("participation/subscriptions/follow_form.html", takes_context=True)
def follow_form(context, page):
    """Render the follow form for `page` ({% follow_form page %}); nothing for a page that cannot be followed."""
    page = getattr(page, "specific", page)
    if followed_kind(page) is None:
        return {"form": None}
    return {
        "form": FollowForm(origin=page, choices=follow_choices(page)),
        "origin": page,
        "request": context.get("request"),
    }
