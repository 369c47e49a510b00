from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Dev only (DEBUG or DJANGO_DEMO=1): demo content, bench data, local admin."""

    name = "demo"
    verbose_name = "Demo"
