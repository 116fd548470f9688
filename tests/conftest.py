import pytest
from django.conf import settings
from django.utils import translation

from tests.factories import (
    BodyPageFactory,
    OrganisationPageFactory,
    SpecificationPageFactory,
    make_site_home,
)


@pytest.fixture(autouse=True)
def site_language():
    """Each test starts in the site's language. Django's LocaleMiddleware activates a
    request's language and leaves it active in the thread, so without this a test
    after one that read an /en/ page would index and search in English."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home(db):
    return make_site_home()


@pytest.fixture
def organisation(home):
    return OrganisationPageFactory(
        parent=home, title="Hjälpmedel i Testlän", slug="testlan"
    )


@pytest.fixture
def specification(organisation):
    return SpecificationPageFactory(parent=organisation, slug="specifikation")


@pytest.fixture
def body_page(specification):
    return BodyPageFactory(
        parent=specification, title="Ledningsråd", slug="ledningsrad"
    )
