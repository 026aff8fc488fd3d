"""/me/ and /team/: what each role sees, and what it may not."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_staff
from training.people.models import Language

pytestmark = pytest.mark.django_db


def row_names(response):
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return sorted(
        span.get_text(strip=True)
        for span in page.select(
            "table.table tbody td:first-child a .person-name > span:first-child"
        )
    )


def test_my_record_shows_own_profile_with_the_unit_chain(client, org):
    client.force_login(org.learner.user)
    html = client.get("/en/me/record/").content.decode()
    assert "李赟" in html
    assert "LI Yun" in html
    assert "University Library › International Services › Isss-Desk" in html
    assert "Japanese" in html


def test_my_record_requires_sign_in(client, db):
    response = client.get("/me/record/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/me/record/")


def test_learner_may_not_open_the_team_pages(client, org):
    client.force_login(org.learner.user)
    assert client.get("/team/directory/").status_code == 403
    own = client.get(f"/en/team/directory/{org.learner.pk}/")
    assert own.status_code == 200
    own_html = own.content.decode()
    assert "李赟" in own_html
    assert "LI Yun" in own_html
    assert "University Library › International Services › Isss-Desk" in own_html
    assert client.get(f"/team/directory/{org.visiting.pk}/").status_code == 404


def test_manager_sees_own_subtree_only(client, org):
    client.force_login(org.isss_manager.user)
    assert row_names(client.get("/team/directory/")) == ["孙玥", "张喆", "李赟"]


def test_manager_gets_404_for_staff_of_another_department(client, org):
    client.force_login(org.isss_manager.user)
    assert client.get(f"/team/directory/{org.circ_staff.pk}/").status_code == 404
    in_subtree = client.get(f"/en/team/directory/{org.learner.pk}/")
    assert in_subtree.status_code == 200
    html = in_subtree.content.decode()
    assert "李赟" in html
    assert "Japanese" in html
    assert "钱昇" not in html
    assert client.get("/team/directory/999999/").status_code == 404


def test_forged_org_unit_filter_shows_an_error_and_nobody(client, org):
    client.force_login(org.isss_manager.user)
    response = client.get("/en/team/directory/", {"org_unit": org.circ.pk})
    assert response.status_code == 200
    assert row_names(response) == []
    assert "Select a valid choice" in response.content.decode()


def test_filters_narrow_the_list(client, org):
    client.force_login(org.hr.user)
    assert len(row_names(client.get("/team/directory/"))) == 7
    japanese = Language.objects.get(code="ja")
    assert row_names(client.get("/team/directory/", {"language": japanese.pk})) == ["李赟"]
    assert row_names(client.get("/team/directory/", {"org_unit": org.isss.pk})) == [
        "孙玥",
        "张喆",
        "李赟",
    ]
    assert row_names(client.get("/team/directory/", {"q": "zhao"})) == ["赵堃"]
    assert row_names(client.get("/team/directory/", {"q": org.circ_staff.staff_number})) == ["钱昇"]
    assert row_names(client.get("/team/directory/", {"org_unit": org.isss_desk.pk})) == ["李赟"]
    left = make_staff(org.circ, name_zh="冯涛", name_latin="FENG Tao", is_active=False)
    assert row_names(client.get("/team/directory/", {"is_active": "false"})) == [left.name_zh]
    assert len(row_names(client.get("/team/directory/", {"is_active": "true"}))) == 7


def test_hostile_filter_values_are_harmless(client, org):
    client.force_login(org.hr.user)
    response = client.get(
        "/team/directory/", {"q": "<script>alert(1)</script>", "org_unit": "1 OR 1=1"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert row_names(response) == []


@pytest.mark.parametrize("extra_staff", [2, 40])
def test_team_page_query_count_does_not_grow(
    client, org, django_assert_max_num_queries, extra_staff
):
    for n in range(extra_staff):
        make_staff(org.isss_desk, name_zh=f"测试{n}", name_latin=f"TEST {n}", languages=("en",))
    client.force_login(org.isss_manager.user)
    with django_assert_max_num_queries(16):
        response = client.get("/team/directory/")
    assert len(row_names(response)) == 3 + extra_staff


@pytest.mark.parametrize("extra_staff", [2, 40])
def test_home_page_query_count_does_not_grow(
    client, org, django_assert_max_num_queries, extra_staff
):
    for n in range(extra_staff):
        make_staff(org.isss_desk, name_zh=f"测试{n}", name_latin=f"TEST {n}")
    client.force_login(org.isss_manager.user)
    with django_assert_max_num_queries(16):
        response = client.get("/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content.decode(), "html.parser")
    # The manager's way in is on the page: the team card, and the team link in the menu.
    assert [a["href"] for a in page.select(".card h3 a")] == ["/me/", "/team/"]
    assert "/team/" in [a["href"] for a in page.select("nav.site-nav a")]
