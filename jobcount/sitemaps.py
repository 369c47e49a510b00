from core.sitemaps import NamedViewSitemap


class JobcountViewSitemap(NamedViewSitemap):
    names = ("jobcount:page", "jobcount:open_data")


sitemaps = {"jobcount-static": JobcountViewSitemap}
