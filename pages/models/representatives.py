"""The register of representatives: who holds which seat in which body, for which
member organisation, from when to when.

The register is kept apart from the pages: no page field or revision holds a name.
Body pages and the exports read it at request time, so deleting a person, or no
longer marking their name as public, takes the name off every public page at once,
earlier versions included. Persons are not in the search index, and they have no
revisions of their own."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class MemberOrganisationKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    REGION = "region", _("Region administration")
    PROVIDER_ASSOCIATION = "provider_association", _("Private provider association")
    OTHER = "other", _("Other")


class AppointmentRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice chair")
    MEMBER = "member", _("Member")
    DEPUTY = "deputy", _("Deputy")
    SECRETARY = "secretary", _("Secretary")
    CO_OPTED = "co_opted", _("Co-opted")


#: Roles that fill a member's seat in the composition; deputies fill deputy seats;
#: secretaries and co-opted participants hold no seat.
MEMBER_SEAT_ROLES = (
    AppointmentRole.CHAIR,
    AppointmentRole.VICE_CHAIR,
    AppointmentRole.MEMBER,
)
DEPUTY_SEAT_ROLES = (AppointmentRole.DEPUTY,)


class MemberOrganisation(models.Model):
    """A principal or other party that appoints representatives: a municipality, a
    region's administration, an association of private providers."""

    name = models.CharField(max_length=255, verbose_name=_("name"))
    slug = models.SlugField(
        max_length=100,
        unique=True,
        allow_unicode=False,
        verbose_name=_("slug"),
        help_text=_(
            "Part of the address of the page 'where we are represented'; keep it "
            "unchanged once published. Leave empty to derive it from the name."
        ),
        blank=True,
    )
    kind = models.CharField(
        max_length=30,
        choices=MemberOrganisationKind.choices,
        default=MemberOrganisationKind.MUNICIPALITY,
        verbose_name=_("kind"),
    )
    organisations = models.ManyToManyField(
        "pages.OrganisationPage",
        related_name="member_organisations",
        verbose_name=_("collaboration organisations"),
        help_text=_("The collaborations this organisation is a member of."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(
                self.name.translate(str.maketrans("åäöÅÄÖéÉüÜ", "aaoAAOeEuU"))
            )[:100]
        super().save(*args, **kwargs)


class Person(models.Model):
    """A representative. The name is public only when marked so; contact details
    are for the editors and never public."""

    name = models.CharField(max_length=255, verbose_name=_("name"))
    name_is_public = models.BooleanField(
        default=False,
        verbose_name=_("name is public"),
        help_text=_(
            "Only with the person's consent. Otherwise readers see 'Name not "
            "published' and the organisation represented."
        ),
    )
    organisation = models.ForeignKey(
        "pages.OrganisationPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("collaboration organisation"),
        help_text=_("The collaboration whose editors keep this record."),
    )
    email = models.EmailField(blank=True, verbose_name=_("email (not public)"))
    phone = models.CharField(
        max_length=50, blank=True, verbose_name=_("phone (not public)")
    )
    note = models.TextField(blank=True, verbose_name=_("note (not public)"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("persons")

    def __str__(self):
        return self.name


class AppointmentQuerySet(models.QuerySet):
    def current(self, on=None):
        """Appointments whose term has begun and not ended on `on` (today)."""
        on = on or timezone.localdate()
        return self.filter(
            models.Q(term_from__isnull=True) | models.Q(term_from__lte=on),
            models.Q(term_to__isnull=True) | models.Q(term_to__gte=on),
        )


class Appointment(models.Model):
    """A seat held: a person representing a member organisation in a body."""

    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        related_name="appointments",
        verbose_name=_("person"),
    )
    member_organisation = models.ForeignKey(
        MemberOrganisation,
        on_delete=models.CASCADE,
        related_name="appointments",
        verbose_name=_("member organisation represented"),
    )
    body = models.ForeignKey(
        "pages.BodyPage",
        on_delete=models.CASCADE,
        related_name="appointments",
        verbose_name=_("body"),
    )
    role = models.CharField(
        max_length=20,
        choices=AppointmentRole.choices,
        default=AppointmentRole.MEMBER,
        verbose_name=_("role"),
    )
    party = models.CharField(
        max_length=100,
        blank=True,
        verbose_name=_("party"),
        help_text=_(
            "As in the body's composition table (e.g. 'VGR', 'VGK'): the seat is "
            "counted against that party's rows."
        ),
    )
    seat_group = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("representative group"),
        help_text=_(
            "Optional: the composition row's representative group, word for word, "
            "when the party has several rows."
        ),
    )
    term_from = models.DateField(null=True, blank=True, verbose_name=_("term from"))
    term_to = models.DateField(null=True, blank=True, verbose_name=_("term to"))

    objects = AppointmentQuerySet.as_manager()

    class Meta:
        ordering = ["body__path", "role", "term_from", "pk"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        indexes = [models.Index(fields=["term_to"])]

    def __str__(self):
        return f"{self.person} – {self.get_role_display()}, {self.body}"

    def clean(self):
        super().clean()
        if self.term_from and self.term_to and self.term_to < self.term_from:
            raise ValidationError(
                {"term_to": _("The term cannot end before it begins.")}
            )

    def fills_member_seat(self):
        return self.role in MEMBER_SEAT_ROLES

    def fills_deputy_seat(self):
        return self.role in DEPUTY_SEAT_ROLES
