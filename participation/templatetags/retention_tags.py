"""The privacy notice's retention table for the block the home app leaves for it (home.blocks.RetentionFactsBlock).

{% load retention_tags %}{% retention_facts as facts %}: rows with `what` and `period`, in the active language,
with the figures the retention code reads (participation/retention.py).
"""

from django import template

from participation.retention import privacy_facts

register = template.Library()


@register.simple_tag
def retention_facts():
    return privacy_facts()
