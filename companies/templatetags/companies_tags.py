from django import template

register = template.Library()


@register.simple_tag
def companies_with_vacancies():
    """{% companies_with_vacancies as companies %}: published companies that link to
    their vacancies, for the jobs page."""
    from companies.selectors import companies_with_vacancies

    return companies_with_vacancies()


@register.simple_tag
def companies_last_changed():
    """{% companies_last_changed as moment %}: when a published company last
    changed, for the open-data page."""
    from companies.opendata import companies_last_changed

    return companies_last_changed()


@register.simple_tag
def open_vacancy_count():
    """{% open_vacancy_count as count %}: how many vacancies visitors see now."""
    from companies.selectors import open_vacancy_count

    return open_vacancy_count()
