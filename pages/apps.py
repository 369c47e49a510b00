from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Content")

    def ready(self):
        from django.db.models import Q

        from core.redirects import follow_moves
        from pages.models import PARENTS, Page, Project

        # A page's address holds its parents' slugs: its sub-pages move with it.
        follow_moves(
            Page,
            lambda: Page.objects.select_related(PARENTS),
            lambda page: Page.objects.filter(
                Q(parent=page) | Q(parent__parent=page)
            ).select_related(PARENTS),
        )
        follow_moves(Project, Project.objects.all)
