from django import template

from home.admin_csp import nonce_attribute

register = template.Library()


@register.simple_tag
def csp_nonce_attribute():
    """Write ` nonce="…"` for an inline admin script, or nothing outside the admin."""
    return nonce_attribute()
