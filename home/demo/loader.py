"""Write the demo data, idempotently.

Records are found by their natural keys (org unit and job role code, staff number, username, the
home page's locale) and created only when they are missing: a second run writes nothing, and what
people changed since (in the admin, or by a roster import) is kept, because `make run` runs this
command on every start. The one exception is the five demo accounts, whose password and role
groups are put back so that the accounts `make run` prints always work. Org units, job roles and
staff go through `training.people.services`, like every other write to the staff directory.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.models import Group, User
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from training.people import services
from training.people.models import JobRole, Language, OrgUnit, StaffProfile

from . import site as site_data
from . import staff as staff_data


@dataclass
class Report:
    """What a run did, for the command's summary."""

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    warnings: list[str] = field(default_factory=list)
    accounts: dict[str, StaffProfile] = field(default_factory=dict)

    def count(self, kind: str, outcome: str) -> None:
        getattr(self, outcome)[kind] += 1


def load_directory(report: Report, password: str) -> None:
    units = _load_units(report)
    roles = _load_roles(report)
    _load_staff(report, units, roles, password)


def _load_units(report: Report) -> dict[str, OrgUnit]:
    units = {
        unit.code: unit
        for unit in OrgUnit.objects.filter(code__in=[u.code for u in staff_data.UNITS])
    }
    for spec in staff_data.UNITS:  # parents come before their children
        if spec.code in units:
            continue
        units[spec.code] = services.org_unit_save(
            unit=OrgUnit(
                code=spec.code,
                kind=spec.kind,
                parent=units[spec.parent] if spec.parent else None,
                name_zh=spec.name_zh,
                name_en=spec.name_en,
            )
        )
        report.count("org_unit", "created")
    return units


def _load_roles(report: Report) -> dict[str, JobRole]:
    roles = {
        role.code: role
        for role in JobRole.objects.filter(code__in=[r.code for r in staff_data.ROLES])
    }
    for spec in staff_data.ROLES:
        if spec.code in roles:
            continue
        roles[spec.code] = services.job_role_save(
            role=JobRole(
                code=spec.code,
                name_zh=spec.name_zh,
                name_en=spec.name_en,
                description=spec.description,
            )
        )
        report.count("job_role", "created")
    return roles


def _load_staff(
    report: Report, units: dict[str, OrgUnit], roles: dict[str, JobRole], password: str
) -> None:
    numbers = [person.number for person in staff_data.STAFF]
    profiles = {
        profile.staff_number: profile
        for profile in StaffProfile.objects.filter(staff_number__in=numbers).select_related("user")
    }
    logins = [person.login for person in staff_data.STAFF]
    # Accounts that exist without a staff profile (e.g. an `admin` made with createsuperuser)
    # are adopted; a username that belongs to somebody else's profile is left alone.
    users = {
        user.username: user
        for user in User.objects.filter(username__in=logins).select_related("staff_profile")
    }
    languages = {language.code: language for language in Language.objects.all()}
    groups = {group.name: group for group in Group.objects.all()}
    passwords = _Passwords(password)

    for person in staff_data.STAFF:
        profile = profiles.get(person.number)
        created = profile is None
        if created:
            holder = users.get(person.login)
            if holder is not None and hasattr(holder, "staff_profile"):
                report.warnings.append(
                    f"Skipped {person.number} {person.name_latin}: the username "
                    f"{person.login!r} belongs to staff number "
                    f"{holder.staff_profile.staff_number}."
                )
                continue
            # An account without a profile (say `admin` from createsuperuser) is adopted.
            profile = services.staff_profile_save(
                profile=StaffProfile(
                    staff_number=person.number,
                    user=holder,
                    name_zh=person.name_zh,
                    name_latin=person.name_latin,
                    org_unit=units[person.unit],
                    job_role=roles[person.role],
                    start_date=person.start,
                    is_active=person.active,
                ),
                email=person.email,
                # Languages are seeded by a migration; one deleted since is left out.
                languages=[languages[code] for code in person.languages if code in languages],
                managed_units=[units[code] for code in person.manages],
                username=person.login,
            )
        if created:
            report.count("staff", "created")
        if _sync_account(profile.user, person, groups, passwords, created=created) and not created:
            report.count("account", "updated")
        if person.username:
            report.accounts[person.username] = profile


class _Passwords:
    """The demo password, hashed once and checked once per distinct stored hash.

    Hashing with the default PBKDF2 hasher takes a good fraction of a second, so every demo
    account gets the same hash (they share one well-known password anyway), and a re-run verifies
    that one hash once instead of once per account.
    """

    def __init__(self, password: str) -> None:
        self.password = password
        self._encoded: str | None = None
        self._checked: dict[str, bool] = {}

    @property
    def encoded(self) -> str:
        if self._encoded is None:
            self._encoded = make_password(self.password)
        return self._encoded

    def matches(self, encoded: str) -> bool:
        if encoded not in self._checked:
            self._checked[encoded] = check_password(self.password, encoded)
        return self._checked[encoded]


def _sync_account(user: User, person, groups: dict[str, Group], passwords, *, created) -> bool:
    """Groups, superuser flag and password; returns whether anything was written."""
    changed_fields = []
    if person.username:
        # The demo accounts must always sign in with the demo password.
        if not user.has_usable_password() or not passwords.matches(user.password):
            user.password = passwords.encoded
            changed_fields.append("password")
    elif created:
        # Everyone else gets it once; checking forty hashes on every run would be slow.
        user.password = passwords.encoded
        changed_fields.append("password")
    if person.superuser and not (user.is_superuser and user.is_staff):
        user.is_superuser = user.is_staff = True
        changed_fields += ["is_superuser", "is_staff"]
    if changed_fields:
        user.save(update_fields=changed_fields)

    missing = [name for name in person.groups if name not in _group_names(user)]
    if missing:
        user.groups.add(*(groups[name] for name in missing))
    return bool(changed_fields or missing)


def _group_names(user: User) -> set[str]:
    return {group.name for group in user.groups.all()}


def load_home_pages(report: Report) -> dict[str, HomePage]:
    """The home page in the default locale and its English translation, both published."""
    default_locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    english, created = Locale.objects.get_or_create(language_code="en")
    if created:
        report.count("locale", "created")

    home = HomePage.objects.filter(locale=default_locale, depth=2).first()
    if home is None:
        home = _publish(_create_home_page(default_locale), site_data.HOME_ZH)
        report.count("page", "created")
    elif home.live_revision_id is None:
        # The page that migration home 0002 made has no content yet.
        home = _publish(home, site_data.HOME_ZH)
        report.count("page", "updated")

    home_en = home.get_translation_or_none(english)
    if home_en is None:
        home_en = _publish(home.copy_for_translation(english), site_data.HOME_EN)
        report.count("page", "created")
    return {default_locale.language_code: home, english.language_code: home_en}


def _create_home_page(locale: Locale) -> HomePage:
    """Recreate the home page that migration home 0002 made, if someone deleted it."""
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(title=site_data.HOME_ZH.title, slug="home", locale=locale)
    )
    if not Site.objects.filter(is_default_site=True).exists():
        # Deleting a site's root page deletes the site with it.
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    return home


def _fields(content: site_data.HomeContent) -> dict:
    return {"title": content.title, "tagline": content.tagline, "intro": content.intro}


def _publish(page: HomePage, content: site_data.HomeContent) -> HomePage:
    """Save `content` as a new revision of `page`, publish it and return the page as now live."""
    for name, value in _fields(content).items():
        setattr(page, name, value)
    page.save_revision(log_action=True).publish()
    return HomePage.objects.get(pk=page.pk)
