"""The demo's listing pages, impact page and think tanks, read from pages.yaml and think_tanks.yaml."""

from home.demo_support import SOURCE_LANGUAGE, TARGET_LANGUAGES, read_data, stream

from .bodies import blocks

LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)


def page_content(entry, body_key=None):
    """Return {language: page fields}; facts given once in the data (such as show_in_menus) go to every language.

    A body given as blocks becomes StreamField data whose block ids follow `body_key`, the same in every language.
    """
    facts = {name: value for name, value in entry.items() if name not in LANGUAGES}
    content = {}
    for code in LANGUAGES:
        fields = {**entry[code], **facts}
        if "body" in fields:
            fields["body"] = stream(body_key, blocks(fields["body"]))
        content[code] = fields
    return content


_PAGES = read_data(__file__, "pages.yaml")

THINK_TANK_INDEX = page_content(_PAGES["think_tank_index"])
CATALOG = page_content(_PAGES["catalog"])
IMPACT = page_content(_PAGES["impact"], body_key="impact-body")

# The home page's featured section: its heading and text in each language, and the experiments it shows.
FEATURED = {code: _PAGES["featured"][code] for code in LANGUAGES}
FEATURED_EXPERIMENTS = _PAGES["featured"]["experiments"]

# Each think tank: its themes, who takes part, how often it meets, and its text in three languages.
THINK_TANKS = read_data(__file__, "think_tanks.yaml")
