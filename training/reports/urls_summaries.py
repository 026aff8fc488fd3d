"""HR's appraisal summaries (/hr/summaries/): the list, one person's summary and its PDF."""

from django.urls import path

from .views import summaries

urlpatterns = [
    path("hr/summaries/", summaries.summary_list, name="hr-summaries"),
    path(
        "hr/summaries/<int:staff_pk>/<int:period_pk>/",
        summaries.summary_detail,
        name="hr-summary",
    ),
    path(
        "hr/summaries/<int:staff_pk>/<int:period_pk>/pdf/",
        summaries.summary_pdf,
        name="hr-summary-pdf",
    ),
]
