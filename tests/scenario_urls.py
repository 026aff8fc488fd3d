"""The site's URLs plus `/_floor/`, a bare Django view: the cost of a request through gunicorn
and Django's middleware with no database work, the floor the load figures are compared with."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def floor(request):
    return HttpResponse(b"ok", content_type="text/plain")


urlpatterns = [path("_floor/", floor), *site_urlpatterns]
