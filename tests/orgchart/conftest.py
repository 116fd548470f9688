import pytest
from bs4 import BeautifulSoup


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def chart_url(organisation):
    return organisation.url + "organisationsschema/"


@pytest.fixture
def who_decides_url(organisation):
    return organisation.url + "vem-beslutar/"
