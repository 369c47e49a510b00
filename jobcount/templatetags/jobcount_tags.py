from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def qualified(value, qualifier="exact"):
    """2000, "more_than" → "meer dan 2.000" in the active language."""
    if value is None:
        return ""
    number = number_format(value, force_grouping=True)
    wording = {
        "more_than": _("more than %(number)s"),
        "almost": _("almost %(number)s"),
        "about": _("about %(number)s"),
    }.get(qualifier)
    return wording % {"number": number} if wording else number


@register.simple_tag
def latest_job_count():
    """{% latest_job_count as job_count %}: the latest published edition and its
    totals ({"edition": …, "totals": …}), for the home page and the jobs page."""
    from jobcount.selectors import latest_totals

    edition, totals = latest_totals()
    return {"edition": edition, "totals": totals}
