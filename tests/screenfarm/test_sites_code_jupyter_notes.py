"""The code, jupyter and notes web pages (vscode.dev, Colab, Notion, Keep) render from their
templates: right host and title, the brand's own text, no template syntax left over, the dark
theme in dark mode, and the same page for the same seed."""

import random
import re

import pytest

from screenfarm.content import Content
from screenfarm.highlight import SYNTAX_LIGHT, highlight, highlight_block
from screenfarm.sites import APP_PAGES, code, jupyter, notes
from screenfarm.web import Ctx, Page

# page function -> (host, title pattern, texts every such page shows, light theme, dark theme)
PAGES = {
    code.vscode_web: ("vscode.dev", r".+ - [\w-]+ - Visual Studio Code$",
                      ["[GitHub]", "UTF-8", "Spaces:"], code.LIGHT, code.DARK),
    jupyter.colab_notebook: ("colab.research.google.com", r".+\.ipynb - Colab$",
                             ["Runtime", "&#43; Code", "Share"], jupyter.LIGHT, jupyter.DARK),
    notes.notion_page: ("www.notion.so", r".+", ["Add comment", "Teamspaces", "Private"],
                        notes.NOTION_LIGHT, notes.NOTION_DARK),
    notes.keep_notes: ("keep.google.com", r"^Google Keep$", ["Take a note", "Reminders", "Archive"],
                       notes.KEEP_LIGHT, notes.KEEP_DARK),
}
CASES = [(fn, seed, dark) for fn in PAGES for seed in (1, 2, 7) for dark in (False, True)]


def make(fn, seed: int, dark: bool) -> Page:  # noqa: ANN001 - a page function
    rng = random.Random(seed)
    return fn(Ctx(rng, Content(rng), dark))


def test_the_three_classes_use_the_new_page_modules():
    assert APP_PAGES == {"code": (code.vscode_web,), "jupyter": (jupyter.colab_notebook,),
                         "notes": (notes.notion_page, notes.keep_notes)}


@pytest.mark.parametrize(("fn", "seed", "dark"), CASES,
                         ids=[f"{f.__name__}-{s}-{'dark' if d else 'light'}" for f, s, d in CASES])
def test_page_renders_with_its_host_title_brand_text_and_theme(fn, seed, dark):  # noqa: ANN001
    host, title_re, texts, light, dark_theme = PAGES[fn]
    page = make(fn, seed, dark)
    doc = page.document()
    assert page.host == host and page.url.startswith(f"https://{host}/")
    assert re.search(title_re, page.title), page.title
    assert doc.startswith("<!doctype html>") and doc.endswith("</body></html>")
    assert "<title>" in doc and 'rel="icon"' in doc
    for text in texts:
        assert text in doc, text
    assert "{{" not in doc and "{%" not in doc and "{#" not in doc
    theme = dark_theme if dark else light
    other = light if dark else dark_theme
    assert f"body{{margin:0;background:{theme.bg};color:{theme.fg};" in doc
    assert f"background:{other.bg};color:{other.fg};" not in doc
    # font lists keep their quotes inside <style> (autoescape would break them)
    assert f"font-family:{theme.font}" in doc and "&#39;" not in doc.split("</style>")[0]


@pytest.mark.parametrize("fn", list(PAGES), ids=lambda f: f.__name__)
def test_same_seed_gives_the_same_page_and_another_seed_another(fn):  # noqa: ANN001
    first, again, other = make(fn, 3, False), make(fn, 3, False), make(fn, 4, False)
    assert first.document() == again.document() and first.url == again.url
    assert first.document() != other.document()


def test_page_text_is_escaped_by_the_template():
    # a Keep label is a capitalised word; a title drawn by Notion may carry an apostrophe
    pages = [make(notes.notion_page, s, False) for s in range(40)]
    with_quote = [p for p in pages if "'" in p.title]
    assert with_quote, "no Notion title with an apostrophe in 40 seeds"
    doc = with_quote[0].document()
    escaped = with_quote[0].title.replace("'", "&#39;")
    assert f"<title>{escaped}</title>" in doc


def test_highlighter_colours_python_keywords_strings_and_comments():
    toks = highlight('def f(x):  return "a"  # done', "Python", SYNTAX_LIGHT)
    colours = dict(toks)
    assert colours["def"] == SYNTAX_LIGHT["kw"] and colours["return"] == SYNTAX_LIGHT["ctrl"]
    assert colours["f"] == SYNTAX_LIGHT["fn"] and colours['"a"'] == SYNTAX_LIGHT["str"]
    assert colours["# done"] == SYNTAX_LIGHT["com"]
    assert "".join(text for text, _ in toks) == 'def f(x):  return "a"  # done'


def test_highlighter_carries_a_docstring_over_line_ends():
    rows = highlight_block(['"""Start', "middle", 'end"""', "x = 1"], "Python", SYNTAX_LIGHT)
    assert rows[1] == [("middle", SYNTAX_LIGHT["str"])]
    assert rows[2][0] == ('end"""', SYNTAX_LIGHT["str"])
    assert ("1", SYNTAX_LIGHT["num"]) in rows[3]
    assert highlight_block([""], "Python", SYNTAX_LIGHT) == [[]]
