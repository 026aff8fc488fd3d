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
        allow_account_without_last_name()
        translate_page_chooser_titles()


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


def allow_account_without_last_name() -> None:
    """Wagtail's account page ("Name and email") requires a first and a last name. A staff
    member's user has their whole Latin name as first name and no last name (the staff directory,
    training.people.services, keeps names), so every save of the account page, including the
    admin's language preference, was refused with "This field is required"."""
    from wagtail.admin.forms.account import NameEmailForm

    NameEmailForm.base_fields["last_name"].required = False


def translate_page_chooser_titles() -> None:
    """Wagtail's chooser of one page type titles itself "Choose a page (Course)" by joining two
    strings when the widget is made, and a form's widgets are made once per process: the form of
    a mandatory course, built during a Chinese request, kept its Chinese title for English users.
    The same title, translated when it is shown."""
    from django.utils.text import capfirst, format_lazy
    from wagtail.admin.widgets.chooser import AdminPageChooser
    from wagtail.models import Page

    wagtail_init = AdminPageChooser.__init__

    def __init__(self, *args, **kwargs):
        wagtail_init(self, *args, **kwargs)
        if len(self.target_models) == 1 and self.target_models[0] is not Page:
            self.choose_one_text = format_lazy(
                "{} ({})",
                AdminPageChooser.choose_one_text,
                capfirst(self.target_models[0]._meta.verbose_name),
            )

    AdminPageChooser.__init__ = __init__
