"""Demo content of the ground floor: the home page, the model page, the privacy notice, the accessibility statement.

The texts are in the YAML files beside this loader, written as the city's communications team would write them, in
each language; facts from the programme's public description (shared/context/programme.md). Functional addresses
only, never a person's name.
"""

from wagtail.models import Site

from home.demo_support import add_translated_page, read_data, update_translated_page
from home.models import HomePage, PortalSettings, StandardPage

from .texts import page_texts

HOME = page_texts(
    read_data(__file__, "home.yaml"), rich_text_fields=("introduction",), streams={"key_figures": "home-figures"}
)
MODEL_PAGE = page_texts(read_data(__file__, "model.yaml"), streams={"body": "model-body"})
PRIVACY_PAGE = page_texts(read_data(__file__, "privacy.yaml"), streams={"body": "privacy-body"})
ACCESSIBILITY_PAGE = page_texts(read_data(__file__, "accessibility.yaml"), streams={"body": "accessibility-body"})


def load():
    """Fill the home page and add the ground floor's pages in three languages; return a short summary."""
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root page is not a HomePage.")
    if not home.key_figures:
        update_translated_page(home, HOME)

    add_translated_page(home, StandardPage, MODEL_PAGE)
    privacy = add_translated_page(home, StandardPage, PRIVACY_PAGE)
    accessibility = add_translated_page(home, StandardPage, ACCESSIBILITY_PAGE)

    portal_settings = PortalSettings.for_site(site)
    portal_settings.privacy_page = privacy
    portal_settings.accessibility_page = accessibility
    portal_settings.save()
    return "home page, model page, privacy notice and accessibility statement"
