"""HR: the certificate register (/hr/), its revocation form, and the register's and the
summaries' exports (/hr/exports/)."""

from django.urls import path

from .views import register

urlpatterns = [
    path("hr/", register.register, name="hr-register"),
    path("hr/register.csv", register.register_csv, name="hr-register-csv"),
    path("hr/register.xlsx", register.register_xlsx, name="hr-register-xlsx"),
    path("hr/register/<str:code>/revoke/", register.register_revoke, name="hr-register-revoke"),
    path("hr/exports/", register.export_create, name="hr-export-create"),
    path("hr/exports/<int:pk>/", register.export_status, name="hr-export-status"),
    path("hr/exports/<int:pk>/download/", register.export_download, name="hr-export-download"),
    # The old certificate list: to the register, with the same filter.
    path("hr/certificates/", register.old_certificate_list, name="hr-certificates"),
]
