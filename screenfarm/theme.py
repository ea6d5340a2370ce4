"""One `Theme` per site and mode: the palette and fonts a page template is drawn with.

Every site module builds its light and dark theme with `Theme(...)` and picks one with
`pick(light, dark, c)`; templates read colours as `{{ t.bg }}`, `{{ t.fg }}`, ... and never
compare colour strings to learn the mode (they test `t.dark`)."""

from __future__ import annotations

from dataclasses import dataclass, field


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


def pick(light: Theme, dark: Theme, is_dark: bool) -> Theme:
    """The theme for the session's mode (`Ctx.dark`)."""
    return dark if is_dark else light
