from django.apps import AppConfig, apps
from django.db import connections
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

from search import index


def _indexed(sender, instance, using, update_fields=None, **kwargs):
    """SQLite: a saved page, project or company is indexed anew, in the same
    transaction (PostgreSQL's search vectors are generated columns)."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    source = index.SOURCE_OF_MODEL[sender._meta.label]
    if update_fields is not None and not set(update_fields) & source.names():
        return  # none of the indexed text was written
    index.update(source, instance, connection)


def _forgotten(sender, instance, using, **kwargs):
    connection = connections[using]
    if connection.vendor == "sqlite":
        index.remove(index.SOURCE_OF_MODEL[sender._meta.label], instance.pk, connection)


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        for source in index.SOURCES:
            model = apps.get_model(source.model)
            uid = f"search-index-{source.kind}"
            post_save.connect(_indexed, sender=model, dispatch_uid=uid)
            post_delete.connect(_forgotten, sender=model, dispatch_uid=uid)
