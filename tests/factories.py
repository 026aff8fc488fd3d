"""factory-boy factories for the staff directory. Writes go through the services, as in the app."""

from __future__ import annotations

import factory
from django.contrib.auth.models import Group, User

from training.people import services
from training.people.models import JobRole, Language, OrgUnit, StaffProfile
from training.people.roles import EDITORS, HR


def make_unit(code: str, kind: str, parent: OrgUnit | None = None, **names) -> OrgUnit:
    unit = OrgUnit(
        code=code,
        kind=kind,
        parent=parent,
        name_zh=names.get("name_zh", f"{code}部"),
        name_en=names.get("name_en", code.title()),
    )
    return services.org_unit_save(unit=unit)


class JobRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JobRole
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"role-{n}")
    name_zh = factory.Sequence(lambda n: f"岗位{n}")
    name_en = factory.Sequence(lambda n: f"Role {n}")


def make_staff(
    unit: OrgUnit,
    *,
    number: str | None = None,
    name_zh: str = "王芳",
    name_latin: str = "WANG Fang",
    manages: list[OrgUnit] | None = None,
    groups: tuple[str, ...] = (),
    languages: tuple[str, ...] = (),
    **fields,
) -> StaffProfile:
    number = number or f"S{make_staff.counter:05d}"
    make_staff.counter += 1
    profile = services.staff_profile_save(
        profile=StaffProfile(
            staff_number=number, name_zh=name_zh, name_latin=name_latin, org_unit=unit, **fields
        ),
        email=f"{number.lower()}@library.example.edu",
        languages=Language.objects.filter(code__in=languages),
        managed_units=manages or [],
    )
    for name in groups:
        profile.user.groups.add(Group.objects.get(name=name))
    return profile


make_staff.counter = 1


def make_hr(unit: OrgUnit, **kwargs) -> StaffProfile:
    return make_staff(unit, groups=(HR,), **kwargs)


def make_editor(unit: OrgUnit, **kwargs) -> StaffProfile:
    return make_staff(unit, groups=(EDITORS,), **kwargs)


def make_superuser(username: str = "admin") -> User:
    return User.objects.create_superuser(username, f"{username}@library.example.edu", "pw")
