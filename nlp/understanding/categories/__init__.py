"""Behaviour categories, one module each, registered automatically.

Adding a category means adding a module here with a module-level ``CATEGORY``; nothing
else changes. ``ALL`` is ordered by name for a stable output.
"""

from __future__ import annotations

import importlib
import pkgutil

from nlp.understanding.categories.base import Category


def _discover() -> tuple[Category, ...]:
    found: dict[str, Category] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        cat = getattr(module, "CATEGORY", None)
        if not isinstance(cat, Category):
            continue
        if cat.name in found:
            raise ValueError(f"category {cat.name!r} is defined twice")
        found[cat.name] = cat
    return tuple(found[k] for k in sorted(found))


ALL: tuple[Category, ...] = _discover()
BY_NAME: dict[str, Category] = {c.name: c for c in ALL}
NAMES: tuple[str, ...] = tuple(BY_NAME)

__all__ = ["ALL", "BY_NAME", "NAMES", "Category"]
