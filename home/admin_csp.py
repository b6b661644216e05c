"""Nonces for the inline scripts that Wagtail's admin still writes, so the admin runs without 'unsafe-inline'.

Wagtail 8 initialises date pickers, inline panels and choosers with small inline <script> elements. Under a
script-src without 'unsafe-inline' they would be blocked and the editor would break. Only the templates that write
those scripts get the request's nonce (django-csp's `request.csp_nonce`), at render time: a script injected through
content is escaped by the template engine and never carries it. Widgets are rendered without the request, so the
admin middleware (portal.security) makes the request reachable here for the duration of an admin request. Public
pages never use a nonce: they are cached and served whole to everyone.
"""

from contextvars import ContextVar

from django.utils.html import format_html
from django.utils.safestring import mark_safe

admin_request: ContextVar = ContextVar("admin_request", default=None)


def csp_nonce():
    """Return the CSP nonce of the admin request being answered, or "" outside the admin."""
    request = admin_request.get()
    nonce = getattr(request, "csp_nonce", None)
    return str(nonce) if nonce is not None else ""


def nonce_attribute():
    nonce = csp_nonce()
    return format_html(' nonce="{}"', nonce) if nonce else ""


def patch_chooser_widgets():
    """Give the inline script of every Wagtail chooser widget (page, image, document, snippet) the nonce.

    Wagtail writes it as a literal f"<script>{js}</script>" in BaseChooser.render; this is the same method with the
    nonce attribute added. tests/security/test_admin_scripts.py fails if a Wagtail upgrade changes the markup.
    """
    from wagtail.admin.widgets.chooser import BaseChooser

    def render(self, name, value, attrs=None, renderer=None):
        try:
            id_ = attrs["id"]
        except (KeyError, TypeError) as e:
            raise TypeError("BaseChooser cannot be rendered without an 'id' attribute") from e
        value_data = self.get_value_data(value)
        widget_html = self.render_html(name, value_data, attrs)
        js = self.render_js_init(id_, name, value_data)
        # Same trust as Wagtail's own: widget_html is rendered by templates and js by json.dumps.
        return mark_safe(f"{widget_html}<script{nonce_attribute()}>{js}</script>")  # noqa: S308

    BaseChooser.render = render
