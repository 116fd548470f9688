"""Public views of the register and the open-data exports, reached through the
routes on OrganisationPage (pages/models/home.py):

    <organisation>representation/                  its member organisations
    <organisation>representation/<member-slug>/    where a member is represented
    <organisation>oppna-data/popolo/               bodies, seats, memberships (JSON)
    <organisation>oppna-data/sammansattning/       composition tables (CSV)
    <organisation>oppna-data/mandat/               mandates (CSV)
"""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from ..versions import surrounding_context
from . import exports
from .queries import member_organisations_of, representation


def member_list_view(page, request):
    context = surrounding_context(page, request)
    context["members"] = [
        (
            member,
            page.url + page.reverse_subpage("member", kwargs={"slug": member.slug}),
        )
        for member in member_organisations_of(page)
    ]
    return TemplateResponse(request, "pages/representation/member_list.html", context)


def member_view(page, request, slug):
    member = get_object_or_404(member_organisations_of(page), slug=slug)
    context = surrounding_context(page, request)
    context.update(
        member=member,
        representations=representation(member, page),
        member_list_url=page.url + page.reverse_subpage("member_list"),
    )
    return TemplateResponse(request, "pages/representation/member.html", context)


def _open_data(response):
    response["Access-Control-Allow-Origin"] = "*"
    return response


def popolo_view(page, request):
    return _open_data(
        JsonResponse(
            exports.popolo(page, request),
            json_dumps_params={"ensure_ascii": False, "indent": 2},
        )
    )


def _csv_response(text, filename):
    response = HttpResponse(text, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return _open_data(response)


def composition_csv_view(page, request):
    return _csv_response(
        exports.composition_csv(page, request), f"{page.slug}-sammansattning.csv"
    )


def mandate_csv_view(page, request):
    return _csv_response(exports.mandate_csv(page, request), f"{page.slug}-mandat.csv")
