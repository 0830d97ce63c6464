"""Word lists the gate needs: names, ordinary Dutch words and places.

Sources, all read at run time from installed packages (nothing LGPL is copied here):

* ``filenthropist`` (MIT): ~115k first names and ~171k surnames with counts, and the
  Dutch towns/municipalities gazetteer.
* ``deduce`` (LGPL-3.0): Meertens first names and surnames, surnames that take a
  particle ("de Jong"), national street lists (BAG) and towns.
* ``pyspellchecker`` (MIT): Dutch word frequencies (OpenSubtitles counts over a
  Hunspell word list) to tell which name-list words are also ordinary Dutch words.
* Our own curated lists in ``nlp/data/*.txt``.

Building from the sources takes a second or two, so the result is pickled into the
user's cache directory (``$SIGNAALBOT_CACHE_DIR``, else ``$XDG_CACHE_HOME/signaalbot``,
else ``~/.cache/signaalbot``) and rebuilt when a source changes or the cache is missing.
A missing source package degrades the gate (fewer names/places) instead of failing;
``Lexicon.sources`` tells which sources were found.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import logging
import os
import pickle
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from nlp.normalize import fold

log = logging.getLogger(__name__)

LEXICON_VERSION = 7

DATA_DIR = Path(__file__).parent / "data"

# Place kinds (bit flags) in ``Lexicon.places``.
STREET = 1
TOWN = 2
AREA = 4  # neighbourhoods, parks, landmarks, stations, malls, schools
SHOP = 8  # shop chains and businesses named after people (Albert Heijn, Dirk)
CONFIGURED = 16

_WORD_RE = re.compile(r"[^\W_]+")


def place_key(text: str) -> str:
    """Canonical key of a place name: folded alphanumeric runs joined by spaces."""
    return " ".join(_WORD_RE.findall(fold(text)))


@dataclass(slots=True)
class Lexicon:
    first_names: dict[str, int] = field(default_factory=dict)
    surnames: dict[str, int] = field(default_factory=dict)
    # Surnames that normally carry a particle: "jong" (de Jong), "dijk" (van Dijk).
    particle_surnames: frozenset[str] = frozenset()
    # Folded word -> corpus frequency, only for words seen more than the floor.
    word_freq: dict[str, int] = field(default_factory=dict)
    # Words we know are not names in street Dutch, whatever the name lists say.
    not_names: frozenset[str] = frozenset()
    # Place key -> kind bit flags.
    places: dict[str, int] = field(default_factory=dict)
    # First word of a place key -> the word counts of keys starting with it.
    place_heads: dict[str, tuple[int, ...]] = field(default_factory=dict)
    sources: tuple[str, ...] = ()

    def add_places(self, names: Iterable[str], kind: int) -> None:
        heads: dict[str, set[int]] = {}
        for name in names:
            key = place_key(name)
            if not key:
                continue
            self.places[key] = self.places.get(key, 0) | kind
            words = key.split(" ")
            heads.setdefault(words[0], set()).add(len(words))
        for head, lens in heads.items():
            old = self.place_heads.get(head, ())
            self.place_heads[head] = tuple(sorted(set(old) | lens, reverse=True))

    def first_count(self, word: str) -> int:
        return self.first_names.get(fold(word), 0)

    def surname_count(self, word: str) -> int:
        return self.surnames.get(fold(word), 0)

    def freq(self, word: str) -> int:
        return self.word_freq.get(fold(word), 0)


def _package_dir(name: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def _source_files() -> list[Path]:
    files: list[Path] = sorted(DATA_DIR.glob("*.txt"))
    fil = _package_dir("filenthropist")
    if fil is not None:
        gz = fil / "pii_interface" / "data" / "gazetteers"
        files += [gz / "dutch_first_names.json", gz / "dutch_last_names.json",
                  gz / "city_gazetteer.json"]
    ded = _package_dir("deduce")
    if ded is not None:
        src = ded / "data" / "lookup" / "src"
        files += [
            src / "names" / "lst_first_name" / "items.txt",
            src / "names" / "lst_surname" / "items.txt",
            src / "names" / "lst_interfix_surname" / "items.txt",
            src / "locations" / "lst_street" / "items.txt",
            src / "locations" / "lst_street" / "streets_bag.txt",
            src / "locations" / "lst_placename" / "lst_residence" / "items.txt",
            src / "locations" / "lst_placename" / "lst_municipality" / "items.txt",
            src / "locations" / "lst_placename" / "lst_region" / "items.txt",
        ]
    spell = _package_dir("spellchecker")
    if spell is not None:
        files.append(spell / "resources" / "nl.json.gz")
    return [f for f in files if f.is_file()]


def _fingerprint(files: list[Path]) -> str:
    h = hashlib.sha256(f"v{LEXICON_VERSION}".encode())
    for f in files:
        st = f.stat()
        h.update(f"{f}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:16]


def cache_dir() -> Path:
    env = os.environ.get("SIGNAALBOT_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "signaalbot"


def _merge_max(target: dict[str, int], name: str, count: int) -> None:
    key = fold(name)
    if not key:
        return
    if count > target.get(key, 0):
        target[key] = count


def build_lexicon() -> Lexicon:
    """Build the lexicon from the source packages and our own lists (slow path)."""
    lex = Lexicon()
    sources: list[str] = ["curated"]
    first: dict[str, int] = {}
    sur: dict[str, int] = {}
    particle: set[str] = set()

    fil = _package_dir("filenthropist")
    if fil is not None:
        gz = fil / "pii_interface" / "data" / "gazetteers"
        try:
            for name, cnt in json.loads((gz / "dutch_first_names.json").read_text("utf-8")).items():
                _merge_max(first, name, int(cnt))
            for name, cnt in json.loads((gz / "dutch_last_names.json").read_text("utf-8")).items():
                _merge_max(sur, name, max(int(cnt), 1))
            city = json.loads((gz / "city_gazetteer.json").read_text("utf-8"))
            for k in ("woonplaatsen", "gemeenten", "provinces", "belgian_cities", "countries"):
                lex.add_places(city.get(k, ()), TOWN)
            sources.append("filenthropist")
        except (OSError, ValueError) as exc:  # pragma: no cover - broken install
            log.warning("filenthropist data unreadable: %s", type(exc).__name__)

    ded = _package_dir("deduce")
    if ded is not None:
        src = ded / "data" / "lookup" / "src"
        try:
            for name in _lines(src / "names" / "lst_first_name" / "items.txt"):
                _merge_max(first, name, 20)
            for name in _lines(src / "names" / "lst_surname" / "items.txt"):
                _merge_max(sur, name, 20)
            for name in _lines(src / "names" / "lst_interfix_surname" / "items.txt"):
                particle.add(fold(name))
            streets = src / "locations" / "lst_street"
            lex.add_places(_lines(streets / "items.txt"), STREET)
            lex.add_places(_lines(streets / "streets_bag.txt"), STREET)
            pl = src / "locations" / "lst_placename"
            for sub in ("lst_residence", "lst_municipality", "lst_region"):
                lex.add_places(_lines(pl / sub / "items.txt"), TOWN)
            sources.append("deduce")
        except OSError as exc:  # pragma: no cover - broken install
            log.warning("deduce data unreadable: %s", type(exc).__name__)

    spell = _package_dir("spellchecker")
    if spell is not None:
        try:
            with gzip.open(spell / "resources" / "nl.json.gz", "rt", encoding="utf-8") as fh:
                freq: dict[str, int] = json.load(fh)
            # 50 is the floor pyspellchecker gives to dictionary words never seen in
            # the subtitle corpus (this includes most names): treat as "not common".
            for w, c in freq.items():
                if c > 50:
                    _merge_max(lex.word_freq, w, int(c))
            sources.append("pyspellchecker")
        except (OSError, ValueError) as exc:  # pragma: no cover - broken install
            log.warning("pyspellchecker data unreadable: %s", type(exc).__name__)

    # Our own curated lists.
    for name in _lines(DATA_DIR / "first_names.txt"):
        _merge_max(first, name, 1000)
    for name in _lines(DATA_DIR / "surnames.txt"):
        _merge_max(sur, name, 1000)
    for word in _lines(DATA_DIR / "common_words.txt"):
        _merge_max(lex.word_freq, word, 100_000)
    not_names = {fold(w) for w in _lines(DATA_DIR / "not_names.txt")}
    lex.add_places(_lines(DATA_DIR / "places.txt"), AREA)
    lex.add_places(_lines(DATA_DIR / "shops.txt"), SHOP)

    lex.first_names = first
    lex.surnames = sur
    lex.particle_surnames = frozenset(particle)
    lex.not_names = frozenset(not_names)
    lex.sources = tuple(sources)
    return lex


def load_lexicon(*, use_cache: bool = True) -> Lexicon:
    """Load the lexicon from the cache, building (and caching) it when needed."""
    files = _source_files()
    fp = _fingerprint(files)
    path = cache_dir() / f"lexicon-{fp}.pickle"
    if use_cache and path.is_file():
        try:
            with path.open("rb") as fh:
                lex = pickle.load(fh)
            if isinstance(lex, Lexicon):
                return lex
        except Exception:  # noqa: BLE001 - a broken cache is rebuilt
            log.warning("lexicon cache unreadable, rebuilding")
    lex = build_lexicon()
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(lex, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            for old in path.parent.glob("lexicon-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            log.warning("could not write lexicon cache")
    return lex
