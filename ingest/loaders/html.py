"""HTML pages: the main content only, one block per block-level element.

Chrome goes in two passes. By tag, over the whole page: scripts, styles, hidden elements,
``<nav>``/``<aside>``/``<menu>``, small forms, the page's ``<header>`` and ``<footer>``.
Then, inside the main container, by class/id name: menus, sidebars, share and print bars,
related-news lists ("tin-lien-quan"), view counters ("luot-xem"), polls, statistics.
The main container is the ``<article>``/``<main>`` or, failing that, the element whose
paragraphs carry the most text with the fewest links (a small Readability-style score),
widened to take in the article's ``<h1>``. Tables become table rows as in the other
loaders. Line-level chrome that survives (counters, polls, footers in plain ``<div>``s)
is for :mod:`ingest.boilerplate`.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from ingest.errors import UnreadableDocument
from ingest.loaders.tables import (
    GridCell,
    has_document_marks,
    is_layout_table,
    place_cells,
    span,
    table_blocks,
)
from ingest.loaders.text import decode_bytes
from ingest.normalize import clean_display
from ingest.records import Block, Loaded

log = logging.getLogger(__name__)

_NEVER_CONTENT = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "link", "meta", "head", "input", "select", "option", "button", "textarea", "map", "dialog",
)
_CHROME_TAGS = ("nav", "aside", "menu")
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "legend",
}
_PARAGRAPHS = ("p", "pre", "td", "blockquote", "li", "dd", "div", "span", "font", "h1", "h2", "h3")

# class/id words of page chrome. Whole words (split on spaces, "-", "_" and camelCase) ...
_CHROME_WORDS = {
    "nav", "navbar", "navigation", "menu", "menus", "submenu", "megamenu", "sidebar",
    "breadcrumb", "breadcrumbs", "footer", "banner", "social", "share", "sharing", "comment",
    "comments", "related", "relate", "advert", "ads", "advertisement", "poll", "polls", "vote",
    "counter", "visitor", "visitors", "statistic", "statistics", "stats", "login", "signin",
    "search", "pagination", "pager", "toolbar", "tags", "tag", "cookie", "popup",
    "modal", "widget", "hotline", "weblink", "weblinks", "marquee", "ticker", "scrolltop",
    "gotop", "backtotop", "mostview", "mostread", "tools", "tool", "utility", "utilities",
    "viewcount", "rating", "rate",
    "thongke", "truycap", "lienquan", "tinlienquan", "tinkhac", "cactinkhac", "binhchon",
    "quangcao", "dangnhap", "lienket", "tinmoi", "tieudiem", "xemnhieu",
}
# ... and distinctive fragments that mark chrome inside longer names ("mainmenu", "footer-wrap").
_CHROME_FRAGMENTS = (
    "menu", "sidebar", "breadcrumb", "footer", "navbar", "navigation", "lienquan", "tinkhac",
    "binhchon", "thongke", "quangcao", "dangnhap", "pagination", "toolbar", "socialshare",
    "relatednews", "relatedpost", "newsother", "othernews", "luotxem", "luottruycap",
)
_CONTENT_WORDS = {
    "article", "content", "detail", "details", "chitiet", "noidung", "entry", "post", "body",
    "main", "news", "story", "text", "baiviet", "tintuc", "vanban", "maincontent", "newsdetail",
}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w:.]+)""", re.I)


def load_html(path: Path) -> Loaded:
    """Blocks of the main content of an HTML page."""
    data = Path(path).read_bytes()
    text, encoding = decode_html(data)
    blocks = html_blocks(text)
    if not blocks:
        raise UnreadableDocument("no text in the page's main content")
    notes = () if encoding.startswith(("utf-8", "ascii")) else (f"decoded as {encoding}",)
    return Loaded(blocks=tuple(blocks), format="html", pages=None, notes=notes)


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode with the charset the page declares; fall back to detection if that fails."""
    match = _META_CHARSET.search(data[:8192])
    if match and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = match.group(1).decode("ascii", "replace").lower()
        if declared in ("iso-8859-1", "latin-1", "latin1", "windows-1252", "us-ascii", "ascii"):
            try:  # pages often claim Latin-1 and are UTF-8 (or Vietnamese 8-bit)
                return data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                return decode_bytes(data)
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            return decode_bytes(data)
        if declared in ("windows-1258", "cp1258"):
            from unicodedata import normalize

            text = normalize("NFC", text)
        return text, declared
    return decode_bytes(data)


def html_blocks(markup: str) -> list[Block]:
    """Blocks of the main content of the page ``markup``."""
    from bs4 import BeautifulSoup  # lazy: only HTML needs it

    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(_NEVER_CONTENT):
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all(_is_hidden):
        if not tag.decomposed:
            tag.decompose()
    body = soup.body or soup
    _drop_chrome_tags(body)
    root = _main_content(body)
    _drop_chrome_names(root)
    blocks = _Walker().blocks(root)
    title = _outside_title(root, body)
    if title and (not blocks or blocks[0].text != title):
        blocks.insert(0, Block(text=title))
    return blocks


# --- Chrome ----------------------------------------------------------------------------------


def _is_hidden(tag: Any) -> bool:
    attrs = getattr(tag, "attrs", None) or {}
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _names(tag: Any) -> str:
    attrs = getattr(tag, "attrs", None) or {}
    classes = attrs.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    return " ".join([*classes, attrs.get("id") or "", attrs.get("role") or ""])


def _words(names: str) -> set[str]:
    return {w for w in re.split(r"[\s_\-:.]+", _CAMEL.sub(" ", names).lower()) if w}


def _is_chrome_name(names: str) -> bool:
    if not names.strip():
        return False
    if _words(names) & _CHROME_WORDS:
        return True
    joined = re.sub(r"[\s_\-]+", "", names.lower())
    return any(fragment in joined for fragment in _CHROME_FRAGMENTS)


def _drop_chrome_tags(body: Any) -> None:
    """Remove navigation, sidebars, menus, small forms and the page's header and footer."""
    for tag in body.find_all(True):
        if tag.decomposed:
            continue
        name = tag.name
        if name in _CHROME_TAGS:
            tag.decompose()
        elif name in ("header", "footer") and tag.find_parent(("article", "main")) is None:
            tag.decompose()
        elif name == "form" and not tag.find(("p", "article", "table")):
            tag.decompose()


def _drop_chrome_names(root: Any) -> None:
    """Remove elements under ``root`` whose class/id names chrome, unless they hold most of
    the text (a wrapper that happens to have such a name)."""
    total = _text_len(root)
    for tag in root.find_all(True):
        if tag.decomposed or not _is_chrome_name(_names(tag)):
            continue
        if total and _text_len(tag) > 0.5 * total:
            continue
        tag.decompose()


def _text_len(tag: Any) -> int:
    return len("".join(tag.get_text(" ").split())) if tag is not None else 0


def _link_len(tag: Any) -> int:
    return sum(len("".join(a.get_text(" ").split())) for a in tag.find_all("a"))


# --- Main content ----------------------------------------------------------------------------


def _main_content(body: Any) -> Any:
    """The element holding the page's main text."""
    total = _text_len(body)
    for selector in ("article", "main", "[role=main]"):
        found = [t for t in body.select(selector) if _text_len(t) >= 0.3 * total]
        if len(found) == 1:
            return found[0]
        if found:
            return max(found, key=_text_len)

    scores: dict[int, float] = {}
    nodes: dict[int, Any] = {}
    for node in body.find_all(_PARAGRAPHS):
        if node.name in ("div", "span", "font", "td", "li") and node.find(_BLOCKISH):
            own = "".join(s for s in node.find_all(string=True, recursive=False))
            if len(own.strip()) < 25:
                continue
            text = own
        else:
            text = node.get_text(" ")
        text = " ".join(text.split())
        if len(text) < 25:
            continue
        score = 1 + text.count(",") + min(len(text) // 100, 3)
        parent = node.parent
        for share, ancestor in ((1.0, parent), (0.5, parent.parent if parent else None)):
            if ancestor is None or ancestor.name in ("[document]", "html"):
                continue
            key = id(ancestor)
            if key not in scores:
                nodes[key] = ancestor
                scores[key] = _name_weight(ancestor)
            scores[key] += score * share
    if not scores:
        return body
    for key, node in nodes.items():
        length = _text_len(node)
        density = _link_len(node) / length if length else 1.0
        scores[key] *= 1 - min(density, 1.0)
    best = nodes[max(scores, key=lambda k: scores[k])]
    article = best.find_parent("article")
    return article if article is not None else _with_title(best, body)


def _with_title(best: Any, body: Any) -> Any:
    """Widen the container by up to two levels to take in the article's <h1> (and the
    dateline beside it), unless that would pull in much more text."""
    if best.find("h1") is not None:
        return best
    base = _text_len(best) - _link_len(best)
    node = best
    for _ in range(2):
        node = node.parent
        if node is None or node is body or node.name in ("html", "[document]"):
            break
        if _text_len(node) - _link_len(node) > 2 * base + 200:
            break
        if node.find("h1") is not None:
            return node
    return best


_BLOCKISH = ("p", "div", "table", "ul", "ol", "section", "article", "h1", "h2", "h3", "br")


def _name_weight(tag: Any) -> float:
    names = _names(tag)
    if not names.strip():
        return 0.0
    words = _words(names)
    if _is_chrome_name(names):
        return -25.0
    return 25.0 if words & _CONTENT_WORDS else 0.0


def _outside_title(root: Any, body: Any) -> str | None:
    """The article's <h1> when it sits just outside the chosen container (a sibling of the
    container or of its parent), as portals put the title and the text in separate boxes."""
    if root is body or root.find("h1") is not None:
        return None
    scope = root.parent.parent if root.parent is not None and root.parent.parent else root.parent
    if scope is None:
        return None
    title = None
    for node in scope.descendants:
        if node is root:
            break
        if getattr(node, "name", None) == "h1":
            title = clean_display(" ".join(node.get_text(" ").split())) or title
    return title


# --- Blocks ----------------------------------------------------------------------------------


class _Walker:
    """Turns an element tree into blocks: a block per block-level element or line."""

    def __init__(self) -> None:
        self.out: list[Block] = []
        self.line: list[str] = []

    def blocks(self, root: Any) -> list[Block]:
        self.visit(root, pre=False)
        self.flush()
        return self.out

    def flush(self) -> None:
        text = clean_display(" ".join("".join(self.line).split()))
        self.line = []
        if text:
            self.out.append(Block(text=text))

    def visit(self, node: Any, *, pre: bool) -> None:
        from bs4 import Comment, NavigableString, Tag

        for child in list(node.children):
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                if pre:
                    parts = str(child).split("\n")
                    for i, part in enumerate(parts):
                        if i:
                            self.flush()
                        self.line.append(part)
                else:
                    self.line.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                self.flush()
            elif name == "table":
                self.flush()
                self.out.extend(self.table(child))
            elif name == "li":
                self.flush()
                self.line.append(_list_marker(child))
                self.visit(child, pre=pre)
                self.flush()
            elif name in _BLOCK_TAGS:
                self.flush()
                self.visit(child, pre=pre or name == "pre")
                self.flush()
            elif name == "img":
                continue
            else:
                self.visit(child, pre=pre)

    def table(self, table: Any) -> list[Block]:
        rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        if not rows:
            return _Walker().blocks(table)
        nested = any(
            t.find_parent("table") is table for t in table.find_all("table")
        )
        cells: list[list[tuple[str, int, int]]] = []
        header_rows = 0
        counting = True
        for tr in rows:
            tds = tr.find_all(("td", "th"), recursive=False)
            in_head = tr.find_parent("thead") is not None
            if counting and tds and (in_head or all(c.name == "th" for c in tds)):
                header_rows += 1
            else:
                counting = False
            cells.append([
                ("\n".join(b.text for b in _Walker().blocks(td)), span(td.get("colspan")),
                 span(td.get("rowspan")))
                for td in tds
            ])
        grid = place_cells(cells)
        if _has_document_marks(grid) or (not nested and not _is_structural(grid)):
            return table_blocks(grid, header_rows=header_rows or None)
        # A table used to lay the page out: read its cells in document order.
        blocks: list[Block] = []
        for tr in rows:
            for td in tr.find_all(("td", "th"), recursive=False):
                blocks.extend(_Walker().blocks(td))
        return blocks


_MARKED = re.compile(r"^\s*([-+•*–]|\(?\w{1,4}[.)])\s")


def _list_marker(li: Any) -> str:
    """"- " for bullet items, "3. " / "c) " for ordered ones; "" if the text has its own."""
    if _MARKED.match(li.get_text(" ")[:12] + " "):
        return ""
    parent = li.find_parent(("ol", "ul"))
    if parent is None or parent.name == "ul":
        return "- "
    index = len([s for s in li.find_previous_siblings("li")]) + span(parent.get("start"))
    kind = (li.get("type") or parent.get("type") or "1").strip()
    from ingest.loaders.docx import format_number

    fmt = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
    return f"{format_number(index, fmt.get(kind, 'decimal'))}. "


def _has_document_marks(grid: list[list[GridCell]]) -> bool:
    """A document header or signature block drawn with a table (read column by column)."""
    return is_layout_table(grid) and has_document_marks(grid)


def _is_structural(grid: list[list[GridCell]]) -> bool:
    """A cell carrying a whole article means the table lays out the page; data cells,
    even wordy ones, stay far below that."""
    return any(len(c.text) > 1500 for r in grid for c in r)

