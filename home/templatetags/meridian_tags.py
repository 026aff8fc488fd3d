from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

register = template.Library()


@register.inclusion_tag("home/includes/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to this same page in every site language.

    A Wagtail page links to its translation (whose slug may differ), keeping what follows the
    page's own address (a routable page's sub-page, such as a quiz attempt's result) and the
    query string (the catalog's filters); any other page links to the same URL under the other
    language's prefix. Where a page has no translation yet, the link goes to that language's
    home page rather than to a 404.
    """
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if page is not None and hasattr(page, "get_translations"):
        page_url = page.get_url(request) or ""
        below = page_url and request.path.startswith(page_url)
        rest = request.path[len(page_url) :] if below else ""
        query = request.META.get("QUERY_STRING", "")
        suffix = rest + (f"?{query}" if query else "")
        for other in page.get_translations(inclusive=True).live().select_related("locale"):
            url = other.get_url(request)
            if url:
                translations[other.locale.language_code] = url + suffix
    links = []
    for code, name in settings.LANGUAGES:
        if page is not None and hasattr(page, "get_translations"):
            url = translations.get(code) or _home_url(code)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links}


def _home_url(language_code: str) -> str:
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])
