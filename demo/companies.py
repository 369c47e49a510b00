"""Demo directory: the organisations the seed names, with high-confidence facts only.
Idempotent: what exists (by slug) is never touched."""

from companies.models import Company, Offering, OfferingCategory, Sector


def _fields(item, skip=()):
    from demo.pages import fields_of

    return fields_of(item, skip=skip)


def companies_load() -> int:
    try:
        from demo import companies_content as demo_content
    except ImportError:  # pragma: no cover - the data module is part of the repo
        return 0
    created = 0
    for item in demo_content.SECTORS:
        _, made = Sector.objects.get_or_create(
            slug=item["slug"], defaults=_fields(item, skip=("slug",))
        )
        created += made
    for order, item in enumerate(demo_content.CATEGORIES):
        _, made = OfferingCategory.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "order": item.get("order", order),
                **_fields(item, ("slug", "order")),
            },
        )
        created += made
    categories = {c.slug: c for c in OfferingCategory.objects.all()}
    for item in demo_content.OFFERINGS:
        if item["category"] not in categories:
            continue
        _, made = Offering.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "category": categories[item["category"]],
                **_fields(item, ("slug", "category")),
            },
        )
        created += made
    for item in demo_content.COMPANIES:
        if Company.objects.filter(slug=item["slug"]).exists():
            continue
        company = Company(**_fields(item, skip=("sectors", "offerings")))
        company.full_clean()
        company.save()
        company.sectors.set(Sector.objects.filter(slug__in=item["sectors"]))
        company.offerings.set(Offering.objects.filter(slug__in=item["offerings"]))
        created += 1
    return created
