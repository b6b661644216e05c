"""Demo content of the participation app, loaded by `manage.py load_demo_content` after the home app's.

Each feature keeps its own demo folder (a loader and its YAML data); this calls them in order.
"""

from wagtail.models import Site

from home.models import HomePage

from .figures import demo as figures_demo
from .proposals import demo as proposals_demo
from .workshops import demo as workshops_demo


def load():
    """Add the participation pages under the default site's home page and fill them; return a short summary."""
    home = Site.objects.get(is_default_site=True).root_page.specific
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root page is not a HomePage.")
    return f"{proposals_demo.load(home)}; {workshops_demo.load()}; {figures_demo.load()}"
