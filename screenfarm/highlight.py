"""A small regex syntax highlighter for the code shown in web pages (vscode.dev, Colab).

It returns tokens, not markup: each source line becomes a list of `(text, colour)` pairs
(colour "" for plain text), and the page template draws the spans (macro `code_line` in
templates/_code.html), so autoescape covers the source text. Colours follow VS Code's default
Light+ and Dark+ themes."""

from __future__ import annotations

import os
import re

Token = tuple[str, str]  # (text, CSS colour or "" for the editor's plain text colour)

SYNTAX_DARK = {"kw": "#569cd6", "ctrl": "#c586c0", "str": "#ce9178", "com": "#6a9955",
               "num": "#b5cea8", "fn": "#dcdcaa", "type": "#4ec9b0", "var": "#9cdcfe",
               "fg": "#d4d4d4", "pre": "#c586c0"}
SYNTAX_LIGHT = {"kw": "#0000ff", "ctrl": "#af00db", "str": "#a31515", "com": "#008000",
                "num": "#098658", "fn": "#795e26", "type": "#267f99", "var": "#001080",
                "fg": "#000000", "pre": "#af00db"}

_PY_KW = ("def class lambda None True False and or not in is global nonlocal self async await "
          "pass").split()
_PY_CTRL = ("if elif else for while return import from as try except finally raise with "
            "yield break continue del assert").split()
_C_KW = ("int char void unsigned signed long short float double struct union enum const static "
         "extern typedef sizeof volatile inline bool size_t NULL true false").split()
_C_CTRL = "if else for while do return switch case break continue goto default".split()
_SH_KW = "local export readonly declare function echo set unset shift".split()
_SH_CTRL = "if then else elif fi for in do done while case esac return exit".split()
_WORDS = {"Python": (_PY_KW, _PY_CTRL), "C": (_C_KW, _C_CTRL), "Shell Script": (_SH_KW, _SH_CTRL)}

_TOKEN = re.compile(
    r"(?P<com>#(?!include|define|if|endif|else|ifdef|ifndef|undef|pragma|elif).*$|//.*$"
    r"|/\*.*?(\*/|$)|^\s*\*.*$)"
    r"|(?P<pre>^\s*#\s*\w+)"
    r"|(?P<str>[rbfuRBFU]{0,2}(\"\"\".*?(\"\"\"|$)|'''.*?('''|$)|\"(\\.|[^\"\\])*\"?|'(\\.|[^'\\])*'?))"
    r"|(?P<dec>@[\w.]+)"
    r"|(?P<num>\b(0x[0-9a-fA-F]+|\d+\.?\d*([eE][-+]?\d+)?)[uUlLjJ]*\b)"
    r"|(?P<var>\$\{?\w+\}?)"
    r"|(?P<word>[A-Za-z_]\w*)")
_PY_STRINGS = re.compile(r"\"\"\"|'''|\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'|#.*")


def syntax_colours(dark: bool) -> dict[str, str]:
    """The token palette of the editor's default theme in this mode."""
    return SYNTAX_DARK if dark else SYNTAX_LIGHT


def language(path: str) -> str:
    """The editor's language name for a file, from its extension."""
    ext = os.path.splitext(path)[1]
    return {".py": "Python", ".h": "C", ".c": "C", ".sh": "Shell Script"}.get(ext, "Plain Text")


def _word_colour(line: str, m: re.Match[str], prev: str, lang: str, pal: dict[str, str]) -> str:
    """Colour of an identifier: keyword, control word, function/class name, type or variable."""
    kw, ctrl = _WORDS.get(lang, ((), ()))
    text = m.group()
    if text in ctrl:
        return pal["ctrl"]
    if text in kw:
        return pal["kw"]
    if prev in ("def", "class") or line[m.end():m.end() + 1] == "(":
        return pal["type"] if prev == "class" or text[:1].isupper() else pal["fn"]
    if text[:1].isupper() and not text.isupper():
        return pal["type"]
    if lang != "Shell Script" and len(text) > 1 and m.start() > 0 and line[m.start() - 1] in "(,.=":
        return pal["var"]
    return ""


def _colour(line: str, m: re.Match[str], prev: str, lang: str, pal: dict[str, str]) -> str:
    kind, text = m.lastgroup, m.group()
    if kind == "com":
        return pal["com"] if lang != "Python" or text.lstrip().startswith("#") else ""
    if kind == "pre":
        return pal["pre"] if lang == "C" else pal["com"]
    if kind in ("str", "num"):
        return pal[kind]
    if kind == "dec":
        return pal["fn"]
    if kind == "var":
        return pal["var"] if lang == "Shell Script" else ""
    return _word_colour(line, m, prev, lang, pal)


def highlight(line: str, lang: str, pal: dict[str, str]) -> list[Token]:
    """One source line (tabs expanded to 4) as `(text, colour)` tokens; [] for an empty line."""
    out: list[Token] = []
    pos, prev = 0, ""
    line = line.expandtabs(4)
    for m in _TOKEN.finditer(line):
        out.append((line[pos:m.start()], ""))
        if m.lastgroup == "pre" and lang != "C":  # a Python/shell comment: colour to the end
            out.append((line[m.start():], pal["com"]))
            pos = len(line)
            break
        out.append((m.group(), _colour(line, m, prev, lang, pal)))
        pos = m.end()
        if m.lastgroup == "word":
            prev = m.group()
    out.append((line[pos:], ""))
    return [tok for tok in out if tok[0]]


def highlight_block(lines: list[str], lang: str, pal: dict[str, str]) -> list[list[Token]]:
    """Highlight lines in order, carrying Python triple-quoted strings and C block comments
    over line ends; one token list per input line."""
    out: list[list[Token]] = []
    inside = ""  # the closing mark of the open string/comment, if any
    for line in lines:
        rest = line
        if inside:
            end = line.find(inside)
            colour = pal["str"] if inside != "*/" else pal["com"]
            if end < 0:
                out.append([(line.expandtabs(4), colour)] if line else [])
                continue
            end += len(inside)
            tail = highlight(line[end:], lang, pal) if line[end:].strip() else []
            out.append([(line[:end].expandtabs(4), colour), *tail])
            inside, rest = "", line[end:]
        else:
            out.append(highlight(line, lang, pal))
        inside = _still_open(rest, lang, inside)
    return out


def _still_open(rest: str, lang: str, inside: str) -> str:
    """The closing mark still open after `rest` (a line or its tail past a closed string)."""
    if lang == "Python":
        for tok in _PY_STRINGS.findall(rest):
            if tok in ('"""', "'''") and inside in ("", tok):
                inside = "" if inside else tok
    elif lang == "C" and rest.rfind("/*") > rest.rfind("*/"):
        inside = "*/"
    return inside
