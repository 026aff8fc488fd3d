"""The roster import in the Wagtail admin: upload an HR roster (CSV), check it, import it."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import defaults
from django.views.generic.edit import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import policies, roster, services


class RosterImportForm(forms.Form):
    roster = forms.FileField(
        label=gettext_lazy("Roster file (CSV)"),
        help_text=gettext_lazy(
            "A CSV file encoded as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)'), with a header "
            "line naming the columns."
        ),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Check only (dry run)"),
        required=False,
        help_text=gettext_lazy(
            "Check the file and show what the import would change, without saving anything."
        ),
    )


class RosterImportView(WagtailAdminTemplateMixin, FormView):
    """Upload a roster; show every problem with its line, or what was (or would be) imported.

    Only HR and administrators (policies.can_edit_directory) may use it; anyone else gets 403.
    """

    form_class = RosterImportForm
    template_name = "people/admin/roster_import.html"
    page_title = gettext_lazy("Import staff roster")
    header_icon = "upload"

    def dispatch(self, request, *args, **kwargs):
        if not policies.can_edit_directory(request.user):
            # Wagtail turns a raised PermissionDenied into a redirect to the dashboard; HR's
            # colleagues should see a plain "not allowed" instead.
            return defaults.permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("errors", [])
        context.setdefault("result", None)
        context["required_columns"] = roster.REQUIRED_COLUMNS
        context["optional_columns"] = roster.OPTIONAL_COLUMNS
        context["max_size"] = filesizeformat(settings.MERIDIAN_ROSTER_MAX_BYTES)
        return context

    def form_valid(self, form):
        upload = form.cleaned_data["roster"]
        # Read one byte more than allowed: enough to tell that a file is too large.
        data = upload.read(settings.MERIDIAN_ROSTER_MAX_BYTES + 1)
        dry_run = form.cleaned_data["dry_run"]
        try:
            result = services.roster_import(data=data, actor=self.request.user, dry_run=dry_run)
        except roster.RosterImportError as error:
            messages.error(
                self.request,
                _("Nothing was imported. Fix the problems listed below and upload the file again."),
            )
            return self.render_to_response(self.get_context_data(form=form, errors=error.errors))
        if dry_run:
            messages.info(self.request, result.summary())
        else:
            messages.success(self.request, result.summary())
        # A fresh form: the same file uploaded again would change nothing anyway.
        return self.render_to_response(self.get_context_data(form=self.form_class(), result=result))


roster_import = RosterImportView.as_view()
