"""Appraisal in the Wagtail admin: the appraisal periods (a list, create, edit, delete) and HR's
weighting of the training score (one record, edited in place), in one "Appraisal" menu.

Every save and delete goes through training.reports.services (`appraisal_period_save`,
`appraisal_period_delete`, `score_weights_save`), which check the actor and write the audit
entry; a ValidationError from a service is shown on the form, a PermissionDenied is a 403 (the
staff directory's `ServiceSaveMixin`). Who sees what is Django's model permissions as granted
to HR by people/roles.py: HR may add, change, delete and view periods and change and view the
weighting; editors and learners have none of them and see neither menu.
"""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from training.people.viewsets import ProtectedDeleteView, ServiceSaveMixin

from . import services
from .models import AppraisalPeriod, ScoreWeights

# --- appraisal periods --------------------------------------------------------------------------


class AppraisalPeriodServiceSave(ServiceSaveMixin):
    def save_with_service(self):
        return services.appraisal_period_save(period=self.form.instance, actor=self.request.user)


class AppraisalPeriodCreateView(AppraisalPeriodServiceSave, generic.CreateView):
    pass


class AppraisalPeriodEditView(AppraisalPeriodServiceSave, generic.EditView):
    pass


class AppraisalPeriodDeleteView(ProtectedDeleteView):
    def delete_with_service(self):
        services.appraisal_period_delete(period=self.object, actor=self.request.user)


class AppraisalPeriodViewSet(ModelViewSet):
    model = AppraisalPeriod
    name = "reports_appraisal_periods"
    url_prefix = "appraisal/periods"
    icon = "date"
    menu_label = _("Appraisal periods")
    menu_order = 100
    add_view_class = AppraisalPeriodCreateView
    edit_view_class = AppraisalPeriodEditView
    delete_view_class = AppraisalPeriodDeleteView
    copy_view_enabled = False
    list_per_page = 50
    ordering = ["-starts_on", "name"]
    list_display = ["name", "kind", "starts_on", "ends_on"]
    list_filter = ["kind"]
    search_fields = ["name", "notes"]
    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("notes"),
    ]


# --- the training score weighting: one record ---------------------------------------------------


class ScoreWeightsEditView(ServiceSaveMixin, generic.EditView):
    """The one weighting record (pk=1), edited at the viewset's index address; before HR first
    saves it the form shows the defaults (nothing is written by opening the page)."""

    def get_object(self, queryset=None):
        return ScoreWeights.current()

    def get_edit_url(self):
        return reverse(self.index_url_name)

    def get_success_url(self):
        return reverse(self.index_url_name)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": ScoreWeights._meta.verbose_name}]

    def get_success_message(self, instance=None):
        return _("The training score weighting is saved. Summaries use it from now on.")

    def save_with_service(self):
        return services.score_weights_save(weights=self.form.instance, actor=self.request.user)


class ScoreWeightsViewSet(ModelViewSet):
    model = ScoreWeights
    name = "reports_score_weights"
    url_prefix = "appraisal/score-weighting"
    icon = "cog"
    menu_label = _("Training score weighting")
    menu_order = 200
    edit_view_class = ScoreWeightsEditView
    copy_view_enabled = False
    add_to_reference_index = False
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("per_hour"),
                FieldPanel("per_course"),
                FieldPanel("per_certificate"),
                FieldPanel("per_level"),
                FieldPanel("quiz_weight"),
            ],
            heading=_("Points added"),
        ),
        MultiFieldPanel([FieldPanel("per_overdue")], heading=_("Points taken off")),
        FieldPanel("maximum"),
    ]

    def get_common_view_kwargs(self, **kwargs):
        no_url = dict.fromkeys(
            ["add_url_name", "delete_url_name", "history_url_name", "usage_url_name"]
        )
        return super().get_common_view_kwargs(**{**no_url, **kwargs})

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(edit_url_name=self.get_url_name("index"), **kwargs)

    def get_urlpatterns(self):
        return [path("", self.edit_view, name="index")]

    @property
    def url_finder_class(self):
        # Links to the record (the site history report, the audit log) go to the one form.
        index = self.get_url_name("index")

        class ScoreWeightsURLFinder(ModelAdminURLFinder):
            def construct_edit_url(self, instance):
                return reverse(index)

        return ScoreWeightsURLFinder

    def get_permissions_to_register(self):
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["change_scoreweights", "view_scoreweights"])
        )


class AppraisalViewSetGroup(ViewSetGroup):
    """Appraisal periods and the training score weighting, for HR."""

    menu_label = _("Appraisal")
    menu_name = "appraisal"
    menu_icon = "date"
    menu_order = 260  # after the staff directory
    items = (AppraisalPeriodViewSet, ScoreWeightsViewSet)


@hooks.register("register_admin_viewset")
def register_appraisal_viewsets():
    return AppraisalViewSetGroup()
