"""`manage.py load_demo`: the demo library, its accounts and home pages, loaded idempotently."""

import os
from io import StringIO

import pytest
from django.contrib.auth import authenticate as django_authenticate
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import transaction
from django.test import RequestFactory
from wagtail.models import Locale, Page, Revision

from home.demo import site as site_data
from home.models import HomePage
from training.people import policies
from training.people.models import AuditEntry, JobRole, Language, OrgUnit, StaffProfile
from training.people.roles import EDITORS, HR, MANAGERS


def authenticate(**credentials):
    """Django's authenticate as a sign-in form calls it: with the request (login throttling,
    django-axes, counts attempts per client and refuses a call without one)."""
    return django_authenticate(RequestFactory().post("/accounts/login/"), **credentials)


pytestmark = [pytest.mark.django_db, pytest.mark.demo]

ACCOUNTS = ("learner", "manager", "hr", "editor", "admin")
PASSWORD = "meridian-demo"


def load_demo(**options) -> str:
    out = StringIO()
    call_command("load_demo", force=True, stdout=out, stderr=StringIO(), **options)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker):
    """The demo, loaded once for this module (a load takes seconds, and most tests only read).

    It is loaded inside a transaction that is rolled back after the module; each test runs in a
    savepoint within it (pytest-django's `db`), so what a test changes is undone after it.
    """
    saved = os.environ.pop("DEMO_PASSWORD", None)
    try:
        with django_db_blocker.unblock(), transaction.atomic():
            yield load_demo()
            transaction.set_rollback(True)
    finally:
        if saved is not None:
            os.environ["DEMO_PASSWORD"] = saved


@pytest.fixture
def demo(demo_output, db):
    return demo_output


def counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (OrgUnit, StaffProfile, User, JobRole, Page, Revision, AuditEntry, Group)
    }


def test_one_library_with_six_departments_and_their_teams(demo):
    library = OrgUnit.objects.get(kind=OrgUnit.Kind.LIBRARY)
    assert library.code == "library"
    assert library.name_zh == "滨江大学图书馆"
    assert library.name_en == "Binjiang University Library"
    departments = OrgUnit.objects.filter(kind=OrgUnit.Kind.DEPARTMENT)
    assert departments.count() == 6
    assert all(department.parent_id == library.pk for department in departments)
    assert set(departments.values_list("name_zh", flat=True)) == {
        "流通服务部",
        "参考咨询与学科服务部",
        "国际学生学者服务部",
        "采访与馆际互借部",
        "数字服务部",
        "特藏部",
    }
    circ_teams = OrgUnit.objects.get(code="circ").children.values_list("name_en", flat=True)
    assert set(circ_teams) == {"Front Desk", "Stacks & Shelving"}
    assert OrgUnit.objects.get(code="acq-idd").parent.code == "acq"
    assert all(unit.is_within(library) for unit in OrgUnit.objects.all())


def test_about_forty_staff_spread_over_every_department(demo):
    staff = StaffProfile.objects.all()
    assert 38 <= staff.count() <= 45
    for department in OrgUnit.objects.filter(kind=OrgUnit.Kind.DEPARTMENT):
        assert StaffProfile.objects.in_units([department]).count() >= 4, department.code
    assert staff.filter(is_active=False).count() == 2
    assert not User.objects.filter(staff_profile__is_active=False, is_active=True).exists()
    years = {profile.start_date.year for profile in staff}
    assert min(years) == 2008
    assert max(years) == 2025
    assert len(years) >= 12
    assert all(number.startswith("BJL") for number in staff.values_list("staff_number", flat=True))


def test_names_include_rare_characters_with_passport_style_pinyin(demo):
    names = dict(StaffProfile.objects.values_list("name_zh", "name_latin"))
    assert names["张喆"] == "ZHANG Zhe"
    assert names["赵堃"] == "ZHAO Kun"
    assert names["李赟"] == "LI Yun"
    everything = "".join(names)
    for char in "喆堃赟祎昇玥珺琤犇":
        assert char in everything, char
    for latin in names.values():
        surname, given = latin.split(" ")
        assert surname.isupper()
        assert given[0].isupper()
        assert given[1:].islower()


def test_most_staff_speak_english_and_some_other_languages(demo):
    staff = StaffProfile.objects.count()
    english = Language.objects.get(code="en").speakers.count()
    assert english >= staff * 0.8
    for code in ("ja", "ko", "ru", "fr"):
        assert Language.objects.get(code=code).speakers.exists(), code


def test_every_job_role_is_bilingual_and_described(demo):
    names_en = set(JobRole.objects.values_list("name_en", flat=True))
    assert {
        "Circulation Desk Assistant",
        "International Student Services Librarian",
        "Subject Liaison Librarian",
        "Interlibrary Loan Specialist",
        "Systems Librarian",
        "Special Collections Librarian",
        "Department Head",
        "Training Coordinator",
        "HR Officer",
    } <= names_en
    assert JobRole.objects.get(name_en="Subject Liaison Librarian").name_zh == "学科馆员"
    assert not JobRole.objects.filter(name_zh="").exists()
    assert not JobRole.objects.filter(description="").exists()


def test_each_department_head_manages_and_sees_their_department(demo):
    for department in OrgUnit.objects.filter(kind=OrgUnit.Kind.DEPARTMENT):
        head = department.managers.get()
        assert head.org_unit == department
        assert head.job_role.code == "dept-head"
        assert policies.is_manager(head.user)
        visible = set(policies.staff_visible_to(head.user))
        department_staff = set(StaffProfile.objects.in_units([department]))
        assert department_staff <= visible
        assert visible - department_staff == set()  # nobody from another department


@pytest.mark.parametrize("username", ACCOUNTS)
def test_demo_accounts_sign_in_with_the_default_password(demo, username):
    user = authenticate(username=username, password=PASSWORD)
    assert user is not None
    assert user.staff_profile.is_active


def test_other_demo_staff_sign_in_with_their_staff_number(demo):
    assert authenticate(username="bjl0001", password=PASSWORD) is not None
    assert authenticate(username="bjl0001", password="wrong") is None


def test_demo_accounts_have_the_right_roles(demo):
    users = {user.username: user for user in User.objects.filter(username__in=ACCOUNTS)}

    learner = users["learner"].staff_profile
    assert learner.org_unit.code == "isss-visiting"
    assert learner.job_role.code == "isss-librarian"
    assert not policies.is_manager(users["learner"])
    assert list(policies.staff_visible_to(users["learner"])) == [learner]

    manager = users["manager"]
    assert manager.groups.filter(name=MANAGERS).exists()
    assert list(manager.staff_profile.managed_units.values_list("code", flat=True)) == ["isss"]
    assert learner in policies.staff_visible_to(manager)

    hr = users["hr"]
    assert hr.groups.filter(name=HR).exists()
    assert hr.staff_profile.org_unit.kind == OrgUnit.Kind.LIBRARY
    assert policies.staff_visible_to(hr).count() == StaffProfile.objects.count()

    editor = users["editor"]
    assert editor.groups.filter(name=EDITORS).exists()
    assert editor.staff_profile.org_unit.kind == OrgUnit.Kind.LIBRARY
    assert editor.staff_profile.job_role.name_en == "Training Coordinator"

    admin = users["admin"]
    assert admin.is_superuser
    assert admin.is_staff
    assert admin.staff_profile is not None
    for username in ("learner", "hr", "editor", "admin"):
        assert not users[username].groups.filter(name=MANAGERS).exists(), username


def test_home_page_is_published_in_chinese_and_english(demo, client):
    zh = HomePage.objects.get(locale__language_code="zh-hans")
    en = HomePage.objects.get(locale__language_code="en")
    assert zh.translation_key == en.translation_key
    assert zh.title == site_data.HOME_ZH.title
    assert en.title == site_data.HOME_EN.title
    for page in (zh, en):
        assert page.live
        assert not page.has_unpublished_changes
        assert page.live_revision is not None

    zh_html = client.get("/").content.decode()
    en_html = client.get("/en/").content.decode()
    assert "Meridian 馆员培训" in zh_html
    assert "跨文化" in zh_html
    assert "Meridian Staff Training" in en_html
    assert "cross-cultural" in en_html
    assert "馆员培训" not in en_html


def test_running_twice_changes_nothing_and_prints_the_accounts_both_times(demo):
    before = counts()
    second = load_demo()
    assert counts() == before
    assert "Nothing to change." in second
    for output in (demo, second):
        for username in ACCOUNTS:
            assert f"\n{username} " in output
        assert PASSWORD in output
        assert "李赟 (LI Yun)" in output


def test_password_comes_from_the_environment(demo, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "another-demo-password")
    output = load_demo()
    assert "another-demo-password" in output
    for username in ACCOUNTS:
        assert authenticate(username=username, password="another-demo-password") is not None


def test_rerun_keeps_what_people_edited_but_repairs_the_demo_logins(demo):
    learner = StaffProfile.objects.get(user__username="learner")
    learner.org_unit = OrgUnit.objects.get(code="circ")
    learner.save()
    learner.languages.clear()
    OrgUnit.objects.filter(code="isss-outreach").update(name_en="Outreach (renamed)")
    admin = User.objects.get(username="admin")
    admin.set_password("changed")
    admin.save()
    home = HomePage.objects.get(locale__language_code="en")
    home.title = "Edited in the admin"
    home.save_revision().publish()
    Locale.objects.get(language_code="en")  # still there

    load_demo()

    # `make run` runs load_demo on every start: edits made in the admin must survive it.
    learner.refresh_from_db()
    assert learner.org_unit.code == "circ"
    assert not learner.languages.exists()
    assert OrgUnit.objects.get(code="isss-outreach").name_en == "Outreach (renamed)"
    assert HomePage.objects.get(pk=home.pk).title == "Edited in the admin"
    assert HomePage.objects.count() == 2
    # ...but the accounts it prints must always sign in with the printed password.
    assert authenticate(username="admin", password=PASSWORD) is not None


def test_rerun_survives_a_taken_username_and_a_deleted_translation(demo):
    manager = User.objects.get(username="manager")
    manager.username = "zhangzhe"
    manager.save()
    User.objects.create_user("manager", password="not-the-demo-one")
    HomePage.objects.get(locale__language_code="en").delete()

    out, err = StringIO(), StringIO()
    call_command("load_demo", force=True, stdout=out, stderr=err)

    assert "\nzhangzhe " in out.getvalue()
    assert StaffProfile.objects.get(staff_number="BJL0008").user.username == "zhangzhe"
    assert HomePage.objects.get(locale__language_code="en").title == site_data.HOME_EN.title
    before = counts()
    load_demo()
    assert counts() == before
