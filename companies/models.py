from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import (
    Illustrated,
    Publishable,
    PublishableQuerySet,
    Reviewed,
    TranslationTracked,
    Versioned,
    rich_text_field,
)


class Term(TranslationTracked, Versioned):
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


CPV_WEIGHTS = (3, 7, 1, 3, 7, 1, 3, 7)


def validate_cpv_codes(value):
    """CPV codes (the EU's Common Procurement Vocabulary) as 12345678-9, separated by
    commas; the check digit is the weighted sum of the eight digits (3, 7, 1, …)
    modulo 10. Only the form is checked: no list of codes is kept here."""
    for code in cpv_code_list(value):
        digits, _dash, check = code.partition("-")
        if not (
            len(digits) == 8
            and digits.isdigit()
            and len(check) == 1
            and check.isdigit()
        ):
            raise ValidationError(
                _("Write each CPV code as 12345678-9 (%(code)s)."),
                params={"code": code},
                code="cpv_format",
            )
        expected = (
            sum(w * int(d) for w, d in zip(CPV_WEIGHTS, digits, strict=True)) % 10
        )
        if int(check) != expected:
            raise ValidationError(
                _("The last digit of CPV code %(code)s is not right: check the code."),
                params={"code": code},
                code="cpv_check_digit",
            )


def cpv_code_list(value):
    return [code.strip() for code in (value or "").split(",") if code.strip()]


class Offering(TranslationTracked, Versioned):
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
    cpv_codes = models.CharField(
        _("CPV codes"),
        max_length=200,
        blank=True,
        validators=[validate_cpv_codes],
        help_text=_(
            "Optional: the codes public buyers use for this in a tender, as "
            "12345678-9, separated by commas. Only codes you looked up."
        ),
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

    def visible(self, now=None):
        """What visitors see (the same question as for pages and projects)."""
        return self.published()

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

    def with_vacancies(self, now=None):
        """With a vacancy link confirmed within CONFIRMATION_MONTHS (core.freshness):
        a stale link is hidden from visitors until the owner confirms it."""
        return self.exclude(vacancies_url="").vacancies_confirmed(now)

    def vacancies_confirmed(self, now=None):
        from core.freshness import confirmation_cutoff

        return self.filter(vacancies_confirmed_at__gte=confirmation_cutoff(now))

    def offerings_confirmed(self, now=None):
        from core.freshness import confirmation_cutoff

        return self.filter(offerings_confirmed_at__gte=confirmation_cutoff(now))

    def vacancies_hidden(self, now=None):
        """Published with a vacancy link that visitors no longer see (not confirmed
        within CONFIRMATION_MONTHS): for the admin's list and dashboard."""
        from core.freshness import confirmation_cutoff

        return (
            self.published()
            .exclude(vacancies_url="")
            .exclude(vacancies_confirmed_at__gte=confirmation_cutoff(now))
        )

    def offerings_hidden(self, now=None):
        """Published with offerings that visitors and buyers no longer see."""
        from core.freshness import confirmation_cutoff

        links = Company.offerings.through.objects.filter(
            company_id=models.OuterRef("pk")
        )
        return (
            self.published()
            .filter(models.Exists(links))
            .exclude(offerings_confirmed_at__gte=confirmation_cutoff(now))
        )

    def for_cards(self):
        return self.prefetch_related("sectors")


kbo_validator = RegexValidator(
    r"^[01]\d{3}\.\d{3}\.\d{3}$",
    _("Write the enterprise number as 0123.456.789."),
)
postcode_validator = RegexValidator(
    r"^\d{4}$", _("A Belgian postcode has four digits.")
)


class Company(TranslationTracked, Reviewed, Versioned, Illustrated):
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
    organisation_type_source = models.CharField(
        _("source of the type"),
        max_length=300,
        blank=True,
        help_text=_(
            "Where the type (the recognition) is stated: a web address or a "
            "document. Shown to buyers only with its source and date."
        ),
    )
    organisation_type_date = models.DateField(
        _("type checked on"), null=True, blank=True
    )
    reserved_contracts = models.BooleanField(
        _("may take part in reserved public contracts"),
        null=True,
        blank=True,
        help_text=_(
            "Whether the company may take part in public contracts reserved for the "
            "social economy. Empty when not known; fill in the source and date."
        ),
    )
    reserved_contracts_source = models.CharField(
        _("source for reserved contracts"), max_length=300, blank=True
    )
    reserved_contracts_date = models.DateField(
        _("reserved contracts checked on"), null=True, blank=True
    )
    delivery_area = models.CharField(
        _("delivery area"),
        max_length=200,
        blank=True,
        help_text=_("Where the company delivers, e.g. “Ghent and the Ghent region”."),
    )
    delivery_area_source = models.CharField(
        _("source of the delivery area"), max_length=300, blank=True
    )
    delivery_area_date = models.DateField(
        _("delivery area checked on"), null=True, blank=True
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
        help_text=_("Optional: the general address, shown on the company's page."),
    )
    quote_email = models.EmailField(
        _("e-mail for quote requests"),
        blank=True,
        help_text=_(
            "Where buyers' requests go. Only with this address (and at least one "
            "offering) does the company's page offer “Ask for a quote”. Fill it in "
            "only when the company gave it for this purpose."
        ),
    )
    quote_phone = models.CharField(
        _("phone for buyers"),
        max_length=30,
        blank=True,
        help_text=_("Optional: a number buyers may call about a quote."),
    )
    quote_contact_role = models.CharField(
        _("contact person for buyers (role)"),
        max_length=120,
        blank=True,
        help_text=_("Optional: the role, not a name, e.g. “sales manager”."),
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
    vacancies_confirmed_at = models.DateTimeField(
        _("vacancy link confirmed on"), default=timezone.now, editable=False
    )
    offerings_confirmed_at = models.DateTimeField(
        _("offerings confirmed on"), default=timezone.now, editable=False
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
                violation_error_code="company_headcount_has_year",
                violation_error_message=_(
                    "Fill in the year of the number of employees too."
                ),
            ),
        ]

    def __str__(self):
        return self.name

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
        errors = {}
        for fact, has_value in (
            ("reserved_contracts", self.reserved_contracts is not None),
            ("delivery_area", bool(self.delivery_area)),
        ):
            if not has_value:
                continue
            if not getattr(self, f"{fact}_source"):
                errors[f"{fact}_source"] = _("Say where this is stated.")
            if not getattr(self, f"{fact}_date"):
                errors[f"{fact}_date"] = _("Say when you checked it.")
        if errors:
            raise ValidationError(errors)

    def buyer_facts(self):
        """What a buyer needs to know, each only with the source and date an editor
        entered: [(label, value, source, date)]."""
        facts = []
        if self.organisation_type and self.organisation_type_source:
            facts.append(
                (
                    _("Recognition"),
                    self.get_organisation_type_display(),
                    self.organisation_type_source,
                    self.organisation_type_date,
                )
            )
        if self.reserved_contracts is not None and self.reserved_contracts_source:
            facts.append(
                (
                    _("Reserved public contracts"),
                    _("may take part")
                    if self.reserved_contracts
                    else _("may not take part"),
                    self.reserved_contracts_source,
                    self.reserved_contracts_date,
                )
            )
        if self.delivery_area and self.delivery_area_source:
            facts.append(
                (
                    _("Delivers in"),
                    self.delivery_area,
                    self.delivery_area_source,
                    self.delivery_area_date,
                )
            )
        return facts

    def is_visible(self):
        return self.published

    def vacancies_visible(self, now=None):
        """Whether visitors see the vacancy link: set and confirmed within
        CONFIRMATION_MONTHS (core.freshness)."""
        from core.freshness import is_confirmed

        return bool(self.vacancies_url) and is_confirmed(
            self.vacancies_confirmed_at, now
        )

    def offerings_visible(self, now=None):
        """Whether visitors and buyers see the offerings (confirmed recently)."""
        from core.freshness import is_confirmed

        return is_confirmed(self.offerings_confirmed_at, now)

    def get_preview_url(self):
        return reverse("companies:preview", kwargs={"pk": self.pk})

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


class _ConfirmationMonths:
    """Vacancy.review_interval_months: CONFIRMATION_MONTHS, read when asked (a
    setting, so tests and deployments can change it)."""

    def __get__(self, obj, owner):
        from core.freshness import confirmation_months

        return confirmation_months()


class VacancyQuerySet(PublishableQuerySet):
    def confirmed(self, on=None):
        """Checked ("nagekeken") within CONFIRMATION_MONTHS: no check is due."""
        from core.freshness import add_months, confirmation_months, today

        cutoff = add_months(on or today(), -confirmation_months())
        return self.filter(reviewed_at__gt=cutoff)

    def visible(self, now=None):
        """What visitors see: published, of a published company, and confirmed
        within CONFIRMATION_MONTHS (else hidden until someone checks it)."""
        now = now or timezone.now()
        return (
            self.published(now)
            .filter(company__published=True)
            .confirmed(timezone.localdate(now))
        )

    def hidden(self, now=None):
        """Published, of a published company, but no longer shown for lack of a
        check: for the owner's list and the admin index."""
        now = now or timezone.now()
        shown = self.confirmed(timezone.localdate(now)).values("pk")
        return self.published(now).filter(company__published=True).exclude(pk__in=shown)

    def in_sectors(self, slugs):
        """Of a company in any of these sectors (a semi-join)."""
        if not slugs:
            return self
        links = Company.sectors.through.objects.filter(
            company_id=models.OuterRef("company_id"), sector__slug__in=slugs
        )
        return self.filter(models.Exists(links))


class Vacancy(Publishable):
    """A job at a company, with a link to the company's or VDAB's own posting.
    Visitors see it while it is checked within CONFIRMATION_MONTHS (the review
    interval of this kind: "Markeer als nagekeken" shows it again)."""

    review_interval_months = _ConfirmationMonths()

    class WorkForm(models.TextChoices):
        CUSTOM_WORK = "custom_work", _("custom work (maatwerk)")
        LOCAL_SERVICES = "local_services", _("local services economy")
        CARE_WORK = "care_work", _("care-oriented work (arbeidszorg)")
        WORK_EXPERIENCE = "work_experience", _("temporary work experience")
        REGULAR = "regular", _("regular job")

    class Hours(models.TextChoices):
        FULL_TIME = "full_time", _("full-time")
        PART_TIME = "part_time", _("part-time")
        EITHER = "either", _("full-time or part-time")

    company = models.ForeignKey(
        "companies.Company",
        verbose_name=_("company"),
        on_delete=models.CASCADE,
        related_name="vacancies",
    )
    title = models.CharField(
        _("job title"),
        max_length=120,
        help_text=_("The name of the job, as a job seeker would say it."),
    )
    description = models.TextField(
        _("short description"),
        max_length=600,
        help_text=_(
            "A few short sentences: what you do, where, and what you need to "
            "start. At most 600 characters."
        ),
    )
    work_form = models.CharField(
        _("work form"),
        max_length=20,
        choices=WorkForm.choices,
        blank=True,
        help_text=_("Optional: leave empty when you do not know."),
    )
    hours = models.CharField(
        _("hours"),
        max_length=20,
        choices=Hours.choices,
        blank=True,
        help_text=_("Optional: leave empty when you do not know."),
    )
    posting_url = models.URLField(
        _("link to the vacancy"),
        help_text=_(
            "The vacancy on the company's own website or on VDAB's: visitors apply "
            "there."
        ),
    )
    posted_on = models.DateField(
        _("posted on"),
        default=timezone.localdate,
        help_text=_("When the company published the vacancy."),
    )

    objects = VacancyQuerySet.as_manager()

    class Meta:
        verbose_name = _("vacancy")
        verbose_name_plural = _("vacancies")
        ordering = ["-posted_on", "title", "pk"]
        indexes = [models.Index(fields=["status", "-posted_on"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.reviewed_at is None:
            # A new vacancy is as checked as it gets.
            self.reviewed_at = timezone.localdate()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("companies:vacancy", kwargs={"pk": self.pk})

    def get_preview_url(self):
        return reverse("companies:vacancy_preview", kwargs={"pk": self.pk})

    def clean(self):
        super().clean()
        if self.posted_on and self.posted_on > timezone.localdate():
            raise ValidationError(
                {"posted_on": _("The vacancy cannot be posted in the future.")}
            )

    @classmethod
    def next_visibility_change(cls, now):
        """When the next vacancy that visitors see now is hidden for lack of a
        check (the start of that day, local time): core.models.next_publication_
        moment, so that cached pages are made anew then."""
        import datetime

        from core.freshness import confirmation_months, first_due_day

        oldest = (
            cls.objects.visible(now)
            .order_by("reviewed_at")
            .values_list("reviewed_at", flat=True)
            .first()
        )
        if oldest is None:
            return None
        day = first_due_day(oldest, confirmation_months())
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))

    def is_visible(self, now=None):
        now = now or timezone.now()
        hidden_from = self.hidden_from()
        return (
            super().is_visible(now)
            and self.company.published
            and hidden_from is not None
            and timezone.localdate(now) < hidden_from
        )

    def hidden_from(self):
        """The day visitors stop seeing it without a new check."""
        from core.freshness import confirmation_months, first_due_day

        if self.reviewed_at is None:
            return None
        return first_due_day(self.reviewed_at, confirmation_months())


class QuoteRequest(Versioned):
    """A buyer's need ("Koop sociaal!"), sent to every published company that offers
    one of its offerings and has a contact for quote requests, and to the city's
    desk; or, asked on one company's page, to that company (and the desk). Deleted
    after 12 months with everything sent about it (purge_quote_requests)."""

    class Status(models.TextChoices):
        NEW = "new", _("new")
        HANDLED = "handled", _("handled")

    class Budget(models.TextChoices):
        UNKNOWN = "", _("not given")
        SMALL = "lt5000", _("under €5,000")
        MEDIUM = "5000-25000", _("€5,000 to €25,000")
        LARGE = "25000-100000", _("€25,000 to €100,000")
        HUGE = "gt100000", _("over €100,000")

    class Outcome(models.TextChoices):
        UNKNOWN = "", _("not known yet")
        BOUGHT = "bought", _("yes, something was bought")
        NOT_BOUGHT = "not_bought", _("no, nothing was bought")
        RUNNING = "running", _("still running")

    company = models.ForeignKey(
        Company,
        verbose_name=_("company asked directly"),
        on_delete=models.CASCADE,
        related_name="quote_requests",
        null=True,
        blank=True,
        help_text=_("Empty when the buyer described a need in the catalogue."),
    )
    offerings = models.ManyToManyField(
        Offering,
        verbose_name=_("offerings"),
        blank=True,
        related_name="quote_requests",
        help_text=_("What the buyer is looking for."),
    )
    name = models.CharField(_("name"), max_length=120)
    organisation = models.CharField(_("organisation"), max_length=160)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    message = models.TextField(_("message"), max_length=5000)
    needed_by = models.DateField(_("needed by"), null=True, blank=True)
    location = models.CharField(_("where in Ghent"), max_length=160, blank=True)
    budget = models.CharField(
        _("budget"), max_length=20, choices=Budget.choices, blank=True, default=""
    )
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
    desk_notes = models.TextField(
        _("notes of the desk"),
        blank=True,
        help_text=_("For the city's desk only; never sent to anyone."),
    )
    outcome = models.CharField(
        _("followed by a purchase"),
        max_length=20,
        choices=Outcome.choices,
        blank=True,
        default="",
        help_text=_("What the buyer answered to the follow-up mail."),
    )
    outcome_at = models.DateTimeField(_("answered on"), null=True, blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("quote request")
        verbose_name_plural = _("quote requests")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(consent=True),
                name="quoterequest_has_consent",
                violation_error_code="quoterequest_has_consent",
                violation_error_message=_(
                    "A request is kept only with the buyer's consent."
                ),
            ),
        ]

    def __str__(self):
        return (
            f"{self.organisation} ({self.created_at:%Y-%m-%d})"
            if self.created_at
            else self.organisation
        )


class QuoteDelivery(models.Model):
    """One mail about a request, with its delivery state: to a company, to the desk,
    to the buyer (the confirmation, and later the follow-up). Mail that fails is
    tried again with a growing pause (send_quote_mails), never lost."""

    class Kind(models.TextChoices):
        COMPANY = "company", _("to a company")
        DESK = "desk", _("to the desk")
        CONFIRMATION = "confirmation", _("confirmation to the buyer")
        FOLLOW_UP = "follow_up", _("follow-up to the buyer")

    class State(models.TextChoices):
        WAITING = "waiting", _("waiting")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    class Answer(models.TextChoices):
        NONE = "", _("no answer yet")
        ANSWERED = "answered", _("we answered the buyer")
        DECLINED = "declined", _("not for us")

    request = models.ForeignKey(
        QuoteRequest,
        verbose_name=_("request"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    company = models.ForeignKey(
        Company,
        verbose_name=_("company"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="quote_deliveries",
    )
    email = models.EmailField(_("sent to"))
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=State.choices,
        default=State.WAITING,
        db_index=True,
    )
    tries = models.PositiveSmallIntegerField(_("tries"), default=0)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    next_try_at = models.DateTimeField(_("next try"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    answer = models.CharField(
        _("answer"), max_length=10, choices=Answer.choices, blank=True, default=""
    )
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)

    class Meta:
        verbose_name = _("mail about a request")
        verbose_name_plural = _("mails about requests")
        ordering = ["request", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["request", "kind", "company"],
                condition=models.Q(company__isnull=False),
                name="quotedelivery_once_per_company",
                violation_error_code="quotedelivery_once_per_company",
                violation_error_message=_(
                    "This request already has this mail for this company."
                ),
            ),
            models.UniqueConstraint(
                fields=["request", "kind"],
                condition=models.Q(company__isnull=True),
                name="quotedelivery_once_per_kind",
                violation_error_code="quotedelivery_once_per_kind",
                violation_error_message=_("This request already has this mail."),
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.email}"
