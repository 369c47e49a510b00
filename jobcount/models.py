"""The banenmeting (job count): editions with figures per organisation and work form.

Totals are computed from the figures, never typed twice. An edition for which only
published headline totals exist (the 2019 count, say) keeps those, with their wording
("more than", "almost"), and has no figure rows."""

from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _

from core.models import Publishable, Versioned
from core.uploads import validate_pdf


class WorkForm(models.TextChoices):
    CUSTOM_WORK = "maatwerk", _("custom work (maatwerk)")
    LOCAL_SERVICES = "lde", _("local services economy")
    CARE_WORK = "arbeidszorg", _("care-oriented work (arbeidszorg)")
    TEMPORARY_WORK_EXPERIENCE = "twe", _("temporary work experience")
    OTHER = "other", _("other")


class Qualifier(models.TextChoices):
    EXACT = "exact", _("exactly")
    MORE_THAN = "more_than", _("more than")
    ALMOST = "almost", _("almost")
    ABOUT = "about", _("about")


class Edition(Publishable):
    year = models.PositiveIntegerField(
        _("year"), unique=True, help_text=_("The year the count is about.")
    )
    reference_date = models.DateField(
        _("reference date"),
        null=True,
        blank=True,
        help_text=_("Optional: the day the count refers to."),
    )
    publication_date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Optional: when the results were published."),
    )
    note = models.TextField(
        _("method and source"),
        blank=True,
        help_text=_("How the count was made and where the figures come from."),
    )
    source_url = models.URLField(
        _("source"),
        blank=True,
        help_text=_("Optional: the page where it was published."),
    )
    report = models.FileField(
        _("report (PDF)"),
        upload_to="jobcount/",
        blank=True,
        validators=[FileExtensionValidator(["pdf"]), validate_pdf],
        help_text=_("Optional: the full report as a PDF."),
    )
    is_example = models.BooleanField(
        _("example figures"),
        default=False,
        help_text=_("Demo figures, not real: shown as 'voorbeeldcijfers' everywhere."),
    )
    headline_people = models.PositiveIntegerField(
        _("published total: people"),
        null=True,
        blank=True,
        help_text=_(
            "Only for an edition without figures per organisation: the total as it was "
            "published."
        ),
    )
    headline_people_qualifier = models.CharField(
        _("wording of that total"),
        max_length=10,
        choices=Qualifier.choices,
        default=Qualifier.EXACT,
    )
    headline_target_group = models.PositiveIntegerField(
        _("published total: target-group employees"), null=True, blank=True
    )
    headline_target_group_qualifier = models.CharField(
        _("wording of that total"),
        max_length=10,
        choices=Qualifier.choices,
        default=Qualifier.EXACT,
    )

    class Meta:
        verbose_name = _("job count edition")
        verbose_name_plural = _("job count editions")
        ordering = ["-year"]

    def __str__(self):
        return str(self.year)

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("jobcount:page")

    def get_preview_url(self):
        from django.urls import reverse

        return reverse("jobcount:preview", kwargs={"pk": self.pk})

    def has_language(self, code):
        return True

    def totals(self, figures=None):
        """People, target-group employees and FTE: computed from the figures, or the
        published headline totals when the edition has no figures."""
        figures = self.figures.all() if figures is None else figures
        if isinstance(figures, models.QuerySet):
            sums = figures.aggregate(
                people=Sum("people"), target_group=Sum("target_group"), fte=Sum("fte")
            )
        else:
            sums = {
                "people": sum(f.people for f in figures) if figures else None,
                "target_group": sum(f.target_group for f in figures)
                if figures
                else None,
                "fte": (
                    sum(f.fte for f in figures if f.fte is not None)
                    if any(f.fte is not None for f in figures)
                    else None
                ),
            }
        if sums["people"] is None:
            return {
                "people": self.headline_people,
                "people_qualifier": self.headline_people_qualifier,
                "target_group": self.headline_target_group,
                "target_group_qualifier": self.headline_target_group_qualifier,
                "fte": None,
                "computed": False,
            }
        return {
            **sums,
            "people_qualifier": Qualifier.EXACT,
            "target_group_qualifier": Qualifier.EXACT,
            "computed": True,
        }

    def clean(self):
        super().clean()
        if (
            self.headline_people is not None
            and self.headline_target_group is not None
            and self.headline_target_group > self.headline_people
        ):
            raise ValidationError(
                {
                    "headline_target_group": _(
                        "Cannot be more than the number of people."
                    )
                }
            )


class Figure(Versioned):
    edition = models.ForeignKey(
        Edition,
        on_delete=models.CASCADE,
        related_name="figures",
        verbose_name=_("edition"),
    )
    organisation = models.CharField(
        _("organisation"), max_length=160, help_text=_("As named in the count.")
    )
    company = models.ForeignKey(
        "companies.Company",
        verbose_name=_("company in the directory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="job_figures",
    )
    work_form = models.CharField(
        _("work form"), max_length=20, choices=WorkForm.choices
    )
    people = models.PositiveIntegerField(_("people employed"))
    target_group = models.PositiveIntegerField(_("of whom target-group employees"))
    fte = models.DecimalField(
        _("full-time equivalents"),
        max_digits=8,
        decimal_places=1,
        null=True,
        blank=True,
    )

    class Meta:
        verbose_name = _("figure")
        verbose_name_plural = _("figures")
        ordering = ["organisation", "work_form"]
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "organisation", "work_form"],
                name="figure_one_row_per_organisation_and_work_form",
                violation_error_code="figure_one_row_per_organisation_and_work_form",
                violation_error_message=_(
                    "This edition already has a figure for this organisation and "
                    "work form: change that one."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(target_group__lte=models.F("people")),
                name="figure_target_group_within_people",
                violation_error_code="figure_target_group_within_people",
                violation_error_message=_(
                    "The target-group employees cannot be more than the people "
                    "employed."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.organisation} ({self.get_work_form_display()})"
