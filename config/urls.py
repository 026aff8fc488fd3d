from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import health
from training.reports.api import api

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # The staff evaluation system's feed: language-neutral, so outside the /en/ prefix.
    path("api/v1/", api.urls),
    path("documents/", include(wagtaildocs_urls)),
    # For the load balancer and the process supervisor (home/health.py): no language prefix.
    path("health/", health.ready, name="health"),
    path("health/live/", health.live, name="health-live"),
]

# Chinese is the default language and has no prefix (/me/); English lives under /en/ (/en/me/).
urlpatterns += i18n_patterns(
    path("accounts/", include("home.urls")),
    path("", include("courses.urls")),
    path("", include("training.reports.urls")),
    path("", include("training.people.urls")),
    path("", include("training.progress.urls")),
    path("", include("training.certificates.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
