"""The query count of /team/ does not grow with the data: the same at 10 staff and at 500 staff
x 20 competencies (with evidence, requirements and assignments), for HR and for a manager.

What a first visit of /team/ as HR asks (23 queries): session, user, groups; the columns; the
count and the page of staff; the evidence stamp and the evidence (levels); the requirements;
the assignment panels (two lists, the locale and the course titles, two counts); the
certificate panel (list, count); the navigation (two permission queries, the staff record); the
filter's choices (units, roles, competencies). "Only gaps" adds five (the candidates, their
requirements and competencies, and their levels: stamp and evidence); a manager adds three
(their managed units, and the units below them read by the visibility policy for the filter
and for the staff).
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_staff

from .conftest import build_team

pytestmark = pytest.mark.django_db

PINS = {
    "/team/?per_page=500": 23,
    "/team/": 23,
    "/team/?only_gaps=on&overdue=on&per_page=500": 28,
}


def first_visit(client, url: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def rows(html: str) -> int:
    return html.count('<th scope="row" class="mx-name">')


@pytest.mark.parametrize("url", list(PINS))
def test_team_page_queries_are_the_same_at_10_and_500_staff(
    client, org, url, django_assert_max_num_queries
):
    client.force_login(org.hr.user)
    # 10 staff (the `org` fixture's 7 and 3 more), then 500.
    build_team(staff=3, competencies=20, evidence=(1, 2), parent=org.library, prefix="small")
    small, html = first_visit(client, url)
    assert rows(html) == 10 or "only_gaps" in url

    build_team(staff=490, competencies=20, evidence=(1, 2), parent=org.library, prefix="large")
    large, html = first_visit(client, url)
    assert small == large
    if "only_gaps" not in url:
        assert rows(html) == (100 if url == "/team/" else 500)
        assert html.count('class="mx-head"') == 20

    with django_assert_max_num_queries(PINS[url]):
        client.get(url)


def test_manager_page_queries_are_the_same_at_10_and_500_staff(
    client, org, django_assert_max_num_queries
):
    manager = make_staff(org.library, name_latin="CHIEF Librarian", manages=[org.library])
    client.force_login(manager.user)
    url = "/team/?per_page=500"
    build_team(staff=2, competencies=20, evidence=(1, 2), parent=org.library, prefix="small")
    small, html = first_visit(client, url)
    assert rows(html) == 10
    build_team(staff=490, competencies=20, evidence=(1, 2), parent=org.library, prefix="large")
    large, html = first_visit(client, url)
    assert small == large
    assert rows(html) == 500
    with django_assert_max_num_queries(PINS[url] + 3):
        client.get(url)
