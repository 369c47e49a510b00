from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pages.models import Illustrated, rich_text_field


class Term(models.Model):
    """A translated name with a stable code and an order (sectors, categories)."""

    name = models.CharField(_("name"), max_length=80, help_text=_("Short and plain."))
    slug = models.SlugField(
        _("code in the address"),
        max_length=80,
        unique=True,
        help_text=_("Used in filter addresses; lower case and hyphens. Do not change."),
    )
    order = models.PositiveIntegerField(
        _("order"), default=100, help_text=_("Lower numbers come first.")
    )

    class Meta:
        abstract = True
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Sector(Term):
    """A domain companies are active in (horeca en voeding, bouw en renovatie, …)."""

    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class OfferingCategory(Term):
    """A group of offerings in the "Koop sociaal!" catalogue."""

    class Meta(Term.Meta):
        verbose_name = _("offering category")
        verbose_name_plural = _("offering categories")


class Offering(models.Model):
    """Something a buyer can purchase from social-economy companies."""

    category = models.ForeignKey(
        OfferingCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="offerings",
        help_text=_("The group this offering is shown in."),
    )
    name = models.CharField(_("name"), max_length=80, help_text=_("Short and plain."))
    slug = models.SlugField(
        _("code in the address"),
        max_length=80,
        unique=True,
        help_text=_("Used in filter addresses; lower case and hyphens. Do not change."),
    )

    class Meta:
        verbose_name = _("offering")
        verbose_name_plural = _("offerings")
        ordering = ["category__order", "name"]

    def __str__(self):
        return self.name


class CompanyQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def in_sectors(self, slugs):
        """In any of these sectors (each company once: a semi-join, not a join)."""
        if not slugs:
            return self
        links = Company.sectors.through.objects.filter(
            company_id=models.OuterRef("pk"), sector__slug__in=slugs
        )
        return self.filter(models.Exists(links))

    def offering(self, slugs):
        """Delivering any of these offerings (each company once)."""
        if not slugs:
            return self
        links = Company.offerings.through.objects.filter(
            company_id=models.OuterRef("pk"), offering__slug__in=slugs
        )
        return self.filter(models.Exists(links))

    def of_types(self, types):
        return self.filter(organisation_type__in=types) if types else self

    def with_vacancies(self):
        return self.exclude(vacancies_url="")

    def for_cards(self):
        return self.prefetch_related("sectors")


kbo_validator = RegexValidator(
    r"^[01]\d{3}\.\d{3}\.\d{3}$",
    _("Write the enterprise number as 0123.456.789."),
)
postcode_validator = RegexValidator(
    r"^\d{4}$", _("A Belgian postcode has four digits.")
)


class Company(Illustrated):
    """A company or organisation of Ghent's social economy."""

    upload_folder = "logos"

    class OrganisationType(models.TextChoices):
        CUSTOM_WORK = "custom_work", _("custom work company (maatwerkbedrijf)")
        LOCAL_SERVICES = "local_services", _("local services economy")
        CARE_WORK = "care_work", _("care-oriented work (arbeidszorg)")
        TEMPORARY_WORK_EXPERIENCE = (
            "temporary_work_experience",
            _("temporary work experience"),
        )
        COMMUNITY_DEVELOPMENT = "community_development", _("community development")
        CITY = "city", _("City or Public Centre for Social Welfare (OCMW) of Ghent")
        OTHER = "other", _("other")

    name = models.CharField(
        _("name"), max_length=120, help_text=_("The name the company is known by.")
    )
    slug = models.SlugField(
        _("address"),
        max_length=80,
        unique=True,
        help_text=_(
            "The last part of the company's address, the same in every language: "
            "lower case, digits and hyphens."
        ),
    )
    short_description = models.CharField(
        _("short description"),
        max_length=200,
        help_text=_("One plain sentence: what the company does. Shown in lists."),
    )
    long_description = rich_text_field(
        _("description"),
        _("More about the company: what it makes or does, for whom, and how."),
    )
    sectors = models.ManyToManyField(
        Sector,
        verbose_name=_("sectors"),
        blank=True,
        related_name="companies",
        help_text=_("The domains the company works in."),
    )
    offerings = models.ManyToManyField(
        Offering,
        verbose_name=_("offerings"),
        blank=True,
        related_name="companies",
        help_text=_("What buyers can purchase from the company (Koop sociaal!)."),
    )
    organisation_type = models.CharField(
        _("type of organisation"),
        max_length=30,
        choices=OrganisationType.choices,
        blank=True,
        db_index=True,
        help_text=_("Leave empty when not known for sure."),
    )
    street = models.CharField(
        _("street and number"), max_length=120, blank=True, help_text=_("Optional.")
    )
    postcode = models.CharField(
        _("postcode"),
        max_length=4,
        blank=True,
        validators=[postcode_validator],
        help_text=_("Optional."),
    )
    municipality = models.CharField(
        _("municipality"), max_length=80, blank=True, help_text=_("Optional.")
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Optional, e.g. 51.054340. Used for the map link."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Optional, e.g. 3.717424."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        help_text=_("Optional, e.g. 09 123 45 67."),
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("Optional. Quote requests are also sent to this address."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("Optional."))
    vacancies_url = models.URLField(
        _("vacancies page"),
        blank=True,
        help_text=_("Optional: the page where the company publishes its vacancies."),
    )
    kbo_number = models.CharField(
        _("enterprise number (KBO)"),
        max_length=12,
        blank=True,
        validators=[kbo_validator],
        help_text=_("Optional, as 0123.456.789."),
    )
    headcount = models.PositiveIntegerField(
        _("number of people working there"),
        null=True,
        blank=True,
        help_text=_("Optional; fill in the year of the figure too."),
    )
    headcount_year = models.PositiveIntegerField(
        _("year of that number"), null=True, blank=True, help_text=_("e.g. 2024.")
    )
    published = models.BooleanField(
        _("published"),
        default=True,
        db_index=True,
        help_text=_("Only published companies are shown on the site."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = CompanyQuerySet.as_manager()

    class Meta:
        verbose_name = _("company")
        verbose_name_plural = _("companies")
        ordering = ["name"]
        indexes = [
            # The directory, the catalogue and the open data list published
            # companies by name.
            models.Index(
                fields=["name", "id"],
                condition=models.Q(published=True),
                name="company_published_by_name",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(headcount__isnull=True)
                | models.Q(headcount_year__isnull=False),
                name="company_headcount_has_year",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        from gentse_se.html import sanitize_html

        for code, _name in settings.LANGUAGES:
            field = f"long_description_{code}"
            setattr(self, field, sanitize_html(getattr(self, field, "")))
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("companies:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.headcount is not None and not self.headcount_year:
            raise ValidationError(
                {"headcount_year": _("Say which year the number of people is from.")}
            )
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {"longitude": _("Fill in both latitude and longitude, or neither.")}
            )

    def is_visible(self):
        return self.published

    def get_preview_url(self):
        return self.get_absolute_url()

    def has_language(self, code):
        return bool(getattr(self, f"short_description_{code}", ""))

    def languages(self):
        return [code for code, _name in settings.LANGUAGES if self.has_language(code)]

    @property
    def has_address(self):
        return bool(self.street or self.postcode or self.municipality)

    @property
    def map_url(self):
        """The location on OpenStreetMap: by coordinates, else by address."""
        if self.latitude is not None and self.longitude is not None:
            return f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}#map=18/{self.latitude}/{self.longitude}"
        if self.has_address:
            from urllib.parse import urlencode

            query = ", ".join(
                part
                for part in [
                    self.street,
                    f"{self.postcode} {self.municipality}".strip(),
                ]
                if part
            )
            return "https://www.openstreetmap.org/search?" + urlencode({"query": query})
        return ""

    @property
    def phone_href(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        if digits.startswith("0"):
            digits = "+32" + digits[1:]
        return f"tel:{digits}" if digits else ""


class QuoteRequest(models.Model):
    """A buyer's request for a quote, kept until handled and then at most 12 months."""

    class Status(models.TextChoices):
        NEW = "new", _("new")
        HANDLED = "handled", _("handled")

    company = models.ForeignKey(
        Company,
        verbose_name=_("company"),
        on_delete=models.CASCADE,
        related_name="quote_requests",
    )
    name = models.CharField(_("name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=160)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    message = models.TextField(_("message"), max_length=5000)
    consent = models.BooleanField(_("consent"))
    language = models.CharField(_("language"), max_length=5, default="nl")
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
        help_text=_("Set to handled once the request was answered."),
    )
    mailed = models.BooleanField(
        _("mailed"),
        default=False,
        help_text=_("Whether the e-mail to the company and the desk went out."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("quote request")
        verbose_name_plural = _("quote requests")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(consent=True), name="quoterequest_has_consent"
            ),
        ]

    def __str__(self):
        return f"{self.organisation} → {self.company}"
