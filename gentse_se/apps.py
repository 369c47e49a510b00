from django.apps import AppConfig
from django.db.backends.signals import connection_created


def _sqlite_functions(sender, connection, **kwargs):
    """SQLite has no unaccent: give it the same folding the search uses."""
    if connection.vendor == "sqlite":
        from gentse_se.search import fold

        connection.connection.create_function(
            "gentse_fold",
            1,
            lambda text: fold(text) if text else text,
            deterministic=True,
        )


class GentseSeConfig(AppConfig):
    name = "gentse_se"

    def ready(self):
        connection_created.connect(_sqlite_functions)
        from gentse_se import pagecache

        pagecache.connect_signals()
