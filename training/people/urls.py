from django.urls import path

from . import views

urlpatterns = [
    path("me/record/", views.my_record, name="my-record"),
    path("team/", views.staff_directory, name="staff-directory"),
    path("team/staff/<int:pk>/", views.staff_detail, name="staff-detail"),
]
