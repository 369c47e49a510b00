from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobcountConfig(AppConfig):
    name = "jobcount"
    verbose_name = _("Job count")
