"""Ordered handler groups: the first handler whose check passes handles the message.

Groups run in ascending order, so guards (own messages, strangers, unencrypted rooms)
always see a message before commands and intake do.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import defaultdict
from typing import ClassVar

from handlers.context import Context
from handlers.types import IncomingMessage, Outcome

GUARDS = -100
COMMANDS = 0
CONTENT = 100


class Handler(ABC):
    """One kind of message and what to do with it."""

    name: ClassVar[str]

    @abstractmethod
    def check(self, msg: IncomingMessage, ctx: Context) -> bool: ...

    @abstractmethod
    def handle(self, msg: IncomingMessage, ctx: Context) -> Outcome: ...


class Router:
    def __init__(self) -> None:
        self._groups: dict[int, list[Handler]] = defaultdict(list)

    def add(self, handler: Handler, group: int = CONTENT) -> None:
        self._groups[group].append(handler)

    @property
    def handlers(self) -> list[Handler]:
        return [h for group in sorted(self._groups) for h in self._groups[group]]

    def route(self, msg: IncomingMessage, ctx: Context) -> Outcome:
        for handler in self.handlers:
            if handler.check(msg, ctx):
                return handler.handle(msg, ctx)
        return Outcome(label="ignored")
