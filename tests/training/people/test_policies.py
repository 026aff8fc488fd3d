import pytest
from django.contrib.auth.models import AnonymousUser

from training.people import policies

pytestmark = pytest.mark.django_db


def names(queryset):
    return sorted(queryset.values_list("name_latin", flat=True))


def test_learner_sees_only_themselves(org):
    user = org.learner.user
    assert names(policies.staff_visible_to(user)) == ["LI Yun"]
    assert policies.can_view_staff(user, org.learner)
    assert not policies.can_view_staff(user, org.visiting)
    assert not policies.can_see_team(user)
    assert names(policies.staff_managed_by(user)) == []


def test_manager_sees_whole_subtree_and_self(org):
    user = org.isss_manager.user
    assert names(policies.staff_visible_to(user)) == ["LI Yun", "SUN Yue", "ZHANG Zhe"]
    assert policies.is_manager(user)
    assert policies.can_see_team(user)
    assert policies.can_manage_staff(user, org.learner)


def test_manager_cannot_see_or_manage_another_department(org):
    user = org.isss_manager.user
    assert not policies.can_view_staff(user, org.circ_staff)
    assert not policies.can_view_staff(user, org.circ_manager)
    assert not policies.can_manage_staff(user, org.circ_staff)
    assert org.circ not in policies.org_units_visible_to(user)


def test_manager_of_a_team_does_not_see_the_department_above(org):
    from tests.factories import make_staff

    team_lead = make_staff(org.isss_desk, name_latin="HE Jun", manages=[org.isss_desk])
    visible = names(policies.staff_visible_to(team_lead.user))
    assert visible == ["HE Jun", "LI Yun"]
    assert not policies.can_view_staff(team_lead.user, org.isss_manager)


def test_hr_sees_everyone_but_assigns_nothing(org):
    user = org.hr.user
    assert policies.staff_visible_to(user).count() == 7
    assert policies.is_hr(user)
    assert policies.can_see_team(user)
    assert policies.can_edit_directory(user)
    assert not policies.can_delete_directory_entries(user)
    assert names(policies.staff_managed_by(user)) == []


def test_editor_sees_only_themselves(org):
    user = org.editor.user
    assert names(policies.staff_visible_to(user)) == ["WU Yi"]
    assert policies.is_editor(user)
    assert policies.can_use_admin(user)
    assert not policies.can_edit_directory(user)
    assert not policies.can_see_team(user)


def test_superuser_may_do_everything(org):
    admin = org.admin
    assert policies.staff_visible_to(admin).count() == 7
    assert policies.staff_managed_by(admin).count() == 7
    assert policies.can_edit_directory(admin)
    assert policies.can_delete_directory_entries(admin)
    assert policies.can_see_team(admin)


def test_anonymous_sees_nothing(org):
    anonymous = AnonymousUser()
    assert policies.staff_visible_to(anonymous).count() == 0
    assert policies.org_units_visible_to(anonymous).count() == 0
    assert not policies.can_see_team(anonymous)
    assert not policies.can_use_admin(anonymous)


def test_managing_nothing_is_not_being_a_manager(org):
    from training.people import services

    user = org.isss_manager.user
    services.staff_profile_save(profile=org.isss_manager, email=user.email, managed_units=[])
    user = type(user).objects.get(pk=user.pk)  # fresh object: no cached groups
    assert not policies.is_manager(user)
    assert names(policies.staff_visible_to(user)) == ["ZHANG Zhe"]
    assert not user.groups.filter(name="Managers").exists()


def test_only_editors_and_superusers_author_assessments(org):
    assert policies.can_author_assessments(org.editor.user)
    assert policies.can_author_assessments(org.admin)
    for person in (org.learner, org.isss_manager, org.hr):
        assert not policies.can_author_assessments(person.user)
    assert not policies.can_author_assessments(AnonymousUser())


def test_a_learner_profile_is_an_active_staff_record(org):
    assert policies.learner_profile(org.learner.user) == org.learner
    assert policies.learner_profile(org.admin) is None  # an account without a staff record
    assert policies.learner_profile(AnonymousUser()) is None
    org.learner.is_active = False
    org.learner.save(update_fields=["is_active"])
    org.learner.user.refresh_from_db()
    assert policies.learner_profile(org.learner.user) is None
