"""The authorisation matrix of the site: every URL of the site (Chinese, without prefix, and a
sample under /en/) x the six roles, with ids that belong to someone else.

The people (see conftest.py): LI Yun is the learner (ISSS desk); SUN Yue is in the ISSS
visiting team (the manager's subtree, not the learner); QIAN Sheng is in Circulation (the other
manager's unit). A manager's pages show their own staff and never the other unit's; a learner's
pages show their own record and never anyone else's.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from assessments.models import Attempt
from training.certificates.models import Certificate, CertificateExport, CertificateRevocation
from training.competencies.models import Evidence
from training.progress.models import Assignment, Enrolment, LessonProgress
from training.reports.models import ReportExport

from .conftest import ROLES
from .matrix import LOGIN, Case, Redirect, check, expand


def roles(default=None, **given) -> dict:
    """The expected answer of each role: `given`, else `default` (anonymous: LOGIN unless
    given)."""
    expected = {role: default for role in ROLES}
    expected["anonymous"] = LOGIN
    expected.update(given)
    return expected


def everyone(answer) -> dict:
    return dict.fromkeys(ROLES, answer)


# People, by their names as the pages print them.
def li(w):
    return w.org.learner


def sun(w):
    return w.org.visiting


def qian(w):
    return w.org.circ_staff


def me(w, role):
    """The staff profile of the role's user (None for anonymous)."""
    user = w.users[role]
    return getattr(user, "staff_profile", None) if user else None


def own_name(w, role):
    person = me(w, role)
    return person.name_latin if person else None


def not_own(person):
    """hides(): the person's name, on every page but the person's own and their viewers'."""

    def hides(w, role):
        target = person(w)
        if me(w, role) is not None and me(w, role).pk == target.pk:
            return None
        return target.name_latin

    return hides


def name_of(person):
    return lambda w, role: person(w).name_latin


def hidden_from(person, *seers):
    """hides(): `person`'s name must not appear, except for the roles in `seers` and for the
    person themself (the learner, LI Yun, sees her own name in the page header)."""

    def hides(w, role):
        itself = role == "learner" and person(w) == li(w)
        return None if role in seers or itself else person(w).name_latin

    return hides


# --- the team pages (/team/): managers see their subtree, HR everyone --------------------------

TEAM = roles(403, other_manager=200, manager=200, hr=200)


def team_list(covers, name, **extra):
    """A team listing: the manager sees LI Yun and not QIAN Sheng, the other manager the
    reverse, HR both."""

    def shows(w, role):
        return {"other_manager": qian(w), "manager": li(w), "hr": li(w)}[role].name_latin

    def hides(w, role):
        return {"other_manager": li(w), "manager": qian(w)}.get(role, li(w)).name_latin

    return Case(
        id=covers,
        covers=covers,
        url=lambda w: reverse(name),
        expect=TEAM,
        shows=shows,
        hides=lambda w, role: None if role == "hr" else hides(w, role),
        **extra,
    )


CASES: list[Case] = [
    # --- signing in and out ----------------------------------------------------------------
    Case(
        id="login",
        covers="login",
        url=lambda w: reverse("login"),
        # Signed-in users are sent on (redirect_authenticated_user).
        expect={**everyone(Redirect("/")), "anonymous": 200},
        shows=lambda w, role: 'name="password"',
    ),
    Case(
        id="logout-get",
        covers="logout",
        url=lambda w: reverse("logout"),
        expect=everyone(405),
    ),
    Case(
        id="logout-post",
        covers="logout",
        url=lambda w: reverse("logout"),
        method="post",
        expect=everyone(Redirect("/")),
    ),
    Case(
        id="catalog",
        covers="course-catalog",
        url=lambda w: reverse("course-catalog"),
        expect=everyone(Redirect("/courses/")),
    ),
    # --- the team pages --------------------------------------------------------------------
    team_list("team-dashboard", "team-dashboard"),
    team_list("team-matrix-csv", "team-matrix-csv"),
    team_list("staff-directory", "staff-directory"),
    Case(
        id="team-languages",
        covers="team-languages",
        url=lambda w: reverse("team-languages"),
        expect=TEAM,
        # The first language is English at B1 in spoken interaction: LI Yun (own manager) has it.
        hides=lambda w, role: None if role in ("manager", "hr") else li(w).name_latin,
    ),
    Case(
        id="team-staff[own-unit]",
        covers="team-staff",
        url=lambda w: reverse("team-staff", args=[li(w).pk]),
        expect=roles(403, other_manager=404, manager=200, hr=200),
        shows=name_of(li),
        hides=hidden_from(li, "manager", "hr"),
    ),
    Case(
        id="team-staff[other-unit]",
        covers="team-staff",
        url=lambda w: reverse("team-staff", args=[qian(w).pk]),
        expect=roles(403, other_manager=200, manager=404, hr=200),
        shows=name_of(qian),
        hides=hidden_from(qian, "other_manager", "hr"),
    ),
    Case(
        id="team-staff-assess[own-unit]",
        covers="team-staff-assess",
        url=lambda w: reverse("team-staff-assess", args=[li(w).pk]),
        method="post",
        data=lambda w: {
            "competency": w.framework.intercultural.pk,
            "level": "3",
            "note": "Assessed in the matrix test.",
        },
        # HR may look at anyone but assesses only the staff they manage (nobody here).
        expect=roles(403, other_manager=404, manager=Redirect("/team/staff/"), hr=403),
        hides=hidden_from(li, "manager"),
        state=lambda w: Evidence.objects.filter(staff=li(w), source="manager").count(),
        may_change=("manager",),
    ),
    Case(
        id="team-staff-assess-get",
        covers="team-staff-assess",
        url=lambda w: reverse("team-staff-assess", args=[li(w).pk]),
        expect=roles(403, other_manager=405, manager=405, hr=405),
    ),
    Case(
        id="team-assign",
        covers="team-assign",
        url=lambda w: reverse("team-assign"),
        # Assigning is a manager's act: HR who manages nobody is refused.
        expect=roles(403, other_manager=200, manager=200),
        shows=lambda w, role: {"manager": li(w), "other_manager": qian(w)}[role].name_latin,
        hides=lambda w, role: (
            {"manager": qian(w), "other_manager": li(w)}.get(role, li(w)).name_latin
        ),
    ),
    Case(
        # The other manager posts LI Yun (outside their subtree): a form error, nothing saved.
        id="team-assign-post[outside-subtree]",
        covers="team-assign",
        url=lambda w: reverse("team-assign"),
        method="post",
        data=lambda w: {
            "staff": [li(w).pk],
            "courses": [w.quizzes.course.pk],
            "due_date": "2099-12-31",
            "reason": "Matrix",
        },
        expect=roles(403, other_manager=200, manager=Redirect("/team/assign/")),
        state=lambda w: Assignment.objects.filter(staff=li(w)).count(),
        may_change=("manager",),
    ),
    # --- the learner's own pages: everyone signed in, their own record only --------------------
    Case(
        id="learner-dashboard",
        covers="learner-dashboard",
        url=lambda w: reverse("learner-dashboard"),
        expect=roles(200),
        hides=lambda w, role: None if role == "learner" else li(w).name_latin,
    ),
    Case(
        id="my-competencies",
        covers="my-competencies",
        url=lambda w: reverse("my-competencies"),
        expect=roles(200),
        hides=lambda w, role: None if role == "learner" else li(w).name_latin,
    ),
    Case(
        id="my-competencies-post",
        covers="my-competencies",
        url=lambda w: reverse("my-competencies"),
        method="post",
        data=lambda w: {"competency": w.framework.japanese.pk, "listening": "6"},
        expect=roles(200),
        # Whatever a learner posts here is their own self-assessment, never LI Yun's.
        state=lambda w: Evidence.objects.filter(staff=li(w), source="self").count(),
        may_change=("learner",),
    ),
    Case(
        id="my-record",
        covers="my-record",
        url=lambda w: reverse("my-record"),
        expect=roles(200),
        shows=own_name,
        hides=not_own(li),
    ),
    Case(
        id="my-record-export",
        covers="my-record-export",
        url=lambda w: reverse("my-record-export"),
        expect=roles(200),
        shows=lambda w, role: reverse("my-record-json"),
        hides=not_own(li),
    ),
    Case(
        id="my-record-json",
        covers="my-record-json",
        url=lambda w: reverse("my-record-json"),
        expect=roles(200),
        shows=own_name,
        hides=not_own(li),
    ),
    Case(
        id="my-record-pdf",
        covers="my-record-pdf",
        url=lambda w: reverse("my-record-pdf"),
        # One PDF is enough to prove the route; its content is tested in tests/training/reports.
        expect={"anonymous": LOGIN, "learner": 200},
        shows=lambda w, role: "%PDF",
    ),
    Case(
        id="course-enrol",
        covers="course-enrol",
        url=lambda w: reverse("course-enrol", args=[w.quizzes.course.pk]),
        method="post",
        expect=roles(Redirect("/courses/")),
        state=lambda w: Enrolment.objects.count(),
        may_change=ROLES[1:],
    ),
    Case(
        id="course-enrol-get",
        covers="course-enrol",
        url=lambda w: reverse("course-enrol", args=[w.quizzes.course.pk]),
        expect=roles(405),
    ),
    Case(
        id="lesson-complete",
        covers="lesson-complete",
        url=lambda w: reverse("lesson-complete", args=[w.quizzes.lesson.pk]),
        method="post",
        expect=roles(Redirect("/courses/")),
        state=lambda w: LessonProgress.objects.filter(completed_at__isnull=False).count(),
        may_change=ROLES[1:],
    ),
    Case(
        id="lesson-heartbeat",
        covers="lesson-heartbeat",
        url=lambda w: reverse("lesson-heartbeat", args=[w.quizzes.lesson.pk]),
        method="post",
        expect=roles(204),
        state=lambda w: LessonProgress.objects.count(),
        may_change=ROLES[1:],
    ),
    # --- certificates: the holder's own, and those of the staff one may see ------------------
    Case(
        id="my-certificates",
        covers="my-certificates",
        url=lambda w: reverse("my-certificates"),
        expect=roles(200),
        shows=lambda w, role: w.hr.li_english.formatted_code if role == "learner" else None,
        hides=lambda w, role: None if role == "learner" else w.hr.li_english.formatted_code,
    ),
    Case(
        id="certificate-pdf[learner's]",
        covers="certificate-pdf",
        url=lambda w: reverse("certificate-pdf", args=[w.hr.li_english.code]),
        # The holder, their manager and HR; another unit's manager and an editor get 404.
        expect=roles(404, learner=200, manager=200, hr=200),
        shows=lambda w, role: "%PDF",
    ),
    Case(
        id="certificate-pdf[other unit's]",
        covers="certificate-pdf",
        url=lambda w: reverse("certificate-pdf", args=[w.hr.qian_formula.code]),
        expect=roles(404, other_manager=200, hr=200),
        shows=lambda w, role: "%PDF",
    ),
    Case(
        id="certificate-badge",
        covers="certificate-badge",
        url=lambda w: reverse("certificate-badge", args=[w.hr.li_english.code]),
        # The holder's own credential only.
        expect=roles(404, learner=200),
        shows=name_of(li),
        hides=hidden_from(li, "learner"),
    ),
    Case(
        id="certificate-renew",
        covers="certificate-renew",
        url=lambda w: reverse("certificate-renew", args=[w.hr.li_english.code]),
        method="post",
        expect=roles(404, learner=Redirect("/")),
        state=lambda w: list(Enrolment.objects.order_by("pk").values_list("pk", "round")),
        may_change=("learner",),
    ),
    Case(
        id="certificate-verify-form",
        covers="certificate-verify-form",
        url=lambda w: reverse("certificate-verify-form"),
        expect=everyone(200),
    ),
    Case(
        id="certificate-verify",
        covers="certificate-verify",
        url=lambda w: reverse("certificate-verify", args=[w.hr.li_english.formatted_code]),
        # Public: the certificate's own facts, for anyone.
        expect=everyone(200),
        shows=lambda w, role: w.hr.li_english.formatted_code,
    ),
    # --- HR: certificates -----------------------------------------------------------------------
    Case(
        id="hr-certificate",
        covers="hr-certificate",
        url=lambda w: reverse("hr-certificate", args=[w.hr.li_english.code]),
        expect=roles(403, hr=200),
        shows=name_of(li),
        hides=hidden_from(li, "hr"),
    ),
    Case(
        id="hr-certificate-revoke",
        covers="hr-certificate-revoke",
        url=lambda w: reverse("hr-certificate-revoke", args=[w.hr.li_english.code]),
        method="post",
        data=lambda w: {"revoke-reason": "Matrix test"},
        expect=roles(403, hr=Redirect("/hr/certificates/")),
        state=lambda w: CertificateRevocation.objects.count(),
        may_change=("hr",),
    ),
    Case(
        id="hr-certificate-reissue",
        covers="hr-certificate-reissue",
        url=lambda w: reverse("hr-certificate-reissue", args=[w.hr.li_english.code]),
        method="post",
        data=lambda w: {"reissue-reason": "Matrix test"},
        expect=roles(403, hr=Redirect("/hr/certificates/")),
        state=lambda w: Certificate.objects.count(),
        may_change=("hr",),
    ),
    Case(
        id="hr-certificate-export",
        covers="hr-certificate-export",
        url=lambda w: reverse("hr-certificate-export"),
        method="post",
        expect=roles(403, hr=Redirect("/hr/certificates/exports/")),
        state=lambda w: CertificateExport.objects.count(),
        may_change=("hr",),
    ),
    Case(
        id="hr-certificate-export-status",
        covers="hr-certificate-export-status",
        url=lambda w: reverse("hr-certificate-export-status", args=[w.certificate_export.pk]),
        expect=roles(403, hr=200),
        shows=lambda w, role: reverse(
            "hr-certificate-export-download", args=[w.certificate_export.pk]
        ),
    ),
    Case(
        id="hr-certificate-export-download",
        covers="hr-certificate-export-download",
        url=lambda w: reverse("hr-certificate-export-download", args=[w.certificate_export.pk]),
        expect=roles(403, hr=200),
        shows=lambda w, role: "PK",
    ),
    # --- HR: the register, exports, summaries, records ----------------------------------------
    Case(
        id="hr-register",
        covers="hr-register",
        url=lambda w: reverse("hr-register"),
        expect=roles(403, hr=200),
        shows=name_of(qian),
        hides=hidden_from(qian, "hr", "other_manager"),
    ),
    Case(
        id="hr-register-csv",
        covers="hr-register-csv",
        url=lambda w: reverse("hr-register-csv"),
        expect=roles(403, hr=200),
        shows=name_of(qian),
        hides=hidden_from(qian, "hr", "other_manager"),
    ),
    Case(
        id="hr-register-xlsx",
        covers="hr-register-xlsx",
        url=lambda w: reverse("hr-register-xlsx"),
        expect=roles(403, hr=200),
        shows=lambda w, role: "PK",  # a ZIP container
    ),
    Case(
        id="hr-register-revoke",
        covers="hr-register-revoke",
        url=lambda w: reverse("hr-register-revoke", args=[w.hr.li_english.code]),
        expect=roles(403, hr=200),
        shows=lambda w, role: w.hr.li_english.formatted_code,
        hides=hidden_from(li, "hr", "learner"),
    ),
    Case(
        id="hr-register-revoke-post",
        covers="hr-register-revoke",
        url=lambda w: reverse("hr-register-revoke", args=[w.hr.li_english.code]),
        method="post",
        data=lambda w: {"reason": "Matrix test"},
        expect=roles(403, hr=Redirect("/hr/")),
        state=lambda w: CertificateRevocation.objects.count(),
        may_change=("hr",),
    ),
    Case(
        id="hr-export-create",
        covers="hr-export-create",
        url=lambda w: reverse("hr-export-create") + "?kind=register_csv",
        expect=roles(403, hr=200),
    ),
    Case(
        id="hr-export-create-post",
        covers="hr-export-create",
        url=lambda w: reverse("hr-export-create"),
        method="post",
        data=lambda w: {"kind": "register_csv"},
        expect=roles(403, hr=Redirect("/hr/exports/")),
        state=lambda w: ReportExport.objects.count(),
        may_change=("hr",),
    ),
    Case(
        id="hr-export-status",
        covers="hr-export-status",
        url=lambda w: reverse("hr-export-status", args=[w.report_export.pk]),
        expect=roles(403, hr=200),
        shows=lambda w, role: reverse("hr-export-download", args=[w.report_export.pk]),
    ),
    Case(
        id="hr-export-download",
        covers="hr-export-download",
        url=lambda w: reverse("hr-export-download", args=[w.report_export.pk]),
        expect=roles(403, hr=200),
        shows=name_of(li),
        hides=hidden_from(li, "hr", "learner"),
    ),
    Case(
        id="hr-certificates",
        covers="hr-certificates",
        url=lambda w: reverse("hr-certificates"),
        expect=roles(403, hr=Redirect("/hr/")),
    ),
    Case(
        id="hr-summaries",
        covers="hr-summaries",
        url=lambda w: reverse("hr-summaries"),
        expect=roles(403, hr=200),
        shows=name_of(li),
        hides=hidden_from(li, "hr", "learner", "manager"),
    ),
    Case(
        id="hr-summary",
        covers="hr-summary",
        url=lambda w: reverse("hr-summary", args=[li(w).pk, w.hr.current.pk]),
        expect=roles(403, hr=200),
        shows=name_of(li),
        hides=hidden_from(li, "hr", "learner", "manager"),
    ),
    Case(
        id="hr-summary-pdf",
        covers="hr-summary-pdf",
        url=lambda w: reverse("hr-summary-pdf", args=[li(w).pk, w.hr.current.pk]),
        expect=roles(403, hr=200),
        shows=lambda w, role: "%PDF",
    ),
    Case(
        id="hr-staff-record-json",
        covers="hr-staff-record-json",
        url=lambda w: reverse("hr-staff-record-json", args=[li(w).pk]),
        # HR only: not even LI Yun's own manager.
        expect=roles(403, hr=200),
        shows=name_of(li),
        hides=hidden_from(li, "hr", "learner"),
    ),
    Case(
        id="hr-staff-record-pdf",
        covers="hr-staff-record-pdf",
        url=lambda w: reverse("hr-staff-record-pdf", args=[li(w).pk]),
        expect=roles(403, hr=200),
        shows=lambda w, role: "%PDF",
    ),
    # --- the staff directory ------------------------------------------------------------------
    Case(
        id="staff-detail[learner]",
        covers="staff-detail",
        url=lambda w: reverse("staff-detail", args=[li(w).pk]),
        # Anyone may see their own record; a manager their subtree; HR everyone.
        expect=roles(404, learner=200, manager=200, hr=200),
        shows=name_of(li),
        hides=hidden_from(li, "learner", "manager", "hr"),
    ),
    Case(
        id="staff-detail[colleague]",
        covers="staff-detail",
        url=lambda w: reverse("staff-detail", args=[sun(w).pk]),
        expect=roles(404, manager=200, hr=200),
        shows=name_of(sun),
        hides=hidden_from(sun, "manager", "hr"),
    ),
    Case(
        id="staff-detail[other-unit]",
        covers="staff-detail",
        url=lambda w: reverse("staff-detail", args=[qian(w).pk]),
        expect=roles(404, other_manager=200, hr=200),
        shows=name_of(qian),
        hides=hidden_from(qian, "other_manager", "hr"),
    ),
]


# --- Wagtail pages (the catch-all route) and the quiz's routes --------------------------------


def quiz_url(w, tail=""):
    return w.quizzes.quiz.url + tail


CASES += [
    Case(
        id="page-home",
        covers="wagtail_serve",
        url=lambda w: "/",
        expect=everyone(200),
    ),
    Case(
        id="page-course",
        covers="wagtail_serve",
        url=lambda w: w.quizzes.course.url,
        expect=everyone(200),
        shows=lambda w, role: w.quizzes.course.title,
    ),
    Case(
        id="page-lesson",
        covers="wagtail_serve",
        url=lambda w: w.quizzes.lesson.url,
        expect=everyone(200),
        shows=lambda w, role: w.quizzes.lesson.title,
    ),
    Case(
        id="page-missing",
        covers="wagtail_serve",
        url=lambda w: "/no-such-page/",
        expect=everyone(404),
    ),
    Case(
        id="quiz-overview",
        covers="wagtail_serve",
        url=lambda w: quiz_url(w),
        expect=everyone(200),
        shows=lambda w, role: w.quizzes.quiz.title,
    ),
    Case(
        id="quiz-start",
        covers="wagtail_serve",
        url=lambda w: quiz_url(w, "start/"),
        method="post",
        expect=roles(Redirect("/courses/")),
        state=lambda w: Attempt.objects.count(),
        # The learner resumes the attempt in progress; the others start their own.
        may_change=("other_manager", "manager", "hr", "editor"),
    ),
    Case(
        id="quiz-start-get",
        covers="wagtail_serve",
        url=lambda w: quiz_url(w, "start/"),
        expect=everyone(405),
    ),
    Case(
        id="quiz-attempt[own]",
        covers="wagtail_serve",
        url=lambda w: quiz_url(w, "attempts/1/"),
        # Attempt 1 of each person is their own; only LI Yun has one in progress.
        expect=roles(404, learner=200),
        shows=lambda w, role: 'name="revision"',
    ),
    Case(
        id="quiz-attempt[someone else's]",
        covers="wagtail_serve",
        url=lambda w: quiz_url(w, "attempts/2/"),
        # Only SUN Yue has an attempt 2: nobody else can open it by number.
        expect=roles(404),
        hides=lambda w, role: sun(w).name_latin,
    ),
    Case(
        id="quiz-save[someone else's]",
        covers="wagtail_serve",
        url=lambda w: quiz_url(w, "attempts/2/save/"),
        method="post",
        data=lambda w: {"revision": str(w.sun_second.revision), "q1": "x"},
        expect=roles(404),
        state=lambda w: Attempt.objects.values_list("revision", "responses").get(
            pk=w.sun_second.pk
        ),
    ),
    Case(
        id="quiz-submit[someone else's]",
        covers="wagtail_serve",
        url=lambda w: quiz_url(w, "attempts/2/submit/"),
        method="post",
        data=lambda w: {"revision": str(w.sun_second.revision)},
        expect=roles(404),
        state=lambda w: Attempt.objects.values_list("state", "graded_at").get(pk=w.sun_second.pk),
    ),
    Case(
        id="quiz-review[someone else's]",
        covers="wagtail_serve",
        # SUN Yue's attempt 1 is finished; LI Yun's attempt 1 is not (it goes back to it).
        url=lambda w: quiz_url(w, "attempts/1/review/"),
        expect=roles(404, learner=Redirect("/courses/")),
        hides=lambda w, role: sun(w).name_latin,
    ),
    Case(
        id="health",
        covers="health",
        url=lambda w: "/health/",
        # For the load balancer: no sign-in, no data beyond "ok".
        expect=everyone(200),
        hides=lambda w, role: li(w).name_latin,
    ),
    Case(
        id="health-live",
        covers="health-live",
        url=lambda w: "/health/live/",
        expect=everyone(200),
    ),
    Case(
        id="wagtailcore-login",
        covers="wagtailcore_login",
        url=lambda w: reverse("wagtailcore_login"),
        expect=everyone(200),
    ),
    Case(
        id="wagtailcore-authenticate-with-password",
        covers="wagtailcore_authenticate_with_password",
        url=lambda w: reverse(
            "wagtailcore_authenticate_with_password", args=[999999, w.quizzes.course.pk]
        ),
        # Meridian uses no page passwords: no restriction id exists.
        expect=everyone(404),
    ),
    Case(
        id="document-serve",
        covers="wagtaildocs_serve",
        url=lambda w: reverse("wagtaildocs_serve", args=[w.document.pk, w.document.filename]),
        # Documents (lesson audio, handouts) are public. The test storage is in memory, with no
        # file on disk to send: served as object storage would be, by a redirect to the file.
        settings={"WAGTAILDOCS_SERVE_METHOD": "redirect"},
        expect=everyone(Redirect("/media/documents/")),
    ),
    Case(
        id="document-authenticate-with-password",
        covers="wagtaildocs_authenticate_with_password",
        url=lambda w: reverse("wagtaildocs_authenticate_with_password", args=[999999]),
        expect=everyone(404),
    ),
]

# The quiz's views send an anonymous visitor to sign in and back to the quiz's overview.
for _case in CASES:
    if _case.id.startswith("quiz-") and _case.expect.get("anonymous") == LOGIN:
        _case.login_next = quiz_url

# --- a sample under /en/: the same rules, the sign-in page in English --------------------------


def english(case: Case) -> Case:
    def url(w, build=case.url):
        from django.utils import translation

        with translation.override("en"):
            return build(w)

    return Case(**{**case.__dict__, "id": f"en:{case.id}", "url": url})


EN_SAMPLE = (
    "learner-dashboard",
    "my-record",
    "team-staff[own-unit]",
    "team-staff[other-unit]",
    "staff-detail[colleague]",
    "hr-register",
    "hr-summary",
    "certificate-badge",
    "certificate-renew",
)
CASES += [english(case) for case in CASES if case.id in EN_SAMPLE]


@pytest.mark.parametrize(("case", "role"), expand(CASES, ROLES))
def test_site(case, role, world, client_for):
    check(client_for(role), case, role, world)
