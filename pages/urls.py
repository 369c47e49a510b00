from django.urls import path
from django.utils.translation import gettext_lazy as _

from pages import feeds, views

app_name = "pages"

urlpatterns = [
    path("", views.home, name="home"),
    path(_("projects/"), views.project_list, name="project_list"),
    path(_("projects/feed/"), feeds.ProjectFeed(), name="project_feed"),
    path(_("projects/<slug:slug>/"), views.project_detail, name="project_detail"),
    path(_("preview/page/<int:pk>/"), views.page_preview, name="page_preview"),
    path(_("preview/project/<int:pk>/"), views.project_preview, name="project_preview"),
]
