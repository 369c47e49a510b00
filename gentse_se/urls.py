from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from companies import opendata as company_data
from companies.sitemaps import sitemaps as company_sitemaps
from core import sitemaps as core_sitemaps
from core.documents import document_file
from core.password_reset import PasswordResetView
from core.preview import form_preview
from gentse_se import views
from jobcount import opendata as jobcount_data
from jobcount.sitemaps import sitemaps as jobcount_sitemaps
from news import opendata as news_data
from news.sitemaps import sitemaps as news_sitemaps
from pages import views as page_views
from pages.sitemaps import sitemaps as page_sitemaps
from search import views as search_views

sitemaps = {
    **page_sitemaps,
    **company_sitemaps,
    **jobcount_sitemaps,
    **news_sitemaps,
}

admin.site.site_header = "Sociale economie in Gent — beheer"
admin.site.site_title = "Beheer sociale economie"
admin.site.index_title = "Beheer"
_admin_titles = {
    "site_header": admin.site.site_header,
    "site_title": admin.site.site_title,
}

handler404 = "gentse_se.views.page_not_found"
handler500 = "gentse_se.views.server_error"

urlpatterns = [
    path("", views.root, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        core_sitemaps.sitemap,
        {"sitemaps": sitemaps},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    # "Forgotten your password?" on the admin's login page (Django's views).
    path(
        settings.ADMIN_URL + "password_reset/",
        PasswordResetView.as_view(extra_context=_admin_titles),
        name="admin_password_reset",
    ),
    path(
        settings.ADMIN_URL + "password_reset/done/",
        auth_views.PasswordResetDoneView.as_view(extra_context=_admin_titles),
        name="password_reset_done",
    ),
    path(
        settings.ADMIN_URL + "reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(extra_context=_admin_titles),
        name="password_reset_confirm",
    ),
    path(
        settings.ADMIN_URL + "reset/done/",
        auth_views.PasswordResetCompleteView.as_view(extra_context=_admin_titles),
        name="password_reset_complete",
    ),
    path(settings.ADMIN_URL, admin.site.urls),
    path(settings.MEDIA_URL.lstrip("/") + "<path:path>", views.media, name="media"),
    # Documents of the library (core.documents): one address in every language.
    path("documenten/<int:pk>/<slug:slug>.pdf", document_file, name="document"),
    # Open-data downloads: language-neutral addresses (the JSON has every language).
    path(
        "open-data/companies.csv",
        company_data.companies_csv,
        name="opendata_companies_csv",
    ),
    path(
        "open-data/companies.json",
        company_data.companies_json,
        name="opendata_companies_json",
    ),
    path(
        "open-data/vacancies.csv",
        company_data.vacancies_csv,
        name="opendata_vacancies_csv",
    ),
    path(
        "open-data/vacancies.json",
        company_data.vacancies_json,
        name="opendata_vacancies_json",
    ),
    path("open-data/news.json", news_data.news_json, name="opendata_news_json"),
    path("open-data/events.json", news_data.events_json, name="opendata_events_json"),
    path(
        "open-data/quote-requests.csv",
        company_data.quote_requests_csv,
        name="opendata_quote_requests_csv",
    ),
    path(
        "open-data/job-count.csv",
        jobcount_data.jobcount_csv,
        name="opendata_jobcount_csv",
    ),
    path(
        "open-data/job-count.json",
        jobcount_data.jobcount_json,
        name="opendata_jobcount_json",
    ),
]

urlpatterns += i18n_patterns(
    path("", include("pages.urls")),
    path("", include("companies.urls")),
    path("", include("jobcount.urls")),
    path("", include("news.urls")),
    path(_("search/"), search_views.search, name="search"),
    # What an admin form holds, unsaved (core.preview): staff only.
    path(_("preview/<str:token>/"), form_preview, name="form_preview"),
    # Content pages by their path of slugs: last, after every app's own routes.
    path("<path:path>/", page_views.page_detail, name="page"),
    prefix_default_language=True,
)
