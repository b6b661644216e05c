"""Template tags for the parts every public page shares: language versions, navigation and footer."""

from django import template
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.breadcrumbs import Crumb, breadcrumb_trail, front_page_title
from home.cache import content_version
from home.languages import language_versions
from home.models import PortalSettings
from home.page_cache import content_fragment_key, is_canonical_host, page_cache_timeout
from home.request_memo import remember, remembered
from home.surroundings import surrounding_pages

register = template.Library()

FRAGMENT_TIMEOUT = 60 * 60


@register.simple_tag(takes_context=True)
def page_language_versions(context):
    """Return the language versions of the page being shown (or of the current address)."""
    request = context["request"]
    page = context.get("page")
    # Asked for twice per page (the hreflang alternates and the switcher), each in its own included template.
    if not hasattr(request, "_portal_language_versions"):
        request._portal_language_versions = cached_language_versions(request, page)
    return request._portal_language_versions


def cached_language_versions(request, page):
    """Return language_versions(), kept until content changes for a page shown at its own address."""
    # Under another host name or port the links are built for that host, and strangers choose the port: not kept.
    if (
        not isinstance(page, Page)
        or getattr(page, "language_neutral_subpaths", False)
        or not is_canonical_host(request)
    ):
        return language_versions(request, page)
    key = f"portal:languages:{content_version()}:{request.scheme}:{request.get_host()}:{page.pk}:{get_language()}"
    versions = cache.get(key)
    if versions is None:
        versions = language_versions(request, page)
        cache.set(key, versions, FRAGMENT_TIMEOUT)
    return versions


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """Return the language's home page and its children shown in menus, cached until content changes."""
    request = context["request"]
    site = Site.find_for_request(request)
    key = f"portal:nav:{site.pk if site else 0}:{get_language()}:{content_version()}"
    navigation = remembered(key, lambda: cache.get(key))
    if navigation is None:
        surroundings = surrounding_pages(request, context.get("page"))
        home = surroundings["home"]
        items = [
            {"title": child.title, "url": child.get_url(request), "path": child.url_path}
            for child in surroundings["menu"]
        ]
        navigation = {
            "home_url": home.get_url(request) if home else "/",
            "home_path": home.url_path if home else "",
            "items": items,
        }
        cache.set(key, navigation, FRAGMENT_TIMEOUT)
        remember(key, navigation)
    page_path = getattr(context.get("page"), "url_path", "") or ""
    items = [
        {
            **item,
            "current": "page" if item["path"] == page_path else ("true" if page_path.startswith(item["path"]) else ""),
        }
        for item in navigation["items"]
    ]
    return {**navigation, "items": items}


@register.simple_tag(takes_context=True)
def breadcrumbs(context, page=None, current=""):
    """Return the breadcrumbs of the page shown: the crumbs above it, then the one being read.

    `page` defaults to the context's page. `current` names what a page shows below itself (an idea on the board, a
    thank-you page): the page then becomes a link and `current` the last crumb. Without a page (search), the trail
    is the front page and `current`. The front page itself has none.
    """
    request = context["request"]
    page = page or context.get("page")
    if isinstance(page, Page):
        trail = cached_breadcrumb_trail(request, page)
    elif current:
        trail = [Crumb(front_page_title(), site_navigation(context)["home_url"])]
    else:
        trail = []
    if current and trail:
        return {"links": trail, "current": current}
    return {"links": trail[:-1], "current": trail[-1].title if trail else ""}


def cached_breadcrumb_trail(request, page):
    """Return breadcrumb_trail(), kept until content changes for a published page at the site's own address."""
    if getattr(request, "is_preview", False) or not is_canonical_host(request):
        return breadcrumb_trail(request, page)
    key = f"portal:crumbs:{content_version()}:{request.scheme}:{request.get_host()}:{page.pk}:{get_language()}"
    trail = cache.get(key)
    if trail is None:
        trail = breadcrumb_trail(request, page)
        cache.set(key, trail, FRAGMENT_TIMEOUT)
    return trail


@register.simple_tag(takes_context=True)
def footer_links(context):
    """Return the privacy notice and accessibility statement in the active language, cached until content changes."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return {}
    key = f"portal:footer:{site.pk}:{get_language()}:{content_version()}"
    links = cache.get(key)
    if links is None:
        portal_settings = PortalSettings.for_request(request)
        pages = portal_settings.footer_pages()
        links = {
            name: {"title": page.title, "url": page.get_url(request)} if page else None for name, page in pages.items()
        }
        links["contact_email"] = portal_settings.contact_email
        cache.set(key, links, FRAGMENT_TIMEOUT)
    return links


@register.simple_tag(name="content_version")
def content_version_tag():
    """Return the content version, for a {% wagtailcache %} key that must go stale when content changes.

    {% content_version as version %}{% wagtailcache 3600 "name" object.pk LANGUAGE_CODE version %}: the library
    tag skips the cache in previews and without a request; the version makes a publish anywhere drop the entry.
    """
    return content_version()


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """Return the current query string with some parameters changed; an empty value removes a parameter."""
    params = context["request"].GET.copy()
    for name, value in changes.items():
        if value is None or value == "":
            params.pop(name, None)
        else:
            params[name] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.tag("cached_page_content")
def cached_page_content(parser, token):
    """Keep the rendered main content of a content page until content changes (see content_fragment_key)."""
    nodelist = parser.parse(("endcached_page_content",))
    parser.delete_first_token()
    return CachedPageContentNode(nodelist)


class CachedPageContentNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        request = context.get("request")
        key = content_fragment_key(request, context.get("page"))
        if key is None:
            return self.nodelist.render(context)
        html = cache.get(key)
        if html is None:
            # A CSRF token in the HTML belongs to this reader's cookie: such content is never kept.
            token_was_used = request.META.pop("CSRF_COOKIE_NEEDS_UPDATE", None)
            html = self.nodelist.render(context)
            if not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
                cache.set(key, html, page_cache_timeout())
            if token_was_used:
                request.META["CSRF_COOKIE_NEEDS_UPDATE"] = token_was_used
        return html


CSRF_PLACEHOLDER = "\x00portal-csrf-token\x00"
STAMP_PLACEHOLDER = "\x00portal-render-stamp\x00"


@register.tag("cached_blank_form")
def cached_blank_form(parser, token):
    """Keep the HTML of an empty public form until content changes, with holes for the per-reader values.

    {% cached_blank_form form status.availability %}...{% endcached_blank_form %}: the values after the form are
    part of the key. An unbound form renders the same for everyone but for its CSRF token and its signed render
    time (participation/spam.py); those are put back for each reader. A form with data or errors renders afresh.
    """
    bits = token.split_contents()[1:]
    nodelist = parser.parse(("endcached_blank_form",))
    parser.delete_first_token()
    return CachedBlankFormNode(nodelist, parser.compile_filter(bits[0]), [parser.compile_filter(b) for b in bits[1:]])


class CachedBlankFormNode(template.Node):
    def __init__(self, nodelist, form, key_parts):
        self.nodelist = nodelist
        self.form = form
        self.key_parts = key_parts

    def render(self, context):
        request = context.get("request")
        form = self.form.resolve(context, ignore_failures=True)
        if request is None or form is None or form.is_bound or "csrf_token" not in context:
            return self.nodelist.render(context)
        if not is_canonical_host(request):
            return self.nodelist.render(context)
        parts = ":".join(str(part.resolve(context, ignore_failures=True)) for part in self.key_parts)
        key = f"portal:form:{content_version()}:{request.get_host()}:{request.path}:{get_language()}:{parts}"
        stamp = str(form["rendered_at"].value())
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            token = str(context["csrf_token"])
            if token in html and stamp in html:
                cache.set(
                    key, html.replace(token, CSRF_PLACEHOLDER).replace(stamp, STAMP_PLACEHOLDER), FRAGMENT_TIMEOUT
                )
            return html
        # Asking for the token also makes the response set the CSRF cookie, as rendering {% csrf_token %} would.
        return html.replace(CSRF_PLACEHOLDER, str(context["csrf_token"])).replace(STAMP_PLACEHOLDER, stamp)
