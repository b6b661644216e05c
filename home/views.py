"""Site-wide views: the XML sitemap and robots.txt (search has its own folder, home/search/)."""

from collections import defaultdict

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap(request):
    """List every published page in every language, each with its language alternates (hreflang)."""
    site = Site.find_for_request(request)
    pages = []
    if site is not None:
        root_keys = Page.objects.filter(pk=site.root_page_id).values("translation_key")
        roots = Page.objects.filter(translation_key__in=root_keys).values_list("path", flat=True)
        pages = list(Page.objects.live().public().select_related("locale").order_by("path"))
        pages = [page for page in pages if any(page.path.startswith(root) for root in roots)]
    by_key = defaultdict(list)
    entries = []
    for page in pages:
        url = page.get_url(request)
        entry = {
            "location": request.build_absolute_uri(url) if url else None,
            "lastmod": page.last_published_at,
            "language": page.locale.language_code,
        }
        if entry["location"]:
            by_key[page.translation_key].append(entry)
            entries.append((page.translation_key, entry))
    urls = [{**entry, "alternates": by_key[key]} for key, entry in entries]
    return render(request, "home/sitemap.xml", {"urls": urls}, content_type="application/xml; charset=utf-8")


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
