"""The "Redacteurs" (editors) group: exactly the content permissions.

Each app's data migration calls sync_editor_group, so the group follows the content
models as they are added. Editors get no permission on users, groups or permissions.

The "Eindredacteurs" (final editors) hold the same permissions and also
core.publish_content: they publish the working copies of others (core.drafts).
"""

EDITOR_GROUP = "Redacteurs"
PUBLISHER_GROUP = "Eindredacteurs"
PUBLISH_PERMISSION = "core.publish_content"

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
        "vacancy",
    ],
    "jobcount": ["edition", "figure"],
    "news": ["newsitem", "event"],
    "redirects": ["redirect"],  # core.redirects: old addresses of moved pages
    "core": ["document"],  # the document library (core.documents)
}

# app label → models whose view permission only editors hold: what the site records
# itself, which no one edits by hand.
VIEW_ONLY_MODELS = {
    "core": [
        "changerecord",  # the site-wide change history (core.changes)
        "outboundlink",  # the links to other sites and their checks (core.linkcheck)
    ],
}


def sync_editor_group(apps, schema_editor=None):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; make them now.
    for app_config in apps.get_app_configs():
        # A migration's app configs have no models module, which create_permissions
        # asks for; the real registry's (a test's call) keep theirs.
        models_module = getattr(app_config, "models_module", None)
        app_config.models_module = models_module or True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module

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
    for app_label, models in VIEW_ONLY_MODELS.items():
        permissions += list(
            Permission.objects.filter(
                content_type__app_label=app_label,
                codename__in=[f"view_{model}" for model in models],
            )
        )
    group.permissions.set(permissions)

    publishers, _created = Group.objects.get_or_create(name=PUBLISHER_GROUP)
    app_label, codename = PUBLISH_PERMISSION.split(".")
    publishers.permissions.set(
        permissions
        + list(
            Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        )
    )
