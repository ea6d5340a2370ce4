"""Generated content for the screens: words, names, titles, sentences, numbers.

Everything comes from a `random.Random` handed in by the caller, so a scene is reproducible from
its seed. The vocabularies are split into two halves by a stable hash: the train split draws from
one half and the held-out splits from the other, so test screens carry text never seen in training.
"""

from __future__ import annotations

import random
import zlib

_FIRST = (
    "Ada Alan Grace Linus Margaret Ken Dennis Barbara Guido Yukihiro Anders Bjarne Frances Radia "
    "Hedy Katherine Dorothy Tim Vint Donald Edsger John Sophie Mateo Lucia Omar Priya Wei Aiko "
    "Noah Emma Liam Olivia Lucas Mia Hugo Chloe Arjun Fatima Diego Elena Marco Sara Jonas Lea "
    "Kofi Amara Tariq Nadia Ivan Olga Pedro Ines Kenji Hana Min Jun Ravi Anya Felix Clara"
).split()
_LAST = (
    "Lovelace Turing Hopper Torvalds Hamilton Thompson Ritchie Liskov Rossum Matsumoto Hejlsberg "
    "Stroustrup Allen Perlman Lamarr Johnson Vaughan Berners Cerf Knuth Dijkstra McCarthy Martin "
    "Garcia Rossi Khan Patel Chen Tanaka Schmidt Dubois Silva Nguyen Kowalski Novak Larsen Moreau "
    "Fischer Okafor Mensah Haddad Petrov Costa Alves Sato Park Kim Sharma Ivanova Weber Keller"
).split()
_NOUNS = (
    "model data pipeline river garden city network market kitchen music history ocean forest "
    "engine server cloud design camera planet island language habit budget coffee summer winter "
    "mountain recipe story village bridge signal pattern window library robot machine battery "
    "energy climate trip career startup interview workout sleep memory brain galaxy rocket bread "
    "chess piano guitar football marathon election economy teacher student project release "
    "feature bug test review sprint deadline dashboard report chart image video podcast series "
    "movie season episode trailer concert festival museum painting novel poem mystery adventure"
).split()
_ADJ = (
    "simple hidden quiet modern ancient fast slow brilliant strange honest practical complete "
    "ultimate tiny huge secret perfect broken beautiful dark bright open free private public "
    "surprising deep shallow lazy smart wild calm urgent final new old first last real virtual"
).split()
_VERBS = (
    "build learn fix explore train deploy measure cook write design test ship understand scale "
    "improve debug automate visit discover break refactor launch teach plan grow save change"
).split()
_TITLE_FORMS = (
    "How to {verb} a {adj} {noun}",
    "The {adj} {noun} nobody talks about",
    "{num} things I learned about {noun}s",
    "Why every {noun} needs a {adj} {noun2}",
    "I tried to {verb} my {noun} for {num} days",
    "A {adj} guide to {noun}s and {noun2}s",
    "{name}'s {adj} {noun}",
    "What {noun}s teach us about {noun2}s",
    "The {noun} of {adj} {noun2}s",
    "{verb_cap} your {noun} in {num} minutes",
)


def _split_pool(words: list[str], held_out: bool) -> list[str]:
    """Half of a vocabulary, chosen by a stable hash (not Python's salted hash())."""
    half = [w for w in words if (zlib.crc32(w.encode()) % 2 == 1) == held_out]
    return half or words


class Content:
    """Text generator bound to one scene's random stream and one vocabulary half."""

    def __init__(self, rng: random.Random, held_out: bool = False) -> None:
        self.rng = rng
        self.held_out = held_out
        self.nouns = _split_pool(_NOUNS, held_out)
        self.adjs = _split_pool(_ADJ, held_out)
        self.verbs = _split_pool(_VERBS, held_out)
        self.first = _split_pool(_FIRST, held_out)
        self.last = _split_pool(_LAST, held_out)

    def pick(self, seq):  # noqa: ANN001, ANN201 - any sequence
        return self.rng.choice(seq)

    def name(self) -> str:
        return f"{self.pick(self.first)} {self.pick(self.last)}"

    def handle(self) -> str:
        first, last = self.pick(self.first).lower(), self.pick(self.last).lower()
        return self.pick([f"{first}{last[:3]}", f"{first}-{last}", f"{first[0]}{last}",
                          f"{first}_{self.rng.randint(1, 99)}"])

    def owner_repo(self) -> tuple[str, str]:
        """A GitHub-style (owner, repository) pair: ("ada-lovelace", "model-garden")."""
        return self.handle(), f"{self.word()}-{self.word()}"

    def word(self) -> str:
        return self.pick(self.nouns + self.adjs + self.verbs)

    def title(self) -> str:
        form = self.pick(_TITLE_FORMS)
        verb = self.pick(self.verbs)
        text = form.format(verb=verb, verb_cap=verb.capitalize(), adj=self.pick(self.adjs),
                           noun=self.pick(self.nouns), noun2=self.pick(self.nouns),
                           num=self.rng.randint(3, 30), name=self.pick(self.first))
        return text[0].upper() + text[1:]

    def sentence(self, lo: int = 8, hi: int = 20) -> str:
        words = []
        for i in range(self.rng.randint(lo, hi)):
            pool = (self.nouns, self.adjs, self.verbs, _GLUE)[i % 4 if self.rng.random() < .6
                                                              else self.rng.randint(0, 3)]
            words.append(self.pick(pool))
        text = " ".join(words)
        return text[0].upper() + text[1:] + self.pick([".", ".", ".", "?", "!"])

    def paragraph(self, lo: int = 3, hi: int = 6) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    def count(self) -> str:
        """A view/like count the way sites print it: 987, 12K, 3.4M."""
        n = int(10 ** self.rng.uniform(1, 7))
        if n >= 1_000_000:
            return f"{n / 1_000_000:.1f}M"
        return f"{n // 1000}K" if n >= 1000 else str(n)

    def ago(self) -> str:
        n = self.rng.randint(1, 11)
        unit = self.pick(["minute", "hour", "day", "week", "month", "year"])
        return f"{n} {unit}{'s' if n > 1 else ''} ago"

    def duration(self) -> str:
        return f"{self.rng.randint(0, 59)}:{self.rng.randint(0, 59):02d}"

    def color(self, light: bool | None = None) -> str:
        """A random saturated colour as hex; light=True/False biases the lightness."""
        import colorsys

        lum = {None: self.rng.uniform(.3, .7), True: self.rng.uniform(.65, .85),
               False: self.rng.uniform(.2, .4)}[light]
        r, g, b = colorsys.hls_to_rgb(self.rng.random(), lum, self.rng.uniform(.4, .9))
        return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


_GLUE = "the a of and to in with for on is are was from about but not".split()


def source_files(held_out: bool, limit: int = 400) -> list[str]:
    """Real source files (Python's standard library, C headers, shell scripts) to show in
    editors, terminals and code pages; split in halves by a stable hash like the words."""
    import glob
    import sys

    stdlib = f"/usr/lib/python{sys.version_info.major}.{sys.version_info.minor}"
    patterns = (f"{stdlib}/*.py", f"{stdlib}/*/*.py", "/usr/include/*.h", "/usr/bin/*.sh",
                "/usr/share/doc/*/examples/*.c", "/usr/lib/python3/dist-packages/*/*.py")
    found = sorted({p for pat in patterns for p in glob.glob(pat)})
    found = [p for p in found if (zlib.crc32(p.encode()) % 5 == 0) == held_out]
    return found[:: max(1, len(found) // limit)]


def read_lines(path: str, rng: random.Random, n: int = 60) -> list[str]:
    """A window of n lines from a text file, starting at a random line."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return []
    start = rng.randrange(max(1, len(lines) - n))
    return lines[start:start + n]
