"""axe-core in the browser tests: the vendored copy (scripts/vendor-axe.sh), run on a page.

Every main page must have no serious or critical violation of WCAG 2.0 and 2.1, levels A and AA.
The script is evaluated through the DevTools protocol, which the pages' Content Security Policy
does not govern, so the pages are checked exactly as they are served.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from playwright.sync_api import Page

VENDOR = Path(__file__).resolve().parent / "vendor" / "axe-core"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
FAILING_IMPACTS = ("serious", "critical")

RUN = """async ({tags, exclude}) => {
    const context = exclude.length
        ? {include: [document], exclude: exclude.map(s => [s])} : document;
    const options = {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]};
    const results = await axe.run(context, options);
    return results.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary || ""})),
    }));
}"""


@cache
def axe_source() -> str:
    """The vendored axe.min.js, refused when it is not the copy VERSION records."""
    facts = dict(
        line.split("=", 1) for line in (VENDOR / "VERSION").read_text().split() if "=" in line
    )
    source = (VENDOR / "axe.min.js").read_bytes()
    digest = hashlib.sha256(source).hexdigest()
    assert digest == facts["sha256"], (
        f"{VENDOR / 'axe.min.js'} is not axe-core {facts['version']} as vendored "
        f"(sha256 {digest}); run scripts/vendor-axe.sh"
    )
    return source.decode()


def axe_violations(page: Page, *, exclude: tuple[str, ...] = ()) -> list[dict]:
    """The serious and critical WCAG 2.1 AA violations on the page as it is now."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    violations = page.evaluate(RUN, {"tags": WCAG_AA, "exclude": list(exclude)})
    return [v for v in violations if v["impact"] in FAILING_IMPACTS]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            summary = " ".join(node["summary"].split())[:300]
            lines.append(f"    {node['target']}: {summary}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    ... and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def assert_accessible(page: Page, *, exclude: tuple[str, ...] = ()) -> None:
    """Fails listing every serious or critical violation (rule, elements, what to fix)."""
    violations = axe_violations(page, exclude=exclude)
    assert not violations, f"axe-core on {page.url}:\n{describe(violations)}"
