"""Certificate templates in the Wagtail admin: training editors edit the wording, logo,
signature block and layout with a live preview (the PDF as it will print), and choose which
courses use each template."""

from __future__ import annotations

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["name", "layout", "is_default", "updated_at"]
    search_fields = ["name", "title_zh", "title_en"]

    @property
    def breadcrumbs_items(self):
        # Wagtail's SnippetViewSet translates its "Home" crumb once, when the viewset is
        # registered (gettext, not gettext_lazy), so it stayed in the server's language.
        return [{"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")}]


register_snippet(CertificateTemplateViewSet)
