"""The look of one desktop session, drawn from a seed, and the config files that apply it."""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import images
from .content import Content

RESOLUTIONS = ((1280, 800), (1366, 768), (1440, 900), (1440, 900), (1536, 864), (1600, 900),
               (1680, 1050), (1920, 1080), (1920, 1080), (1920, 1200), (2560, 1440))
UI_FONTS = ("DejaVu Sans", "Liberation Sans", "Noto Sans", "DejaVu Serif", "Liberation Serif")
MONO_FONTS = ("DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono")


def openbox_themes() -> list[str]:
    found = sorted(p.parent.name for p in Path("/usr/share/themes").glob("*/openbox-3"))
    return found or ["Clearlooks"]


@dataclass
class Style:
    resolution: tuple[int, int]
    dpi: int
    dark: bool
    ui_font: str
    font_size: int
    mono_font: str
    wm_theme: str
    panel: bool
    panel_top: bool
    panel_height: int
    panel_color: str
    wallpaper_seed: int
    desktop_files: list[str] = field(default_factory=list)

    @property
    def gtk_theme(self) -> str:
        return "Adwaita:dark" if self.dark else "Adwaita"

    def describe(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k != "desktop_files"}

    def write_configs(self, home: Path) -> None:
        cfg = home / ".config"
        for sub in ("gtk-3.0", "openbox", "tint2", "dunst", "pcmanfm/farm", "libfm"):
            (cfg / sub).mkdir(parents=True, exist_ok=True)
        font = f"{self.ui_font} {self.font_size}"
        (cfg / "gtk-3.0/settings.ini").write_text(
            f"[Settings]\ngtk-theme-name=Adwaita\ngtk-icon-theme-name=Adwaita\n"
            f"gtk-font-name={font}\ngtk-application-prefer-dark-theme={int(self.dark)}\n")
        (cfg / "openbox/rc.xml").write_text(_openbox_rc(self))
        (cfg / "tint2/tint2rc").write_text(_tint2_rc(self))
        (cfg / "dunst/dunstrc").write_text(_dunst_rc(self))
        (cfg / "libfm/libfm.conf").write_text("[config]\nquick_exec=1\n[ui]\nbig_icon_size=48\n")
        w, h = self.resolution
        wall = home / "wallpaper.jpg"
        images.wallpaper(random.Random(self.wallpaper_seed), w, h).save(wall, quality=88)
        (cfg / "pcmanfm/farm/desktop-items-0.conf").write_text(
            f"[*]\nwallpaper_mode=crop\nwallpaper={wall}\ndesktop_bg=#204060\n"
            f"desktop_fg=#ffffff\ndesktop_shadow=#000000\ndesktop_font={font}\n"
            f"show_wm_menu=0\nshow_documents=0\nshow_trash=1\nshow_mounts=0\n")
        (cfg / "pcmanfm/farm/pcmanfm.conf").write_text(
            "[config]\nbm_open_method=0\n[ui]\nalways_show_tabs=0\nshow_hidden=0\n"
            "view_mode=icon\nshow_statusbar=1\n")
        desk = home / "Desktop"
        desk.mkdir(exist_ok=True)
        for name in self.desktop_files:
            target = desk / name
            if "." in name:
                target.write_text("")
            else:
                target.mkdir(exist_ok=True)


def _openbox_rc(s: Style) -> str:
    fonts = "".join(
        f"<font place='{place}'><name>{s.ui_font}</name><size>{s.font_size}</size>"
        f"<weight>{'Bold' if place == 'ActiveWindow' else 'Normal'}</weight><slant>Normal</slant>"
        f"</font>" for place in ("ActiveWindow", "InactiveWindow", "MenuItem", "MenuHeader"))
    return ("<?xml version='1.0' encoding='UTF-8'?><openbox_config "
            "xmlns='http://openbox.org/3.4/rc'><focus><focusNew>yes</focusNew></focus>"
            f"<placement><policy>Smart</policy></placement><theme><name>{s.wm_theme}</name>"
            f"<titleLayout>NLIMC</titleLayout>{fonts}</theme><desktops><number>1</number>"
            "</desktops><applications><application class='*'><decor>yes</decor></application>"
            "</applications></openbox_config>")


def _tint2_rc(s: Style) -> str:
    pos = "top center horizontal" if s.panel_top else "bottom center horizontal"
    fg = "#ffffff" if s.dark or s.panel_color < "#888888" else "#202020"
    return (f"panel_items = LTSC\npanel_position = {pos}\npanel_size = 100% {s.panel_height}\n"
            f"panel_background_id = 1\nrounded = 0\nborder_width = 0\n"
            f"background_color = {s.panel_color} 100\nborder_color = #000000 0\n"
            f"rounded = 4\nborder_width = 0\nbackground_color = #ffffff 18\n"
            f"border_color = #000000 0\ntaskbar_mode = single_desktop\n"
            f"task_background_id = 0\ntask_active_background_id = 2\n"
            f"task_font = {s.ui_font} {s.font_size - 1}\ntask_font_color = {fg} 100\n"
            f"task_maximum_size = 200 {s.panel_height}\ntask_text = 1\ntask_icon = 1\n"
            f"launcher_item_app = /usr/share/applications/xterm.desktop\n"
            f"launcher_icon_theme = Adwaita\nsystray_padding = 4 2 4\n"
            f"time1_format = %H:%M\ntime2_format = %a %d %b\nclock_font_color = {fg} 100\n"
            f"time1_font = {s.ui_font} {s.font_size}\n")


def _dunst_rc(s: Style) -> str:
    bg, fg = ("#2b2b2b", "#eeeeee") if s.dark else ("#f5f5f5", "#222222")
    origin = "top-right" if not s.panel_top else "bottom-right"
    return (f"[global]\nfont = {s.ui_font} {s.font_size}\norigin = {origin}\n"
            f"offset = 12x{s.panel_height + 12}\nwidth = 360\nframe_width = 1\n"
            f"corner_radius = 6\npadding = 12\nhorizontal_padding = 12\n"
            f"[urgency_normal]\nbackground = \"{bg}\"\nforeground = \"{fg}\"\ntimeout = 0\n")


def random_style(rng: random.Random, text: Content) -> Style:
    """A desktop look; every axis a real desktop varies is drawn independently."""
    exts = [".pdf", ".txt", ".png", ".jpg", ".odt", ".py", ".zip", ".csv", ".mp4", ""]
    files = sorted({f"{text.word()}{'_' + text.word() if rng.random() < .4 else ''}"
                    f"{rng.choice(exts)}" for _ in range(rng.randint(0, 14))})
    dark = rng.random() < .45
    return Style(
        resolution=rng.choice(RESOLUTIONS), dpi=rng.choice([96, 96, 96, 110, 120]),
        dark=dark, ui_font=rng.choice(UI_FONTS), font_size=rng.choice([9, 10, 10, 11, 12]),
        mono_font=rng.choice(MONO_FONTS), wm_theme=rng.choice(openbox_themes()),
        panel=rng.random() < .85, panel_top=rng.random() < .35,
        panel_height=rng.choice([24, 28, 32, 40]),
        panel_color=rng.choice(["#1e1e1e", "#2d3440", "#dcdcdc", "#3c3b37", "#f0f0f0",
                                "#20304a"]),
        wallpaper_seed=rng.randrange(1 << 30), desktop_files=files)
