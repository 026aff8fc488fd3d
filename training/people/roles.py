"""The role groups and the model permissions each one holds.

Groups are created by a data migration (people 0002) that calls `sync_role_groups`; later
migrations call it again when new models need permissions, so the groups stay declarative.
"""

from __future__ import annotations

MANAGERS = "Managers"
HR = "HR"
EDITORS = "Editors"

ROLE_GROUPS = (MANAGERS, HR, EDITORS)

# What a job role requires (competency levels and mandatory courses): editors and HR keep it.
FRAMEWORK_REQUIREMENT_PERMISSIONS = (
    *(f"competencies.{action}_rolerequirement" for action in ("add", "change", "view")),
    *(f"progress.{action}_rolecourse" for action in ("add", "change", "view")),
)

# "app_label.codename" for each group. Managers work in the site (/team/), not in the admin.
ROLE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    MANAGERS: (),
    HR: (
        "wagtailadmin.access_admin",
        "people.add_staffprofile",
        "people.change_staffprofile",
        "people.view_staffprofile",
        "people.add_orgunit",
        "people.change_orgunit",
        "people.view_orgunit",
        "people.add_jobrole",
        "people.change_jobrole",
        "people.view_jobrole",
        "people.view_language",
        "people.view_auditentry",
        # The competency framework: HR reads it and keeps what each job role requires.
        "competencies.view_competency",
        *FRAMEWORK_REQUIREMENT_PERMISSIONS,
        # Appraisal: periods, the training score weighting, the evaluation system's feed.
        *(f"reports.{action}_appraisalperiod" for action in ("add", "change", "delete", "view")),
        *(f"reports.{action}_scoreweights" for action in ("change", "view")),
        *(f"reports.{action}_apitoken" for action in ("add", "change", "view")),
        *(f"reports.{action}_webhookendpoint" for action in ("add", "change", "delete", "view")),
        "reports.view_webhookdelivery",
    ),
    EDITORS: (
        "wagtailadmin.access_admin",
        "people.view_orgunit",
        "people.view_jobrole",
        "people.view_language",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        # Wagtail's "Translate" action (simple_translation): the English version of a course,
        # lesson or quiz starts as a copy of the Chinese page, sharing its translation key.
        "simple_translation.submit_translation",
        # The competency framework: competencies (with their level descriptors), what each job
        # role requires and its mandatory courses. Competencies are never deleted (evidence and
        # requirements refer to them), so there is no delete permission for them.
        *(f"competencies.{action}_competency" for action in ("add", "change", "view")),
        *FRAMEWORK_REQUIREMENT_PERMISSIONS,
        *(
            f"assessments.{action}_{model}"
            for model in ("questionbank", "questioncategory", "question")
            for action in ("add", "change", "delete", "view")
        ),
        "assessments.view_attempt",
        *(
            f"certificates.{action}_certificatetemplate"
            for action in ("add", "change", "delete", "view")
        ),
    ),
}


def sync_role_groups(apps) -> None:
    """Create the role groups and give each exactly the permissions listed above.

    Takes the migration's `apps` so that it works on historical models. Permissions are created
    first, because on a fresh database they only appear after the post_migrate signal.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, wanted in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        permissions = []
        for dotted in wanted:
            app_label, codename = dotted.split(".", 1)
            permissions.extend(
                Permission.objects.filter(content_type__app_label=app_label, codename=codename)
            )
        # Keep permissions granted elsewhere (e.g. Wagtail's page permissions live in their own
        # table); only add what the role needs.
        group.permissions.add(*permissions)
