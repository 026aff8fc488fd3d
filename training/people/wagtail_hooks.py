"""The staff directory in the Wagtail admin: the viewsets for org units, job roles, staff and the
audit log, and the roster import, all in one "Staff directory" menu group. Every save goes
through training.people.services.
"""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views, policies

# Importing the module also registers the directory's permission policies, which Wagtail wants
# before any view asks for them.
from .viewsets import StaffDirectoryViewSetGroup


class RosterImportMenuItem(MenuItem):
    """Shown only to those who may import a roster: HR and administrators."""

    def is_shown(self, request):
        return policies.can_edit_directory(request.user)


@hooks.register("register_admin_viewset")
def register_staff_directory_viewsets():
    return StaffDirectoryViewSetGroup()


@hooks.register(StaffDirectoryViewSetGroup.submenu_hook)
def register_roster_import_in_staff_directory():
    return RosterImportMenuItem(
        _("Import staff roster"),
        reverse_lazy("people_roster_import"),
        name="people-roster-import",
        icon_name="upload",
        order=310,
    )


@hooks.register("register_admin_urls")
def register_roster_import_url():
    return [path("people/import/", admin_views.roster_import, name="people_roster_import")]
