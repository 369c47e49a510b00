from modeltranslation.translator import TranslationOptions, register

from companies.models import Company, Offering, OfferingCategory, Sector, Vacancy


@register(Sector)
class SectorTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nl",)


@register(OfferingCategory)
class OfferingCategoryTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nl",)


@register(Offering)
class OfferingTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("nl",)


@register(Company)
class CompanyTranslationOptions(TranslationOptions):
    fields = ("short_description", "long_description", "image_alt")
    required_languages = {"nl": ("short_description",), "default": ()}


@register(Vacancy)
class VacancyTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = ("nl",)
