"""Webhooks in the Wagtail admin: the endpoints of the evaluation system and the delivery log.

- Endpoints (HR and superusers): create, change, delete, through the services in webhooks.py
  (`webhook_endpoint_save`, `webhook_endpoint_delete`: validated and audited). A new endpoint
  gets its signing secret from the service and the page goes on to the endpoint's edit page, where
  the secret is shown (HR gives it to the receiving system) and can be replaced. "Send a test
  event" POSTs a signed ping and shows the answer.
- Deliveries (read only, HR and superusers): the log of every event sent, with state, attempts,
  last HTTP status and next attempt; the inspect page shows the exact body, the headers and the
  last error, with "Retry now" for a delivery that failed or is waiting for its next attempt.

Who may do what is one permission policy per model (`WebhookPermissionPolicy`): the Django model
permissions people/roles.py grants HR, narrowed so that every action also needs HR (the check
the services make): editors, managers and learners see nothing of it.
"""

from __future__ import annotations

import json

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import defaults
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from training.certificates.models import format_code
from training.people import policies
from training.people.roles import HR
from training.people.viewsets import ServiceSaveMixin

from . import webhooks
from .models import WebhookDelivery, WebhookEndpoint

# --- permissions ----------------------------------------------------------------------------


class WebhookPermissionPolicy(ModelPermissionPolicy):
    """Django model permissions, offered only for `actions` and only to HR (and superusers)."""

    def __init__(self, model, *, actions):
        super().__init__(model)
        self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        if action not in self.actions or not policies.is_hr(user):
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = frozenset(actions) & self.actions
        query = Q(is_active=True, is_superuser=True)
        if actions:
            query |= self._get_users_with_any_permission_codenames_filter(
                self._get_permission_codenames(actions)
            ) & Q(groups__name=HR)
        return get_user_model().objects.filter(query).distinct()


endpoint_permission_policy = WebhookPermissionPolicy(
    WebhookEndpoint, actions=("add", "change", "delete", "view")
)
delivery_permission_policy = WebhookPermissionPolicy(WebhookDelivery, actions=("view",))
# Registered when this module is imported (from wagtail_hooks.py), before any view asks.
register_permission_policy(WebhookEndpoint, endpoint_permission_policy, exact_class=True)
register_permission_policy(WebhookDelivery, delivery_permission_policy, exact_class=True)


def may_manage_webhooks(user) -> bool:
    return endpoint_permission_policy.user_has_permission(user, "change")


def may_retry(user) -> bool:
    return delivery_permission_policy.user_has_permission(user, "view")


# --- endpoints ------------------------------------------------------------------------------


class WebhookEndpointForm(WagtailAdminModelForm):
    events = forms.MultipleChoiceField(
        label=gettext_lazy("Events"),
        choices=WebhookEndpoint.Event.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("The events this endpoint receives."),
    )
    signing_secret = forms.CharField(
        label=gettext_lazy("Signing secret"),
        required=False,
        disabled=True,
        widget=forms.TextInput(attrs={"readonly": True, "autocomplete": "off", "size": 50}),
        help_text=gettext_lazy(
            "Give this secret to the receiving system. Each request carries the headers "
            "Meridian-Webhook-Timestamp and Meridian-Webhook-Signature: v1=<hex HMAC-SHA256 "
            'of "<timestamp>.<body>" with this secret>.'
        ),
    )
    rotate_secret = forms.BooleanField(
        label=gettext_lazy("Replace the secret"),
        required=False,
        help_text=gettext_lazy(
            "Make a new secret when saving. The receiving system must get the new one: requests "
            "signed with it fail its check until then."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            # A new endpoint gets its secret when it is saved; the edit page shows it.
            self.fields.pop("signing_secret", None)
            self.fields.pop("rotate_secret", None)
        elif "signing_secret" in self.fields:
            self.fields["signing_secret"].initial = self.instance.secret
        if "url" in self.fields:
            self.fields["url"].help_text = _(
                "An http or https address of the receiving system. Redirects are not followed."
            )

    def clean_url(self):
        url = (self.cleaned_data.get("url") or "").strip()
        try:
            webhooks.check_url(url)
        except webhooks.WebhookAddressError as error:
            raise ValidationError(str(error)) from None
        return url


class EndpointServiceSave(ServiceSaveMixin):
    def save_with_service(self):
        endpoint = self.form.save(commit=False)
        return webhooks.webhook_endpoint_save(
            endpoint=endpoint,
            actor=self.request.user,
            rotate_secret=bool(self.form.cleaned_data.get("rotate_secret")),
        )


class EndpointCreateView(EndpointServiceSave, generic.CreateView):
    def get_success_message(self, instance):
        return _(
            "Webhook endpoint '%(name)s' created. Copy its signing secret below for the "
            "receiving system."
        ) % {"name": instance}

    def get_success_url(self):
        # On to the edit page, which shows the secret the receiver needs.
        return reverse(self.edit_url_name, args=(self.object.pk,))


class EndpointEditView(EndpointServiceSave, generic.EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = [*super().header_more_buttons]
        if may_manage_webhooks(self.request.user):
            buttons.append(
                HeaderButton(
                    _("Send a test event"),
                    url=reverse(f"{WebhookEndpointViewSet.name}:ping", args=(self.object.pk,)),
                    icon_name="resubmit",
                    priority=30,
                )
            )
        return buttons


class EndpointDeleteView(generic.DeleteView):
    def delete_action(self):
        webhooks.webhook_endpoint_delete(endpoint=self.object, actor=self.request.user)


class EndpointPingView(WagtailAdminTemplateMixin, TemplateView):
    """GET: what a test event is, and a button; POST: send it and show the answer."""

    template_name = "reports/admin/webhook_ping.html"
    page_title = gettext_lazy("Send a test event")
    header_icon = "resubmit"

    def dispatch(self, request, *args, **kwargs):
        if not may_manage_webhooks(request.user):
            return defaults.permission_denied(request, PermissionDenied())
        self.endpoint = get_object_or_404(WebhookEndpoint, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.endpoint)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(f"{WebhookEndpointViewSet.name}:index"),
                "label": _("Webhook endpoints"),
            },
            {
                "url": reverse(f"{WebhookEndpointViewSet.name}:edit", args=(self.endpoint.pk,)),
                "label": str(self.endpoint),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "endpoint": self.endpoint}

    def post(self, request, *args, **kwargs):
        result = webhooks.webhook_endpoint_ping(endpoint=self.endpoint, actor=request.user)
        if result.ok:
            messages.success(
                request,
                _("The test event was delivered (HTTP %(status)s).") % {"status": result.status},
            )
        else:
            messages.error(
                request, _("The test event failed: %(error)s") % {"error": result.error[:300]}
            )
        return redirect(f"{WebhookEndpointViewSet.name}:edit", self.endpoint.pk)


def _events(endpoint: WebhookEndpoint) -> str:
    labels = dict(WebhookEndpoint.Event.choices)
    return ", ".join(str(labels.get(event, event)) for event in endpoint.events or []) or "—"


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    name = "reports_webhook_endpoints"
    url_prefix = "webhooks/endpoints"
    icon = "link-external"
    menu_label = gettext_lazy("Endpoints")
    add_view_class = EndpointCreateView
    edit_view_class = EndpointEditView
    delete_view_class = EndpointDeleteView
    copy_view_enabled = False
    add_to_reference_index = False
    list_per_page = 50
    list_display = [
        "name",
        Column("url", label=gettext_lazy("URL"), accessor="url"),
        Column("events", label=gettext_lazy("Events"), accessor=_events),
        BooleanColumn("is_active", label=gettext_lazy("Active")),
        DateColumn("created_at", label=gettext_lazy("Created")),
    ]
    search_fields = ["name", "url"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("url"),
            FieldPanel("events"),
            FieldPanel("is_active"),
            MultiFieldPanel(
                [FieldPanel("signing_secret"), FieldPanel("rotate_secret")],
                heading=gettext_lazy("Signing secret"),
            ),
        ],
        base_form_class=WebhookEndpointForm,
    )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/ping/", EndpointPingView.as_view(), name="ping"),
        ]


# --- deliveries -----------------------------------------------------------------------------


class DeliveryIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("endpoint")


class DeliveryInspectView(generic.InspectView):
    template_name = "reports/admin/webhook_delivery_inspect.html"
    fields = [
        "endpoint",
        "event",
        "event_id",
        "certificate_code",
        "state",
        "attempts",
        "last_status",
        "next_attempt_at",
        "created_at",
        "delivered_at",
    ]

    def get_object(self, queryset=None):
        return get_object_or_404(WebhookDelivery.objects.select_related("endpoint"), pk=self.pk)

    def get_certificate_code_display_value(self):
        code = self.object.certificate_code
        return format_code(code) if code else "—"

    def get_last_status_display_value(self):
        return self.object.last_status or "—"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        delivery = self.object
        try:
            pretty = json.dumps(json.loads(delivery.body), indent=2, ensure_ascii=False)
        except ValueError:
            pretty = delivery.body
        context.update(
            {
                "delivery": delivery,
                "pretty_body": pretty,
                "headers": [
                    ("Content-Type", "application/json"),
                    ("User-Agent", webhooks.USER_AGENT),
                    (webhooks.HEADER_ID, str(delivery.event_id)),
                    (webhooks.HEADER_TIMESTAMP, _("the time of each attempt, in Unix seconds")),
                    (
                        webhooks.HEADER_SIGNATURE,
                        _('v1=<hex HMAC-SHA256 of "<timestamp>.<body>" with the secret>'),
                    ),
                ],
                "can_retry": delivery.state != WebhookDelivery.State.DELIVERED
                and may_retry(self.request.user),
                "retry_url": reverse(f"{WebhookDeliveryViewSet.name}:retry", args=(delivery.pk,)),
            }
        )
        return context


class DeliveryRetryView(TemplateView):
    """POST only: send the delivery again now (`webhook_delivery_retry`)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        if not may_retry(request.user):
            return defaults.permission_denied(request, PermissionDenied())
        delivery = get_object_or_404(WebhookDelivery, pk=pk)
        try:
            webhooks.webhook_delivery_retry(delivery=delivery, actor=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        except PermissionDenied as error:
            return defaults.permission_denied(request, error)
        else:
            messages.success(request, _("The delivery was queued to be sent again now."))
        return redirect(f"{WebhookDeliveryViewSet.name}:inspect", pk)


def _certificate(delivery: WebhookDelivery) -> str:
    return format_code(delivery.certificate_code) if delivery.certificate_code else "—"


def _last_status(delivery: WebhookDelivery) -> str:
    return str(delivery.last_status) if delivery.last_status else "—"


class WebhookDeliveryViewSet(ModelViewSet):
    """The delivery log: read only (deliveries are written by the webhooks module)."""

    model = WebhookDelivery
    name = "reports_webhook_deliveries"
    url_prefix = "webhooks/deliveries"
    icon = "list-ul"
    menu_label = gettext_lazy("Delivery log")
    index_view_class = DeliveryIndexView
    inspect_view_class = DeliveryInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
    list_per_page = 50
    list_display = [
        Column("event", label=gettext_lazy("Event"), accessor="get_event_display"),
        Column("endpoint", label=gettext_lazy("Endpoint"), accessor="endpoint"),
        Column("certificate", label=gettext_lazy("Certificate"), accessor=_certificate),
        Column("state", label=gettext_lazy("State"), accessor="get_state_display"),
        Column("attempts", label=gettext_lazy("Attempts"), accessor="attempts"),
        Column("last_status", label=gettext_lazy("Last HTTP status"), accessor=_last_status),
        DateColumn("next_attempt_at", label=gettext_lazy("Next attempt")),
        DateColumn("created_at", label=gettext_lazy("Created")),
    ]
    list_filter = ["state", "event", "endpoint"]
    search_fields = ["certificate_code"]

    def get_common_view_kwargs(self, **kwargs):
        unused = ("add", "edit", "delete", "history", "usage", "copy")
        return super().get_common_view_kwargs(
            **{**{f"{name}_url_name": None for name in unused}, **kwargs}
        )

    def get_urlpatterns(self):
        # Only the listing and the inspect page (no add, edit, delete or history).
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/retry/", DeliveryRetryView.as_view(), name="retry"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename__startswith="view_")


# --- the menu group -------------------------------------------------------------------------


class WebhooksViewSetGroup(ViewSetGroup):
    """Endpoints and the delivery log under one "Webhooks" menu item (HR and superusers)."""

    menu_label = gettext_lazy("Webhooks")
    menu_name = "webhooks"
    menu_icon = "link-external"
    menu_order = 290
    items = (WebhookEndpointViewSet, WebhookDeliveryViewSet)


@hooks.register("register_admin_viewset")
def register_webhooks_viewsets():
    return WebhooksViewSetGroup()
