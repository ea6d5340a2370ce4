"""One `Theme` per site and mode: the palette and fonts a page template is drawn with.

Every site module builds its light and dark theme with `Theme(...)` and picks one with
`pick(light, dark, c)`; templates read colours as `{{ t.bg }}`, `{{ t.fg }}`, ... and never
compare colour strings to learn the mode (they test `t.dark`)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from markupsafe import Markup


@dataclass(frozen=True)
class Theme:
    """A site's palette in one mode.

    bg/fg: page background and text; muted: secondary text; line: borders and rules;
    surface/surface2: cards, chips and panels; accent: the brand colour (links, buttons);
    font: the CSS font-family list; extra: any further named colours a site needs
    (read in templates as `t.extra.name`)."""

    dark: bool
    bg: str
    fg: str
    muted: str
    line: str
    surface: str
    surface2: str = ""
    accent: str = ""
    font: str = "'Liberation Sans',Arial,sans-serif"
    extra: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # colours and font lists are written in code, never user text: marked safe so that
        # autoescape leaves "'Liberation Sans',Arial" intact inside <style> (HTML does not
        # decode &#39; there, so an escaped font list would break the CSS)
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                object.__setattr__(self, f.name, Markup(value))
        object.__setattr__(self, "extra", {k: Markup(v) for k, v in self.extra.items()})


def pick(light: Theme, dark: Theme, is_dark: bool) -> Theme:
    """The theme for the session's mode (`Ctx.dark`)."""
    return dark if is_dark else light
