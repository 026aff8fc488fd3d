"""Let training editors use Wagtail's "Translate" action on course pages (simple_translation's
submit_translation permission, listed for the Editors group in training/people/roles.py)."""

from django.db import migrations


def grant(apps, schema_editor):
    from training.people.roles import sync_role_groups

    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_editor_page_permissions"),
        ("simple_translation", "0001_initial"),
        ("people", "0002_role_groups_and_languages"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
