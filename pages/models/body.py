"""A body (organ): council, group, forum, committee or function."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from governance_blocks.facts import body_facts
from governance_blocks.stream import BodyStreamBlock

from ..panels import GovernanceChecksPanel
from ..queries import public_children, restricted
from ..representation.queries import SEATS_ANCHOR, body_seats, composition_rows
from ..serializers import PublicPageField
from .base import GovernancePage


class BodyLevel(models.TextChoices):
    POLITICAL = "political", _("Political level")
    OFFICIALS = "officials", _("Officials' level")


class BodyRole(models.TextChoices):
    DECIDES = "decides", _("Decides")
    PREPARES = "prepares", _("Prepares")
    ADVISES = "advises", _("Advises")
    COORDINATES = "coordinates", _("Coordinates")


class BodyForm(models.TextChoices):
    JOINT_COMMITTEE = "joint_committee", _("Joint committee (gemensam nämnd)")
    AGREEMENT_BODY = "agreement_body", _("Body within an agreement")
    COUNCIL = "council", _("Council")
    GROUP = "group", _("Group")
    FORUM = "forum", _("Forum")
    NETWORK = "network", _("Network")
    FUNCTION = "function", _("Function")


#: The relations of a body to other bodies on the site.
RELATIONS = ("reports_to", "assignments_from", "oversight_by", "predecessor")


def _body_link(related_name, verbose_name, help_text=""):
    return models.ForeignKey(
        "pages.BodyPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name=related_name,
        verbose_name=verbose_name,
        help_text=help_text,
    )


class BodyPage(GovernancePage):
    is_body = True

    short_name = models.CharField(
        max_length=50,
        blank=True,
        verbose_name=_("short name"),
        help_text=_("e.g. 'SRO'"),
    )
    level = models.CharField(
        max_length=20,
        choices=BodyLevel.choices,
        default=BodyLevel.OFFICIALS,
        verbose_name=_("level"),
    )
    role = models.CharField(
        max_length=20,
        choices=BodyRole.choices,
        default=BodyRole.PREPARES,
        verbose_name=_("role"),
    )
    form = models.CharField(
        max_length=30,
        choices=BodyForm.choices,
        default=BodyForm.GROUP,
        verbose_name=_("form"),
    )
    host_party = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("host party"),
        help_text=_("For a joint committee: the party that is its legal entity."),
    )
    reports_to = _body_link("reporting_bodies", _("reports to"))
    reports_to_other = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("reports to (outside this site)"),
        help_text=_("For example 'Läns-LAKO' when that body has no page here."),
    )
    assignments_from = _body_link("assigned_bodies", _("gets assignments from"))
    assignments_from_other = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("gets assignments from (outside this site)"),
    )
    oversight_by = _body_link(
        "overseen_bodies",
        _("oversight by"),
        _("Audit or supervision; a relation distinct from 'reports to'."),
    )
    convener = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("convener"),
        help_text=_("The party that calls the meetings (kallande part)."),
    )
    secretariat = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("secretariat"),
        help_text=_("Who runs the secretariat, if another organisation does."),
    )
    predecessor = _body_link(
        "successors",
        _("predecessor"),
        _("The body this one replaced or was renamed from."),
    )
    predecessor_other = models.CharField(
        max_length=255, blank=True, verbose_name=_("predecessor (outside this site)")
    )
    content = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("content"))

    content_panels = [
        *GovernancePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("short_name"),
                FieldRowPanel(
                    [FieldPanel("level"), FieldPanel("role"), FieldPanel("form")]
                ),
                FieldPanel("host_party"),
                FieldRowPanel([FieldPanel("convener"), FieldPanel("secretariat")]),
            ],
            heading=_("About the body"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        PageChooserPanel("reports_to", "pages.BodyPage"),
                        FieldPanel("reports_to_other"),
                    ]
                ),
                FieldRowPanel(
                    [
                        PageChooserPanel("assignments_from", "pages.BodyPage"),
                        FieldPanel("assignments_from_other"),
                    ]
                ),
                PageChooserPanel("oversight_by", "pages.BodyPage"),
                FieldRowPanel(
                    [
                        PageChooserPanel("predecessor", "pages.BodyPage"),
                        FieldPanel("predecessor_other"),
                    ]
                ),
            ],
            heading=_("Relations to other bodies"),
        ),
        GovernanceChecksPanel(),
        FieldPanel("content"),
    ]
    search_fields = [
        *GovernancePage.search_fields,
        index.SearchField("short_name", boost=2),
        index.SearchField("content"),
        index.FilterField("level"),
        index.FilterField("role"),
    ]
    api_fields = [
        *GovernancePage.api_fields,
        *(
            APIField(name)
            for name in ("short_name", "level", "role", "form", "host_party")
        ),
        APIField("reports_to", serializer=PublicPageField()),
        APIField("reports_to_other"),
        APIField("assignments_from", serializer=PublicPageField()),
        APIField("assignments_from_other"),
        APIField("oversight_by", serializer=PublicPageField()),
        APIField("predecessor", serializer=PublicPageField()),
        APIField("predecessor_other"),
        APIField("convener"),
        APIField("secretariat"),
        APIField("content"),
    ]

    parent_page_types = [
        "pages.SpecificationPage",
        "pages.RoutinePage",
        "pages.BodyPage",
    ]
    subpage_types = ["pages.BodyPage"]

    class Meta:
        verbose_name = _("body")
        verbose_name_plural = _("bodies")

    def clean(self):
        super().clean()
        errors = {}
        for name in RELATIONS:
            linked_id = getattr(self, f"{name}_id")
            if linked_id and self.pk and linked_id == self.pk:
                errors[name] = _("A body cannot be related to itself.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sub_bodies"] = public_children(self, BodyPage)
        context["relations"] = self.relations()
        context["facts"] = self.governance_facts()
        # Seat holders come from the register as it is now; an earlier version shows
        # none (the register keeps no history, and no name lives in a revision).
        if kwargs.get("version_entry") is None:
            seats = body_seats(self)
            shown = not seats.is_empty()
        else:
            seats, shown = None, bool(composition_rows(self))
        context.update(seats=seats, seats_anchor=SEATS_ANCHOR if shown else "")
        return context

    def governance_facts(self):
        """Seats, quorum and the stated-total check derived from the content."""
        return body_facts(self.content)

    def relations(self, linked=None):
        """[(label, page or None, text)] for the relations stated, in reading order.
        `linked`: {pk: body} of live, public bodies, when the caller has fetched those
        of many bodies at once (linked_bodies)."""
        pairs = [
            (_("Reports to"), "reports_to", self.reports_to_other),
            (
                _("Gets assignments from"),
                "assignments_from",
                self.assignments_from_other,
            ),
            (_("Oversight by"), "oversight_by", ""),
            (_("Predecessor"), "predecessor", self.predecessor_other),
        ]
        if linked is None:
            linked = self.linked_bodies(self.related_body_ids())
        result = []
        for label, name, other in pairs:
            page = linked.get(getattr(self, f"{name}_id"))
            if page or other:
                result.append((label, page, other))
        return result

    def related_body_ids(self):
        """Ids of the bodies this one is related to."""
        ids = (getattr(self, f"{name}_id") for name in RELATIONS)
        return {pk for pk in ids if pk}

    @classmethod
    def linked_bodies(cls, ids):
        """{pk: body} of the live bodies among ids that are not private (one query)."""
        if not ids:
            return {}
        return {
            page.pk: page
            for page in cls.objects.filter(pk__in=ids).live().filter(~restricted())
        }
