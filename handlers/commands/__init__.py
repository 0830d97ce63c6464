"""Commands: one file per command, registered with ``@command`` and found automatically."""

from handlers.commands.base import Command, CommandCall, all_commands, command, find_command

__all__ = ["Command", "CommandCall", "all_commands", "command", "find_command"]
