import axes.apps
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from core import pagecache

        pagecache.connect_signals()
        # The site-wide change history: a proxy model of LogEntry and its admin.
        from core import changes  # noqa: F401


class AxesConfig(axes.apps.AppConfig):
    """django-axes under a Dutch name in the admin (Django's way to rename an app
    one installs: a subclass of its AppConfig with a verbose_name)."""

    default = False  # "core" itself is CoreConfig
    verbose_name = _("Login protection")
