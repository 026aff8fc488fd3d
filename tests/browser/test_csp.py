"""The Content Security Policy in Chromium: the main pages of the site, the Wagtail admin and the
API documentation raise no `securitypolicyviolation` and log no console error, and their scripts
still work (the radar chart is drawn, the quiz autosaves, the admin's editor, choosers and date
pickers start, Swagger UI renders).

The headers themselves are checked in tests/security/test_hardening.py.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from assessments import services as assessment_services
from assessments.models import QuestionBank, QuestionCategory
from tests.assessments.conftest import make_quiz, one_of_each
from training.certificates.models import Certificate
from training.competencies.services import competency_assess
from training.progress.services import lesson_complete

from .helpers import sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Registered before any page script runs (Playwright's init scripts are not subject to the
# page's policy); every frame records the violations it sees.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    const element = event.target && event.target.outerHTML ? event.target.outerHTML : "";
    window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} ` +
        `at ${event.sourceFile}:${event.lineNumber} ${event.sample || ""} ${element.slice(0, 300)}`
    );
});
"""

CANVAS_IS_DRAWN = """(selector) => {
    const canvas = document.querySelector(selector);
    if (!canvas || !canvas.width || !canvas.height) return false;
    const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
}"""


class Watcher:
    """Console errors and policy violations of every page and frame the browser opens."""

    def __init__(self, page: Page):
        self.page = page
        self.console: list[str] = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._console)
        page.on("response", self._response)
        page.on("pageerror", lambda error: self.console.append(f"{page.url}: {error}"))

    def _console(self, message) -> None:
        # A failed request is logged without its address: _response reports it with one.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.console.append(f"{self.page.url}: {message.text}")

    def _response(self, response) -> None:
        # The browser asks for /favicon.ico by itself; the site has none (not a page's fault).
        if response.status >= 400 and not response.url.endswith("/favicon.ico"):
            self.console.append(f"{self.page.url}: {response.status} {response.url}")

    def visit(self, url: str) -> None:
        response = self.page.goto(url)
        assert response is not None and response.status == 200, (url, response and response.status)
        self.page.wait_for_load_state("networkidle")

    def violations(self) -> list[str]:
        found = []
        for frame in self.page.frames:
            try:
                found += frame.evaluate("() => window.__cspViolations || []")
            except Exception as error:  # a frame that navigated away meanwhile  # noqa: BLE001
                found.append(f"(frame {frame.url} not readable: {error})")
        return found

    def assert_clean(self, what: str) -> None:
        violations = self.violations()
        assert not violations, f"{what}: {violations}"
        assert not self.console, f"{what}: {self.console}"


@pytest.fixture
def world(org, courses, lang_en_competency):
    """The `org` staff, the catalog's courses, a quiz in the first course, a certificate of the
    learner and a manager's assessment (so the staff page has its radar)."""
    for lesson in courses.lessons:
        lesson_complete(staff=org.learner, lesson=lesson)
    certificate = Certificate.objects.get(staff=org.learner)
    # The quiz comes after the completion (a required quiz would hold the course back).
    bank = QuestionBank.objects.create(name="Service desk")
    category = QuestionCategory.objects.create(bank=bank, path="Desk")
    quiz = make_quiz(courses.desk, questions=one_of_each(category), pass_mark=70)
    competency_assess(
        staff=org.learner,
        competency=lang_en_competency,
        level=3,
        note="Confident at the desk.",
        actor=org.isss_manager.user,
    )
    return org, courses, quiz, certificate


def test_pages_run_under_the_policy_without_violations(page, live_server, world):
    org, courses, quiz, certificate = world
    watcher = Watcher(page)

    # Anonymous: home, catalog, course, the public verify page, the sign-in page.
    for url in ("/", "/en/", "/courses/", courses.desk.url, f"/verify/{certificate.code}/"):
        watcher.visit(url)
        watcher.assert_clean(url)
    expect(page.locator("main")).to_contain_text(certificate.code[:4])
    watcher.visit("/accounts/login/")
    watcher.assert_clean("login")

    # The learner: a lesson (its heartbeat script), /me/, and a quiz attempt that autosaves.
    sign_in(page, org.learner.user, live_server.url)
    for url in (courses.lessons[0].url, "/me/", "/en/me/", quiz.url):
        watcher.visit(url)
        watcher.assert_clean(url)
    attempt = assessment_services.attempt_start(staff=org.learner, quiz=quiz)
    watcher.visit(f"{quiz.url}attempts/{attempt.number}/")
    page.locator(".quiz-form input[type=text]").first.fill("hello")
    page.locator(".quiz-form input[type=text]").first.blur()
    expect(page.locator(".quiz-form__status")).not_to_be_empty()
    watcher.assert_clean("quiz attempt")

    # The manager: the team matrix and a staff page with its radar drawn by Chart.js.
    sign_in(page, org.isss_manager.user, live_server.url)
    watcher.visit("/team/")
    watcher.assert_clean("/team/")
    watcher.visit(f"/team/staff/{org.learner.pk}/")
    page.wait_for_function(CANVAS_IS_DRAWN, arg="canvas[data-radar-chart]")
    watcher.assert_clean("staff radar")

    # HR.
    sign_in(page, org.hr.user, live_server.url)
    watcher.visit("/hr/")
    watcher.assert_clean("/hr/")

    # The API documentation: Swagger UI renders the schema.
    watcher.visit("/api/v1/docs")
    expect(page.locator(".swagger-ui .info .title")).to_be_visible()
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible()
    watcher.assert_clean("/api/v1/docs")

    # The Wagtail admin: dashboard, a course page's editor (rich text, an image chooser that
    # opens its modal), and a form with date pickers.
    sign_in(page, org.admin, live_server.url)
    watcher.visit("/admin/")
    # The sidebar is drawn by React from the admin's scripts.
    expect(page.locator("#wagtail-sidebar nav[aria-label] button").first).to_be_visible()
    watcher.assert_clean("admin dashboard")

    watcher.visit(f"/admin/pages/{courses.desk.pk}/edit/")
    expect(page.locator(".Draftail-Editor").first).to_be_visible()
    marker = page.locator("[data-meridian-init=ImageChooser]")
    expect(marker).to_have_attribute("data-meridian-ready", "")
    watcher.assert_clean("page editor")
    page.locator("#id_cover_image-chooser [data-chooser-action-choose]").first.click()
    expect(page.locator(".modal-content input[type=file]").first).to_be_attached()
    page.wait_for_load_state("networkidle")
    watcher.assert_clean("page editor")

    watcher.visit(f"/admin/pages/{courses.lessons[0].pk}/edit/")
    expect(page.locator("[data-streamfield-stream-container], .w-panel").first).to_be_visible()
    watcher.assert_clean("lesson editor")

    watcher.visit("/admin/appraisal/periods/new/")
    page.locator("#id_starts_on").click()
    expect(page.locator(".xdsoft_datetimepicker").first).to_be_visible()
    watcher.assert_clean("date picker")
