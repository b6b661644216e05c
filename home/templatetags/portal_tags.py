"""Template tags for the parts every public page shares: language versions, navigation and footer."""

from django import template
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site

from home.cache import content_version
from home.languages import language_versions
from home.models import PortalSettings

register = template.Library()

FRAGMENT_TIMEOUT = 60 * 60


@register.simple_tag(takes_context=True)
def page_language_versions(context):
    """Return the language versions of the page being shown (or of the current address)."""
    request = context["request"]
    if "_portal_language_versions" not in context.render_context:
        context.render_context["_portal_language_versions"] = language_versions(request, context.get("page"))
    return context.render_context["_portal_language_versions"]


def _site_home(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    return Page.objects.live().filter(translation_key__in=root_key, locale__language_code=get_language()).first()


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """Return the language's home page and its children shown in menus, cached until content changes."""
    request = context["request"]
    site = Site.find_for_request(request)
    key = f"portal:nav:{site.pk if site else 0}:{get_language()}:{content_version()}"
    navigation = cache.get(key)
    if navigation is None:
        home = _site_home(request)
        items = []
        if home is not None:
            items = [
                {"title": child.title, "url": child.get_url(request), "path": child.url_path}
                for child in home.get_children().live().in_menu()
            ]
        navigation = {
            "home_url": home.get_url(request) if home else "/",
            "home_path": home.url_path if home else "",
            "items": items,
        }
        cache.set(key, navigation, FRAGMENT_TIMEOUT)
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
def footer_links(context):
    """Return the privacy notice and accessibility statement in the active language, cached until content changes."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return {}
    key = f"portal:footer:{site.pk}:{get_language()}:{content_version()}"
    links = cache.get(key)
    if links is None:
        portal_settings = PortalSettings.for_site(site)
        pages = portal_settings.footer_pages()
        links = {
            name: {"title": page.title, "url": page.get_url(request)} if page else None for name, page in pages.items()
        }
        links["contact_email"] = portal_settings.contact_email
        cache.set(key, links, FRAGMENT_TIMEOUT)
    return links


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
