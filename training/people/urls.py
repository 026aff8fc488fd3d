from django.urls import path

from . import views

urlpatterns = [
    path("me/record/", views.my_record, name="my-record"),
    path("team/directory/", views.staff_directory, name="staff-directory"),
    path("team/directory/<int:pk>/", views.staff_detail, name="staff-detail"),
]
