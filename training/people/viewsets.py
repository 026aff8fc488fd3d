"""The staff directory in the Wagtail admin: org units, job roles, staff and the audit log.

Declarative `ModelViewSet`s in one "Staff directory" menu group, registered in wagtail_hooks.py.
Every write goes through training.people.services, never `form.save()`, so the admin validates,
checks the actor and writes the audit log exactly like the other ways in:

- a ValidationError from a service is shown on the form (the form is re-rendered, nothing saved);
- a PermissionDenied from a service is answered with a 403.

Who may do what is one permission policy per model (`DirectoryPermissionPolicy`): Django model
permissions as granted by roles.py, narrowed so that writes also need HR (or a superuser), staff
records are never deleted, org units and job roles are deleted by superusers only, and the audit
log is read-only for everyone.
"""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, ProtectedError, Q
from django.shortcuts import redirect
from django.urls import path
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.timezone import localtime
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import Menu, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import policies, services
from .filters import (
    AuditEntryAdminFilter,
    OrgUnitAdminFilter,
    StaffAdminFilter,
    org_unit_tree_label,
)
from .models import AuditEntry, JobRole, OrgUnit, StaffProfile
from .roles import HR

# --- permissions ----------------------------------------------------------------------------


class DirectoryPermissionPolicy(ModelPermissionPolicy):
    """Django model permissions, narrowed to what the staff directory allows.

    - `actions`: the only actions offered at all ("delete" is not offered for staff records,
      only "view" for the audit log), whatever Django permissions a user holds;
    - writes ("add", "change") also need `policies.can_edit_directory` (HR or a superuser), the
      same check the services make: a stray Django permission on a learner's account opens
      nothing;
    - `superuser_actions`: allowed to active superusers only (deleting an org unit).
    """

    WRITE_ACTIONS = frozenset({"add", "change"})

    def __init__(self, model, *, actions=("add", "change", "view"), superuser_actions=()):
        super().__init__(model)
        self.superuser_actions = frozenset(superuser_actions)
        self.actions = frozenset(actions) | self.superuser_actions

    def user_has_permission(self, user, action):
        if action not in self.actions:
            return False
        if action in self.superuser_actions:
            return user.is_active and user.is_superuser
        if not super().user_has_permission(user, action):
            return False
        return action not in self.WRITE_ACTIONS or policies.can_edit_directory(user)

    def users_with_any_permission(self, actions):
        actions = frozenset(actions) & self.actions
        query = Q(is_active=True, is_superuser=True)
        reads = actions - self.superuser_actions - self.WRITE_ACTIONS
        writes = (actions - self.superuser_actions) & self.WRITE_ACTIONS
        if reads:
            query |= self._get_users_with_any_permission_codenames_filter(
                self._get_permission_codenames(reads)
            )
        if writes:
            query |= self._get_users_with_any_permission_codenames_filter(
                self._get_permission_codenames(writes)
            ) & Q(groups__name=HR)
        return get_user_model().objects.filter(query).distinct()


# Registered when this module is imported (from wagtail_hooks.py), before any view asks: Wagtail
# refuses a policy registered after it has handed out its fallback for the model.
register_permission_policy(
    OrgUnit, DirectoryPermissionPolicy(OrgUnit, superuser_actions=("delete",)), exact_class=True
)
register_permission_policy(
    JobRole, DirectoryPermissionPolicy(JobRole, superuser_actions=("delete",)), exact_class=True
)
register_permission_policy(StaffProfile, DirectoryPermissionPolicy(StaffProfile), exact_class=True)
register_permission_policy(
    AuditEntry, DirectoryPermissionPolicy(AuditEntry, actions=("view",)), exact_class=True
)


# --- saving through the services ------------------------------------------------------------


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form: on its field when the form has it."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        if field in form.fields:
            form.add_error(field, errors)
        elif field == NON_FIELD_ERRORS:
            form.add_error(None, errors)
        else:
            form.add_error(None, [f"{field}: {m}" for m in ValidationError(errors).messages])


class ServiceSaveMixin:
    """For the create and edit views: save with a service instead of Wagtail's save action.

    Wagtail runs `save_instance` inside `transaction.atomic()`, so a service that fails rolls
    back everything it did.
    """

    def save_with_service(self):
        raise NotImplementedError

    def save_instance(self):
        instance = self.save_with_service()
        # Wagtail's own log feeds the "History" view and the "last updated" status; the audit
        # log proper is written by the service.
        log(
            instance=instance,
            action="wagtail.create" if isinstance(self, generic.CreateView) else "wagtail.edit",
            user=self.request.user,
            content_changed=True,
        )
        return instance

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            add_service_errors(form, error)
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        except PermissionDenied as error:
            # Wagtail would turn this into a redirect to the dashboard; the service's refusal
            # is a plain 403.
            return permission_denied(self.request, error)


class ProtectedDeleteView(generic.DeleteView):
    """A delete view that refuses, with the reasons, while other records still depend on it.

    The reasons come from the database (`get_delete_blockers`), not only from Wagtail's reference
    index, which misses records written before the index knew the model (roster imports,
    commands). A ProtectedError from a race is refused the same way. The delete itself, with
    its audit entry, is the model's delete service (`delete_with_service`).
    """

    template_name = "people/admin/confirm_delete.html"

    def get_delete_blockers(self) -> list[str]:
        return []

    def delete_with_service(self) -> None:
        raise NotImplementedError

    @cached_property
    def delete_blockers(self) -> list[str]:
        return self.get_delete_blockers()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["delete_blockers"] = self.delete_blockers
        if self.delete_blockers:
            context["is_protected"] = True
        return context

    def refuse(self):
        messages.error(
            self.request,
            _("'%(object)s' cannot be deleted while other records depend on it.")
            % {"object": self.object},
        )
        return redirect(self.get_delete_url())

    def delete_action(self):
        # Wagtail's own log, as Wagtail's delete action writes it (before the object goes);
        # the audit entry and the delete itself are the service's.
        log(instance=self.object, action="wagtail.delete", user=self.request.user, deleted=True)
        self.delete_with_service()

    def form_valid(self, form):
        if self.delete_blockers:
            return self.refuse()
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ProtectedError:
            return self.refuse()


# --- org units ------------------------------------------------------------------------------


class OrgUnitAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "parent" in self.fields:
            self.fields["parent"].label_from_instance = org_unit_tree_label


class OrgUnitIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("parent")


class OrgUnitServiceSave(ServiceSaveMixin):
    def save_with_service(self):
        return services.org_unit_save(unit=self.form.instance, actor=self.request.user)


class OrgUnitCreateView(OrgUnitServiceSave, generic.CreateView):
    pass


class OrgUnitEditView(OrgUnitServiceSave, generic.EditView):
    pass


class OrgUnitDeleteView(ProtectedDeleteView):
    def delete_with_service(self):
        services.org_unit_delete(unit=self.object, actor=self.request.user)

    def get_delete_blockers(self):
        unit = self.object
        blockers = []
        if count := unit.staff.count():
            blockers.append(
                ngettext(
                    "%(count)d staff member is placed in this unit.",
                    "%(count)d staff members are placed in this unit.",
                    count,
                )
                % {"count": count}
            )
        if count := unit.children.count():
            blockers.append(
                ngettext(
                    "%(count)d unit sits below this unit.",
                    "%(count)d units sit below this unit.",
                    count,
                )
                % {"count": count}
            )
        if count := unit.managers.count():
            blockers.append(
                ngettext(
                    "%(count)d staff member manages this unit.",
                    "%(count)d staff members manage this unit.",
                    count,
                )
                % {"count": count}
            )
        return blockers


def _tree_name(unit: OrgUnit) -> str:
    return f"{'— ' * unit.depth}{unit.name}"


class OrgUnitViewSet(ModelViewSet):
    model = OrgUnit
    name = "people_org_units"
    url_prefix = "staff-directory/org-units"
    icon = "site"
    menu_label = _("Org units")
    index_view_class = OrgUnitIndexView
    add_view_class = OrgUnitCreateView
    edit_view_class = OrgUnitEditView
    delete_view_class = OrgUnitDeleteView
    copy_view_enabled = False
    list_per_page = 50
    ordering = "path"
    list_display = [
        "code",
        Column("tree", label=_("In the tree"), accessor=_tree_name, sort_key="path"),
        "name_zh",
        "name_en",
        "kind",
        "parent",
        BooleanColumn("is_active", label=_("Active"), sort_key="is_active"),
    ]
    search_fields = ["code", "name_zh", "name_en"]
    filterset_class = OrgUnitAdminFilter
    edit_handler = ObjectList(
        [
            FieldPanel("code"),
            FieldPanel("kind"),
            FieldPanel("parent"),
            FieldPanel("name_zh"),
            FieldPanel("name_en"),
            FieldPanel("is_active"),
        ],
        base_form_class=OrgUnitAdminForm,
    )


# --- job roles ------------------------------------------------------------------------------


class JobRoleIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().annotate(staff_count=Count("staff"))


class JobRoleServiceSave(ServiceSaveMixin):
    def save_with_service(self):
        return services.job_role_save(role=self.form.instance, actor=self.request.user)


class JobRoleCreateView(JobRoleServiceSave, generic.CreateView):
    pass


class JobRoleEditView(JobRoleServiceSave, generic.EditView):
    pass


class JobRoleDeleteView(ProtectedDeleteView):
    def delete_with_service(self):
        services.job_role_delete(role=self.object, actor=self.request.user)

    def get_delete_blockers(self):
        if count := self.object.staff.count():
            return [
                ngettext(
                    "%(count)d staff member has this job role.",
                    "%(count)d staff members have this job role.",
                    count,
                )
                % {"count": count}
            ]
        return []


class JobRoleViewSet(ModelViewSet):
    model = JobRole
    name = "people_job_roles"
    url_prefix = "staff-directory/job-roles"
    icon = "tag"
    menu_label = _("Job roles")
    index_view_class = JobRoleIndexView
    add_view_class = JobRoleCreateView
    edit_view_class = JobRoleEditView
    delete_view_class = JobRoleDeleteView
    copy_view_enabled = False
    list_per_page = 50
    list_display = [
        "code",
        "name_zh",
        "name_en",
        Column("staff_count", label=_("Staff"), sort_key="staff_count"),
    ]
    search_fields = ["code", "name_zh", "name_en"]
    panels = [
        FieldPanel("code"),
        FieldPanel("name_zh"),
        FieldPanel("name_en"),
        FieldPanel("description"),
    ]


# --- staff ----------------------------------------------------------------------------------


class StaffProfileAdminForm(WagtailAdminModelForm):
    """The staff form, with the user account's email (and, on create, username) on it."""

    email = forms.EmailField(label=_("Email"), max_length=254)
    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        required=False,
        validators=[UnicodeUsernameValidator()],
        help_text=_("For signing in. Leave it empty to use the staff number."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("org_unit", "managed_units"):
            if name in self.fields:
                self.fields[name].label_from_instance = org_unit_tree_label
        if self.instance.pk:
            # The username is chosen once, when the account is created.
            del self.fields["username"]
            self.initial.setdefault("email", self.instance.user.email)

    def clean(self):
        cleaned_data = super().clean()
        if "username" in self.fields:
            username = cleaned_data.get("username") or cleaned_data.get("staff_number") or ""
            if username and User.objects.filter(username__iexact=username).exists():
                self.add_error(
                    "username" if cleaned_data.get("username") else "staff_number",
                    _("A user account named '%(username)s' already exists.")
                    % {"username": username.lower()},
                )
        return cleaned_data


class StaffIndexView(generic.IndexView):
    def get_base_queryset(self):
        # What the columns show, in a fixed number of queries whatever the page size.
        return (
            super()
            .get_base_queryset()
            .select_related("org_unit", "job_role")
            .prefetch_related("languages")
        )


class StaffServiceSave(ServiceSaveMixin):
    def save_with_service(self):
        data = self.form.cleaned_data
        return services.staff_profile_save(
            profile=self.form.instance,
            email=data["email"],
            languages=data["languages"],
            managed_units=data["managed_units"],
            username=data.get("username") or None,
            actor=self.request.user,
        )


class StaffCreateView(StaffServiceSave, generic.CreateView):
    pass


class StaffEditView(StaffServiceSave, generic.EditView):
    pass


def _language_names(profile: StaffProfile) -> str:
    return ", ".join(language.name for language in profile.languages.all())


class StaffProfileViewSet(ModelViewSet):
    """Staff records are kept: there is no delete (mark someone inactive instead)."""

    model = StaffProfile
    name = "people_staff"
    url_prefix = "staff-directory/staff"
    icon = "user"
    menu_label = _("Staff")
    index_view_class = StaffIndexView
    add_view_class = StaffCreateView
    edit_view_class = StaffEditView
    copy_view_enabled = False
    list_per_page = 50
    list_display = [
        "staff_number",
        "name_zh",
        "name_latin",
        "org_unit",
        "job_role",
        BooleanColumn("is_active", label=_("Active"), sort_key="is_active"),
        Column("languages", label=_("Languages"), accessor=_language_names),
    ]
    search_fields = ["staff_number", "name_zh", "name_latin", "user__email"]
    filterset_class = StaffAdminFilter
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("staff_number"),
                    FieldPanel("name_zh"),
                    FieldPanel("name_latin"),
                ],
                heading=_("Person"),
            ),
            MultiFieldPanel(
                [FieldPanel("email"), FieldPanel("username"), FieldPanel("preferred_language")],
                heading=_("User account"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("org_unit"),
                    FieldPanel("job_role"),
                    FieldPanel("managed_units", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("start_date"),
                    FieldPanel("is_active"),
                    FieldPanel("left_on"),
                ],
                heading=_("Place in the library"),
            ),
            FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        ],
        base_form_class=StaffProfileAdminForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{"delete_url_name": None, **kwargs})

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns() if p.name != "delete"]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().exclude(codename="delete_staffprofile")


# --- audit log ------------------------------------------------------------------------------


# The audit log's labels: AuditEntry's fields have no verbose names of their own (the model is
# written by services everywhere), so the admin's columns and inspect page name them here.
AUDIT_LABELS = {
    "created_at": _("Time"),
    "actor": _("Actor"),
    "action": _("Action"),
    "target_type": _("Object type"),
    "target_id": _("Object ID"),
    "summary": _("Summary"),
    "data": _("Details"),
}


def _actor_name(entry: AuditEntry) -> str:
    if entry.actor is None:
        return gettext("System")
    profile = policies.profile_of(entry.actor)
    return profile.display_name if profile else entry.actor.get_username()


class AuditEntryIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("actor__staff_profile")

    @cached_property
    def columns(self):
        columns = super().columns
        columns[0].label = AUDIT_LABELS["created_at"]  # the title column, linking to the entry
        return columns


class AuditEntryInspectView(generic.InspectView):
    def get_field_label(self, field_name, field):
        return AUDIT_LABELS.get(field_name) or super().get_field_label(field_name, field)

    def get_created_at_display_value(self):
        return date_format(localtime(self.object.created_at), "DATETIME_FORMAT")

    def get_actor_display_value(self):
        return _actor_name(self.object)


class AuditEntryViewSet(ModelViewSet):
    """The audit log, read-only: a list, a filter, a search and a page per entry."""

    model = AuditEntry
    name = "people_audit_log"
    url_prefix = "staff-directory/audit-log"
    icon = "history"
    menu_label = _("Audit log")
    index_view_class = AuditEntryIndexView
    inspect_view_class = AuditEntryInspectView
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "created_at",
        "actor",
        "action",
        "target_type",
        "target_id",
        "summary",
        "data",
    ]
    list_per_page = 50
    list_display = [
        "created_at",
        Column("actor", label=AUDIT_LABELS["actor"], accessor=_actor_name),
        Column("action", label=AUDIT_LABELS["action"], sort_key="action"),
        Column("summary", label=AUDIT_LABELS["summary"]),
    ]
    search_fields = ["action", "summary", "target_id", "actor__username"]
    filterset_class = AuditEntryAdminFilter

    def get_common_view_kwargs(self, **kwargs):
        no_url = dict.fromkeys(
            ["add_url_name", "edit_url_name", "delete_url_name", "history_url_name"]
            + ["usage_url_name"]
        )
        return super().get_common_view_kwargs(**{**no_url, **kwargs})

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename="view_auditentry")


# --- the menu group -------------------------------------------------------------------------

STAFF_DIRECTORY_MENU_HOOK = "register_staff_directory_menu_item"


class StaffDirectoryMenuItem(SubmenuMenuItem):
    """Shown to HR and superusers (editors may still open the org unit and job role lists)."""

    def is_shown(self, request):
        return policies.can_edit_directory(request.user) and super().is_shown(request)


class StaffDirectoryViewSetGroup(ViewSetGroup):
    """Staff, org units, job roles and the audit log under one "Staff directory" menu item.

    Other admin views of the directory (the roster import) join the submenu by registering a
    MenuItem with the `register_staff_directory_menu_item` hook.
    """

    menu_label = _("Staff directory")
    menu_name = "staff-directory"
    menu_icon = "group"
    menu_order = 250  # after the page explorer, before images and documents
    submenu_hook = STAFF_DIRECTORY_MENU_HOOK
    items = (StaffProfileViewSet, OrgUnitViewSet, JobRoleViewSet, AuditEntryViewSet)

    def get_menu_item(self, order=None):
        return StaffDirectoryMenuItem(
            label=self.menu_label,
            menu=Menu(register_hook_name=self.submenu_hook, items=self.get_submenu_items()),
            name=self.menu_name,
            icon_name=self.menu_icon,
            order=self.get_menu_item_order(order),
        )
