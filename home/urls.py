from django.urls import path

from .forms import LoginForm
from .views import LoginView, LogoutView

urlpatterns = [
    path(
        "login/",
        LoginView.as_view(
            template_name="home/login.html",
            authentication_form=LoginForm,
            redirect_authenticated_user=True,
        ),
        name="login",
    ),
    path("logout/", LogoutView.as_view(), name="logout"),
]
