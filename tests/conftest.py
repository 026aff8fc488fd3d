import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.factories import make_editor, make_hr, make_staff, make_superuser, make_unit

DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server"}
# Scenarios of real processes on PostgreSQL (they skip themselves elsewhere), whatever fixtures
# they use.
SCENARIOS = {"reliability", "deploy", "load"}


def pytest_collection_modifyitems(config, items):
    """MERIDIAN_DATABASE_TESTS_ONLY=1 keeps only the tests that use a database.

    .ci/run sets it for its second pass, on PostgreSQL: a test that touches no database (grading
    rules, file formats, demo content, settings) does the same on both, and the first pass,
    on SQLite, ran it already. The tests of the demo loader (marked `demo`) stay in the first
    pass too: the demo is `make run`'s SQLite world, and loading it takes 10-20 s a module.
    """
    if os.environ.get("MERIDIAN_DATABASE_TESTS_ONLY") != "1":
        return
    tests = Path(__file__).resolve().parent
    kept, left = [], []
    for item in items:
        scenario = Path(item.path).relative_to(tests).parts[0] in SCENARIOS
        uses_database = item.get_closest_marker("django_db") or DATABASE_FIXTURES & set(
            getattr(item, "fixturenames", ())
        )
        demo = item.get_closest_marker("demo")
        (kept if scenario or (uses_database and not demo) else left).append(item)
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


@pytest.fixture(autouse=True)
def _index_updates(request):
    """Wagtail keeps a search index and a reference index ("usage") up to date after every save
    of an indexed object, as tasks that the test settings run at once: about a third of the time
    of a fixture that builds courses. Tests that read either index are marked `indexes` and get
    the updates; the others skip them (the indexes are derived data, rebuilt by `update_index`
    and `rebuild_references_index`)."""
    if request.node.get_closest_marker("indexes"):
        yield
        return
    from django.db.models.signals import post_save
    from modelsearch import signal_handlers
    from modelsearch.index import get_indexed_models
    from wagtail.signal_handlers import disable_reference_index_auto_update

    models = [m for m in get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(signal_handlers.post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(signal_handlers.post_save_signal_handler, sender=model)


@pytest.fixture
def org(db):
    """A small library: two departments, one with two teams, and a person in each role.

    library
    ├── isss  (International Student & Scholar Services) — manager: Zhang Zhe
    │   ├── isss-desk   — learner: Li Yun (in a team, under the manager's subtree)
    │   └── isss-visit
    └── circ  (Circulation) — manager: Zhao Kun; staff: Qian Yun
    """
    library = make_unit("lib", "library", name_zh="大学图书馆", name_en="University Library")
    isss = make_unit("isss", "department", library, name_en="International Services")
    isss_desk = make_unit("isss-desk", "team", isss)
    isss_visit = make_unit("isss-visit", "team", isss)
    circ = make_unit("circ", "department", library, name_en="Circulation")
    isss_manager = make_staff(isss, name_zh="张喆", name_latin="ZHANG Zhe", manages=[isss])
    circ_manager = make_staff(circ, name_zh="赵堃", name_latin="ZHAO Kun", manages=[circ])
    learner = make_staff(isss_desk, name_zh="李赟", name_latin="LI Yun", languages=("en", "ja"))
    visiting = make_staff(isss_visit, name_zh="孙玥", name_latin="SUN Yue")
    circ_staff = make_staff(circ, name_zh="钱昇", name_latin="QIAN Sheng")
    hr = make_hr(library, name_zh="周珺", name_latin="ZHOU Jun")
    editor = make_editor(library, name_zh="吴祎", name_latin="WU Yi")
    return SimpleNamespace(
        library=library,
        isss=isss,
        isss_desk=isss_desk,
        isss_visit=isss_visit,
        circ=circ,
        isss_manager=isss_manager,
        circ_manager=circ_manager,
        learner=learner,
        visiting=visiting,
        circ_staff=circ_staff,
        hr=hr,
        editor=editor,
        admin=make_superuser(),
    )
