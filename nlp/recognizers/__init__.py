"""Recognizers, one per module; discovered automatically.

Every module in this package (except ``base``) is imported by ``load_recognizers``;
each defines one ``Recognizer`` subclass decorated with ``@register``.
"""

from __future__ import annotations

import importlib
import pkgutil

from nlp.recognizers.base import Recognizer, Resources, register, registered

__all__ = ["Recognizer", "Resources", "load_recognizers", "register"]

_loaded = False


def _import_all() -> None:
    global _loaded
    if _loaded:
        return
    for mod in pkgutil.iter_modules(__path__):
        if mod.name != "base" and not mod.name.startswith("_"):
            importlib.import_module(f"{__name__}.{mod.name}")
    _loaded = True


def load_recognizers(resources: Resources) -> list[Recognizer]:
    """Instantiate every registered recognizer, in run order."""
    _import_all()
    classes = sorted(registered().values(), key=lambda c: (c.order, c.name))
    return [cls(resources) for cls in classes]
