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
        limit_admin_search_length()


# Longer than any name, title or code a listing holds; SQLite refuses LIKE patterns over 50,000
# bytes, so an unlimited search box turned a pasted megabyte into a database error.
ADMIN_SEARCH_MAX_LENGTH = 255


def limit_admin_search_length() -> None:
    """Wagtail's admin listings share one search form whose term has no maximum length. With
    one, a longer term makes the form invalid, and the listing is shown unsearched (Wagtail's
    behaviour for an invalid search) instead of failing in the database."""
    from django.core.validators import MaxLengthValidator
    from wagtail.admin.forms.search import SearchForm

    field = SearchForm.base_fields["q"]
    if field.max_length is None:
        field.max_length = ADMIN_SEARCH_MAX_LENGTH
        field.validators.append(MaxLengthValidator(ADMIN_SEARCH_MAX_LENGTH))
        field.widget.attrs["maxlength"] = str(ADMIN_SEARCH_MAX_LENGTH)
