"""The "Redacteurs" (editors) group: exactly the content permissions.

Each app's data migration calls sync_editor_group, so the group follows the content
models as they are added. Editors get no permission on users, groups or permissions.
"""

EDITOR_GROUP = "Redacteurs"

# app label → models whose add/change/delete/view permissions editors hold.
EDITOR_MODELS = {
    "pages": ["homepage", "page", "project"],
    "companies": [
        "company",
        "sector",
        "offering",
        "offeringcategory",
        "quoterequest",
        "quotedelivery",
    ],
    "jobcount": ["edition", "figure"],
}


def sync_editor_group(apps, schema_editor=None):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=EDITOR_GROUP)
    permissions = []
    for app_label, models in EDITOR_MODELS.items():
        permissions += list(
            Permission.objects.filter(
                content_type__app_label=app_label, content_type__model__in=models
            )
        )
    group.permissions.set(permissions)
