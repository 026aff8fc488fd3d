"""API tokens in the Wagtail admin (HR and administrators only): the list, a form that creates
a token and shows it once, and revocation after a confirmation. Every change goes through
`tokens.api_token_create` / `tokens.api_token_revoke` (permission check and audit inside)."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse, reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import defaults
from django.views.generic import TemplateView
from django.views.generic.edit import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from . import tokens
from .models import ApiToken

INDEX_URL = "reports_api_tokens"
CREATE_URL = "reports_api_token_create"
REVOKE_URL = "reports_api_token_revoke"


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=100,
        help_text=gettext_lazy("Who or what uses the token, e.g. “Staff evaluation system”."),
    )
    scopes = forms.MultipleChoiceField(
        label=gettext_lazy("Scopes"),
        choices=ApiToken.Scope.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("What the token may read. Give it only what it needs."),
    )
    expires_on = forms.DateField(
        label=gettext_lazy("Last day of use"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=gettext_lazy(
            "The token stops working at the end of this day (at most two years from today)."
        ),
    )

    def clean_expires_on(self):
        day = self.cleaned_data["expires_on"]
        self.expires_at = end_of_day(day)
        try:
            tokens.clean_expiry(self.expires_at)
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from None
        return day


def end_of_day(day: dt.date) -> dt.datetime:
    """The first instant after `day` (local time)."""
    return dt.datetime.combine(
        day + dt.timedelta(days=1), dt.time.min, tzinfo=timezone.get_current_timezone()
    )


class HrOnlyMixin:
    """HR and administrators; anyone else gets a plain 403 (not Wagtail's dashboard redirect)."""

    def dispatch(self, request, *args, **kwargs):
        if not tokens.can_manage_tokens(request.user):
            return defaults.permission_denied(request, PermissionDenied())
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items]
        if self.show_index_crumb:
            items.append({"url": reverse(INDEX_URL), "label": _("API tokens")})
        return [*items, {"url": "", "label": self.get_page_title()}]

    show_index_crumb = True


class ApiTokenIndexView(HrOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/admin/api_token_index.html"
    page_title = gettext_lazy("API tokens")
    header_icon = "key"
    show_index_crumb = False

    def get_header_buttons(self):
        return [
            HeaderButton(
                _("New token"), url=reverse(CREATE_URL), icon_name="plus", attrs={"id": "new"}
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        rows = ApiToken.objects.select_related("created_by", "revoked_by").order_by(
            "-created_at", "-pk"
        )
        scope_labels = dict(ApiToken.Scope.choices)
        status_labels = {
            "active": _("Active"),
            "expired": _("Expired"),
            "revoked": _("Revoked"),
        }
        context["tokens"] = [
            {
                "token": token,
                "scopes": [scope_labels.get(scope, scope) for scope in token.scopes],
                "status": tokens.token_status(token, now),
                "status_label": status_labels[tokens.token_status(token, now)],
            }
            for token in rows
        ]
        return context


class ApiTokenCreateView(HrOnlyMixin, WagtailAdminTemplateMixin, FormView):
    form_class = ApiTokenForm
    template_name = "reports/admin/api_token_create.html"
    page_title = gettext_lazy("New API token")
    header_icon = "key"

    def get_initial(self):
        return {
            "expires_on": timezone.localdate() + dt.timedelta(days=tokens.default_lifetime_days()),
            "scopes": list(ApiToken.Scope.values),
        }

    def form_valid(self, form):
        try:
            token, raw = tokens.api_token_create(
                actor=self.request.user,
                name=form.cleaned_data["name"],
                scopes=form.cleaned_data["scopes"],
                expires_at=form.expires_at,
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        messages.success(
            self.request, _("The token “%(name)s” was created.") % {"name": token.name}
        )
        # The token is in this response only: not stored, not cached, not shown again.
        response = self.render_to_response(
            self.get_context_data(form=form, token=token, raw_token=raw)
        )
        response["Cache-Control"] = "no-store"
        return response

    def render_to_response(self, context, **kwargs):
        if "raw_token" in context:
            self.template_name = "reports/admin/api_token_created.html"
        return super().render_to_response(context, **kwargs)


class ApiTokenRevokeView(HrOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "reports/admin/api_token_revoke.html"
    page_title = gettext_lazy("Revoke API token")
    header_icon = "key"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.token = get_object_or_404(ApiToken, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.token)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["token"] = self.token
        context["status"] = tokens.token_status(self.token)
        return context

    def post(self, request, *args, **kwargs):
        if self.token.revoked_at is None:
            tokens.api_token_revoke(actor=request.user, token=self.token)
            messages.success(
                request,
                _("The token “%(name)s” was revoked: calls with it are refused from now on.")
                % {"name": self.token.name},
            )
        return redirect(INDEX_URL)


class ApiTokenMenuItem(MenuItem):
    def is_shown(self, request):
        return tokens.can_manage_tokens(request.user)


@hooks.register("register_admin_urls")
def register_api_token_urls():
    return [
        path("api-tokens/", ApiTokenIndexView.as_view(), name=INDEX_URL),
        path("api-tokens/new/", ApiTokenCreateView.as_view(), name=CREATE_URL),
        path("api-tokens/<int:pk>/revoke/", ApiTokenRevokeView.as_view(), name=REVOKE_URL),
    ]


@hooks.register("register_admin_menu_item")
def register_api_token_menu_item():
    return ApiTokenMenuItem(
        gettext_lazy("API tokens"),
        reverse_lazy(INDEX_URL),
        name="api-tokens",
        icon_name="key",
        order=960,
    )
