from modeltranslation.translator import TranslationOptions, register

from pages.models import HomePage, Page, Project


@register(HomePage)
class HomePageTranslationOptions(TranslationOptions):
    fields = ("title", "intro", "key_figure", "key_figure_label", "key_figure_source")
    required_languages = ("nl",)


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "meta_description", "image_alt")
    required_languages = {"nl": ("title", "slug"), "default": ()}


@register(Project)
class ProjectTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body", "image_alt")
    required_languages = {"nl": ("title", "slug"), "default": ()}
