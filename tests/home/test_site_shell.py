"""The site shell: home page, navigation by role, language switch, sign in and out."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def nav_labels(response):
    return [a.get_text(strip=True) for a in soup(response).select("nav.site-nav a")]


def language_links(response):
    return {a["hreflang"]: a["href"] for a in soup(response).select("nav.language-switch a")}


def test_home_page_speaks_chinese_by_default_and_english_under_en(client, org):
    zh = client.get("/")
    en = client.get("/en/")
    assert zh.status_code == en.status_code == 200
    assert soup(zh).html["lang"] == "zh-Hans"
    assert soup(en).html["lang"] == "en"
    assert "登录" in zh.content.decode()
    assert "Sign in" in en.content.decode()


def test_language_switch_keeps_the_page(client, org):
    client.force_login(org.isss_manager.user)
    assert language_links(client.get("/team/directory/")) == {
        "zh-hans": "/team/directory/",
        "en": "/en/team/directory/",
    }
    assert language_links(client.get("/en/team/directory/?q=LI")) == {
        "zh-hans": "/team/directory/?q=LI",
        "en": "/en/team/directory/?q=LI",
    }
    assert language_links(client.get("/")) == {"zh-hans": "/", "en": "/en/"}


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("learner", ["课程目录", "我的学习"]),
        ("isss_manager", ["课程目录", "我的学习", "我的团队"]),
        ("hr", ["课程目录", "我的学习", "我的团队", "证书登记册", "考核汇总", "管理后台"]),
        ("editor", ["课程目录", "我的学习", "管理后台"]),
    ],
)
def test_navigation_shows_only_what_the_role_may_use(client, org, who, expected):
    client.force_login(getattr(org, who).user)
    assert nav_labels(client.get("/")) == expected


def test_navigation_in_english(client, org):
    client.force_login(org.hr.user)
    assert nav_labels(client.get("/en/")) == [
        "Course catalog",
        "My learning",
        "My team",
        "Certificate register",
        "Appraisal summaries",
        "Admin",
    ]


def test_the_current_entry_is_the_most_specific_one(client, org):
    client.force_login(org.hr.user)
    page = soup(client.get("/en/hr/summaries/"))
    current = [link.get_text(strip=True) for link in page.select("nav a[aria-current=page]")]
    assert current == ["Appraisal summaries"]
    page = soup(client.get("/en/hr/"))
    current = [link.get_text(strip=True) for link in page.select("nav a[aria-current=page]")]
    assert current == ["Certificate register"]


def test_anonymous_sees_only_the_catalog_and_a_sign_in_link(client, org):
    response = client.get("/")
    assert nav_labels(response) == ["课程目录"]
    assert soup(response).select_one("a[href^='/accounts/login/']") is not None


def test_home_page_shows_the_way_in_for_each_role(client, org):
    client.force_login(org.isss_manager.user)
    cards = [h.get_text(strip=True) for h in soup(client.get("/en/")).select(".card h3")]
    assert cards == ["My learning", "My team"]
    client.force_login(org.editor.user)
    cards = [h.get_text(strip=True) for h in soup(client.get("/en/")).select(".card h3")]
    assert cards == ["My learning", "Write courses"]


def test_sign_in_and_out(client, org):
    user = org.learner.user
    user.set_password("correct horse battery staple")
    user.save()
    bad = client.post(
        "/accounts/login/", {"username": user.username, "password": "wrong"}, follow=True
    )
    assert "请输入一个正确的" in bad.content.decode()  # Django's own zh-hans message
    assert "_auth_user_id" not in client.session

    good = client.post(
        "/en/accounts/login/?next=/en/me/",
        {"username": user.username, "password": "correct horse battery staple", "next": "/en/me/"},
    )
    assert good.status_code == 302
    assert good["Location"] == "/en/me/"
    assert client.session["_auth_user_id"] == str(user.pk)

    out = client.post("/accounts/logout/")
    assert out.status_code == 302
    assert "_auth_user_id" not in client.session


def test_login_refuses_an_external_next_url(client, org):
    user = org.learner.user
    user.set_password("correct horse battery staple")
    user.save()
    response = client.post(
        "/accounts/login/",
        {
            "username": user.username,
            "password": "correct horse battery staple",
            "next": "https://evil.example.com/",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_inactive_staff_cannot_sign_in(client, org):
    from training.people import services

    profile = org.circ_staff
    profile.user.set_password("correct horse battery staple")
    profile.user.save()
    profile.is_active = False
    services.staff_profile_save(profile=profile, email=profile.user.email)
    client.post(
        "/accounts/login/",
        {"username": profile.user.username, "password": "correct horse battery staple"},
    )
    assert "_auth_user_id" not in client.session


def test_admin_login_page_is_served(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert 'name="username"' in response.content.decode()


def test_unknown_page_is_a_translated_404(client, org):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_catalog_link_goes_to_the_catalog_in_the_active_language(client, org):
    from courses.models import CourseIndexPage
    from home.models import HomePage

    assert client.get("/catalog/").status_code == 404  # no catalog yet: a 404, not a 500
    home = HomePage.objects.get(depth=2)
    catalog = home.add_child(instance=CourseIndexPage(title="课程目录", slug="kecheng"))
    catalog.save_revision().publish()
    response = client.get("/catalog/")
    assert response.status_code == 302
    assert response["Location"] == "/kecheng/"
    # No English catalog yet: English readers get the Chinese one rather than nothing.
    assert client.get("/en/catalog/")["Location"] == "/kecheng/"
