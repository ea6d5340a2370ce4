"""Desktop applications for the native classes: each function prepares real files, starts the
real program on the desktop and returns its process. The caller places the window and grabs."""

from __future__ import annotations

import random
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from .assets import make_notes, source_window, terminal_script
from .content import Content, source_files
from .desktop import Desktop

Launcher = Callable[[Desktop, random.Random, Content, "AppFiles"], subprocess.Popen]


class AppFiles:
    """Per-scene scratch folder plus the split's shared PDF/notebook pool."""

    def __init__(self, scratch: Path, pdfs: list[Path], notebooks: list[Path],
                 mono_font: str, font_size: int, dark: bool) -> None:
        self.scratch, self.pdfs, self.notebooks = scratch, pdfs, notebooks
        self.mono_font, self.font_size, self.dark = mono_font, font_size, dark
        scratch.mkdir(parents=True, exist_ok=True)


_GEANY_DARK = ("[named_styles]\ndefault=#d4d4d4;#1e1e1e;false;false\nerror=#f44747\n"
               "comment=#6a9955\ncomment_doc=#6a9955\nstring=#ce9178\nstring_1=#ce9178\n"
               "keyword=#569cd6;;true\nkeyword_1=#569cd6;;true\nkeyword_2=#4ec9b0\n"
               "number=#b5cea8\nnumber_1=#b5cea8\ntype=#4ec9b0;;true\nfunction=#dcdcaa\n"
               "identifier=#9cdcfe\nidentifier_1=#9cdcfe\noperator=#d4d4d4\n"
               "preprocessor=#c586c0\ncurrent_line=#282828;true\nselection=#264f78;#264f78;"
               "false;true\nmargin_line_number=#858585;#1e1e1e\nindent_guide=#404040\n"
               "[theme_info]\nname=Night\n")


def _copy_sources(files: AppFiles, rng: random.Random, held_out: bool, n: int,
                  plain: bool = False) -> list[Path]:
    """Copies of n source files to open; `plain` names them *.txt so the editor shows them
    without syntax colours (code is still code when it is not coloured)."""
    out = []
    for src in rng.sample(source_files(held_out), n):
        dst = files.scratch / "project" / (Path(src).name + (".txt" if plain else ""))
        dst.parent.mkdir(exist_ok=True)
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


# Share of code-editor scenes shown without syntax colours (plain-text file names, `syntax off`,
# no font-lock): people do read code uncoloured, and a model that only knows coloured code
# takes a plain editor for notes.
PLAIN_EDITOR_P = 0.25


def geany(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    cfg = files.scratch / "geany"
    (cfg / "colorschemes").mkdir(parents=True, exist_ok=True)
    scheme = ""
    if files.dark or rng.random() < .3:
        (cfg / "colorschemes/night.conf").write_text(_GEANY_DARK)
        scheme = "color_scheme=night.conf\n"
    (cfg / "geany.conf").write_text(
        f"[geany]\n{scheme}editor_font={files.mono_font} {files.font_size + rng.choice([0, 1])}\n"
        f"sidebar_visible={str(rng.random() < .7).lower()}\nmsgwindow_visible="
        f"{str(rng.random() < .6).lower()}\nshow_line_numbers=true\npref_main_load_session="
        f"false\n")
    docs = _copy_sources(files, rng, text.held_out, rng.randint(1, 5))
    return desk.launch(["geany", "-i", "-c", str(cfg), *map(str, docs)])


def mousepad(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    docs = _copy_sources(files, rng, text.held_out, rng.randint(1, 3))
    return desk.launch(["mousepad", "--disable-server", *map(str, docs)])


def _shell_rc(files: AppFiles, rng: random.Random, text: Content) -> Path:
    rc = files.scratch / "session.rc"
    rc.write_text("cd ~\n" + terminal_script(rng, text))
    return rc


def _term_colors(rng: random.Random, dark: bool) -> tuple[str, str]:
    if dark or rng.random() < .5:
        return rng.choice([("#000000", "#d0d0d0"), ("#300a24", "#ffffff"), ("#1e1e1e", "#cccccc"),
                           ("#002b36", "#839496"), ("#282a36", "#f8f8f2")])
    return rng.choice([("#ffffff", "#000000"), ("#fdf6e3", "#657b83"), ("#f5f5f5", "#222222")])


def xterm(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    bg, fg = _term_colors(rng, files.dark)
    return desk.launch(["xterm", "-fa", files.mono_font, "-fs", str(files.font_size + 1),
                        "-bg", bg, "-fg", fg, "-geometry", f"{rng.randint(80, 140)}x"
                        f"{rng.randint(24, 50)}", "-e", "bash", "--rcfile",
                        str(_shell_rc(files, rng, text)), "-i"])


def xfce4_terminal(desk: Desktop, rng: random.Random, text: Content,
                   files: AppFiles) -> subprocess.Popen:
    bg, fg = _term_colors(rng, files.dark)
    cfg = desk.home / ".config/xfce4/terminal"
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "terminalrc").write_text(
        f"[Configuration]\nColorBackground={bg}\nColorForeground={fg}\nFontName="
        f"{files.mono_font} {files.font_size + 1}\nMiscMenubarDefault="
        f"{str(rng.random() < .6).upper()}\nMiscToolbarDefault=FALSE\n")
    rc = _shell_rc(files, rng, text)
    return desk.launch(["xfce4-terminal", "--disable-server", "-x", "bash", "--rcfile",
                        str(rc), "-i"])


def lxterminal(desk: Desktop, rng: random.Random, text: Content,
               files: AppFiles) -> subprocess.Popen:
    rc = _shell_rc(files, rng, text)
    return desk.launch(["lxterminal", "--no-remote", "-e", f"bash --rcfile {rc} -i"])


def mupdf(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    pdf = rng.choice(files.pdfs)
    return desk.launch(["mupdf", "-r", str(rng.choice([72, 90, 110, 130])), str(pdf),
                        str(rng.randint(1, 2))])


def zathura(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    pdf = rng.choice(files.pdfs)
    return desk.launch(["zathura", "-P", str(rng.randint(1, 2)), str(pdf)])


def qpdfview(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    pdf = rng.choice(files.pdfs)
    return desk.launch(["qpdfview", "--unique", f"{pdf}#{rng.randint(1, 2)}"])


def xpad(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    note = files.scratch / "note.txt"
    note.write_text(make_notes(rng, text))
    return desk.launch(["xpad", "-f", str(note)])


def cherrytree(desk: Desktop, rng: random.Random, text: Content,
               files: AppFiles) -> subprocess.Popen:
    from xml.sax.saxutils import escape, quoteattr

    nodes = "".join(
        f"<node name={quoteattr(text.title()[:30])} unique_id='{i + 1}' prog_lang='custom-colors'"
        f" tags='' readonly='0' custom_icon_id='0' is_bold='0' foreground='' ts_creation='0' "
        f"ts_lastsave='0'><rich_text>{escape(make_notes(rng, text))}</rich_text></node>"
        for i in range(rng.randint(2, 6)))
    doc = files.scratch / f"{text.word()}.ctd"
    doc.write_text(f"<?xml version='1.0' encoding='UTF-8'?><cherrytree>{nodes}</cherrytree>")
    return desk.launch(["cherrytree", str(doc)])


_GNOTE_NOTE = (
    "<?xml version='1.0' encoding='utf-8'?><note version='0.3' "
    "xmlns='http://beatniksoftware.com/tomboy'><title>{title}</title><text "
    "xml:space='preserve'><note-content version='0.1'>{title}\n\n{body}</note-content></text>"
    "<last-change-date>{date}</last-change-date><last-metadata-change-date>{date}"
    "</last-metadata-change-date><create-date>{date}</create-date><cursor-position>0"
    "</cursor-position><width>520</width><height>420</height><x>0</x><y>0</y>"
    "<open-on-startup>False</open-on-startup></note>")


def gnote(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    """GNOME's notes app on a store of the person's notes, one of them open."""
    from xml.sax.saxutils import escape

    store = desk.home / ".local/share/gnote"
    shutil.rmtree(store, ignore_errors=True)  # the notes of an earlier scene in this session
    store.mkdir(parents=True)
    titles = [text.title()[:40] for _ in range(rng.randint(3, 9))]
    for title in titles:
        date = (f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T"
                f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:00.0000000+00:00")
        (store / f"{_note_uuid(rng)}.note").write_text(_GNOTE_NOTE.format(
            title=escape(title), body=escape(make_notes(rng, text)), date=date))
    return desk.launch(["gnote", "--open-note", rng.choice(titles)])


def _note_uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def zim(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    book = files.scratch / "Notes"
    book.mkdir(exist_ok=True)
    (book / "notebook.zim").write_text("[Notebook]\nname=Notes\nhome=Home\n")
    pages = ["Home"] + [text.word().title() for _ in range(rng.randint(2, 5))]
    for page in pages:
        body = make_notes(rng, text).replace("[x]", "[*]")
        (book / f"{page}.txt").write_text(
            "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n\n"
            f"====== {page} ======\n{body}\n")
    return desk.launch(["zim", "--standalone", str(book), rng.choice(pages)])


def pcmanfm(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    folder = _file_manager_folder(desk, rng)
    return desk.launch(["pcmanfm", "--profile", "farm", "-n", str(folder)])


_VIM_SCHEMES = {True: ("desert", "evening", "elflord", "slate", "habamax", "lunaperche",
                       "koehler", "industry"),
                False: ("default", "morning", "shine", "peachpuff", "zellner", "delek")}
_EMACS_THEMES = {True: ("wombat", "tango-dark", "deeper-blue", "misterioso", "modus-vivendi"),
                 False: ("leuven", "tango", "adwaita", "modus-operandi", "")}


def gvim(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    docs = _copy_sources(files, rng, text.held_out, rng.randint(1, 3))
    layout = rng.choice(["-p", "-p", "-O", "-o"])  # tabs, or split windows
    font = files.mono_font.replace(" ", "\\ ")
    return desk.launch([
        "gvim", "-f", "-N", "-u", "NONE", "-i", "NONE", layout,
        "-c", f"colorscheme {rng.choice(_VIM_SCHEMES[files.dark])}",
        "-c", "syntax off" if rng.random() < PLAIN_EDITOR_P else "syntax on",
        "-c", "filetype on", "-c", f"set guifont={font}\\ {files.font_size + 1}",
        "-c", f"set {'number' if rng.random() < .8 else 'nonumber'} ruler laststatus=2",
        *map(str, docs)])


def emacs(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    docs = _copy_sources(files, rng, text.held_out, rng.randint(1, 3))
    theme = rng.choice(_EMACS_THEMES[files.dark])
    # set the font from Lisp: a font missing on the machine is then skipped, where -fn would
    # make Emacs refuse to start
    font = f"{files.mono_font}-{files.font_size + 1}"
    lisp = f'(setq inhibit-startup-screen t) (ignore-errors (set-frame-font "{font}" nil t))'
    if theme:
        lisp += f" (load-theme '{theme} t)"
    if rng.random() < .6:
        lisp += " (global-display-line-numbers-mode 1)"
    if rng.random() < PLAIN_EDITOR_P:
        lisp += " (global-font-lock-mode 0)"  # no syntax colours
    if len(docs) > 1 and rng.random() < .5:
        lisp += " (split-window-right) (other-window 1) (switch-to-buffer (other-buffer))"
    # Before the files are visited: no "unsafe local variables" prompt instead of the code, and
    # no background native compilation stalling the first frames.
    early = ("(setq enable-local-variables nil native-comp-jit-compilation nil "
             "native-comp-deferred-compilation nil)")
    return desk.launch(["emacs", "-q", "--no-splash", "--eval", early, *map(str, docs),
                        "--eval", f"(progn {lisp})"])


def pluma(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    docs = _copy_sources(files, rng, text.held_out, rng.randint(1, 4),
                         plain=rng.random() < PLAIN_EDITOR_P)
    return desk.launch(["pluma", *map(str, docs)])


def gedit(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    docs = _copy_sources(files, rng, text.held_out, rng.randint(1, 4),
                         plain=rng.random() < PLAIN_EDITOR_P)
    return desk.launch(["gedit", "--standalone", *map(str, docs)])


def urxvt(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    bg, fg = _term_colors(rng, files.dark)
    return desk.launch(["urxvt", "-fn", f"xft:{files.mono_font}:size={files.font_size + 1}",
                        "-bg", bg, "-fg", fg, "-sl", "2000", "+sb" if rng.random() < .6 else
                        "-sb", "-geometry", f"{rng.randint(80, 140)}x{rng.randint(24, 50)}",
                        "-e", "bash", "--rcfile", str(_shell_rc(files, rng, text)), "-i"])


def sakura(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    rc = _shell_rc(files, rng, text)
    return desk.launch(["sakura", "-f", f"{files.mono_font} {files.font_size + 1}",
                        "-x", f"bash --rcfile {rc} -i"])


def mate_terminal(desk: Desktop, rng: random.Random, text: Content,
                  files: AppFiles) -> subprocess.Popen:
    rc = _shell_rc(files, rng, text)
    return desk.launch(["mate-terminal", "--disable-factory", *(
        ["--hide-menubar"] if rng.random() < .4 else []), "-x", "bash", "--rcfile", str(rc),
        "-i"])


def terminator(desk: Desktop, rng: random.Random, text: Content,
               files: AppFiles) -> subprocess.Popen:
    bg, fg = _term_colors(rng, files.dark)
    cfg = files.scratch / "terminator.conf"
    cfg.write_text(f"[profiles]\n  [[default]]\n    background_color = \"{bg}\"\n"
                   f"    foreground_color = \"{fg}\"\n    use_system_font = False\n"
                   f"    font = {files.mono_font} {files.font_size + 1}\n")
    rc = _shell_rc(files, rng, text)
    return desk.launch(["terminator", "-u", "-g", str(cfg), "-x", "bash", "--rcfile", str(rc),
                        "-i"])


def evince(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    return desk.launch(["evince", "-i", str(rng.randint(1, 2)), str(rng.choice(files.pdfs))])


def atril(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    return desk.launch(["atril", "-i", str(rng.randint(1, 2)), str(rng.choice(files.pdfs))])


def xpdf(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    return desk.launch(["xpdf", "-z", rng.choice(["page", "width", "100", "125"]),
                        str(rng.choice(files.pdfs)), str(rng.randint(1, 2))])


def _file_manager_folder(desk: Desktop, rng: random.Random) -> Path:
    folder = rng.choice([desk.home / "Desktop", Path("/usr/share/backgrounds"),
                         Path("/usr/share/icons/Adwaita"), Path("/usr/share/doc"),
                         Path("/usr/lib/python3/dist-packages"), Path("/etc"), desk.home])
    return folder if folder.exists() else desk.home / "Desktop"


def thunar(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    return desk.launch(["thunar", str(_file_manager_folder(desk, rng))])


def caja(desk: Desktop, rng: random.Random, text: Content, files: AppFiles) -> subprocess.Popen:
    return desk.launch(["caja", "--no-desktop", "--browser", str(_file_manager_folder(desk,
                                                                                        rng))])


def source_text_window(rng: random.Random, held_out: bool) -> str:
    """Lines of source, for callers that want code text outside an editor."""
    return "\n".join(source_window(rng, held_out)[1])


NATIVE: dict[str, Launcher] = {
    "geany": geany, "mousepad": mousepad, "xterm": xterm, "xfce4-terminal": xfce4_terminal,
    "lxterminal": lxterminal, "mupdf": mupdf, "zathura": zathura, "qpdfview": qpdfview,
    "xpad": xpad, "cherrytree": cherrytree, "zim": zim, "pcmanfm": pcmanfm,
    "gvim": gvim, "emacs": emacs, "pluma": pluma, "gedit": gedit, "urxvt": urxvt,
    "sakura": sakura, "mate-terminal": mate_terminal, "terminator": terminator,
    "gnote": gnote, "evince": evince, "atril": atril, "xpdf": xpdf, "thunar": thunar, "caja": caja,
}
