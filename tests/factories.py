"""Factories for page trees: each test builds only the pages it needs."""

import factory
import wagtail_factories
from wagtail.models import Page, Site

from pages.models import (
    AccessibilityStatementPage,
    BodyPage,
    GlossaryPage,
    GuidancePage,
    HomePage,
    OrganisationPage,
    RoutinePage,
    SpecificationPage,
)


class PublishingPageFactory(wagtail_factories.PageFactory):
    """Creates the page under `parent` and publishes a revision of it."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):  # noqa: N805 - factory_boy API
        if create and extracted is not False:
            obj.save_revision().publish()


class HomePageFactory(PublishingPageFactory):
    title = "Hjälpmedelssamverkan"

    class Meta:
        model = HomePage


class OrganisationPageFactory(PublishingPageFactory):
    title = factory.Sequence(lambda n: f"Hjälpmedel i region {n}")
    short_name = "Region"

    class Meta:
        model = OrganisationPage


class SpecificationPageFactory(PublishingPageFactory):
    title = factory.Sequence(lambda n: f"Specifikation {n}")
    introduction = "<p>Specifikationen anger hur samarbete och styrning hanteras.</p>"

    class Meta:
        model = SpecificationPage


class BodyPageFactory(PublishingPageFactory):
    title = factory.Sequence(lambda n: f"Beredningsgrupp {n}")

    class Meta:
        model = BodyPage


class RoutinePageFactory(PublishingPageFactory):
    title = factory.Sequence(lambda n: f"Rutin {n}")
    purpose = "<p>Att beskriva processen.</p>"

    class Meta:
        model = RoutinePage


class GuidancePageFactory(PublishingPageFactory):
    title = factory.Sequence(lambda n: f"Stödmaterial {n}")

    class Meta:
        model = GuidancePage


class GlossaryPageFactory(PublishingPageFactory):
    title = factory.Sequence(lambda n: f"Begrepp {n}")

    class Meta:
        model = GlossaryPage


class AccessibilityStatementPageFactory(PublishingPageFactory):
    title = "Tillgänglighetsredogörelse"
    contact_email = "tillganglighet@example.se"

    class Meta:
        model = AccessibilityStatementPage


def make_site_home():
    """A HomePage served as the default Site's root."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="hem")
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home
