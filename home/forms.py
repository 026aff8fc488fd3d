from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator


class LoginForm(AuthenticationForm):
    """The standard login form, with the autocomplete hints password managers rely on."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update({"autocomplete": "username"})
        self.fields["password"].widget.attrs.update({"autocomplete": "current-password"})
        # AuthenticationForm sets the username's max_length after the field is built, so it is
        # never checked: a longer one would reach django-axes, whose log column (255 characters)
        # PostgreSQL refuses with a 500. Too long is a form error, like any other field.
        username = self.fields["username"]
        username.validators.append(MaxLengthValidator(username.max_length))
