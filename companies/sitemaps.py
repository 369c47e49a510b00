from companies.models import Company
from core.sitemaps import ContentSitemap, NamedViewSitemap


class CompaniesViewSitemap(NamedViewSitemap):
    names = ("companies:list", "companies:buy_social")


class CompanySitemap(ContentSitemap):
    def items(self):
        return Company.objects.visible().order_by("name")


sitemaps = {"companies-static": CompaniesViewSitemap, "companies": CompanySitemap}
