from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    label = "home"
    verbose_name = _("Home")

    def ready(self):
        # Wagtail's choosers start from a file, not an inline script (Content Security Policy).
        from .security import start_wagtail_widgets_from_files

        start_wagtail_widgets_from_files()
