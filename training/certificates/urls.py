from django.urls import path

from .views import hr, learner, verify

urlpatterns = [
    # Public verification (no login): the page, and the same facts as JSON (?format=json).
    path("verify/", verify.verify_form, name="certificate-verify-form"),
    path("verify/<str:code>/", verify.verify, name="certificate-verify"),
    # The holder's own certificates.
    path("me/certificates/", learner.my_certificates, name="my-certificates"),
    path("me/certificates/<str:code>/pdf/", learner.certificate_pdf, name="certificate-pdf"),
    path("me/certificates/<str:code>/badge/", learner.certificate_badge, name="certificate-badge"),
    path("me/certificates/<str:code>/renew/", learner.certificate_renew, name="certificate-renew"),
    # HR: a certificate's page with revocation and re-issue, and ZIP exports. The list that was
    # at hr/certificates/ is the register at /hr/ now (training.reports.urls_register redirects
    # the old address, under the same name "hr-certificates").
    path("hr/certificates/exports/", hr.export_create, name="hr-certificate-export"),
    path(
        "hr/certificates/exports/<int:pk>/", hr.export_status, name="hr-certificate-export-status"
    ),
    path(
        "hr/certificates/exports/<int:pk>/download/",
        hr.export_download,
        name="hr-certificate-export-download",
    ),
    path("hr/certificates/<str:code>/", hr.certificate_detail, name="hr-certificate"),
    path("hr/certificates/<str:code>/revoke/", hr.certificate_revoke, name="hr-certificate-revoke"),
    path(
        "hr/certificates/<str:code>/reissue/", hr.certificate_reissue, name="hr-certificate-reissue"
    ),
]
