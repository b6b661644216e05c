"""What the accessibility and HTML-validity tests check, and the two tools that check it.

The tour (`public_tour`) is the one list of every public page type and form state, in one language. Both
test_accessibility.py and test_html_validity.py read it, and it runs once per language per session: the axe results
and the HTML the server sent are recorded as the browser goes, and each test asserts on its half.

- axe-core (node_modules/axe-core) runs inside each page with the WCAG 2.0/2.1 A and AA rules.
- The Nu HTML Checker (node_modules/vnu-jar) runs on the machine's Java once, over the whole batch of pages: a JVM
  takes seconds to start, a page milliseconds to check.
"""

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings as django_settings

NODE_MODULES = Path(django_settings.BASE_DIR) / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _required():
    # The same switch as the browser harness's: in CI a missing tool is a failure, not a skip.
    return os.environ.get("PORTAL_REQUIRE_BROWSER", "").strip().lower() in {"1", "true", "yes"}


def skip_unless(reason):
    """Skip the test for `reason` (None: go on), or fail when PORTAL_REQUIRE_BROWSER=1."""
    if reason is None:
        return
    if _required():
        pytest.fail(f"{reason} (PORTAL_REQUIRE_BROWSER=1 makes a missing tool a failure)", pytrace=False)
    pytest.skip(reason)


def axe_unavailable_reason():
    return None if AXE_JS.exists() else "axe-core not installed: npm ci (make setup runs it where npm exists)"


def validator_unavailable_reason():
    if not VNU_JAR.exists():
        return "vnu-jar (Nu HTML Checker) not installed: npm ci (make setup runs it where npm exists)"
    if shutil.which("java") is None:
        return "Java not installed, the Nu HTML Checker needs it: apt-get install -y default-jre-headless"
    return None


# ----------------------------------------------------------------------------------------------------------------
# axe-core


def run_axe(page, exclude=(), excused=()):
    """Return axe's violations of the WCAG 2.0/2.1 A and AA rules on the page as it is now.

    The script goes in through Playwright's evaluate rather than a <script> tag: the portal's Content-Security-Policy
    refuses inline scripts, as it should, and evaluate is not subject to it. `exclude` lists CSS selectors of nodes
    outside the portal's control (each one justified where it is passed). `excused` is narrower: `Excused` entries,
    each one rule on nodes that match one selector (and, where given, whose failure names one detail), so that the
    same node still answers to every other rule.
    """
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    context = {"include": [["html"]], "exclude": [[selector] for selector in exclude]} if exclude else "html"
    result = page.evaluate(
        """([context, tags, excused]) => axe.run(context, {
            runOnly: {type: 'tag', values: tags},
            resultTypes: ['violations'],
        }).then((result) => {
            const isExcused = (rule, node) => excused.some(([id, selector, detail]) => {
                if (id !== rule) return false;
                const element = document.querySelector(node.target[node.target.length - 1]);
                return element !== null && element.matches(selector)
                    && (!detail || (node.failureSummary || '').includes(detail));
            });
            result.violations = result.violations
                .map((violation) => ({...violation, nodes: violation.nodes.filter((node) => !isExcused(violation.id, node))}))
                .filter((violation) => violation.nodes.length > 0);
            return result;
        })""",
        [context, WCAG_TAGS, [[item.rule, item.selector, item.detail] for item in excused]],
    )
    return result["violations"]


@dataclass(frozen=True)
class Excused:
    """One violation that is Wagtail's or wagtail-localize's own: listed in the accessibility statement.

    `upstream` is the project it belongs to; no issue had been filed for any of these in December 2026.
    """

    rule: str
    selector: str
    detail: str
    upstream: str


def describe_violations(name, url, violations):
    """Return readable lines: the page, then each rule with its impact and the nodes that break it."""
    lines = []
    for violation in violations:
        lines.append(f"{name} <{url}>: {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:8]:
            target = " ".join(" > ".join(part) if isinstance(part, list) else part for part in node["target"])
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {target}: {summary[:300]}")
        if len(violation["nodes"]) > 8:
            lines.append(f"    ... and {len(violation['nodes']) - 8} more")
    return lines


# ----------------------------------------------------------------------------------------------------------------
# Nu HTML Checker


@dataclass(frozen=True)
class Document:
    name: str
    url: str
    html: str


def validate_html(documents):
    """Check every document with one run of the Nu HTML Checker; return its messages, each with its document.

    Errors and warnings are returned; plain informational messages are not. Those note valid markup, such as
    "Trailing slash on void elements has no effect" (`<input ... />`, which a form library may write and which is
    not ours to rewrite); warnings point at likely mistakes (a section without a heading, a redundant role), so
    they count.
    """
    by_file = {f"{number:03d}.html": document for number, document in enumerate(documents)}
    with tempfile.TemporaryDirectory(prefix="vnu-") as folder:
        for file_name, document in by_file.items():
            (Path(folder) / file_name).write_text(document.html, encoding="utf-8")
        # Our own files and a pinned jar: no untrusted input reaches the command line.
        completed = subprocess.run(  # noqa: S603
            [
                shutil.which("java"),
                "-jar",
                str(VNU_JAR),
                "--format",
                "json",
                "--exit-zero-always",
                *(str(Path(folder) / file_name) for file_name in by_file),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
    # The checker reports on standard error.
    report = json.loads(completed.stderr)
    messages = []
    for message in report["messages"]:
        kind = "warning" if message.get("subType") == "warning" else message["type"]
        if kind == "info":
            continue
        document = by_file.get(message.get("url", "").rsplit("/", 1)[-1])
        messages.append((document, kind, message))
    return messages


def describe_html_messages(messages):
    lines = []
    for document, kind, message in messages:
        where = f"{document.name} <{document.url}>" if document else message.get("url", "?")
        line = message.get("lastLine", "?")
        extract = (message.get("extract") or "").replace("\n", " ").strip()
        lines.append(f"{where} line {line}: {kind}: {message['message']}  [{extract[:120]}]")
    return lines


# ----------------------------------------------------------------------------------------------------------------
# The tour of the public site in one language


@dataclass
class Stop:
    """One page in one state, as the browser saw it."""

    name: str
    url: str
    status: int
    html: str
    violations: list = field(default_factory=list)


_tours = {}


def public_tour(open_page, settings, demo_server, language):
    """Return the stops of the tour in `language`, visiting them the first time it is asked for in the session."""
    key = (demo_server.url, language)
    if key not in _tours:
        page = open_page(language)
        _tours[key] = _Tour(page, settings, demo_server.url, language).run()
    return _tours[key]


class _Tour:
    def __init__(self, page, settings, base_url, language):
        self.page = page
        self.settings = settings
        self.base_url = base_url
        self.language = language
        self.stops = []
        self.with_axe = axe_unavailable_reason() is None

    def record(self, name, response, html=None):
        """Record the page as it is now; `response` is the main document's (its body is what the server sent)."""
        if html is None:
            html = response.text()
        violations = run_axe(self.page) if self.with_axe else []
        self.stops.append(Stop(name, self.page.url, response.status, html, violations))

    def visit(self, name, path):
        response = self.page.goto(self.base_url + path)
        self.record(name, response)
        return response

    def submit(self, name, button):
        """Press a form's submit button and record the page the server answers with."""
        with self.page.expect_navigation() as navigation:
            self.page.locator(button).click()
        self.record(name, navigation.value)

    def serve(self, name, path, status, html):
        """Show HTML rendered outside a request cycle at `path` of the live server (its CSS comes from there)."""
        self.page.route(
            self.base_url + path,
            lambda route: route.fulfill(status=status, body=html, content_type="text/html; charset=utf-8"),
        )
        response = self.page.goto(self.base_url + path)
        self.record(name, response, html=html)
        self.page.unroute(self.base_url + path)

    def run(self):
        from django.utils import translation

        with translation.override(self.language):
            self.content_pages()
            self.catalog()
            self.proposals()
            self.workshops()
            self.search_and_errors()
        return self.stops

    # -- what a resident reads ---------------------------------------------------------------------------------

    def live(self, model):
        return model.objects.live().public().filter(locale__language_code=self.language).order_by("path")

    def content_pages(self):
        from experiments.models import ImpactPage, ThinkTankIndexPage, ThinkTankPage
        from home.models import StandardPage

        self.visit("home page", f"/{self.language}/")
        self.visit("standard page", self.live(StandardPage).first().url)
        self.visit("think tank listing", self.live(ThinkTankIndexPage).first().url)
        self.visit("think tank", self.live(ThinkTankPage).first().url)
        self.visit("impact page", self.live(ImpactPage).first().url)
        self.not_translated_page()

    def not_translated_page(self):
        """A page with only two of the three languages: the switcher says the third has no such page."""
        from wagtail.models import Locale

        from home.demo_support import add_translated_page
        from home.models import HomePage, StandardPage

        other = "en" if self.language == "en" else "sv"
        home = HomePage.objects.get(locale__language_code="fi")
        titles = {"fi": "Vain kahdella kielellä", "sv": "Bara på två språk", "en": "In two languages only"}
        content = {code: {"title": titles[code], "slug": f"two-languages-fi-{other}-{code}"} for code in ("fi", other)}
        source = add_translated_page(home, StandardPage, content)
        page = source.get_translation(Locale.objects.get(language_code=self.language))
        self.visit("page missing in one language", page.url)

    def catalog(self):
        from experiments.models import ExperimentIndexPage, ExperimentPage, Theme

        catalog = self.live(ExperimentIndexPage).first().url
        self.visit("experiment catalog", catalog)
        self.visit("experiment catalog, second page", f"{catalog}?page=2")
        theme = Theme.objects.filter(locale__language_code=self.language).first()
        self.visit("experiment catalog, filtered", f"{catalog}?status=running&theme={theme.pk}&sort=start")
        self.visit("experiment catalog, nothing found", f"{catalog}?q=zzqxvw")
        self.visit("experiment", self.live(ExperimentPage).first().url)

    # -- forms ---------------------------------------------------------------------------------------------------

    def proposals(self):
        from experiments.models import Theme
        from participation.models import Proposal, ProposalBoardPage, ProposalFormPage

        form = self.live(ProposalFormPage).first().url
        self.visit("proposal form", form)
        self.submit("proposal form with errors", "form.proposal-form button[type=submit]")
        self.page.fill("#id_title", "Benches by the shore")
        self.page.fill("#id_description", "More benches along the shore path, so older people can rest on walks.")
        self.page.locator("input[name=theme]").first.check()
        self.submit("proposal sent: thank-you page", "form.proposal-form button[type=submit]")

        board = self.live(ProposalBoardPage).first()
        self.visit("idea board", board.url)
        proposal = Proposal.objects.public().exclude(theme=None).select_related("theme").first()
        theme = Theme.objects.get(translation_key=proposal.theme.translation_key, locale=board.locale)
        self.visit("idea board, one theme", f"{board.url}?theme={theme.pk}")
        self.visit("idea on the board", board.proposal_url(proposal))

    def workshops(self):
        from participation.models import WorkshopIndexPage, WorkshopPage, WorkshopSignup
        from participation.workshops.tokens import manage_path

        self.visit("workshop listing", self.live(WorkshopIndexPage).first().url)
        by_availability = {}
        for workshop in self.live(WorkshopPage):
            key = "approval" if workshop.requires_approval else workshop.seat_status().availability
            by_availability.setdefault(key, workshop)

        self.visit("workshop", by_availability["open"].url)
        self.submit("workshop sign-up with errors", ".signup-form button[type=submit]")
        email = f"a11y-{self.language}@example.com"
        self.sign_up("Aino Accessible", email)
        # A need without the consent that covers it: the error sits on the consent checkbox.
        self.page.locator("input[name=needs]").first.check()
        self.submit("workshop sign-up with a need but no consent", ".signup-form button[type=submit]")
        self.page.check("#id_health_consent")
        self.submit("workshop sign-up confirmed", ".signup-form button[type=submit]")

        self.visit("workshop with waitlist only", by_availability["waitlist_only"].url)
        self.sign_up("Walter Waiting", f"a11y-wait-{self.language}@example.com")
        self.submit("workshop sign-up on the waitlist", ".signup-form button[type=submit]")

        self.visit("workshop needing approval", by_availability["approval"].url)
        self.sign_up("Pia Pending", f"a11y-pending-{self.language}@example.com")
        self.submit("workshop sign-up awaiting approval", ".signup-form button[type=submit]")
        self.visit("workshop", by_availability["open"].url)
        self.sign_up("Aino Accessible", email)
        self.submit("workshop sign-up already made", ".signup-form button[type=submit]")
        self.visit("workshop closed for registration", by_availability["closed"].url)

        signup = WorkshopSignup.objects.filter(email=email).latest("created_at")
        manage = manage_path(signup, self.language)
        self.visit("sign-up manage page", manage)
        self.submit("sign-up needs removed and consent withdrawn", ".needs-box form button[type=submit]")
        self.submit("sign-up cancelled", ".cancel-box form button[type=submit]")
        self.visit("sign-up link of a cancelled sign-up", manage)
        self.visit("sign-up link that is broken", f"/{self.language}/workshop-signup/not-a-token/")

    def sign_up(self, name, email):
        self.page.fill("#id_name", name)
        self.page.fill("#id_email", email)
        self.page.locator("input[name=stakeholder_group]").first.check()

    # -- finding things, and what goes wrong --------------------------------------------------------------------

    def search_and_errors(self):
        from django.template import loader
        from django.test import RequestFactory

        from portal.errors import unavailable_response

        search = f"/{self.language}/search/"
        self.visit("search, no query", search)
        self.visit("search with results", f"{search}?q=Vaasa")
        self.visit("search, nothing found", f"{search}?q=zzqxvw")
        self.visit("page not found", f"/{self.language}/no-such-page/")

        # The outage page is rendered without a database or a request context; shown here as the server renders it.
        for method in ("get", "post"):
            request = getattr(RequestFactory(), method)("/")
            html = unavailable_response(request).content.decode()
            self.serve(f"service unavailable ({method.upper()})", f"/{self.language}/outage-{method}/", 503, html)

        if self.language == "fi":
            # The plain error page is one static file with all three languages in it.
            html = loader.get_template("500.html").render()
            self.serve("server error", "/server-error/", 500, html)

        # Last, as it fills the proposal form's rate limit for the rest of this test.
        # (django-ratelimit counts each rate apart: the first POST at this rate is allowed, the second is not.)
        self.settings.PARTICIPATION_PROPOSAL_RATE_LIMIT = "1/h"
        self.page.goto(self.base_url + self.live_form_url())
        with self.page.expect_navigation():
            self.page.locator("form.proposal-form button[type=submit]").click()
        self.submit("too many submissions", "form.proposal-form button[type=submit]")

    def live_form_url(self):
        from participation.models import ProposalFormPage

        return self.live(ProposalFormPage).first().url


def moderation_tour(page, base_url):
    """Return (name, url, violations) of the moderation views: the listings, one proposal, one bulk decision."""
    from django.urls import reverse

    from participation.models import Proposal, SignupState, WorkshopSignup

    proposal = Proposal.objects.order_by("pk").first()
    signup = WorkshopSignup.objects.filter(state=SignupState.PENDING).order_by("pk").first()
    views = [
        ("admin dashboard", reverse("wagtailadmin_home")),
        ("proposal moderation queue", reverse(Proposal.snippet_viewset.get_url_name("list"))),
        ("proposal", reverse(Proposal.snippet_viewset.get_url_name("inspect"), args=[proposal.pk])),
        ("proposal answer form", reverse(Proposal.snippet_viewset.get_url_name("edit"), args=[proposal.pk])),
        (
            "proposal bulk acceptance",
            f"/admin/bulk/participation/proposal/accept/?next=/admin/&id={proposal.pk}",
        ),
        ("workshop sign-ups", reverse(WorkshopSignup.snippet_viewset.get_url_name("list"))),
        (
            "sign-up bulk approval",
            f"/admin/bulk/participation/workshopsignup/approve_signups/?next=/admin/&id={signup.pk}",
        ),
        ("workshop sign-up", reverse(WorkshopSignup.snippet_viewset.get_url_name("inspect"), args=[signup.pk])),
        ("personal data requests", reverse("participation_personal_data")),
    ]
    results = []
    for name, path in views:
        response = page.goto(base_url + path)
        assert response.ok, f"{name} <{path}> answered {response.status}"
        # Not sent elsewhere (a login page, a listing instead of a confirmation): this view is the one checked.
        assert page.url.split("?")[0] == base_url + path.split("?")[0], f"{name} <{path}> led to {page.url}"
        results.append((name, page.url, run_axe(page)))
    return results


def editing_tour(page, base_url):
    """Return (name, url, violations) of the views editors work in: the page editor, the translation editor, the report
    of translations and the guide.

    The experiment's Finnish page opens Wagtail's editor; its Swedish translation, made through wagtail-localize,
    opens wagtail-localize's translation editor, a script-built view that is checked once it has drawn its fields.
    """
    from django.urls import reverse
    from wagtail.models import Locale

    from experiments.models import ExperimentPage

    finnish = ExperimentPage.objects.filter(locale__language_code="fi").exclude(easy_language_summary="").first()
    swedish = finnish.get_translation(Locale.objects.get(language_code="sv"))
    views = [
        ("page editor", reverse("wagtailadmin_pages:edit", args=[finnish.pk]), "form#page-edit-form"),
        (
            "translation editor",
            reverse("wagtailadmin_pages:edit", args=[swedish.pk]),
            ".js-translation-editor > :not(input)",
        ),
        ("translation status report", reverse("translation_status"), "table"),
        ("staff guide", reverse("staff_guide"), ".staff-guide"),
    ]
    results = []
    for name, path, ready in views:
        response = page.goto(base_url + path)
        assert response.ok, f"{name} <{path}> answered {response.status}"
        assert page.url.split("?")[0] == base_url + path.split("?")[0], f"{name} <{path}> led to {page.url}"
        page.wait_for_selector(ready)
        results.append((name, page.url, run_axe(page, excused=WAGTAILS_OWN.get(name, ()))))
    return results


# Violations that are Wagtail's or wagtail-localize's own, not the portal's: each is one rule on one kind of node,
# listed in the accessibility statement (home/demo/accessibility.yaml), and nothing else on the page is excused.
WAGTAILS_OWN = {
    "page editor": [
        # Wagtail's minimap (the outline beside the editor) scrolls its list of headings without a focusable element;
        # the same headings are reachable by keyboard in the form itself.
        Excused("scrollable-region-focusable", ".w-minimap__list", "", "wagtail/wagtail"),
    ],
    "translation editor": [
        # wagtail-localize colours a segment's state in a light teal (#00b0b1) that is too pale on white; the state
        # is also told by the segment's icon and its buttons.
        Excused("color-contrast", ".js-translation-editor *", "foreground color: #00b0b1", "wagtail/wagtail-localize"),
        # wagtail-localize's PO-file upload (its "Import/export" tab, for translation agencies) has no label.
        Excused("label", '.js-translation-editor input[type="file"]', "", "wagtail/wagtail-localize"),
    ],
}
