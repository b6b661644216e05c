"""Demo content of think tanks and experiments: four think tanks and forty experiments from 2018–2020.

Facts come from the programme's public description (shared/context/programme.md); the experiments are the kind it
describes, written as the city's communications team would write them, in Finnish, Swedish and English. The texts
are data, one YAML file per area beside this loader: the experiments of each think tank
(experiments_<think tank>.yaml), the think tanks, the listing and impact pages, the vocabularies, the longer stories
and the illustrations' alternative texts. Loading again adds only what is missing.
"""

import copy
import datetime
import time
import uuid

from django.utils.text import slugify
from wagtail.models import Locale, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.demo import HOME
from home.demo_support import (
    SOURCE_LANGUAGE,
    TARGET_LANGUAGES,
    add_translated_page,
    existing_child,
    paragraphs,
    read_data,
    stream,
    update_translated_page,
)
from home.models import HomePage
from home.translation import publish_translations, stream_block_id

from ..models import (
    ExperimentIndexPage,
    ExperimentPage,
    ExperimentPartner,
    ExperimentStatusChange,
    ExperimentStrategyGoal,
    ExperimentTheme,
    ImpactPage,
    RelatedExperiment,
    StrategyGoal,
    Theme,
    ThinkTankIndexPage,
    ThinkTankPage,
    ThinkTankTheme,
)
from .bodies import BODIES
from .images import alt_text, illustration
from .pages import CATALOG, FEATURED, FEATURED_EXPERIMENTS, IMPACT, THINK_TANK_INDEX, THINK_TANKS
from .vocabularies import GOALS, PARTNERS, THEMES

LANGUAGES = (SOURCE_LANGUAGE, *TARGET_LANGUAGES)
TEXT_FIELDS = (
    "title",
    "summary",
    "place",
    "hypothesis",
    "success_measure",
    "result",
    "lessons_learned",
    "easy_language_summary",
)
ENDING_STATUSES = {"completed", "discontinued"}
NAMESPACE = uuid.UUID("3c1f6f0e-0f6e-4b8e-9d7e-6b5f0c2a9e11")
EXPERIMENT_FILES = (
    "experiments_intergalactic.yaml",
    "experiments_mobility.yaml",
    "experiments_students.yaml",
    "experiments_neighbourhoods.yaml",
)


def all_experiments():
    """Return the experiments in the order they started, so "newest first" in the catalog reads naturally."""
    experiments = [experiment_record(entry) for name in EXPERIMENT_FILES for entry in read_data(__file__, name)]
    return sorted(experiments, key=lambda data: (start_date(data) or datetime.date.max, data["key"]))


def experiment_record(entry):
    """Return one experiment of a data file in the form the loader, its tests and the benchmark seeding read.

    Each language's texts become a tuple in TEXT_FIELDS order, with "" for a text the data leaves out (a result not
    known yet); the timeline becomes (status, ISO date) pairs in the order given, and `starts` an ISO date. Unknown
    participants or budget are None; `body` is true when bodies.yaml tells the experiment's longer story.
    """
    record = {**entry, "participants": entry.get("participants"), "budget": entry.get("budget")}
    record["timeline"] = [(status, str(day)) for status, day in entry["timeline"].items()]
    if "starts" in entry:
        record["starts"] = str(entry["starts"])
    for code in LANGUAGES:
        unknown = entry[code].keys() - set(TEXT_FIELDS)
        if unknown:
            raise ValueError(f"Experiment {entry['key']} ({code}) has unknown texts: {', '.join(sorted(unknown))}.")
        record[code] = tuple(entry[code].get(field, "") for field in TEXT_FIELDS)
    if entry["key"] in BODIES:
        record["body"] = True
    return record


def demo_key(*parts):
    return uuid.uuid5(NAMESPACE, "/".join(parts))


def start_date(data):
    dates = dict(data["timeline"])
    value = dates.get("running") or data.get("starts")
    return datetime.date.fromisoformat(value) if value else None


def end_date(data):
    dates = dict(data["timeline"])
    value = next((dates[status] for status in ENDING_STATUSES if status in dates), None)
    return datetime.date.fromisoformat(value) if value else None


def add_vocabulary(model, entries, kind):
    """Create each theme or goal in Finnish with its Swedish and English translations; return the Finnish ones."""
    finnish = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    sources = {}
    for key, texts in entries.items():
        translation_key = demo_key(kind, key)
        source = model.objects.filter(translation_key=translation_key, locale=finnish).first()
        if source is None:
            source = model.objects.create(translation_key=translation_key, locale=finnish, **texts[SOURCE_LANGUAGE])
            publish_translations(source, {code: model(**texts[code]) for code in TARGET_LANGUAGES})
        sources[key] = source
    return sources


def add_think_tank(index, data, themes):
    content = {}
    for code in LANGUAGES:
        text = data[code]
        content[code] = {
            "title": text["title"],
            "slug": slug_for(text["title"]),
            "purpose": text["purpose"],
            "image_alt": alt_text("think_tanks", data["key"], code),
            "meeting_details": text["meeting_details"],
            "easy_language_summary": text.get("easy_language_summary", ""),
            "body": stream(f"think-tank/{data['key']}", [("paragraph", paragraphs(*text["body"]))]),
            "think_tank_themes": [
                ThinkTankTheme(theme=themes[key], sort_order=order) for order, key in enumerate(data["themes"])
            ],
        }
    facts = {
        "participant_groups": data["groups"],
        "meeting_frequency": data["frequency"],
        "contact_email": data["email"],
        "image": illustration("think_tanks", data["key"]),
    }
    return add_translated_page(index, ThinkTankPage, content, facts=facts)


def slug_for(title):
    return slugify(title)[:80]


def experiment_content(data, code, themes, goals, experiments):
    """Return the fields of one language version, with fresh child rows (each page must own its own)."""
    position = LANGUAGES.index(code)
    texts = dict(zip(TEXT_FIELDS, data[code], strict=True))
    key = data["key"]
    content = {
        **texts,
        "slug": slug_for(texts["title"]),
        "image_alt": alt_text("experiments", data.get("illustration", key), code),
        # Explicit sort orders: rows assigned in code have none, and PostgreSQL would return them in any order,
        # which would pair one language's partner names with another's.
        "experiment_themes": [
            ExperimentTheme(theme=themes[theme], sort_order=order) for order, theme in enumerate(data["themes"])
        ],
        "strategy_goals": [
            ExperimentStrategyGoal(goal=goals[goal], sort_order=order) for order, goal in enumerate(data["goals"])
        ],
        "partners": [
            ExperimentPartner(
                translation_key=demo_key("experiment-partner", key, partner),
                sort_order=order,
                name=PARTNERS[partner][1 + position],
                partner_type=PARTNERS[partner][0],
            )
            for order, partner in enumerate(data["partners"])
        ],
        "status_changes": [
            ExperimentStatusChange(status=status, changed_on=datetime.date.fromisoformat(day), sort_order=order)
            for order, (status, day) in enumerate(data["timeline"])
        ],
        "related_experiments": [
            RelatedExperiment(experiment=experiments[other], sort_order=order)
            for order, other in enumerate(data.get("related", []))
            if other in experiments
        ],
    }
    if data.get("body"):
        content["body"] = stream(f"experiment/{key}", BODIES[key][code])
    return content


def add_experiment(catalog, data, *, themes, goals, think_tanks, experiments):
    existing = existing_child(catalog, slug_for(data[SOURCE_LANGUAGE][0]))
    if existing is not None:
        return existing
    content = {code: experiment_content(data, code, themes, goals, experiments) for code in LANGUAGES}
    facts = {
        "status": data["status"],
        "starts_on": start_date(data),
        "ends_on": end_date(data),
        "think_tank": think_tanks[data["think_tank"]],
        "decision": data["decision"],
        "participants": data["participants"],
        "budget_eur": data["budget"],
        "image": illustration("experiments", data["key"]),
    }
    return add_translated_page(catalog, ExperimentPage, content, facts=facts)


def feature_on_home(home, experiments, catalog):
    """Fill the home page's featured section with a few experiments, unless an editor has already done so."""
    if home.featured:
        return False
    content = copy.deepcopy(HOME)
    for code in LANGUAGES:
        value = {
            **FEATURED[code],
            "pages": [
                {"type": "item", "value": experiments[key].pk, "id": stream_block_id("home-featured-item", index)}
                for index, key in enumerate(FEATURED_EXPERIMENTS)
            ],
            "more_page": catalog.pk,
        }
        content[code]["featured"] = stream("home-featured", [("featured_pages", value)])
    update_translated_page(home, content)
    return True


def load():
    """Add the think tanks, experiments, their vocabularies and the impact page; return a short summary."""
    started = time.monotonic()
    home = Site.objects.get(is_default_site=True).root_page.specific
    if not isinstance(home, HomePage):
        raise RuntimeError("The default site's root page is not a HomePage.")

    # Every save of a page or its translation would update Wagtail's reference index many times over; one pass at
    # the end gives the same index at a fraction of the time.
    with disable_reference_index_auto_update():
        summary = add_content(home)
    index_references()
    return f"{summary} ({time.monotonic() - started:.1f} s)"


def add_content(home):
    themes = add_vocabulary(Theme, THEMES, "theme")
    goals = add_vocabulary(StrategyGoal, GOALS, "goal")
    think_tank_index = add_translated_page(home, ThinkTankIndexPage, THINK_TANK_INDEX)
    catalog = add_translated_page(home, ExperimentIndexPage, CATALOG)
    think_tanks = {data["key"]: add_think_tank(think_tank_index, data, themes) for data in THINK_TANKS}
    experiments = {}
    for data in all_experiments():
        experiments[data["key"]] = add_experiment(
            catalog, data, themes=themes, goals=goals, think_tanks=think_tanks, experiments=experiments
        )
    add_translated_page(home, ImpactPage, IMPACT)
    feature_on_home(home.specific, experiments, catalog)

    return (
        f"{len(think_tanks)} think tanks, {len(experiments)} experiments, {len(themes)} themes, "
        f"{len(goals)} strategy goals and the impact page"
    )


def index_references():
    """Record in Wagtail's reference index what the demo's pages and vocabularies refer to."""
    pages = [
        *ExperimentPage.objects.all(),
        *ThinkTankPage.objects.all(),
        *ExperimentIndexPage.objects.all(),
        *ThinkTankIndexPage.objects.all(),
        *ImpactPage.objects.all(),
        *HomePage.objects.all(),
    ]
    for instance in [*pages, *Theme.objects.all(), *StrategyGoal.objects.all()]:
        ReferenceIndex.create_or_update_for_object(instance)
