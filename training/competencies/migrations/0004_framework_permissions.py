from django.db import migrations


def grant(apps, schema_editor):
    from training.people.roles import sync_role_groups

    sync_role_groups(apps)


class Migration(migrations.Migration):
    """Editors and HR keep the competency framework in the admin (see people/roles.py)."""

    dependencies = [
        ("competencies", "0003_framework_and_records"),
        # Mandatory courses per job role (progress.RoleCourse) are part of the framework.
        ("progress", "0004_role_courses"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
