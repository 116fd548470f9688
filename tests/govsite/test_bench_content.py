"""The benchmark's pages: a body page and a plain page carrying the same text."""

import pytest
from wagtail.models import Site

from govsite.bench.content import build_bench_content


@pytest.mark.django_db
def test_body_page_and_plain_page_carry_the_same_text_and_are_served(client):
    content = build_bench_content()
    site = Site.objects.get(is_default_site=True)
    site.root_page = content.home
    site.save()

    # About the size of the Ledningsråd section of seed 003.
    assert content.body_text_length > 3000
    assert content.plain_text_length == pytest.approx(
        content.body_text_length, rel=0.05
    )
    for page in (content.body_page, content.plain_page):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
