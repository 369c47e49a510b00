from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class HomePage(models.Model):
    """The home page's own words: one row, edited in the admin in every language."""

    SINGLETON_ID = 1

    title = models.CharField(
        _("title"),
        max_length=120,
        help_text=_("The main heading of the home page. Keep it short and plain."),
    )
    intro = models.TextField(
        _("introduction"),
        help_text=_(
            "One or two short paragraphs that say what the social economy is. "
            "Leave an empty line between paragraphs."
        ),
    )
    key_figure = models.CharField(
        _("key figure"),
        max_length=40,
        help_text=_('The figure shown large, with its wording, e.g. "zo\'n 1400".'),
    )
    key_figure_label = models.CharField(
        _("key figure label"),
        max_length=200,
        help_text=_("What the figure counts, as it reads after the figure."),
    )
    key_figure_source = models.CharField(
        _("source of the key figure"),
        max_length=200,
        help_text=_("Who published the figure, and when if known."),
    )
    key_figure_source_url = models.URLField(
        _("link to the source"),
        blank=True,
        help_text=_("Optional: the web page where the figure was published."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home page")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(id=1), name="homepage_single_row"
            ),
        ]

    def __str__(self):
        return str(_("Home page"))

    def save(self, *args, **kwargs):
        self.pk = self.SINGLETON_ID
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("pages:home")

    @classmethod
    def load(cls):
        """The home page's row, or None before any content was entered."""
        return cls.objects.filter(pk=cls.SINGLETON_ID).first()
