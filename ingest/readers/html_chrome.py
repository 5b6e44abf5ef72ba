"""What on a web page is chrome (navigation, headers and footers, share bars, lists of other headlines)
and not the article: found by the page's own markup and by link density, never by one site's names.

Three signals, in order of trust:
1. Markup that says what an element is: `<nav>`, `<aside>`, a page-level `<header>` or `<footer>`,
   ARIA roles of navigation, banners and page footers, hidden elements, form controls.
2. Link density: a container whose text is mostly the text of links (a menu, breadcrumbs, a sidebar of
   headlines, "previous / next" links), measured after the link-dense containers inside it are gone, so
   that a page wrapper holding a menu and an article keeps the article.
3. Names: an id or class such as `footer`, `sidebar`, `breadcrumb`, `share` or `comment` (the vocabulary
   Readability has used on the open web for years), trusted only for an element holding little of the
   page's text, so that a name never throws the article away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

# never text of the page
SKIPPED_TAGS = frozenset({
    "head", "title", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "canvas", "audio", "video", "map", "button", "select", "input", "textarea", "option", "label",
})
_CHROME_TAGS = frozenset({"nav", "aside", "menu"})
_PAGE_PARTS = frozenset({"header", "footer"})  # chrome at page level; an article's own header holds its title
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
                           "toolbar", "dialog", "alert"})
# a sentence that is one link (a paper's address) belongs to its article, and so does a linked table cell
_CONTAINERS = frozenset({"div", "section", "ul", "ol", "dl", "table", "center", "header", "footer", "form"})
_UNLIKELY = re.compile(
    r"-ad-|banner|breadcrumb|crumbs|combx|comment|community|disqus|footer|gdpr|header|legends|menu|related|"
    r"remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|share|sharing|pagination|pager|popup|"
    r"copyright|toolbar|navbar|topbar|login", re.I)
_MAYBE_CONTENT = re.compile(r"article|body|column|content|main|text|detail", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_NOT_SPACE = re.compile(r"\S")

LINK_DENSE = 0.5  # a container whose text is more than half link text is navigation
LINK_LIST = 0.35  # a list whose every item is a link and whose text is over a third link text: headlines
NAMED_CHROME_SHARE = 0.25  # a name alone removes an element only when it holds less than this of the page's text


@dataclass(slots=True)
class Chrome:
    """Elements of a page that are not its content, with how much text each held (for `html`)."""

    removed: dict[HtmlElement, int] = field(default_factory=dict)  # element -> its visible characters
    text_chars: dict[HtmlElement, int] = field(default_factory=dict)  # kept element -> visible characters
    link_chars: dict[HtmlElement, int] = field(default_factory=dict)  # kept element -> characters inside links


def find_chrome(body: HtmlElement) -> Chrome:
    chrome = Chrome()
    _by_markup(body, chrome)
    _by_link_density(body, chrome)
    _by_name(body, chrome)
    return chrome


def visible_chars(text: str | None) -> int:
    return len(_NOT_SPACE.findall(text)) if text else 0


def _by_markup(body: HtmlElement, chrome: Chrome) -> None:
    for el in body.iter():
        if not isinstance(el.tag, str) or _inside_removed(el, chrome):
            continue
        tag = el.tag.lower()
        role = (el.get("role") or "").lower()
        if (tag in _CHROME_TAGS or role in _CHROME_ROLES or el.get("hidden") is not None
                or el.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(el.get("style") or "")
                or (tag in _PAGE_PARTS and not _inside_article(el))):
            chrome.removed[el] = visible_chars(el.text_content())


def _by_link_density(body: HtmlElement, chrome: Chrome) -> None:
    """Bottom-up: every element's visible and link characters, counting none of what is removed."""
    for el in reversed(list(body.iter())):  # descendants before their ancestors
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if el in chrome.removed or tag in SKIPPED_TAGS:
            chrome.removed.setdefault(el, 0)
            continue
        text = visible_chars(el.text)
        link = tag == "a" and not wraps_blocks(el)  # a card a link wraps whole is text, not a link
        links = text if link else 0
        for child in el:
            counted = isinstance(child.tag, str) and child not in chrome.removed
            child_text = chrome.text_chars.get(child, 0) if counted else 0
            tail = visible_chars(child.tail)
            text += child_text + tail
            links += (child_text + tail) if link else chrome.link_chars.get(child, 0) if counted else 0
        if tag in _CONTAINERS and text and _is_navigation(el, tag, text, links):
            chrome.removed[el] = text
            continue
        chrome.text_chars[el] = text
        chrome.link_chars[el] = links


# the blocks a link may wrap whole in a card (<a href><h2>title</h2><p>what it is</p></a>)
_CARD_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "section", "article"})


def wraps_blocks(el: HtmlElement) -> bool:
    """The element holds paragraphs, headings or lists of its own, as a card that a link wraps does."""
    return any(isinstance(d.tag, str) and d.tag.lower() in _CARD_BLOCKS for d in el.iterdescendants())


def _is_navigation(el: HtmlElement, tag: str, text: int, links: int) -> bool:
    density = links / text
    if tag == "table" and len(el.xpath(".//td|.//th")) > 4:  # a list of people or projects, names linked
        return density > 0.8
    if density > LINK_DENSE:
        return True
    if tag in ("ul", "ol"):
        items = [li for li in el if isinstance(li.tag, str) and li.tag.lower() == "li"]
        return len(items) >= 3 and density > LINK_LIST and all(li.find(".//a") is not None for li in items)
    return False


def _by_name(body: HtmlElement, chrome: Chrome) -> None:
    page_text = chrome.text_chars.get(body, 0)
    for el in body.iter():
        if not isinstance(el.tag, str) or el is body or el in chrome.removed or _inside_removed(el, chrome):
            continue
        names = f"{el.get('id') or ''} {el.get('class') or ''}"
        if (names.strip() and _UNLIKELY.search(names) and not _MAYBE_CONTENT.search(names)
                and el.tag.lower() not in ("a", "table", "tbody", "tr", "td", "th")
                and chrome.text_chars.get(el, 0) < NAMED_CHROME_SHARE * page_text):
            chrome.removed[el] = chrome.text_chars.get(el, 0)


def _inside_removed(el: HtmlElement, chrome: Chrome) -> bool:
    return any(parent in chrome.removed for parent in el.iterancestors())


def _inside_article(el: HtmlElement) -> bool:
    return any(isinstance(p.tag, str) and p.tag.lower() in ("article", "main") for p in el.iterancestors())
