from core.sitemaps import ContentSitemap, NamedViewSitemap
from pages.models import PARENTS, Page, Project


class PagesViewSitemap(NamedViewSitemap):
    names = ("pages:home", "pages:project_list")


class PageSitemap(ContentSitemap):
    def items(self):
        return [
            page
            for page in Page.objects.visible().select_related(PARENTS)
            if page.key not in Page.APP_SECTIONS
        ]


class ProjectSitemap(ContentSitemap):
    def items(self):
        return Project.objects.visible()


sitemaps = {
    "static": PagesViewSitemap,
    "pages": PageSitemap,
    "projects": ProjectSitemap,
}
