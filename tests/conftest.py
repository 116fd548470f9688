import pytest

from tests.factories import (
    BodyPageFactory,
    OrganisationPageFactory,
    SpecificationPageFactory,
    make_site_home,
)


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
