"""A resident reads think tanks, experiments and the impact figures in Finnish, Swedish or English."""

import re
from xml.etree import ElementTree as ET

from django.test import TestCase
from django.utils import timezone
from wagtail.models import Locale

from participation.models import ProposalStatus
from tests.factories import ProposalFactory, publish_programme

LANGUAGES = {
    "fi": {
        "catalog": "/fi/kokeilut/",
        "experiment": "/fi/kokeilut/runsor-express/",
        "think_tanks": "/fi/ajatushautomot/",
        "think_tank": "/fi/ajatushautomot/tyomatkat/",
        "impact": "/fi/vaikuttavuus/",
        "title": "Runsor Express",
        "theme": "Liikkuminen",
        "partner": "Vaasan yliopisto",
        "search": "Työmatkabussi",
    },
    "sv": {
        "catalog": "/sv/forsok/",
        "experiment": "/sv/forsok/runsor-express-sv/",
        "think_tanks": "/sv/tankesmedjor/",
        "think_tank": "/sv/tankesmedjor/arbetsresor/",
        "impact": "/sv/effekter/",
        "title": "Runsor Express på svenska",
        "theme": "Mobilitet",
        "partner": "Vasa universitet",
        "search": "Pendelbuss",
    },
    "en": {
        "catalog": "/en/experiments/",
        "experiment": "/en/experiments/runsor-express-en/",
        "think_tanks": "/en/think-tanks/",
        "think_tank": "/en/think-tanks/commuting/",
        "impact": "/en/impact/",
        "title": "Runsor Express commuter bus",
        "theme": "Mobility",
        "partner": "University of Vaasa",
        "search": "commuter",
    },
}
FEED_LINK = re.compile(r'<link rel="alternate" type="application/rss\+xml" title="[^"]+" href="([^"]+)">')


class ResidentReadsTheProgrammeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.programme = publish_programme()

    def html(self, path):
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        return response.content.decode()

    def test_every_page_type_renders_in_the_readers_language(self):
        for language, paths in LANGUAGES.items():
            for name in ("catalog", "experiment", "think_tanks", "think_tank", "impact"):
                with self.subTest(language=language, page=name):
                    html = self.html(paths[name])
                    self.assertIn(f'<html lang="{language}">', html)
                    # Ready for a strict Content-Security-Policy: no inline styles or scripts.
                    self.assertNotIn('style="', html)
                    self.assertEqual(
                        re.findall(r"<script[^>]*>", html), ['<script src="/static/js/disclosures.js" defer>']
                    )

    def test_experiment_page_shows_the_facts_and_the_prose_of_its_language(self):
        for language, paths in LANGUAGES.items():
            with self.subTest(language=language):
                html = self.html(paths["experiment"])
                self.assertIn(f"<h1>{paths['title']}</h1>", html)
                self.assertIn(paths["theme"], html)
                self.assertIn(paths["partner"], html)
                self.assertIn('datetime="2019-06-10"', html)
                self.assertIn('datetime="2019-09-02"', html)
                self.assertIn('aria-current="step"', html)
                self.assertEqual(FEED_LINK.findall(html), [f"{paths['catalog']}feed/"])

    def test_catalog_announces_the_feed_of_its_own_language(self):
        for language, paths in LANGUAGES.items():
            with self.subTest(language=language):
                self.assertEqual(FEED_LINK.findall(self.html(paths["catalog"])), [f"{paths['catalog']}feed/"])

    def test_think_tank_lists_its_experiments_in_the_same_language(self):
        for language, paths in LANGUAGES.items():
            with self.subTest(language=language):
                html = self.html(paths["think_tank"])
                self.assertIn(f'href="{paths["experiment"]}"', html)
                self.assertIn("liikkuminen@example.fi", html)

    def test_impact_page_counts_and_charts_in_each_language(self):
        running = {"fi": "Käynnissä", "sv": "Pågår", "en": "Running"}
        idea = {"fi": "Idea", "sv": "Idé", "en": "Idea"}
        for language, paths in LANGUAGES.items():
            with self.subTest(language=language):
                html = self.html(paths["impact"])
                self.assertIn('<svg class="bar-chart" role="img" aria-labelledby="chart-status-title"', html)
                self.assertIn(f'<th scope="row">{running[language]}</th><td class="text-end">1</td>', html)
                self.assertIn(f'<th scope="row">{paths["theme"]}</th><td class="text-end">1</td>', html)
                self.assertIn(
                    f'<text class="bar-chart__label" x="0" y="15" fill="#1c232b" font-size="14">{idea[language]}</text>',
                    html,
                )

    def test_experiment_page_names_the_residents_idea_it_came_from(self):
        ProposalFactory(
            title="Bussi Runsoriin vuorojen mukaan",
            status=ProposalStatus.REFINED,
            experiment=self.programme["experiment"],
            decided_at=timezone.now(),
        )
        for language, paths in LANGUAGES.items():
            with self.subTest(language=language):
                html = self.html(paths["experiment"])
                self.assertIn('<section class="proposal-sources"', html)
                self.assertIn("Bussi Runsoriin vuorojen mukaan", html)

    def test_swedish_experiment_links_to_the_swedish_think_tank(self):
        html = self.html(LANGUAGES["sv"]["experiment"])
        self.assertIn(f'href="{LANGUAGES["sv"]["think_tank"]}"', html)
        self.assertNotIn(LANGUAGES["fi"]["think_tank"], html)

    def test_facts_are_synchronised_and_prose_is_translated(self):
        experiment = self.programme["experiment"]
        swedish = experiment.get_translation(Locale.objects.get(language_code="sv")).specific
        self.assertEqual(
            (swedish.status, swedish.starts_on, swedish.participants), ("running", experiment.starts_on, 340)
        )
        self.assertEqual(swedish.hypothesis, "En direkt buss lämnar bilen hemma.")
        self.assertEqual([change.status for change in swedish.timeline], ["planned", "running"])
        self.assertEqual([link.name for link in swedish.themes()], ["Mobilitet"])
        self.assertEqual([partner.name for partner in swedish.partners.all()], ["Vasa universitet"])

    def test_experiments_are_in_the_sitemap_in_every_language(self):
        xml = self.html("/sitemap.xml")
        for paths in LANGUAGES.values():
            self.assertIn(f"<loc>http://testserver{paths['experiment']}</loc>", xml)
            self.assertIn(f"<loc>http://testserver{paths['catalog']}</loc>", xml)

    def test_site_search_finds_experiments_in_the_readers_language_only(self):
        for language, paths in LANGUAGES.items():
            with self.subTest(language=language):
                html = self.html(f"/{language}/search/?q={paths['search']}")
                self.assertIn(f'href="{paths["experiment"]}"', html)
                for other, other_paths in LANGUAGES.items():
                    if other != language:
                        self.assertNotIn(f'href="{other_paths["experiment"]}"', html)


class TranslatedFeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        publish_programme()

    def test_each_language_has_its_own_feed_linking_to_its_own_pages(self):
        for language, paths in LANGUAGES.items():
            with self.subTest(language=language):
                response = self.client.get(f"{paths['catalog']}feed/")
                channel = ET.fromstring(response.content).find("channel")  # noqa: S314 (the portal's own feed)
                self.assertEqual(channel.findtext("language"), language)
                self.assertEqual(
                    [item.findtext("link") for item in channel.findall("item")],
                    [f"http://testserver{paths['experiment']}"],
                )
                self.assertEqual([category.text for category in channel.iter("category")], [paths["theme"]])
