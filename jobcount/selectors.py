from collections import defaultdict

from django.db.models import Prefetch

from jobcount.models import Edition, Figure, WorkForm


def editions_published():
    """Published editions, oldest first, with their figures (two queries)."""
    return list(
        Edition.objects.published()
        .prefetch_related(Prefetch("figures", queryset=Figure.objects.order_by("pk")))
        .order_by("year")
    )


def latest_totals():
    """The latest published edition and its totals, or (None, None)."""
    edition = Edition.objects.published().order_by("-year").first()
    if edition is None:
        return None, None
    return edition, edition.totals()


def by_work_form(figures):
    sums = defaultdict(lambda: [0, 0])
    for figure in figures:
        sums[figure.work_form][0] += figure.people
        sums[figure.work_form][1] += figure.target_group
    return [
        (label, sums[value][0], sums[value][1])
        for value, label in WorkForm.choices
        if value in sums
    ]


def by_organisation(figures):
    sums = defaultdict(lambda: [0, 0])
    for figure in figures:
        sums[figure.organisation][0] += figure.people
        sums[figure.organisation][1] += figure.target_group
    return sorted(
        ((name, people, target) for name, (people, target) in sums.items()),
        key=lambda row: (-row[1], row[0]),
    )
