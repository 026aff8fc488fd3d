from django.db import migrations


def grant(apps, schema_editor):
    from training.people.roles import sync_role_groups

    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0001_initial"),
        ("people", "0002_role_groups_and_languages"),
        ("competencies", "0002_evidence"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
