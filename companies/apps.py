from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompaniesConfig(AppConfig):
    name = "companies"
    verbose_name = _("Companies")

    def ready(self):
        from companies import checks  # noqa: F401  (registers the deploy check)
        from companies.models import Company
        from core.redirects import follow_moves

        follow_moves(Company, Company.objects.all)
