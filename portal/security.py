"""Response headers that Django and django-csp do not set by themselves.

The Content-Security-Policy itself is in the settings (CONTENT_SECURITY_POLICY); this module only adjusts it for
the admin, where Wagtail and wagtail-localize set inline styles, and for the admin's own preview frames.
"""

from csp.constants import NONCE, SELF, UNSAFE_HASHES, UNSAFE_INLINE
from django.conf import settings

from home.admin_csp import admin_request

ADMIN_PREFIX = "/admin/"
ADMIN_LOGIN_PATH = "/admin/login/"
# jquery.Jcrop (the focal point chooser) tests for touch support by setting `ontouchstart="return;"` on a detached
# element; this lets exactly that harmless handler text run, and no other inline handler.
JCROP_TOUCH_PROBE = "'sha256-i+qr4lq34KgNHiW62lWi9aInEBwiEOrfCzaNPCvkqD8='"


class CrossOriginResourcePolicyMiddleware:
    """Tell browsers that no other site may embed this one's responses (images, scripts, documents)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", getattr(settings, "CROSS_ORIGIN_RESOURCE_POLICY", "same-origin")
        )
        return response


class AdminContentSecurityPolicyMiddleware:
    """Loosen the policy for the admin only as far as Wagtail needs: inline styles, and inline scripts only with
    the request's nonce, written by the few templates that need one (home/admin_csp.py).

    Wagtail's admin and wagtail-localize's translation editor write `style` attributes (Draftail, tooltips,
    progress bars, React components); public pages have none. The admin, and a view that asked to be framed by its
    own site (the live preview, marked SAMEORIGIN by Wagtail), may be framed by the site itself, never by others.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        in_admin = request.path_info.startswith(ADMIN_PREFIX)
        token = admin_request.set(request if in_admin else None)
        try:
            response = self.get_response(request)
        finally:
            admin_request.reset(token)
        update, replace = {}, {}
        if in_admin:
            # A preview is rendered by running the page's own request through the middleware again, which gave it
            # the public policy. The admin's policy (which may frame it) replaces that on the way out.
            del response["Content-Security-Policy"]
            # The nonce is added to the header only if a template used it (django-csp drops an unused NONCE).
            update["script-src"] = [NONCE]
            update["style-src"] = [UNSAFE_INLINE]
            replace["script-src-attr"] = [UNSAFE_HASHES, JCROP_TOUCH_PROBE]
        if (in_admin and request.path_info != ADMIN_LOGIN_PATH) or response.get("X-Frame-Options") == "SAMEORIGIN":
            # The editor holds an empty preview frame, which inherits the editor's policy and would be refused
            # under 'none'. Other sites still cannot frame the admin; its login page keeps 'none'.
            replace["frame-ancestors"] = [SELF]
        if update:
            response._csp_update = {**(getattr(response, "_csp_update", None) or {}), **update}
        if replace:
            response._csp_replace = {**(getattr(response, "_csp_replace", None) or {}), **replace}
        return response
