"""The staff directory in the Wagtail admin: who gets in, what the forms write, what lists show."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission, User
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import NoReverseMatch, reverse
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from tests.factories import JobRoleFactory, make_staff, make_unit
from training.people import policies, services, viewsets
from training.people.models import AuditEntry, JobRole, Language, OrgUnit, StaffProfile
from training.people.roles import MANAGERS

pytestmark = pytest.mark.django_db

ORG_UNITS = "people_org_units"
JOB_ROLES = "people_job_roles"
STAFF = "people_staff"
AUDIT_LOG = "people_audit_log"


def url(viewset: str, view: str = "index", *args) -> str:
    return reverse(f"{viewset}:{view}", args=args)


def page(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def titles(response) -> list[str]:
    """The first column of the listing: the code / staff number / time linking to the object."""
    return [
        cell.get_text(strip=True)
        for cell in page(response).select("table.listing tbody td.title .title-wrapper")
    ]


def column(response, index: int) -> list[str]:
    return [
        row.select("td")[index].get_text(" ", strip=True)
        for row in page(response).select("table.listing tbody tr")
    ]


def field_errors(response, name: str) -> str:
    """The error text shown next to one form field."""
    field = page(response).select_one(f"[data-field-wrapper] [name={name}]")
    wrapper = field.find_parent(attrs={"data-field-wrapper": True})
    return " ".join(e.get_text(" ", strip=True) for e in wrapper.select(".error-message"))


def fresh(user: User) -> User:
    """The user without the per-object caches that policies keeps."""
    return User.objects.get(pk=user.pk)


def unit_form(unit: OrgUnit | None = None, **changes) -> dict:
    data = {"code": "", "kind": "", "parent": "", "name_zh": "", "name_en": "", "is_active": "on"}
    if unit is not None:
        data.update(
            code=unit.code,
            kind=unit.kind,
            parent=unit.parent_id or "",
            name_zh=unit.name_zh,
            name_en=unit.name_en,
            is_active="on" if unit.is_active else "",
        )
    data.update(changes)
    return {key: value for key, value in data.items() if value not in ("", None)}


def staff_form(**fields) -> dict:
    data = {
        "staff_number": "S90001",
        "name_zh": "欧阳娜娜",
        "name_latin": "OUYANG Nana",
        "email": "ouyang.nana@library.example.edu",
        "username": "",
        "org_unit": "",
        "job_role": "",
        "languages": [],
        "managed_units": [],
        "start_date": "2025-09-01",
        "is_active": "on",
        "preferred_language": "zh-hans",
    }
    data.update(fields)
    return {key: value for key, value in data.items() if value not in ("", None, [])}


def languages(*codes: str) -> list[int]:
    return list(Language.objects.filter(code__in=codes).values_list("pk", flat=True))


def login(client, user: User, language: str = "en"):
    """Sign in with an admin language set, as people do in their Wagtail account settings.

    The admin's own messages are asserted in English; the data (names in both scripts) is not
    translated either way.
    """
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def admin_hr_client(client, org):
    return login(client, org.hr.user)


# --- org units ----------------------------------------------------------------------------------


def test_hr_creates_a_department_and_a_team_through_the_admin_forms(admin_hr_client, org):
    response = admin_hr_client.post(
        url(ORG_UNITS, "add"),
        unit_form(
            code="ref",
            kind="department",
            parent=org.library.pk,
            name_zh="参考咨询部",
            name_en="Reference",
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == url(ORG_UNITS)
    department = OrgUnit.objects.get(code="ref")
    assert department.depth == 1
    assert department.path == f"{org.library.path}{department.pk}/"
    assert department.parent == org.library

    response = admin_hr_client.post(
        url(ORG_UNITS, "add"),
        unit_form(
            code="ref-chat",
            kind="team",
            parent=department.pk,
            name_zh="在线咨询组",
            name_en="Chat Reference",
        ),
    )
    assert response.status_code == 302
    team = OrgUnit.objects.get(code="ref-chat")
    assert (team.depth, team.path) == (2, f"{department.path}{team.pk}/")

    # Saved through the service: audited, with the HR person as the actor.
    entries = AuditEntry.objects.filter(action="org_unit.create", actor=org.hr.user)
    assert set(entries.values_list("target_id", flat=True)) == {str(department.pk), str(team.pk)}

    listing = admin_hr_client.get(url(ORG_UNITS))
    assert titles(listing) == ["lib", "isss", "isss-desk", "isss-visit", "circ", "ref", "ref-chat"]
    assert "— — Chat Reference" in column(listing, 1)


def test_moving_a_team_through_the_edit_form_moves_its_staff_to_the_new_manager(
    admin_hr_client, org
):
    circ_manager = fresh(org.circ_manager.user)
    assert org.learner not in policies.staff_visible_to(circ_manager)

    response = admin_hr_client.post(
        url(ORG_UNITS, "edit", org.isss_desk.pk), unit_form(org.isss_desk, parent=org.circ.pk)
    )

    assert response.status_code == 302
    org.isss_desk.refresh_from_db()
    assert org.isss_desk.parent == org.circ
    assert org.isss_desk.path == f"{org.circ.path}{org.isss_desk.pk}/"
    assert org.isss_desk.depth == 2
    assert org.learner in policies.staff_visible_to(fresh(org.circ_manager.user))
    assert org.learner not in policies.staff_visible_to(fresh(org.isss_manager.user))
    assert AuditEntry.objects.filter(
        action="org_unit.update", target_id=str(org.isss_desk.pk), actor=org.hr.user
    ).exists()


def test_a_parent_of_the_wrong_kind_re_renders_the_form_and_changes_nothing(admin_hr_client, org):
    path_before = org.isss_desk.path
    audit_before = AuditEntry.objects.count()

    response = admin_hr_client.post(
        url(ORG_UNITS, "edit", org.isss_desk.pk),
        unit_form(org.isss_desk, parent=org.isss_visit.pk),
    )

    assert response.status_code == 200
    assert "A team must sit under a department." in field_errors(response, "parent")
    org.isss_desk.refresh_from_db()
    assert (org.isss_desk.parent, org.isss_desk.path) == (org.isss, path_before)
    assert AuditEntry.objects.count() == audit_before


def test_a_library_under_a_department_is_refused_on_create(admin_hr_client, org):
    response = admin_hr_client.post(
        url(ORG_UNITS, "add"),
        unit_form(
            code="lib2", kind="library", parent=org.isss.pk, name_zh="分馆", name_en="Branch"
        ),
    )
    assert response.status_code == 200
    assert "A library is the top of the tree" in field_errors(response, "parent")
    assert not OrgUnit.objects.filter(code="lib2").exists()


def test_a_validation_error_from_the_service_is_a_form_error_not_a_500(
    admin_hr_client, org, monkeypatch
):
    """What the form cannot know (a concurrent move, say) still comes back as a form error."""

    def refuse(*, unit, actor):
        unit.save()  # rolled back with the view's transaction
        raise ValidationError({"parent": "The parent unit moved meanwhile.", "path": "Stale."})

    monkeypatch.setattr(services, "org_unit_save", refuse)
    response = admin_hr_client.post(
        url(ORG_UNITS, "add"),
        unit_form(code="ref", kind="department", parent=org.library.pk, name_zh="参", name_en="R"),
    )

    assert response.status_code == 200
    assert "The parent unit moved meanwhile." in field_errors(response, "parent")
    assert "path: Stale." in response.content.decode()  # a non-field error, in the message
    assert not OrgUnit.objects.filter(code="ref").exists()


def test_a_permission_denied_from_the_service_is_a_403(admin_hr_client, org, monkeypatch):
    def deny(actor):
        raise PermissionDenied("no")

    monkeypatch.setattr(services, "_require_directory_editor", deny)
    response = admin_hr_client.post(
        url(ORG_UNITS, "edit", org.circ.pk), unit_form(org.circ, name_en="Lending")
    )

    assert response.status_code == 403
    org.circ.refresh_from_db()
    assert org.circ.name_en == "Circulation"


def test_a_stray_django_permission_does_not_let_a_learner_write(client, org):
    user = org.learner.user
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label__in=["people", "wagtailadmin"],
            codename__in=["access_admin", "add_orgunit", "change_orgunit", "view_orgunit"],
        )
    )
    login(client, user)

    listing = client.get(url(ORG_UNITS))
    assert listing.status_code == 200  # "view" is only a read
    assert url(ORG_UNITS, "add") not in listing.content.decode()
    assert url(ORG_UNITS, "edit", org.circ.pk) not in listing.content.decode()

    for response in (
        client.get(url(ORG_UNITS, "add")),
        client.post(url(ORG_UNITS, "add"), unit_form(code="x", kind="team", parent=org.circ.pk)),
        client.post(url(ORG_UNITS, "edit", org.circ.pk), unit_form(org.circ, name_en="Lending")),
    ):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert not OrgUnit.objects.filter(code="x").exists()
    org.circ.refresh_from_db()
    assert org.circ.name_en == "Circulation"


def test_org_unit_filters_and_search(admin_hr_client, org):
    closed = make_unit("old-stacks", "team", org.circ, name_en="Old Stacks")
    closed.is_active = False
    services.org_unit_save(unit=closed)

    def codes(**query):
        return sorted(titles(admin_hr_client.get(url(ORG_UNITS), query)))

    assert codes(kind="team") == ["isss-desk", "isss-visit", "old-stacks"]
    assert codes(kind="department") == ["circ", "isss"]
    assert codes(parent=org.isss.pk) == ["isss-desk", "isss-visit"]
    assert codes(is_active="false") == ["old-stacks"]
    assert codes(is_active="true", kind="team") == ["isss-desk", "isss-visit"]
    assert codes(q="circ") == ["circ"]
    assert codes(q="International") == ["isss"]
    assert codes(q="Stacks") == ["old-stacks"]


def test_org_units_are_deleted_by_superusers_only_and_never_while_in_use(client, org):
    login(client, org.hr.user)
    assert client.get(url(ORG_UNITS, "delete", org.isss_visit.pk))["Location"] == reverse(
        "wagtailadmin_home"
    )
    edit_page = client.get(url(ORG_UNITS, "edit", org.isss_visit.pk)).content.decode()
    assert url(ORG_UNITS, "delete", org.isss_visit.pk) not in edit_page

    login(client, org.admin)
    # isss has staff, teams below it and a manager: the page says so and offers no delete.
    confirm = client.get(url(ORG_UNITS, "delete", org.isss.pk))
    assert confirm.status_code == 200
    text = page(confirm).get_text(" ", strip=True)
    assert "1 staff member is placed in this unit." in text
    assert "2 units sit below this unit." in text
    assert "1 staff member manages this unit." in text
    assert not page(confirm).select("form button.serious")

    response = client.post(url(ORG_UNITS, "delete", org.isss.pk))
    assert response.status_code == 302
    assert response["Location"] == url(ORG_UNITS, "delete", org.isss.pk)
    assert OrgUnit.objects.filter(pk=org.isss.pk).exists()
    assert "cannot be deleted" in client.get(response["Location"]).content.decode()

    empty = make_unit("pop-up", "team", org.circ)
    confirm = client.get(url(ORG_UNITS, "delete", empty.pk))
    assert page(confirm).select("form button.serious")
    response = client.post(url(ORG_UNITS, "delete", empty.pk))
    assert response["Location"] == url(ORG_UNITS)
    assert not OrgUnit.objects.filter(pk=empty.pk).exists()
    assert AuditEntry.objects.filter(
        action="org_unit.delete", target_id=str(empty.pk), actor=org.admin
    ).exists()
    # Wagtail's own history keeps the deletion too.
    assert ModelLogEntry.objects.filter(
        action="wagtail.delete", object_id=str(empty.pk), user=org.admin
    ).exists()


def test_a_delete_the_database_refuses_is_a_message_not_a_500(client, org, monkeypatch):
    """Should a dependant appear between the check and the delete, PROTECT still stops it."""
    monkeypatch.setattr(viewsets.OrgUnitDeleteView, "get_delete_blockers", lambda view: [])
    monkeypatch.setattr(viewsets.OrgUnitDeleteView, "get_usage", lambda view: None)
    login(client, org.admin)

    response = client.post(url(ORG_UNITS, "delete", org.isss_visit.pk))

    assert response.status_code == 302
    assert response["Location"] == url(ORG_UNITS, "delete", org.isss_visit.pk)
    assert OrgUnit.objects.filter(pk=org.isss_visit.pk).exists()
    assert not AuditEntry.objects.filter(action="org_unit.delete").exists()


# --- job roles ----------------------------------------------------------------------------------


def test_hr_creates_and_edits_job_roles_through_the_service(admin_hr_client, org):
    form = {"code": "desk", "name_zh": "服务台馆员", "name_en": "Desk Librarian", "description": ""}
    assert admin_hr_client.post(url(JOB_ROLES, "add"), form).status_code == 302
    role = JobRole.objects.get(code="desk")
    response = admin_hr_client.post(
        url(JOB_ROLES, "edit", role.pk), {**form, "name_en": "Service Desk Librarian"}
    )
    assert response.status_code == 302
    role.refresh_from_db()
    assert role.name_en == "Service Desk Librarian"
    assert list(
        AuditEntry.objects.filter(target_id=str(role.pk), actor=org.hr.user)
        .order_by("pk")
        .values_list("action", flat=True)
    ) == ["job_role.create", "job_role.update"]

    clash = admin_hr_client.post(url(JOB_ROLES, "add"), form)
    assert clash.status_code == 200
    assert "already exists" in field_errors(clash, "code")


def test_a_job_role_in_use_cannot_be_deleted(client, org):
    role = JobRoleFactory(code="desk")
    make_staff(org.circ, job_role=role)
    login(client, org.hr.user)
    assert client.get(url(JOB_ROLES, "delete", role.pk))["Location"] == reverse("wagtailadmin_home")

    login(client, org.admin)
    confirm = client.get(url(JOB_ROLES, "delete", role.pk))
    assert "1 staff member has this job role." in page(confirm).get_text(" ", strip=True)
    assert not page(confirm).select("form button.serious")
    client.post(url(JOB_ROLES, "delete", role.pk))
    assert JobRole.objects.filter(pk=role.pk).exists()
    assert not AuditEntry.objects.filter(action="job_role.delete").exists()

    spare = JobRoleFactory(code="spare")
    response = client.post(url(JOB_ROLES, "delete", spare.pk))
    assert response["Location"] == url(JOB_ROLES)
    assert not JobRole.objects.filter(pk=spare.pk).exists()
    assert AuditEntry.objects.filter(
        action="job_role.delete", target_id=str(spare.pk), actor=org.admin
    ).exists()


def test_the_delete_services_are_for_superusers_only(org):
    """HR may create and change the directory, but deleting is the administrators' (see admin)."""
    unit = make_unit("pop-up", "team", org.circ)
    role = JobRoleFactory(code="spare")
    for who in (org.hr.user, org.editor.user):
        with pytest.raises(PermissionDenied):
            services.org_unit_delete(unit=unit, actor=who)
        with pytest.raises(PermissionDenied):
            services.job_role_delete(role=role, actor=who)
    assert OrgUnit.objects.filter(pk=unit.pk).exists()
    assert JobRole.objects.filter(pk=role.pk).exists()
    assert not AuditEntry.objects.filter(action__endswith=".delete").exists()

    services.job_role_delete(role=role, actor=org.admin)
    assert not JobRole.objects.filter(code="spare").exists()


def _staff_with_roles(org, count: int) -> list[JobRole]:
    roles = [JobRoleFactory(code=f"jr-{n}", name_en=f"Job {n}") for n in range(3)]
    units = [org.isss_desk, org.isss_visit, org.circ]
    for n in range(count):
        make_staff(
            units[n % 3],
            name_zh=f"测试{n}",
            name_latin=f"TEST Person{n:02d}",
            job_role=roles[n % 3],
            languages=("en", "fr") if n % 2 else ("ja",),
            manages=[units[n % 3]] if n % 5 == 0 else None,
        )
    return roles


@pytest.mark.parametrize("staff_count", [3, 40])
def test_job_role_listing_counts_staff_in_a_fixed_number_of_queries(
    admin_hr_client, org, staff_count, django_assert_max_num_queries
):
    _staff_with_roles(org, staff_count)
    admin_hr_client.get(url(JOB_ROLES))  # warm the per-process caches (content types, ...)
    with django_assert_max_num_queries(13):
        response = admin_hr_client.get(url(JOB_ROLES))
    counts = dict(zip(titles(response), column(response, 3), strict=True))
    assert counts == {f"jr-{n}": str(len(range(n, staff_count, 3))) for n in range(3)}


# --- staff --------------------------------------------------------------------------------------


def test_hr_creates_a_staff_member_through_the_admin_form(admin_hr_client, org):
    role = JobRoleFactory(code="outreach")
    response = admin_hr_client.post(
        url(STAFF, "add"),
        staff_form(
            org_unit=org.isss_visit.pk,
            job_role=role.pk,
            languages=languages("en", "fr"),
            managed_units=[org.isss_visit.pk],
        ),
    )

    assert response.status_code == 302
    profile = StaffProfile.objects.get(staff_number="S90001")
    user = profile.user
    assert user.username == "s90001"  # the staff number, as no username was given
    assert user.email == "ouyang.nana@library.example.edu"
    assert user.first_name == "OUYANG Nana"
    assert user.is_active
    assert not user.has_usable_password()
    assert (profile.org_unit, profile.job_role) == (org.isss_visit, role)
    assert profile.start_date == datetime.date(2025, 9, 1)
    assert sorted(profile.languages.values_list("code", flat=True)) == ["en", "fr"]
    assert list(profile.managed_units.all()) == [org.isss_visit]
    assert user.groups.filter(name=MANAGERS).exists()
    assert AuditEntry.objects.filter(
        action="staff.create", target_id=str(profile.pk), actor=org.hr.user
    ).exists()

    # Editing: the email is changed on the account, and managing nothing ends the manager role.
    edit = admin_hr_client.get(url(STAFF, "edit", profile.pk))
    assert page(edit).select_one("input[name=email]")["value"] == user.email
    assert not page(edit).select("input[name=username]")  # chosen once, on create
    # The language of the e-mails Meridian sends her: Chinese unless changed.
    chosen = page(edit).select_one("select[name=preferred_language] option[selected]")
    assert chosen["value"] == profile.preferred_language == "zh-hans"
    response = admin_hr_client.post(
        url(STAFF, "edit", profile.pk),
        staff_form(
            email="nana.ouyang@library.example.edu",
            org_unit=org.isss_visit.pk,
            languages=languages("en"),
            managed_units=[],
            is_active="",
            preferred_language="en",
        ),
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.email == "nana.ouyang@library.example.edu"
    assert not user.is_active  # deactivated, not deleted
    assert not user.groups.filter(name=MANAGERS).exists()
    assert list(profile.languages.values_list("code", flat=True)) == ["en"]
    profile.refresh_from_db()
    assert profile.preferred_language == "en"
    assert AuditEntry.objects.filter(action="staff.update", target_id=str(profile.pk)).exists()


def test_a_staff_member_can_be_given_a_username(admin_hr_client, org):
    response = admin_hr_client.post(
        url(STAFF, "add"), staff_form(username="NanaO", org_unit=org.circ.pk)
    )
    assert response.status_code == 302
    assert StaffProfile.objects.get(staff_number="S90001").user.username == "nanao"


def test_a_taken_username_is_a_form_error(admin_hr_client, org):
    taken = org.learner.user.username
    response = admin_hr_client.post(
        url(STAFF, "add"), staff_form(username=taken, org_unit=org.circ.pk)
    )
    assert response.status_code == 200
    assert f"A user account named '{taken}' already exists." in field_errors(response, "username")

    # Without a username the staff number is the username, so the clash shows there.
    response = admin_hr_client.post(
        url(STAFF, "add"), staff_form(staff_number=taken.upper(), org_unit=org.circ.pk)
    )
    assert response.status_code == 200
    assert "already exists" in field_errors(response, "staff_number")
    assert not StaffProfile.objects.filter(name_latin="OUYANG Nana").exists()


def test_a_missing_email_and_org_unit_are_form_errors(admin_hr_client, org):
    response = admin_hr_client.post(url(STAFF, "add"), staff_form(email=""))
    assert response.status_code == 200
    assert field_errors(response, "email")
    assert field_errors(response, "org_unit")
    assert "This field is required." in field_errors(response, "email")
    assert "This field is required." in field_errors(response, "org_unit")
    assert not StaffProfile.objects.filter(staff_number="S90001").exists()


def test_staff_records_cannot_be_deleted_even_by_a_superuser(client, org):
    with pytest.raises(NoReverseMatch):
        url(STAFF, "delete", org.learner.pk)
    login(client, org.admin)
    edit_page = client.get(url(STAFF, "edit", org.learner.pk))
    assert edit_page.status_code == 200
    assert "/delete/" not in edit_page.content.decode()
    assert "/delete/" not in client.get(url(STAFF)).content.decode()
    assert (
        not Permission.objects.filter(codename="delete_staffprofile")
        .filter(group__isnull=False)
        .exists()
    )


def test_staff_filters_and_search(admin_hr_client, org):
    role = JobRoleFactory(code="desk")
    make_staff(org.circ, name_zh="冯涛", name_latin="FENG Tao", job_role=role, is_active=False)

    def names(**query):
        response = admin_hr_client.get(url(STAFF), query)
        assert response.status_code == 200
        return sorted(column(response, 2))

    everyone = names()
    assert len(everyone) == 8
    # The org unit filter takes the whole subtree.
    assert names(org_unit=org.isss.pk) == ["LI Yun", "SUN Yue", "ZHANG Zhe"]
    assert names(org_unit=org.isss_desk.pk) == ["LI Yun"]
    assert names(language=Language.objects.get(code="ja").pk) == ["LI Yun"]
    assert names(job_role=role.pk) == ["FENG Tao"]
    assert names(is_active="false") == ["FENG Tao"]
    assert names(is_active="true", org_unit=org.circ.pk) == ["QIAN Sheng", "ZHAO Kun"]
    assert names(q="zhao") == ["ZHAO Kun"]
    assert names(q="孙") == ["SUN Yue"]
    assert names(q=org.learner.staff_number) == ["LI Yun"]

    japanese = {"language": Language.objects.get(code="ja").pk}
    assert column(admin_hr_client.get(url(STAFF), japanese), 6) == ["English, Japanese"]
    # Names follow the admin's language.
    login(admin_hr_client, org.hr.user, language="zh-hans")
    listing = admin_hr_client.get(url(STAFF), japanese)
    assert column(listing, 6) == ["英语, 日语"]
    assert column(listing, 3) == ["isss-desk部"]


@pytest.mark.parametrize("staff_count", [3, 40])
def test_staff_listing_runs_a_fixed_number_of_queries(
    admin_hr_client, org, staff_count, django_assert_max_num_queries
):
    _staff_with_roles(org, staff_count)
    admin_hr_client.get(url(STAFF))  # warm the per-process caches (content types, ...)
    # The same bound for 3 rows and for 40: no query per row (about 15 are the admin's own).
    with django_assert_max_num_queries(17):
        response = admin_hr_client.get(url(STAFF))
    assert len(titles(response)) == 7 + staff_count
    assert len([role for role in column(response, 4) if role]) == staff_count
    assert column(response, 6).count("English, French") == staff_count // 2


# --- who gets in ----------------------------------------------------------------------------


@pytest.mark.parametrize("person", ["learner", "isss_manager"])
def test_learners_and_managers_have_no_admin(client, org, person):
    login(client, getattr(org, person).user)
    for listing in (url(STAFF), url(ORG_UNITS), url(AUDIT_LOG)):
        response = client.get(listing)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    response = client.post(url(STAFF, "edit", org.learner.pk), staff_form(org_unit=org.circ.pk))
    assert response.status_code == 302
    assert StaffProfile.objects.get(pk=org.learner.pk).org_unit == org.isss_desk


def test_editors_see_org_units_and_job_roles_but_not_staff(client, org):
    login(client, org.editor.user)

    units = client.get(url(ORG_UNITS))
    assert units.status_code == 200
    assert "isss-desk" in titles(units)
    assert url(ORG_UNITS, "add") not in units.content.decode()
    assert url(ORG_UNITS, "edit", org.isss.pk) not in units.content.decode()
    assert client.get(url(JOB_ROLES)).status_code == 200

    home = reverse("wagtailadmin_home")
    assert client.get(url(ORG_UNITS, "edit", org.isss.pk))["Location"] == home
    assert client.get(url(STAFF))["Location"] == home
    assert client.get(url(AUDIT_LOG))["Location"] == home
    assert client.get(url(STAFF, "edit", org.learner.pk))["Location"] == home
    response = client.post(
        url(STAFF, "edit", org.learner.pk),
        staff_form(staff_number=org.learner.staff_number, org_unit=org.circ.pk),
    )
    assert response["Location"] == home
    assert StaffProfile.objects.get(pk=org.learner.pk).org_unit == org.isss_desk


def _menu(client) -> str:
    return page(client.get(reverse("wagtailadmin_home"))).select_one("#wagtail-sidebar-props").text


def test_the_staff_directory_menu_is_for_hr_and_superusers(client, org):
    login(client, org.hr.user)
    menu = _menu(client)
    assert '"name": "staff-directory"' in menu
    for link in (url(STAFF), url(ORG_UNITS), url(JOB_ROLES), url(AUDIT_LOG)):
        assert link in menu
    # The roster import sits in the group, not on its own as well.
    assert menu.count(reverse("people_roster_import")) == 1
    assert menu.index('"name": "staff-directory"') < menu.index(reverse("people_roster_import"))

    login(client, org.admin)
    assert '"name": "staff-directory"' in _menu(client)

    login(client, org.editor.user)
    menu = _menu(client)
    assert '"name": "staff-directory"' not in menu
    assert url(ORG_UNITS) not in menu


# --- audit log ----------------------------------------------------------------------------------


def test_the_audit_log_is_a_read_only_listing_for_hr(admin_hr_client, org):
    admin_hr_client.post(
        url(ORG_UNITS, "add"),
        unit_form(
            code="ref", kind="department", parent=org.library.pk, name_zh="参", name_en="Ref"
        ),
    )

    response = admin_hr_client.get(url(AUDIT_LOG), {"action": "org_unit.create"})
    assert response.status_code == 200
    summaries = column(response, 3)
    assert summaries[0] == "ref Ref"  # newest first
    assert len(summaries) == OrgUnit.objects.count()
    assert column(response, 1)[0] == "ZHOU Jun (周珺)"  # an English admin: Latin first
    assert set(column(response, 2)) == {"org_unit.create"}

    found = admin_hr_client.get(url(AUDIT_LOG), {"q": "LI Yun"})
    assert column(found, 3) == [f"{org.learner.staff_number} LI Yun"]
    assert column(found, 2) == ["staff.create"]

    entry = AuditEntry.objects.get(action="org_unit.create", summary="ref Ref")
    detail = admin_hr_client.get(url(AUDIT_LOG, "inspect", entry.pk))
    assert detail.status_code == 200
    text = page(detail).get_text(" ", strip=True)
    assert "org_unit.create" in text
    assert "ZHOU Jun (周珺)" in text
    assert "people.orgunit" in text

    for view in ("add", "edit", "delete"):
        with pytest.raises(NoReverseMatch):
            url(AUDIT_LOG, view, *([] if view == "add" else [entry.pk]))
    assert f"{url(AUDIT_LOG)}edit/" not in response.content.decode()


def test_hr_group_permissions_match_the_admin(org):
    hr = Group.objects.get(name="HR")
    codenames = set(hr.permissions.values_list("codename", flat=True))
    assert {"add_orgunit", "change_orgunit", "add_staffprofile", "change_staffprofile"} <= codenames
    assert not {"delete_orgunit", "delete_staffprofile", "change_auditentry"} & codenames
