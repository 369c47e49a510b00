from companies.models import Company, Vacancy
from core.sitemaps import ContentSitemap, NamedViewSitemap


class CompaniesViewSitemap(NamedViewSitemap):
    names = ("companies:list", "companies:buy_social", "companies:vacancies")


class CompanySitemap(ContentSitemap):
    def items(self):
        return Company.objects.visible().order_by("name")


class VacancySitemap(ContentSitemap):
    def items(self):
        return Vacancy.objects.visible().order_by("-posted_on", "pk")


sitemaps = {
    "companies-static": CompaniesViewSitemap,
    "companies": CompanySitemap,
    "vacancies": VacancySitemap,
}
