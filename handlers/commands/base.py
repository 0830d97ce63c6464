"""The command registry. A command is a function in its own module in this package."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from config.models import Role
from handlers.context import Context
from handlers.types import IncomingMessage, Outcome


@dataclass(frozen=True, slots=True)
class CommandCall:
    msg: IncomingMessage
    name: str
    args: str


Runner = Callable[[CommandCall, Context], Outcome]


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    summary: str
    run: Runner
    aliases: tuple[str, ...] = ()
    # Roles that may use it; None: every member.
    roles: frozenset[Role] | None = None
    # Position in !help.
    order: int = 100


_REGISTRY: dict[str, Command] = {}
_discovered = False


def command(
    name: str,
    summary: str,
    *,
    aliases: tuple[str, ...] = (),
    roles: frozenset[Role] | None = None,
    order: int = 100,
) -> Callable[[Runner], Runner]:
    def register(run: Runner) -> Runner:
        entry = Command(
            name=name, summary=summary, run=run, aliases=aliases, roles=roles, order=order
        )
        for key in (name, *aliases):
            if key in _REGISTRY and _REGISTRY[key].run is not run:
                raise RuntimeError(f"command !{key} is registered twice")
            _REGISTRY[key] = entry
        return run

    return register


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    package = importlib.import_module("handlers.commands")
    for module in pkgutil.iter_modules(package.__path__):
        if module.name not in {"base", "handler"}:
            importlib.import_module(f"handlers.commands.{module.name}")
    _discovered = True


def find_command(name: str) -> Command | None:
    _discover()
    return _REGISTRY.get(name.casefold())


def all_commands() -> list[Command]:
    _discover()
    unique = {id(c): c for c in _REGISTRY.values()}
    return sorted(unique.values(), key=lambda c: (c.order, c.name))
