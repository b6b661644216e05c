"""Factories for test data. Values come from Faker or sequences, never computed at import time.

One section per app. Translated content is built by the `publish_*` functions, which go through wagtail-localize
as the admin does.
"""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale, Site

from experiments.choices import Status
from experiments.models import (
    ExperimentIndexPage,
    ExperimentPage,
    ExperimentPartner,
    ExperimentStatusChange,
    ExperimentStrategyGoal,
    ExperimentTheme,
    ImpactPage,
    StrategyGoal,
    Theme,
    ThinkTankIndexPage,
    ThinkTankPage,
    ThinkTankTheme,
)
from home.demo_support import add_translated_page, paragraphs, stream, update_translated_page
from home.translation import publish_translations
from participation.models import Proposal, ProposalStatus


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.fi")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Faker("sentence", nb_words=3)


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposal

    language = "fi"
    title = factory.Faker("sentence", nb_words=5, locale="fi_FI")
    description = factory.Faker("paragraph", nb_sentences=4, locale="fi_FI")
    theme = None
    status = ProposalStatus.NEW


# --- experiments ---------------------------------------------------------------------------------------------


class ThemeFactory(DjangoModelFactory):
    name = factory.Sequence(lambda number: f"Teema {number}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Theme


class StrategyGoalFactory(DjangoModelFactory):
    name = factory.Sequence(lambda number: f"Tavoite {number}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = StrategyGoal


class ExperimentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kokeilut"
    slug = "kokeilut"

    class Meta:
        model = ExperimentIndexPage


class ThinkTankIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ajatushautomot"
    slug = "ajatushautomot"

    class Meta:
        model = ThinkTankIndexPage


class ThinkTankPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda number: f"Ajatushautomo {number}")
    purpose = factory.Faker("sentence", locale="fi_FI")
    contact_email = "kokeilut@example.fi"

    class Meta:
        model = ThinkTankPage


class ImpactPageFactory(wagtail_factories.PageFactory):
    title = "Vaikuttavuus"
    slug = "vaikuttavuus"

    class Meta:
        model = ImpactPage


class ExperimentPageFactory(wagtail_factories.PageFactory):
    """A live Finnish experiment. `themes=[...]` and `goals=[...]` link them after the page exists."""

    title = factory.Sequence(lambda number: f"Kokeilu {number}")
    summary = factory.Faker("sentence", locale="fi_FI")
    status = Status.RUNNING
    starts_on = datetime.date(2019, 3, 1)
    participants = 10
    first_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = ExperimentPage
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, themes, **kwargs):
        for theme in themes or ():
            ExperimentTheme.objects.create(page=self, theme=theme)

    @factory.post_generation
    def goals(self, create, goals, **kwargs):
        for goal in goals or ():
            ExperimentStrategyGoal.objects.create(page=self, goal=goal)


# Translated content, as an editor and a translator publish it.


def translated_vocabulary(model, names):
    """Create one theme or goal in Finnish and publish its Swedish and English names."""
    source = model.objects.create(name=names["fi"])
    publish_translations(source, {code: model(name=names[code]) for code in ("sv", "en")})
    return source


def publish_vocabulary():
    return {
        "mobility": translated_vocabulary(Theme, {"fi": "Liikkuminen", "sv": "Mobilitet", "en": "Mobility"}),
        "culture": translated_vocabulary(
            Theme, {"fi": "Kaupunkikulttuuri", "sv": "Stadskultur", "en": "Urban culture"}
        ),
        "attractiveness": translated_vocabulary(
            StrategyGoal,
            {"fi": "Kaupungin vetovoima", "sv": "Stadens attraktionskraft", "en": "Attractiveness of the city"},
        ),
    }


def publish_catalog(home):
    return add_translated_page(
        home,
        ExperimentIndexPage,
        {
            "fi": {"title": "Kokeilut", "slug": "kokeilut", "introduction": "Kaikki kokeilut."},
            "sv": {"title": "Försök", "slug": "forsok", "introduction": "Alla försök."},
            "en": {"title": "Experiments", "slug": "experiments", "introduction": "Every experiment."},
        },
    )


def publish_think_tank(home, vocabulary):
    index = add_translated_page(
        home,
        ThinkTankIndexPage,
        {
            "fi": {"title": "Ajatushautomot", "slug": "ajatushautomot"},
            "sv": {"title": "Tankesmedjor", "slug": "tankesmedjor"},
            "en": {"title": "Think tanks", "slug": "think-tanks"},
        },
    )
    texts = {
        "fi": ("Työmatkat", "tyomatkat", "Kehitämme työmatkoja.", "Aamukahvilla."),
        "sv": ("Arbetsresor", "arbetsresor", "Vi utvecklar arbetsresorna.", "Över morgonkaffet."),
        "en": ("Commuting", "commuting", "We improve commuting.", "Over morning coffee."),
    }
    return add_translated_page(
        index,
        ThinkTankPage,
        {
            code: {
                "title": title,
                "slug": slug,
                "purpose": purpose,
                "meeting_details": details,
                "think_tank_themes": [ThinkTankTheme(theme=vocabulary["mobility"])],
            }
            for code, (title, slug, purpose, details) in texts.items()
        },
        facts={"participant_groups": ["resident", "company"], "contact_email": "liikkuminen@example.fi"},
    )


def experiment_content(vocabulary, texts):
    """Return per-language content; each language gets its own child rows, as each page owns its own."""
    partner_key = "0b8f0f7e-1c1c-4a4a-9a9a-4b8d2f6a0c01"
    return {
        code: {
            "title": title,
            "slug": slug,
            "summary": summary,
            "hypothesis": hypothesis,
            "place": place,
            "body": stream("test-experiment", [("paragraph", paragraphs(body))]),
            "experiment_themes": [ExperimentTheme(theme=vocabulary["mobility"])],
            "strategy_goals": [ExperimentStrategyGoal(goal=vocabulary["attractiveness"])],
            "partners": [ExperimentPartner(translation_key=partner_key, name=partner, partner_type="university")],
            "status_changes": [
                ExperimentStatusChange(status="planned", changed_on=datetime.date(2019, 6, 10)),
                ExperimentStatusChange(status="running", changed_on=datetime.date(2019, 9, 2)),
            ],
        }
        for code, (title, slug, summary, hypothesis, place, body, partner) in texts.items()
    }


def publish_experiment(catalog, think_tank, vocabulary):
    texts = {
        "fi": (
            "Runsor Express",
            "runsor-express",
            "Työmatkabussi Runsoriin.",
            "Suora bussi jättää auton kotiin.",
            "Runsor",
            "Bussi kulkee vuorojen mukaan.",
            "Vaasan yliopisto",
        ),
        "sv": (
            "Runsor Express på svenska",
            "runsor-express-sv",
            "Pendelbuss till Runsor.",
            "En direkt buss lämnar bilen hemma.",
            "Runsor",
            "Bussen går enligt skiften.",
            "Vasa universitet",
        ),
        "en": (
            "Runsor Express commuter bus",
            "runsor-express-en",
            "A commuter bus to Runsor.",
            "A direct bus leaves the car at home.",
            "Runsor",
            "The bus runs to the shifts.",
            "University of Vaasa",
        ),
    }
    return add_translated_page(
        catalog,
        ExperimentPage,
        experiment_content(vocabulary, texts),
        facts={
            "status": "running",
            "starts_on": datetime.date(2019, 9, 2),
            "think_tank": think_tank,
            "participants": 340,
            "budget_eur": 48000,
        },
    )


def publish_impact_page(home):
    return add_translated_page(
        home,
        ImpactPage,
        {
            "fi": {"title": "Vaikuttavuus", "slug": "vaikuttavuus", "introduction": "Luvut."},
            "sv": {"title": "Effekter", "slug": "effekter", "introduction": "Siffrorna."},
            "en": {"title": "Impact", "slug": "impact", "introduction": "The figures."},
        },
    )


def publish_home():
    """Publish the home page in three languages on the test client's host name (as tests/conftest.py does)."""
    site = Site.objects.get(is_default_site=True)
    site.hostname = "testserver"
    site.save()
    return update_translated_page(
        site.root_page,
        {
            "fi": {"title": "Tulevaisuuden Vaasa", "slug": "koti", "hero_text": "Kehitämme Vaasaa yhdessä."},
            "sv": {"title": "Framtidens Vasa", "slug": "hem", "hero_text": "Vi utvecklar Vasa tillsammans."},
            "en": {"title": "Future Vaasa", "slug": "home", "hero_text": "We develop Vaasa together."},
        },
    )


def publish_programme(home=None):
    """Publish a small trilingual programme: a catalog, a think tank, one experiment and the impact page."""
    home = home or publish_home()
    vocabulary = publish_vocabulary()
    catalog = publish_catalog(home)
    think_tank = publish_think_tank(home, vocabulary)
    experiment = publish_experiment(catalog, think_tank, vocabulary)
    impact_page = publish_impact_page(home)
    cache.clear()
    return {
        "home": home,
        "vocabulary": vocabulary,
        "catalog": catalog,
        "think_tank": think_tank,
        "experiment": experiment,
        "impact_page": impact_page,
    }
