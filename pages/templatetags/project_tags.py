"""{{ project|project_period }}: when a project ran, only as precise as its source.

The start shows as precise as `start_precision` says: the day ("1 juli 2019"), the
month ("juli 2019"), the year ("2017") or early/mid/late in the year ("begin 2017"; the
editors enter January, May or September, and any month of the first, second or last
third of the year reads the same way). Without an end date, the project is said to be
running or ended only when `running` says so ("yes" or "no"): "unknown" adds nothing,
so a missing end date is never shown as "still running". Works before the fields
exist too: the precision then counts as "day" and the running status as "unknown".
"""

from django import template
from django.utils import formats
from django.utils.translation import gettext as _

register = template.Library()


def _start(project) -> str:
    date = project.start_date
    precision = getattr(project, "start_precision", "day") or "day"
    if precision == "year":
        return str(date.year)
    if precision == "season":
        if date.month <= 4:
            text = _("early %(year)s")
        elif date.month <= 8:
            text = _("mid %(year)s")
        else:
            text = _("late %(year)s")
        return text % {"year": date.year}
    if precision == "month":
        return formats.date_format(date, "F Y")
    return formats.date_format(date, "j F Y")


@register.filter
def project_period(project) -> str:
    if project is None or not getattr(project, "start_date", None):
        return ""
    parts = [_("Start: %(start)s") % {"start": _start(project)}]
    end = getattr(project, "end_date", None)
    if end:
        parts.append(_("End: %(end)s") % {"end": formats.date_format(end, "j F Y")})
    else:
        running = getattr(project, "running", "unknown") or "unknown"
        if running == "yes":
            parts.append(_("still running"))
        elif running == "no":
            parts.append(_("has ended"))
    return " · ".join(parts)
