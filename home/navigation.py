"""The site's main navigation: each entry is shown only to the roles that may use it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from training.people import policies


@dataclass(frozen=True)
class NavItem:
    url_name: str
    label: Promise
    allowed: Callable


NAV_ITEMS = (
    NavItem("course-catalog", _("Course catalog"), lambda user: True),
    NavItem("learner-dashboard", _("My learning"), lambda user: user.is_authenticated),
    NavItem("team-dashboard", _("My team"), policies.can_see_team),
    NavItem("hr-register", _("Certificate register"), policies.can_manage_certificates),
    NavItem("hr-summaries", _("Appraisal summaries"), policies.can_manage_certificates),
    NavItem("wagtailadmin_home", _("Admin"), policies.can_use_admin),
)


def navigation_for(request) -> list[dict]:
    user = request.user
    path = request.path
    items = []
    for item in NAV_ITEMS:
        if not item.allowed(user):
            continue
        url = reverse(item.url_name)
        items.append({"url": url, "label": item.label, "current": False})
    # The current entry is the one whose address is the longest start of this page's (so
    # /hr/summaries/ is "Appraisal summaries", not also "Certificate register" at /hr/).
    matching = [item for item in items if path.startswith(item["url"])]
    if matching:
        max(matching, key=lambda item: len(item["url"]))["current"] = True
    return items


def navigation(request) -> dict:
    """Context processor: `nav_items` for the site shell."""
    if not hasattr(request, "user"):
        return {"nav_items": []}
    return {"nav_items": navigation_for(request)}


@dataclass(frozen=True)
class RoleCard:
    url_name: str
    title: Promise
    text: Promise
    allowed: Callable


ROLE_CARDS = (
    RoleCard(
        "learner-dashboard",
        _("My learning"),
        _("Your courses, progress and certificates, and your staff record."),
        lambda user: user.is_authenticated,
    ),
    RoleCard(
        "team-dashboard",
        _("My team"),
        _("Your team's competencies and gaps, overdue training and expiring certificates."),
        policies.is_manager,
    ),
    RoleCard(
        "team-dashboard",
        _("Staff records"),
        _("Every staff record in the library, for appraisal and training summaries."),
        policies.is_hr,
    ),
    RoleCard(
        "hr-register",
        _("Certificate register"),
        _("Every certificate issued: filter, revoke, and export CSV, Excel or PDFs for a period."),
        policies.can_manage_certificates,
    ),
    RoleCard(
        "hr-summaries",
        _("Appraisal summaries"),
        _("Each person's training in an appraisal period and its training score, as PDF or Excel."),
        policies.can_manage_certificates,
    ),
    RoleCard(
        "wagtailadmin_home",
        _("Write courses"),
        _("Author course modules, quizzes and question banks in the admin."),
        policies.is_editor,
    ),
)


def role_cards_for(user) -> list[dict]:
    cards = []
    for card in ROLE_CARDS:
        if card.allowed(user):
            cards.append({"url": reverse(card.url_name), "title": card.title, "text": card.text})
    return cards
