from django.urls import path

from .views import privacy

urlpatterns = [
    # A staff member's complete training record: what it holds, and the two downloads.
    path("me/record/export/", privacy.my_record_export, name="my-record-export"),
    path("me/record/export.json", privacy.my_record_json, name="my-record-json"),
    path("me/record/export.pdf", privacy.my_record_pdf, name="my-record-pdf"),
    # HR's copy of anyone's record.
    path(
        "hr/staff/<int:pk>/record.json", privacy.hr_staff_record_json, name="hr-staff-record-json"
    ),
    path("hr/staff/<int:pk>/record.pdf", privacy.hr_staff_record_pdf, name="hr-staff-record-pdf"),
]
