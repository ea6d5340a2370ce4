"""Content for the pieces several Facebook pages share: posts, people cards, the Watch feed.

Each function draws its random values in the order the old f-string generator did and returns
plain data (dicts, lists, strings) that the macros in templates/facebook/_parts.html draw."""

from __future__ import annotations

from ..web import Ctx

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# reaction faces under a video post (👍 ❤️ 😆 😮 🥺)
_REACTIONS = ("\U0001F44D", "\u2764\uFE0F", "\U0001F606", "\U0001F62E", "\U0001F97A")


def top_avatar(c: Ctx) -> str:
    """The viewer's avatar in the top bar; drawn where the old generator drew the bar."""
    return c.img("avatar", 80, 80)


def post(c: Ctx) -> dict[str, object]:
    """A feed post: author, time, text, an optional picture, counts and 0-2 comments."""
    pic = c.img("photo", 680, c.rng.choice([380, 510, 680])) if c.rng.random() < .75 else ""
    comments = [{"av": c.img("avatar", 64, 64), "name": c.text.name(),
                 "text": c.text.sentence(4, 12)} for _ in range(c.rng.randint(0, 2))]
    return {"pic": pic, "comments": comments, "av": c.img("avatar", 80, 80),
            "name": c.text.name(), "ago": c.text.ago(), "text": c.text.paragraph(1, 3),
            "likes": c.text.count(), "ncomments": c.rng.randint(1, 900),
            "shares": c.rng.randint(1, 300)}


def when(c: Ctx) -> str:
    """A post time the way Facebook abbreviates it: 5h, 3d, or a date."""
    return c.rng.choice([f"{c.rng.randint(1, 23)}h", f"{c.rng.randint(1, 6)}d",
                         f"{c.rng.randint(1, 4)}w",
                         f"{c.rng.choice(MONTHS)} {c.rng.randint(1, 28)}"])


def page_name(c: Ctx) -> str:
    """The name of a Facebook Page that posts videos."""
    noun, adj = c.text.pick(c.text.nouns).title(), c.text.pick(c.text.adjs).title()
    return c.rng.choice([f"{adj} {noun}", f"{noun} TV", f"The {noun} Show",
                         f"{adj} {noun} Daily", f"{noun} Kitchen", c.text.name(),
                         f"{noun} Studios", f"{adj} Minds"])


def mutual(c: Ctx, small: bool = False) -> dict[str, object]:
    """'N mutual friends' (n may be 0: an empty line), with up to two tiny faces unless small."""
    n = c.rng.choice([0, 1, c.rng.randint(2, 9), c.rng.randint(2, 60), c.rng.randint(10, 200)])
    faces = [] if small or not n else [c.img("avatar", 32, 32) for _ in range(min(n, 2))]
    return {"n": n, "faces": faces}


def person(c: Ctx, request: bool) -> dict[str, object]:
    """A friend-request or people-you-may-know card: photo, name, mutual friends, state.

    state: 'request' (Confirm/Delete), 'suggest' (Add friend/Remove), 'sent' (Request sent),
    or a finished request's line ('Request accepted' / 'Request removed')."""
    done = c.rng.random() < .12
    if request and done:
        state = c.rng.choice(["Request accepted", "Request removed"])
    elif request:
        state = "request"
    else:
        state = "sent" if done else "suggest"
    return {"state": state, "src": c.img("avatar", 240, 240), "name": c.text.name(),
            "mutual": mutual(c)}


def video(c: Ctx, live: bool = False) -> dict[str, object]:
    """A 16:9 video frame: thumbnail with a play button ('idle'), 'playing' with controls,
    or 'live' with a viewer count."""
    v: dict[str, object] = {"state": "live" if live else c.rng.choice(["idle", "idle",
                                                                       "playing"])}
    if v["state"] == "idle":
        v["duration"] = c.text.duration()
    elif v["state"] == "playing":
        spent, total = c.rng.randint(3, 95), c.rng.randint(40, 3600)
        at = total * spent // 100
        v.update(spent=spent, at=f"{at // 60}:{at % 60:02d}",
                 total=f"{total // 60}:{total % 60:02d}")
    else:
        v["viewers"] = c.text.count()
    v["src"] = c.img("photo", 800, 450)
    return v


def watch_post(c: Ctx, live: bool = False) -> dict[str, object]:
    """A video post in the Watch feed: page header, caption and tags, video, counts."""
    name = page_name(c)
    tick = c.rng.random() < .35
    follow = c.rng.random() < .5
    ago = "is live now" if live else when(c)
    tags = " ".join(f"#{c.text.word()}" for _ in range(c.rng.choice([0, 0, 1, 2, 3])))
    caption = c.text.sentence(5, 22)
    faces = "".join(c.rng.sample(_REACTIONS, c.rng.randint(1, 3)))
    views = c.text.count() if c.rng.random() < .7 else ""
    return {"kind": "post", "name": name, "tick": tick, "follow": follow, "when": ago,
            "tags": tags, "caption": caption, "faces": faces, "views": views,
            "av": c.img("avatar", 80, 80), "video": video(c, live), "likes": c.text.count(),
            "ncomments": c.rng.randint(1, 3000), "shares": c.rng.randint(1, 900)}


def watch_pages(c: Ctx) -> list[dict[str, object]]:
    """The followed Pages in the Watch menu, some with a count of new videos."""
    pages = []
    for _ in range(c.rng.randint(4, 8)):
        page = {"av": c.img("avatar", 72, 72), "name": page_name(c)}
        page["new"] = c.rng.choice(["9+", "1", "2", "4"]) if c.rng.random() < .5 else ""
        pages.append(page)
    return pages


def _reels(c: Ctx) -> dict[str, object]:
    """A row of five reels with their view counts."""
    reels = [{"src": c.img("photo", 180, 320), "views": c.text.count()} for _ in range(5)]
    return {"kind": "reels", "reels": reels, "head": c.rng.choice(["Reels",
                                                                    "Reels and short videos"])}


def _tiles(c: Ctx, view: str) -> dict[str, object]:
    """A card of video tiles: live videos, shows, or trending/continue-watching videos."""
    cols = c.rng.choice([2, 3, 3])
    # the default is drawn even when unused, as the old generator did (keeps the seed's scene)
    other = c.rng.choice(["Trending videos", "Continue watching", "New for you",
                          f"More from {page_name(c)}"])
    head = {"Live": "Popular live videos", "Shows": "Popular shows"}.get(view, other)
    tiles = []
    for _ in range(cols * c.rng.randint(1, 2)):
        if view == "Live":
            tile = {"badge": "", "meta": f"{c.text.count()} watching"}
        else:
            tile = {"badge": c.text.duration()}
            tile["meta"] = (f"{c.rng.randint(2, 80)} episodes" if view == "Shows" else
                            f"{c.text.count()} views \u00b7 {when(c)}")
        tile.update(src=c.img("photo", 400, 225), title=c.text.title(), page=page_name(c))
        tiles.append(tile)
    return {"kind": "tiles", "cols": cols, "head": head, "tiles": tiles}


def watch_block(c: Ctx, view: str) -> list[dict[str, object]]:
    """The Watch feed for a menu view: video posts, maybe a reels row and a tiles card."""
    live = view == "Live"
    blocks = [watch_post(c, live or c.rng.random() < .1) for _ in range(c.rng.randint(2, 4))]
    if c.rng.random() < .55 and view != "Shows":
        reels = _reels(c)
        blocks.insert(c.rng.randint(0, 1), reels)
    if view != "Home" or c.rng.random() < .45:
        tiles = _tiles(c, view)
        blocks.insert(0 if view != "Home" else c.rng.randint(0, len(blocks)), tiles)
    return blocks
