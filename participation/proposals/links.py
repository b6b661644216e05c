"""Links between proposals and pages, in the language being read.

A proposal links to one page row (usually the Finnish experiment page) and editors place one idea board per
language. These helpers find the version of each in the active locale, in one query per listing.
"""

from wagtail.models import Locale, Page

from .pages import ProposalBoardPage


def board_for_locale(locale=None):
    """Return the live idea board in `locale` (the active one by default), or None."""
    locale = locale or Locale.get_active()
    return ProposalBoardPage.objects.live().public().filter(locale=locale).order_by("path").first()


def experiment_links(proposals, request=None, locale=None, absolute=False):
    """Return {proposal pk: {"title", "url"}} for the proposals whose experiment has a live page.

    The experiment is shown in the active language where it has a live translation, else as it was linked.
    `absolute` gives full addresses, for e-mail.
    """
    locale = locale or Locale.get_active()
    linked = {proposal.pk: proposal.experiment_id for proposal in proposals if proposal.experiment_id}
    if not linked:
        return {}
    sources = {page.pk: page for page in Page.objects.filter(pk__in=set(linked.values())).only("translation_key")}
    keys = {page.translation_key for page in sources.values()}
    live = list(Page.objects.live().public().filter(translation_key__in=keys).select_related("locale"))
    in_locale = {page.translation_key: page for page in live if page.locale_id == locale.pk}
    as_linked = {page.pk: page for page in live}
    # Many proposals may lead to one experiment: work out each page's link once.
    page_links = {}
    links = {}
    for proposal_pk, page_pk in linked.items():
        source = sources.get(page_pk)
        if source is None:
            continue
        page = in_locale.get(source.translation_key) or as_linked.get(page_pk)
        if page is None:
            continue
        if page.pk not in page_links:
            url = page.get_full_url(request) if absolute else page.get_url(request)
            page_links[page.pk] = {"title": page.title, "url": url}
        links[proposal_pk] = page_links[page.pk]
    return links
