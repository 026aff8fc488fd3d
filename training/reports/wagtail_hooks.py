"""The reports app's admin: appraisal periods and the training score weighting, API tokens,
webhook endpoints and their delivery log. Each lives in its own module; importing them here
registers their hooks."""

from . import admin_api, admin_appraisal, admin_webhooks  # noqa: F401
