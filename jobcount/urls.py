from django.urls import path
from django.utils.translation import gettext_lazy as _

from jobcount import opendata, views

app_name = "jobcount"

urlpatterns = [
    path(_("job-count/"), views.jobcount_page, name="page"),
    path(_("open-data/"), opendata.open_data, name="open_data"),
    path(_("preview/job-count/<int:pk>/"), views.edition_preview, name="preview"),
]
