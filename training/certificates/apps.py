from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "training.certificates"
    label = "certificates"
    verbose_name = _("Certificates")

    def ready(self) -> None:
        from . import receivers  # noqa: F401  (connects the course_completed receiver)
