"""English left on a Chinese page: a string someone forgot to mark for translation.

The catalogue test (tests/home/test_catalogues.py) proves every marked string is translated; this
finds the strings never marked. On a Chinese page a text with no Chinese in it and English words
in it is wrong, unless an element's `lang` says it is in another language (a Latin name is
`<span lang="en">`), which is WCAG 3.1.2, language of parts, as well. Mixed texts ("李赟 (LI Yun)",
"macOS 和 Linux") are Chinese. Codes in capitals (CEFR, B2, a certificate code) are not words, and
names of formats and products are allowed (ALLOWED_LATIN). Course content, what editors wrote,
is left to them (CONTENT). Chinese on English pages is the sweep's own check (UNMARKED_CJK).
"""

from __future__ import annotations

from playwright.sync_api import Page

# Words that are the same in both languages: names of things, formats, codes.
ALLOWED_LATIN = [
    "Meridian",
    "CEFR",
    "PDF",
    "CSV",
    "XLSX",
    "ZIP",
    "JSON",
    "API",
    "OpenAPI",
    "GIFT",
    "Moodle",
    "XML",
    "QR",
    "HR",
    "Excel",
    "SHA",
    "Windows",
    "macOS",
    "Linux",
    "Chart",
    "js",
]

ENGLISH_ON_A_CHINESE_PAGE = """({allowed, content}) => {
    const han = /[\\u3400-\\u9fff\\uf900-\\ufaff]/;
    // A word written in lower case at least in part ("Save", "macOS"): codes in capitals
    // (CEFR, B2, LI) are not English sentences.
    const words = text => (text.match(/[A-Za-z][A-Za-z'’]*/g) || [])
        .filter(w => /[a-z]/.test(w) && w.length > 1 && !allowed.includes(w));
    const skip = "script, style, noscript, template, code, kbd, samp, pre, [translate='no'], "
        + "[aria-hidden]";
    const pageLanguage = document.documentElement.lang.toLowerCase();
    const describe = (element, text) => {
        const classes = [...element.classList].map(name => "." + name).join("");
        return `${element.tagName.toLowerCase()}${classes} ${JSON.stringify(text.slice(0, 80))}`;
    };
    // The language a text is in as far as the page says: its nearest lang, or the page's.
    const declared = element => (element.closest("[lang]")?.getAttribute("lang")
        || pageLanguage).toLowerCase();
    // Wrong: a text with no Chinese at all and English words in it (a mixed text,
    // "李赟 (LI Yun)" or "macOS 和 Linux", is Chinese).
    const wrong = text => !han.test(text) && words(text).length > 0;
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        const text = node.textContent.replace(/\\s+/g, " ").trim();
        if (!element || !text || element.closest(skip)) continue;
        if (content && element.closest(content)) continue;  // what editors wrote, not the UI
        if (!element.getClientRects().length) continue;  // not rendered
        if (declared(element) !== pageLanguage) continue;  // marked as another language: fine
        if (wrong(text)) found.push(describe(element, text));
    }
    // Placeholders of inputs and the names of controls are read too.
    const named = "[placeholder], [aria-label], [title], img[alt]";
    for (const element of document.querySelectorAll(named)) {
        if (element.closest(skip) || (content && element.closest(content))) continue;
        if (declared(element) !== pageLanguage) continue;
        for (const name of ["placeholder", "aria-label", "title", "alt"]) {
            const text = (element.getAttribute(name) || "").trim();
            if (text && wrong(text)) found.push(describe(element, `[${name}] ${text}`));
        }
    }
    return [...new Set(found)];
}"""


# Course content: what editors wrote in the CMS (a Chinese lesson quoting the English it
# teaches), checked by the editors, not by the interface's catalogues.
CONTENT = ", ".join(
    [
        ".rich-text",
        ".block",
        ".choices",
        ".question__text",
        ".question__answer",
        ".question__feedback",
        ".question__transcript",
        ".question label",
        ".question option",
    ]
)


def english_on_a_chinese_page(page: Page) -> list[str]:
    """Visible texts (and control names) of a Chinese `page` that are English and not marked
    with their `lang`, course content left out: `tag.classes "text"` each."""
    return page.evaluate(ENGLISH_ON_A_CHINESE_PAGE, {"allowed": ALLOWED_LATIN, "content": CONTENT})
