from django.contrib.auth.forms import AuthenticationForm


class LoginForm(AuthenticationForm):
    """The standard login form, with the autocomplete hints password managers rely on."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].widget.attrs.update({"autocomplete": "username"})
        self.fields["password"].widget.attrs.update({"autocomplete": "current-password"})
