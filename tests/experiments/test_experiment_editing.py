"""Communications staff create, translate and publish an experiment in the Wagtail admin, without help."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory
from wagtail_localize.models import StringSegment, Translation

from experiments.models import ExperimentPage, ThinkTankPage
from tests.factories import publish_programme
from tests.staff import log_in_staff

FINNISH_TO_SWEDISH = {
    "Kaupunkipyörät talveksi": "Stadscyklar på vintern",
    "kaupunkipyorat-talveksi": "stadscyklar-pa-vintern",
    "Pyörät pysyvät asemilla koko talven.": "Cyklarna står kvar vid stationerna hela vintern.",
    "Keskusta": "Centrum",
    "Talvipyöräily yleistyy.": "Vintercyklingen ökar.",
    "Vaasan yliopisto": "Vasa universitet",
    "Nastarenkaat vaihdetaan marraskuussa.": "Dubbdäcken byts i november.",
    "Pyöriä ajettiin koko talven.": "Cyklarna användes hela vintern.",
    "kaupunginhallitus": "stadsstyrelsen",
}


class EditorPublishesAnExperimentTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.programme = publish_programme()
        cls.editor = get_user_model().objects.create_superuser("viestinta", "viestinta@example.fi", "x")
        cls.swedish = Locale.objects.get(language_code="sv")

    def setUp(self):
        log_in_staff(self.client, self.editor)

    def add_experiment(self, **changes):
        data = {
            "title": "Kaupunkipyörät talveksi",
            "slug": "kaupunkipyorat-talveksi",
            "summary": "Pyörät pysyvät asemilla koko talven.",
            "status": "running",
            "starts_on": "2020-11-02",
            "ends_on": "",
            "status_changes": inline_formset([]),
            "place": "Keskusta",
            "think_tank": self.programme["think_tank"].pk,
            "experiment_themes": inline_formset([{"theme": self.programme["vocabulary"]["mobility"].pk}]),
            "strategy_goals": inline_formset([{"goal": self.programme["vocabulary"]["attractiveness"].pk}]),
            "partners": inline_formset([{"name": "Vaasan yliopisto", "partner_type": "university"}]),
            "hypothesis": "Talvipyöräily yleistyy.",
            "success_measure": "",
            "result": "",
            "lessons_learned": "",
            "decision": "undecided",
            "participants": "120",
            "budget_eur": "",
            "image": "",
            "image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>Nastarenkaat vaihdetaan marraskuussa.</p>"))]),
            "related_experiments": inline_formset([{"experiment": self.programme["experiment"].pk}]),
            "action-publish": "action-publish",
            **changes,
        }
        url = reverse("wagtailadmin_pages:add", args=("experiments", "experimentpage", self.programme["catalog"].pk))
        return self.client.post(url, nested_form_data(data))

    def translate_into_swedish(self, page):
        response = self.client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [self.swedish.pk]}
        )
        self.assertEqual(response.status_code, 302)
        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=self.swedish)
        for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
            response = self.client.put(
                reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
                f"value={FINNISH_TO_SWEDISH[segment.string.data]}",
                content_type="application/x-www-form-urlencoded",
            )
            self.assertIn(response.status_code, (200, 201), segment.string.data)
        return page.get_translation(self.swedish)

    def test_editor_creates_translates_and_publishes_an_experiment(self):
        response = self.add_experiment()
        self.assertEqual(response.status_code, 302)
        page = ExperimentPage.objects.get(slug="kaupunkipyorat-talveksi")
        self.assertTrue(page.live)
        # The timeline starts by itself with the status the editor chose.
        self.assertEqual(
            [(change.status, change.changed_on) for change in page.timeline], [("running", timezone.localdate())]
        )
        self.assertEqual(self.client.get("/fi/kokeilut/kaupunkipyorat-talveksi/").status_code, 200)

        swedish = self.translate_into_swedish(page)
        self.assertFalse(swedish.live, "a translation starts as a draft")
        # wagtail-localize publishes a page's translation when the transaction commits.
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(reverse("wagtailadmin_pages:edit", args=[swedish.pk]), {"action": "publish"})
        self.assertEqual(response.status_code, 302)
        swedish.refresh_from_db()
        self.assertTrue(swedish.live)

        html = self.client.get("/sv/forsok/stadscyklar-pa-vintern/").content.decode()
        self.assertIn("<h1>Stadscyklar på vintern</h1>", html)
        self.assertIn("Vasa universitet", html)
        self.assertIn("Dubbdäcken byts i november.", html)
        self.assertIn("Mobilitet", html)  # the theme, named in Swedish
        self.assertIn('href="/sv/tankesmedjor/arbetsresor/"', html)
        self.assertIn('href="/sv/forsok/runsor-express-sv/"', html)  # the related experiment, in Swedish
        self.assertIn('datetime="2020-11-02"', html)

    def test_the_decision_is_recorded_in_the_evidence_panel_and_its_body_is_translated(self):
        form = self.client.get(
            reverse("wagtailadmin_pages:add", args=("experiments", "experimentpage", self.programme["catalog"].pk))
        ).content.decode()
        for field in ("decision_body", "decided_on", "decision_minutes_url"):
            self.assertIn(f'name="{field}"', form)
        minutes = "https://www.vaasa.fi/paatoksenteko/kaupunginhallitus/2021-06-07/"
        response = self.add_experiment(
            status="completed",
            starts_on="2020-11-02",
            ends_on="2021-03-31",
            result="Pyöriä ajettiin koko talven.",
            decision="scale_up",
            decision_body="kaupunginhallitus",
            decided_on="2021-06-07",
            decision_minutes_url=minutes,
        )
        self.assertEqual(response.status_code, 302)
        page = ExperimentPage.objects.get(slug="kaupunkipyorat-talveksi")

        swedish = self.translate_into_swedish(page)
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(reverse("wagtailadmin_pages:edit", args=[swedish.pk]), {"action": "publish"})
        swedish.refresh_from_db()
        # The body is prose, written in each language; the day and the minutes are facts, the same in every one.
        self.assertEqual(
            (swedish.decision_body, swedish.decided_on, swedish.decision_minutes_url),
            ("stadsstyrelsen", datetime.date(2021, 6, 7), minutes),
        )
        html = self.client.get("/sv/forsok/stadscyklar-pa-vintern/").content.decode()
        self.assertIn('<time datetime="2021-06-07">7.6.2021</time>', html)
        self.assertIn("Beslutet fattades av stadsstyrelsen", html)
        self.assertIn(f'<a href="{minutes}">Protokoll</a>', html)

    def test_a_status_change_grows_the_timeline_and_reaches_the_translation(self):
        page = self.programme["experiment"]
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertEqual(edit.status_code, 200)
        page.status = "completed"
        page.ends_on = datetime.date(2020, 8, 31)
        page.record_status(on=datetime.date(2020, 8, 31))
        page.save_revision(user=self.editor).publish(user=self.editor)

        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                reverse("wagtail_localize:update_translations", args=[self.source_id(page)]),
                {"publish_translations": "on"},
            )
        self.assertEqual(response.status_code, 302)
        swedish = page.get_translation(self.swedish).specific
        self.assertEqual(swedish.status, "completed")
        self.assertEqual([change.status for change in swedish.timeline], ["planned", "running", "completed"])
        html = self.client.get("/sv/forsok/runsor-express-sv/").content.decode()
        self.assertIn('datetime="2020-08-31"', html)

    def source_id(self, page):
        return Translation.objects.filter(source__object_id=page.translation_key).first().source_id

    def test_an_ended_experiment_without_an_end_date_is_refused_with_a_clear_message(self):
        response = self.add_experiment(status="completed", **{"action-publish": "action-publish"})
        self.assertEqual(response.status_code, 200)
        # The admin speaks the editor's language, Finnish by default.
        self.assertContains(response, "Päättyneelle tai keskeytetylle kokeilulle tarvitaan päättymispäivä.")
        self.assertFalse(ExperimentPage.objects.filter(slug="kaupunkipyorat-talveksi").exists())

    def test_think_tank_groups_are_chosen_with_checkboxes(self):
        think_tank = self.programme["think_tank"]
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[think_tank.pk]))
        self.assertContains(response, 'type="checkbox" name="participant_groups" value="councillor"')
        self.assertContains(response, 'value="resident" id="id_participant_groups_0" checked')


class ExperimentRulesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.programme = publish_programme()

    def test_an_experiment_cannot_end_before_it_starts(self):
        page = self.programme["experiment"]
        page.ends_on = page.starts_on - datetime.timedelta(days=1)
        with self.assertRaises(ValidationError) as raised:
            page.full_clean()
        self.assertEqual(raised.exception.error_dict["ends_on"][0].code, "ends_before_start")

    def test_an_image_needs_its_alternative_text(self):
        page = self.programme["experiment"]
        page.image = ImageFactory()
        with self.assertRaises(ValidationError) as raised:
            page.full_clean()
        self.assertEqual(raised.exception.error_dict["image_alt"][0].code, "image_without_alt")

    def test_the_timeline_grows_only_when_the_status_changes(self):
        page = self.programme["experiment"]
        self.assertIsNone(page.record_status())
        page.status = "completed"
        change = page.record_status(on=datetime.date(2020, 8, 31))
        self.assertEqual((change.status, change.changed_on), ("completed", datetime.date(2020, 8, 31)))
        self.assertEqual([step.status for step in page.timeline], ["planned", "running", "completed"])

    def test_unknown_stakeholder_groups_are_refused(self):
        think_tank = ThinkTankPage.objects.get(pk=self.programme["think_tank"].pk)
        think_tank.participant_groups = ["resident", "aliens"]
        with self.assertRaises(ValidationError) as raised:
            think_tank.full_clean()
        self.assertEqual(raised.exception.error_dict["participant_groups"][0].code, "unknown_group")


class EditorManagesThemesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.programme = publish_programme()
        cls.editor = get_user_model().objects.create_superuser("viestinta", "viestinta@example.fi", "x")

    def setUp(self):
        log_in_staff(self.client, self.editor)

    def test_themes_and_goals_are_listed_per_language_under_one_menu(self):
        for model in ("theme", "strategygoal"):
            with self.subTest(model=model):
                response = self.client.get(reverse(f"wagtailsnippets_experiments_{model}:list"), {"locale": "sv"})
                self.assertEqual(response.status_code, 200)
        self.assertContains(
            self.client.get(reverse("wagtailsnippets_experiments_theme:list"), {"locale": "sv"}), "Mobilitet"
        )
