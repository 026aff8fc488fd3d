from django.urls import path

from . import views

urlpatterns = [
    path("me/", views.dashboard, name="learner-dashboard"),
    path("me/competencies/", views.my_competencies, name="my-competencies"),
    path("me/courses/<int:course_id>/enrol/", views.course_enrol, name="course-enrol"),
    path("me/lessons/<int:lesson_id>/complete/", views.lesson_complete, name="lesson-complete"),
    path("me/lessons/<int:lesson_id>/heartbeat/", views.lesson_heartbeat, name="lesson-heartbeat"),
]
