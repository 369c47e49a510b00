from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.preview import no_store, preview_context, preview_urls
from core.sections import section_page
from jobcount import charts, selectors
from jobcount.models import Edition
from jobcount.templatetags.jobcount_tags import qualified


@require_safe
def jobcount_page(request):
    context = {
        **_figures(),
        "breadcrumbs": [{"title": _("Job count"), "url": request.path}],
    }
    return render(request, "jobcount/jobcount.html", context)


def render_edition_preview(request, edition, urls, unsaved=False):
    """The job-count page as visitors would see it with this edition published (a
    draft, or core.preview's unsaved form), for staff; urls: the preview in every
    language."""
    context = {
        **_figures(edition),
        **preview_context(urls, unsaved),
        "edition": edition,
        "breadcrumbs": [{"title": _("Job count"), "url": request.path}],
    }
    return no_store(render(request, "jobcount/jobcount.html", context))


@never_cache
@staff_member_required
@require_safe
def edition_preview(request, pk):
    edition = get_object_or_404(Edition, pk=pk)
    urls = preview_urls("jobcount:preview", pk=edition.pk)
    return render_edition_preview(request, edition, urls)


def _figures(edition=None):
    """Everything the page shows but the breadcrumb: the same for every visitor;
    with an edition, as if it were published too."""
    editions = selectors.editions_published()
    if edition is not None:
        editions = sorted(
            [e for e in editions if e.pk != edition.pk] + [edition],
            key=lambda e: e.year,
        )
    latest = editions[-1] if editions else None
    context = {
        "intro": section_page("job_count"),
        "editions": editions,
        "latest": latest,
        "examples": any(edition.is_example for edition in editions),
    }
    series = [_("people employed"), _("of whom target-group employees")]
    if latest is not None:
        figures = list(latest.figures.all())
        context["totals"] = latest.totals(figures)
        trend = [
            (edition, edition.totals(list(edition.figures.all())))
            for edition in editions
        ]
        context["trend_rows"] = trend
        context["trend_chart"] = charts.bar_chart(
            [
                (
                    str(e.year),
                    [
                        (t["people"], qualified(t["people"], t["people_qualifier"])),
                        (
                            t["target_group"],
                            qualified(t["target_group"], t["target_group_qualifier"]),
                        ),
                    ],
                )
                for e, t in trend
            ],
            series,
        )
        if figures:
            work_forms = selectors.by_work_form(figures)
            organisations = selectors.by_organisation(figures)
            context["work_form_rows"] = work_forms
            context["work_form_chart"] = charts.bar_chart(
                [(label, [p, t]) for label, p, t in work_forms], series
            )
            context["organisation_rows"] = organisations
            context["organisation_chart"] = charts.bar_chart(
                [(name, [p, t]) for name, p, t in organisations], series
            )
    return context
