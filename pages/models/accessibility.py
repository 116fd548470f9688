"""The accessibility statement (tillgänglighetsredogörelse) that Swedish public bodies
must publish under the law on accessibility of digital public services (DOS-lagen),
laid out after the model of the Agency for Digital Government (DIGG)."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from .base import INTRO_FEATURES, GovernancePage

#: Where readers report a public body that does not answer them (DIGG's form).
DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan"


#: The texts a new statement starts from (editors change them).
KNOWN_ISSUES = _(
    "<p>Older governing documents in the document library are PDF files that are "
    "not fully accessible, for example to screen readers. Contact us if you need a "
    "document in another format.</p>"
)
TESTING_METHOD = _(
    "<p>We have assessed the website ourselves. Every page type is checked "
    "automatically against WCAG 2.1 level AA with axe-core in a web browser, and "
    "used with the keyboard alone, on a 320 pixel wide screen and at 200 percent "
    "zoom.</p>"
)


def _in_site_language(text):
    """`text` in the site's default language (Swedish): the default a new statement
    starts from, whatever language the editor's admin is in."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(text)


def default_known_issues():
    return _in_site_language(KNOWN_ISSUES)


def default_testing_method():
    return _in_site_language(TESTING_METHOD)


class Compliance(models.TextChoices):
    FULL = "full", _("Fully compliant")
    PARTIAL = "partial", _("Partially compliant")
    NONE = "none", _("Not compliant")


class AccessibilityStatementPage(GovernancePage):
    """How accessible the site is, what is known not to work, how to report it and
    whom to turn to (DIGG), and how and when the site was tested."""

    compliance = models.CharField(
        max_length=10,
        choices=Compliance.choices,
        default=Compliance.PARTIAL,
        verbose_name=_("compliance with the law"),
        help_text=_(
            "Fully compliant only when the site meets every WCAG 2.1 AA criterion."
        ),
    )
    known_issues = RichTextField(
        blank=True,
        features=INTRO_FEATURES,
        default=default_known_issues,
        verbose_name=_("content that is not accessible"),
        help_text=_(
            "Each known shortcoming: what does not work, for whom, and when it will "
            "be fixed."
        ),
    )
    contact_email = models.EmailField(
        verbose_name=_("contact email"),
        help_text=_("Where readers ask for content in another form or report faults."),
    )
    contact_phone = models.CharField(
        max_length=40, blank=True, verbose_name=_("contact telephone")
    )
    response_time = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("response time"),
        help_text=_("For example 'We usually answer within two working days.'"),
    )
    enforcement_url = models.URLField(
        default=DIGG_REPORT_URL,
        verbose_name=_("address for complaints to DIGG"),
        help_text=_("The Agency for Digital Government's form for reporting."),
    )
    testing_method = RichTextField(
        blank=True,
        features=INTRO_FEATURES,
        default=default_testing_method,
        verbose_name=_("how the website was tested"),
    )
    tested_on = models.DateField(
        default=datetime.date.today,
        verbose_name=_("tested on"),
        help_text=_("The date of the latest assessment."),
    )

    content_panels = [
        *GovernancePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("compliance"), FieldPanel("known_issues")],
            heading=_("How accessible the website is"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("response_time"),
                FieldPanel("enforcement_url"),
            ],
            heading=_("Contact and enforcement"),
        ),
        MultiFieldPanel(
            [FieldPanel("testing_method"), FieldPanel("tested_on")],
            heading=_("Testing"),
        ),
    ]
    search_fields = [*GovernancePage.search_fields, index.SearchField("known_issues")]

    parent_page_types = ["pages.HomePage", "pages.OrganisationPage"]
    subpage_types = []
    stream_field_name = None

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    def table_of_contents(self):
        sections = [
            ("tillganglighet", _("How accessible is the website?")),
            ("om-du-inte-kan-anvanda", _("If you cannot use parts of the website")),
            ("rapportera-brister", _("Report accessibility problems")),
            ("tillsyn", _("Enforcement")),
            ("teknisk-information", _("Technical information")),
        ]
        if self.known_issues:
            sections.append(("brister", _("Content that is not accessible")))
        sections.append(("hur-vi-testat", _("How we tested the website")))
        return sections
