from django.urls import include, path

from .views import assign, dashboard, staff

urlpatterns = [
    # The team dashboard: staff x competencies matrix, filters, CSV of what is shown.
    path("team/", dashboard.team_dashboard, name="team-dashboard"),
    path("team/matrix.csv", dashboard.team_matrix_csv, name="team-matrix-csv"),
    path("team/languages/", dashboard.language_coverage, name="team-languages"),
    # One staff member: radar against the role, evidence, courses, quizzes, certificates.
    path("team/staff/<int:pk>/", staff.staff_competencies, name="team-staff"),
    path("team/staff/<int:pk>/assess/", staff.staff_assess, name="team-staff-assess"),
    # Assigning courses to several people (or a whole unit) in one step.
    path("team/assign/", assign.assign_courses, name="team-assign"),
    # HR: the certificate register and its exports (/hr/).
    path("", include("training.reports.urls_register")),
    # HR: appraisal summaries, their PDFs (/hr/summaries/).
    path("", include("training.reports.urls_summaries")),
    # A staff member's complete training record (/me/record/export/), and HR's copy of it.
    path("", include("training.reports.urls_privacy")),
]
