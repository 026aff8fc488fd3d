"""Views for the unit tests of home/middleware.py: each fails the way a request fails while
PostgreSQL restarts (the driver's errors reach Django as django.db's OperationalError and
InterfaceError)."""

from django.core.cache import cache
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.urls import path


def operational_error(request):
    raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


def interface_error(request):
    raise InterfaceError("connection already closed")


def cache_read(request):
    return HttpResponse(str(cache.get("anything")))


def other_error(request):
    raise ValueError("not a database error")


def fine(request):
    return HttpResponse("fine")


class FailingMiddleware:
    """Stands for a middleware below ours that reads the database (the session middleware
    loading the session of a signed-in learner)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.endswith("/middleware-fails/"):
            raise OperationalError("server closed the connection unexpectedly")
        return self.get_response(request)


urlpatterns = [
    path("operational/", operational_error),
    path("en/operational/", operational_error),
    path("interface/", interface_error),
    path("api/v1/operational/", operational_error),
    path("cache/", cache_read),
    path("other/", other_error),
    path("fine/", fine),
    path("middleware-fails/", fine),
    path("en/middleware-fails/", fine),
]
