"""Let training editors write and publish course pages, and choose images and documents.

Wagtail's page permissions live in GroupPagePermission (group, page, auth Permission): the
Editors group gets add / change / publish on the root page, which covers every site and locale.
Images and documents are permissioned per collection (GroupCollectionPermission), so the
Editors' add / change / choose permissions are granted on the root collection as well.
Managers and HR get nothing here: they do not author content.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"  # training.people.roles.EDITORS, fixed here as migrations must not change
PAGE_ACTIONS = ("add", "change", "publish")
COLLECTION_PERMISSIONS = (
    ("wagtailimages", "image", ("add", "change", "choose")),
    ("wagtaildocs", "document", ("add", "change", "choose")),
)


def _ensure_permissions(apps):
    # On a fresh database, model permissions appear only after post_migrate: create them now.
    for label in ("wagtailcore", "wagtailimages", "wagtaildocs"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, schema_editor):
    _ensure_permissions(apps)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    editors, _ = Group.objects.get_or_create(name=EDITORS)

    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        page_type = ContentType.objects.get_by_natural_key("wagtailcore", "page")
        for action in PAGE_ACTIONS:
            permission = Permission.objects.get(content_type=page_type, codename=f"{action}_page")
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root_page, permission=permission
            )

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, model, actions in COLLECTION_PERMISSIONS:
            content_type = ContentType.objects.get_by_natural_key(app_label, model)
            for action in actions:
                permission = Permission.objects.get(
                    content_type=content_type, codename=f"{action}_{model}"
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=editors, collection=root_collection, permission=permission
                )


def revoke(apps, schema_editor):
    """Take back publishing only: add and change on the root come from Wagtail's own setup."""
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(
        group__name=EDITORS,
        page__depth=1,
        permission__content_type__app_label="wagtailcore",
        permission__codename="publish_page",
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("people", "0002_role_groups_and_languages"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.RunPython(grant, revoke),
    ]
