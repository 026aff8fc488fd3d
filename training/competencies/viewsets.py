"""The competency framework in the Wagtail admin: competencies (with their level descriptors),
what each job role requires, and the import and export of both.

Declarative `ModelViewSet`s in one "Competency framework" menu group, registered in
wagtail_hooks.py. Other apps add their part of the framework to the group's submenu through the
`FRAMEWORK_MENU_HOOK` (progress adds the mandatory courses of each job role). Every write goes
through a service (`competency_save`, `role_requirement_save`, `formats.framework_import`),
never `form.save()`: a ValidationError from the service is shown on the form, a PermissionDenied
is a 403 (see training.people.viewsets.ServiceSaveMixin).

Who may do what is one permission policy per model (`FrameworkPermissionPolicy`): Django model
permissions as granted by people/roles.py, narrowed so that writes also need the role the service
asks for. Editors keep the framework; editors and HR keep what job roles require; learners and
managers have no admin at all. Nothing here is deleted: evidence and requirements refer to
competencies, and there is no delete service for requirements.
"""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxLengthValidator
from django.db.models import Count, Q
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import defaults
from django.views.generic import TemplateView
from django.views.generic.edit import FormView
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from training.people import policies
from training.people.roles import EDITORS, HR
from training.people.viewsets import ServiceSaveMixin

from . import formats, services
from .formats.base import TEXT_LIMIT, max_bytes
from .levels import CEFR_ORDER, Scale, max_level
from .models import Competency, RoleRequirement

FRAMEWORK_MENU_HOOK = "register_competency_framework_menu_item"

# --- permissions ----------------------------------------------------------------------------


def may_edit_framework(user) -> bool:
    """Competencies and their descriptors: training editors (and superusers)."""
    return policies.is_editor(user)


def may_edit_requirements(user) -> bool:
    """What a job role requires (levels, mandatory courses): editors and HR (and superusers)."""
    return policies.is_editor(user) or policies.is_hr(user)


class FrameworkPermissionPolicy(ModelPermissionPolicy):
    """Django model permissions, narrowed to what the framework's services allow.

    - `actions`: the only actions offered at all ("delete" is not), whatever Django permissions
      a user holds;
    - writes ("add", "change") also need `may_write(user)`, the same check the service makes: a
      stray Django permission on a learner's account opens nothing;
    - `writer_groups`: the groups `may_write` lets in (for `users_with_any_permission`).
    """

    WRITE_ACTIONS = frozenset({"add", "change"})

    def __init__(
        self,
        model,
        *,
        may_write: Callable[[object], bool],
        writer_groups: tuple[str, ...],
        actions=("add", "change", "view"),
    ):
        super().__init__(model)
        self.may_write = may_write
        self.writer_groups = writer_groups
        self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        if action not in self.actions:
            return False
        if not super().user_has_permission(user, action):
            return False
        return action not in self.WRITE_ACTIONS or self.may_write(user)

    def users_with_any_permission(self, actions):
        actions = frozenset(actions) & self.actions
        query = Q(is_active=True, is_superuser=True)
        reads = actions - self.WRITE_ACTIONS
        writes = actions & self.WRITE_ACTIONS
        if reads:
            query |= self._get_users_with_any_permission_codenames_filter(
                self._get_permission_codenames(reads)
            )
        if writes:
            query |= self._get_users_with_any_permission_codenames_filter(
                self._get_permission_codenames(writes)
            ) & Q(groups__name__in=self.writer_groups)
        return get_user_model().objects.filter(query).distinct()


competency_permission_policy = FrameworkPermissionPolicy(
    Competency, may_write=may_edit_framework, writer_groups=(EDITORS,)
)
requirement_permission_policy = FrameworkPermissionPolicy(
    RoleRequirement, may_write=may_edit_requirements, writer_groups=(EDITORS, HR)
)
# Registered when this module is imported (from wagtail_hooks.py), before any view asks.
register_permission_policy(Competency, competency_permission_policy, exact_class=True)
register_permission_policy(RoleRequirement, requirement_permission_policy, exact_class=True)


def may_export(user) -> bool:
    return competency_permission_policy.user_has_permission(user, "view")


class NoDeleteMixin:
    """For a viewset whose objects are not deleted in the admin: no URL, button or permission."""

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{"delete_url_name": None, **kwargs})

    def get_urlpatterns(self):
        return [p for p in super().get_urlpatterns() if p.name != "delete"]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().exclude(codename__startswith="delete_")


# --- competencies ---------------------------------------------------------------------------


def _competency_label(competency: Competency) -> str:
    return f"{competency.code} · {competency.name}"


class CompetencyAdminForm(WagtailAdminModelForm):
    """The competency form: the level descriptors must be on the competency's scale, once each."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            # As much as an import accepts, so that every competency can be exported and
            # imported again.
            self.fields["description"].max_length = TEXT_LIMIT
            self.fields["description"].validators.append(MaxLengthValidator(TEXT_LIMIT))

    def is_valid(self):
        valid = super().is_valid()
        scale = self.cleaned_data.get("scale") if hasattr(self, "cleaned_data") else None
        formset = self.formsets.get("descriptors")
        if not scale or formset is None:
            return valid
        top = max_level(scale)
        seen: set[int] = set()
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            level = data.get("level")
            if not level or data.get("DELETE"):
                continue
            if not 1 <= level <= top:
                form.add_error(
                    "level",
                    _("The scale %(scale)s has the levels 1 to %(top)d.")
                    % {"scale": Scale(scale).label, "top": top},
                )
                valid = False
            elif level in seen:
                form.add_error(
                    "level", _("Level %(level)d has a descriptor already.") % {"level": level}
                )
                valid = False
            seen.add(level)
        return valid


class CompetencyIndexView(generic.IndexView):
    def get_base_queryset(self):
        # What the columns show, in a fixed number of queries whatever the page size.
        return (
            super()
            .get_base_queryset()
            .select_related("language")
            .annotate(descriptor_count=Count("descriptors", distinct=True))
        )

    @cached_property
    def header_buttons(self):
        return framework_file_buttons(self.request.user, [*super().header_buttons])


def framework_file_buttons(user, buttons: list, kind: str = "") -> list:
    """The Import and Export buttons of a framework listing, as `user` may use them."""
    query = f"?kind={kind}" if kind else ""
    if any(formats.may_import(user, k) for k in formats.KINDS):
        buttons.append(
            HeaderButton(
                _("Import"),
                url=reverse(f"{CompetencyViewSet.name}:import") + query,
                icon_name="upload",
                priority=20,
            )
        )
    if may_export(user):
        buttons.append(
            HeaderButton(
                _("Export"),
                url=reverse(f"{CompetencyViewSet.name}:export") + query,
                icon_name="download",
                priority=30,
            )
        )
    return buttons


class CompetencyServiceSave(ServiceSaveMixin):
    def save_with_service(self):
        # Wagtail's save(commit=False) puts the descriptors on the competency; competency_save
        # saves them with it (a ClusterableModel saves its child relations).
        competency = self.form.save(commit=False)
        return services.competency_save(competency=competency, actor=self.request.user)


class CompetencyCreateView(CompetencyServiceSave, generic.CreateView):
    pass


class CompetencyEditView(CompetencyServiceSave, generic.EditView):
    pass


def _descriptor_count(competency: Competency) -> str:
    return str(getattr(competency, "descriptor_count", ""))


def _language(competency: Competency) -> str:
    return competency.language.name if competency.language_id else "—"


class CompetencyViewSet(NoDeleteMixin, ModelViewSet):
    """Competencies are never deleted: evidence and role requirements refer to them."""

    model = Competency
    name = "competencies_competencies"
    url_prefix = "competency-framework/competencies"
    icon = "tasks"
    menu_label = gettext_lazy("Competencies")
    index_view_class = CompetencyIndexView
    add_view_class = CompetencyCreateView
    edit_view_class = CompetencyEditView
    copy_view_enabled = False
    list_per_page = 50
    ordering = "code"
    list_display = [
        "code",
        Column("name", label=gettext_lazy("Name"), accessor="name"),
        "area",
        "scale",
        Column("language", label=gettext_lazy("Language"), accessor=_language),
        Column(
            "descriptor_count",
            label=gettext_lazy("Level descriptors"),
            accessor=_descriptor_count,
            sort_key="descriptor_count",
        ),
    ]
    list_filter = ["area", "scale"]
    search_fields = ["code", "name_zh", "name_en", "description"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("code"),
                    FieldPanel("name_zh"),
                    FieldPanel("name_en"),
                    FieldPanel("area"),
                ],
                heading=gettext_lazy("Competency"),
            ),
            MultiFieldPanel(
                [FieldPanel("scale"), FieldPanel("language")],
                heading=gettext_lazy("Scale"),
                help_text=gettext_lazy(
                    "A language is measured on the CEFR scale (A1-C2) in five skills; "
                    "everything else on levels 1-5."
                ),
            ),
            FieldPanel("description"),
            InlinePanel(
                "descriptors",
                heading=gettext_lazy("Level descriptors"),
                label=gettext_lazy("Level descriptor"),
                help_text=gettext_lazy(
                    "What each level means, in Chinese and in English: levels 1-5 (on the CEFR "
                    "scale 1 = A1 ... 6 = C2)."
                ),
                panels=[FieldPanel("level"), FieldPanel("text_zh"), FieldPanel("text_en")],
            ),
        ],
        base_form_class=CompetencyAdminForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("import/", FrameworkImportView.as_view(), name="import"),
            path("export/", FrameworkExportView.as_view(), name="export"),
        ]


# --- role requirements ----------------------------------------------------------------------


def _level_choices():
    return [
        ("", "---------"),
        *(
            (
                rank,
                f"{rank} / {cefr}"
                if rank <= max_level(Scale.FIVE)
                else _("%(level)s (CEFR only)") % {"level": cefr},
            )
            for rank, cefr in enumerate(CEFR_ORDER, start=1)
        ),
    ]


class RoleRequirementAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "competency" in self.fields:
            self.fields["competency"].label_from_instance = _competency_label
            self.fields["competency"].queryset = Competency.objects.order_by("area", "code")
        if "level" in self.fields:
            self.fields["level"] = forms.TypedChoiceField(
                label=self.fields["level"].label,
                choices=_level_choices,
                coerce=int,
                help_text=_(
                    "Levels 1-5, or on the CEFR scale of a language A1-C2 (1 = A1 ... 6 = C2)."
                ),
            )
        if "skill" in self.fields:
            self.fields["skill"].choices = [
                ("", _("All five skills (or not a language)")),
                *[c for c in self.fields["skill"].choices if c[0]],
            ]


class RoleRequirementIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("job_role", "competency")

    @cached_property
    def header_buttons(self):
        return framework_file_buttons(
            self.request.user, [*super().header_buttons], formats.REQUIREMENTS_CSV
        )


class RoleRequirementServiceSave(ServiceSaveMixin):
    def save_with_service(self):
        return services.role_requirement_save(
            requirement=self.form.instance, actor=self.request.user
        )


class RoleRequirementCreateView(RoleRequirementServiceSave, generic.CreateView):
    pass


class RoleRequirementEditView(RoleRequirementServiceSave, generic.EditView):
    pass


def _requirement_level(requirement: RoleRequirement) -> str:
    return requirement.level_label


def _requirement_skill(requirement: RoleRequirement) -> str:
    return requirement.get_skill_display() if requirement.skill else _("All skills")


class RoleRequirementViewSet(NoDeleteMixin, ModelViewSet):
    model = RoleRequirement
    name = "competencies_role_requirements"
    url_prefix = "competency-framework/role-requirements"
    icon = "list-ul"
    menu_label = gettext_lazy("Role requirements")
    index_view_class = RoleRequirementIndexView
    add_view_class = RoleRequirementCreateView
    edit_view_class = RoleRequirementEditView
    copy_view_enabled = False
    list_per_page = 50
    list_display = [
        "job_role",  # the title column, linking to the requirement's edit view
        Column("competency", label=gettext_lazy("Competency"), accessor="competency"),
        Column("skill", label=gettext_lazy("Skill"), accessor=_requirement_skill),
        Column("level", label=gettext_lazy("Required level"), accessor=_requirement_level),
    ]
    list_filter = ["job_role", "competency"]
    search_fields = ["job_role__code", "job_role__name_zh", "job_role__name_en", "competency__code"]
    edit_handler = ObjectList(
        [
            FieldPanel("job_role"),
            FieldPanel("competency"),
            FieldPanel("skill"),
            FieldPanel("level"),
        ],
        base_form_class=RoleRequirementAdminForm,
    )


# --- import and export ----------------------------------------------------------------------


def _kind_labels() -> dict[str, str]:
    return {
        formats.COMPETENCIES_CSV: _("Competencies with their level descriptors (CSV)"),
        formats.CASE_JSON: _("The competency framework as a CASE document (JSON)"),
        formats.REQUIREMENTS_CSV: _("Role requirements (CSV)"),
    }


class FrameworkImportForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("The file holds"), widget=forms.RadioSelect)
    file = forms.FileField(
        label=gettext_lazy("File"),
        help_text=gettext_lazy(
            "Encoded as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)'), with a header line "
            "naming the columns."
        ),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Check only (dry run)"),
        required=False,
        help_text=gettext_lazy(
            "Check the file and show what the import would change, without saving anything."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        labels = _kind_labels()
        self.fields["kind"].choices = [
            (kind, labels[kind]) for kind in formats.KINDS if formats.may_import(user, kind)
        ]


class FrameworkViewMixin(WagtailAdminTemplateMixin):
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(f"{CompetencyViewSet.name}:index"),
                "label": _("Competencies"),
            },
            {"url": "", "label": self.get_page_title()},
        ]


class FrameworkImportView(FrameworkViewMixin, FormView):
    """Upload a framework file; show every problem with its line, or what was (or would be)
    imported. Editors import everything, HR role requirements; anyone else gets 403."""

    form_class = FrameworkImportForm
    template_name = "competencies/admin/framework_import.html"
    page_title = gettext_lazy("Import the competency framework")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not any(formats.may_import(request.user, kind) for kind in formats.KINDS):
            # Wagtail turns a raised PermissionDenied into a redirect to the dashboard; a plain
            # "not allowed" is clearer.
            return defaults.permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_initial(self):
        allowed = [k for k in formats.KINDS if formats.may_import(self.request.user, k)]
        kind = self.request.GET.get("kind")
        return {"kind": kind if kind in allowed else allowed[0]}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("errors", [])
        context.setdefault("result", None)
        context["max_size"] = filesizeformat(max_bytes())
        return context

    def form_valid(self, form):
        kind = form.cleaned_data["kind"]
        dry_run = form.cleaned_data["dry_run"]
        # One byte more than allowed is enough to tell that the file is too large.
        data = form.cleaned_data["file"].read(max_bytes() + 1)
        try:
            result = formats.framework_import(
                data=data, kind=kind, actor=self.request.user, dry_run=dry_run
            )
        except formats.FrameworkImportError as error:
            messages.error(
                self.request,
                _("Nothing was imported. Fix the problems listed below and upload the file again."),
            )
            return self.render_to_response(self.get_context_data(form=form, errors=error.errors))
        except PermissionDenied as error:
            return defaults.permission_denied(self.request, error)
        (messages.info if dry_run else messages.success)(self.request, result.summary())
        fresh = self.form_class(user=self.request.user, initial={"kind": kind})
        return self.render_to_response(self.get_context_data(form=fresh, result=result))


class FrameworkExportView(FrameworkViewMixin, TemplateView):
    """A page offering the three exports; `?format=...` downloads one."""

    template_name = "competencies/admin/framework_export.html"
    page_title = gettext_lazy("Export the competency framework")
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not may_export(request.user):
            return defaults.permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        kind = request.GET.get("format")
        if kind in formats.KINDS:
            filename, content_type = formats.EXPORT_FILES[kind]
            response = HttpResponse(formats.framework_export(kind=kind), content_type=content_type)
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            return response
        return self.render_to_response(self.get_context_data())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        labels = _kind_labels()
        url = reverse(f"{CompetencyViewSet.name}:export")
        context["exports"] = [
            {"kind": kind, "label": labels[kind], "url": f"{url}?format={kind}"}
            for kind in formats.KINDS
        ]
        context["highlight"] = self.request.GET.get("kind", "")
        return context


# --- the menu group -------------------------------------------------------------------------


class FrameworkViewSetGroup(ViewSetGroup):
    """Competencies and role requirements under one "Competency framework" menu item.

    Other parts of the framework (progress: the mandatory courses of each job role) join the
    submenu by giving their viewset `menu_hook = FRAMEWORK_MENU_HOOK`. The group is shown to
    whoever may see one of its items (editors, HR, superusers).
    """

    menu_label = gettext_lazy("Competency framework")
    menu_name = "competency-framework"
    menu_icon = "tasks"
    menu_order = 270  # after the staff directory and the certificate templates
    submenu_hook = FRAMEWORK_MENU_HOOK
    items = (CompetencyViewSet, RoleRequirementViewSet)
