from django.db import migrations


def grant(apps, schema_editor):
    from training.people.roles import sync_role_groups

    sync_role_groups(apps)


class Migration(migrations.Migration):
    """HR keeps appraisal periods, the training score weighting, API tokens and webhook
    endpoints in the admin, and reads the webhook delivery log (see people/roles.py)."""

    dependencies = [("reports", "0002_appraisal_exports_api_webhooks")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
