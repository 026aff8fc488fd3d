from django.db import migrations


def grant(apps, schema_editor):
    from training.people.roles import sync_role_groups

    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("assessments", "0002_editor_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
