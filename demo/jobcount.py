"""Demo job count; idempotent (an edition that exists is never touched)."""

from decimal import Decimal

from demo import jobcount_content as demo_content
from jobcount.models import Edition, Figure


def jobcount_load(examples: bool = False) -> int:
    from demo.pages import fields_of

    created = 0
    if not Edition.objects.filter(year=demo_content.EDITION_2019["year"]).exists():
        edition = Edition(**fields_of(demo_content.EDITION_2019), status="published")
        edition.full_clean()
        edition.save()
        created += 1
    if examples:
        for year, rows in demo_content.EXAMPLE_EDITIONS.items():
            if Edition.objects.filter(year=year).exists():
                continue
            edition = Edition(
                year=year,
                status="published",
                is_example=True,
                **fields_of({"note": demo_content.EXAMPLE_NOTE}),
            )
            edition.full_clean()
            edition.save()
            Figure.objects.bulk_create(
                Figure(
                    edition=edition,
                    organisation=name,
                    work_form=work_form,
                    people=people,
                    target_group=target,
                    fte=Decimal(fte) if fte else None,
                )
                for name, work_form, people, target, fte in rows
            )
            created += 1
    return created
