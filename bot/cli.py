"""The `signaalbot` command line."""

from __future__ import annotations

import asyncio
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from config.loader import ConfigError, load_settings
from config.models import Settings

cli = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="signaalbot: street signals about youth groups, without personal data.",
)

ConfigOption = Annotated[
    Path, typer.Option("--config", "-c", help="Configuration file (see config/example.toml).")
]


def _settings(path: Path) -> Settings:
    try:
        return load_settings(path)
    except ConfigError as err:
        for problem in err.problems:
            typer.echo(problem, err=True)
        raise typer.Exit(2) from None


@cli.command()
def run(config: ConfigOption) -> None:
    """Run the bot against the configured homeserver."""
    from bot.app import serve
    from bot.logging import setup_logging
    from bot.matrix.session import LoginFailed

    settings = _settings(config)
    setup_logging()
    try:
        asyncio.run(serve(settings))
    except LoginFailed as err:
        typer.echo(f"{config}: {err}", err=True)
        raise typer.Exit(1) from None


@cli.command("check-config")
def check_config(config: ConfigOption) -> None:
    """Validate a configuration file and print a summary."""
    settings = _settings(config)
    typer.echo(
        f"{config}: OK — {len(settings.organisations)} organisations, "
        f"{len(settings.members)} members, {len(settings.rooms)} rooms, "
        f"{len(settings.locations)} locations; database {settings.database_url}"
    )


@cli.command()
def migrate(config: ConfigOption) -> None:
    """Bring the database schema up to date (the bot also does this at start-up)."""
    from storage.db import Database

    settings = _settings(config)
    db = Database(settings.database_url)
    db.migrate()
    db.close()
    typer.echo(f"database at {settings.database_url} is up to date")


@cli.command("setup-rooms")
def setup_rooms_command(config: ConfigOption) -> None:
    """Create the configured rooms: end-to-end encrypted, invite-only, bot may redact."""
    from bot.logging import setup_logging
    from bot.matrix.rooms import setup_rooms
    from bot.matrix.session import LoginFailed, login, make_client

    settings = _settings(config)
    setup_logging()

    async def go() -> int:
        client = make_client(settings, encryption=False)
        try:
            await login(client, settings)
            report = await setup_rooms(client, settings)
        finally:
            await client.close()
        for line in report.created:
            typer.echo(f"created   {line}")
        for line in report.existing:
            typer.echo(f"exists    {line}")
        for line in report.invited:
            typer.echo(f"invited   {line}")
        for line in report.problems:
            typer.echo(f"problem   {line}", err=True)
        return 1 if any("could not" in p or "cannot" in p for p in report.problems) else 0

    try:
        code = asyncio.run(go())
    except LoginFailed as err:
        typer.echo(f"{config}: {err}", err=True)
        raise typer.Exit(1) from None
    raise typer.Exit(code)


class PolicyName(StrEnum):
    STRIP = "strip"
    BLOCK = "block"


@cli.command()
def scrub(
    policy: Annotated[
        PolicyName,
        typer.Option(help="strip: replace what is found; block: refuse any message with findings."),
    ] = PolicyName.STRIP,
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", help="Use the configured locations as known places."),
    ] = None,
) -> None:
    """Privacy gate on JSON Lines: {"id","text"} in, {"id","verdict","text","findings"} out."""
    from bot.logging import setup_logging
    from nlp.gate import PrivacyGate
    from nlp.policy import GateMode, GatePolicy
    from nlp.scrub_cli import run_scrub

    # stdout carries exactly one JSON line per input; anything else goes to stderr.
    setup_logging("WARNING")
    places: list[str] = []
    if config is not None:
        from bot.app import known_places

        places = known_places(_settings(config))
    gate_policy = GatePolicy(mode=GateMode(policy.value))
    gate = PrivacyGate(gate_policy, known_places=places)
    run_scrub(sys.stdin, sys.stdout, gate, gate_policy)


@cli.command()
def parse(
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", help="Match places against the configured locations."),
    ] = None,
) -> None:
    """Signal understanding on JSON Lines: {"id","text","ts"?} in, one JSON line each out."""
    from bot.logging import setup_logging
    from nlp.understanding import KnownPlace, SignalParser
    from nlp.understanding.parse_cli import run_parse

    setup_logging("WARNING")
    places: list[KnownPlace] = []
    timezone = "Europe/Amsterdam"
    if config is not None:
        settings = _settings(config)
        timezone = settings.timezone
        places = [
            KnownPlace(loc.name, tuple(loc.aliases), loc.lat, loc.lon) for loc in settings.locations
        ]
    run_parse(sys.stdin, sys.stdout, SignalParser(places, timezone=timezone))


@cli.command()
def replay(
    config: ConfigOption,
    input_path: Annotated[
        Path,
        typer.Option(
            "--input",
            "-i",
            help="JSON Lines in time order: ts, org, text (and/or "
            "pre-parsed location, categories, group_size).",
        ),
    ],
) -> None:
    """Replay a history through gate, parser and hotspot engine; one JSON line per prompt."""
    from bot.logging import setup_logging
    from bot.replay import ReplayError
    from bot.replay import replay as run_replay

    settings = _settings(config)
    setup_logging("WARNING")
    try:
        with input_path.open(encoding="utf-8") as lines:
            run_replay(settings, lines, sys.stdout)
    except FileNotFoundError:
        typer.echo(f"{input_path}: file not found", err=True)
        raise typer.Exit(2) from None
    except ReplayError as err:
        typer.echo(f"{input_path}: {err}", err=True)
        raise typer.Exit(2) from None


@cli.command()
def demo(
    live: Annotated[
        bool, typer.Option("--live", help="Keep running and print how to log in.")
    ] = False,
    workdir: Annotated[
        Path, typer.Option(help="Where the demo homeserver and bot keep their files.")
    ] = Path(".demo"),
) -> None:
    """Start a local homeserver, the bot and scripted street workers, and show what happens."""
    from bot.dev.demo import run_demo

    raise typer.Exit(run_demo(workdir, live=live))


@cli.command()
def dev(
    workdir: Annotated[Path, typer.Option(help="Where the demo files live.")] = Path(".demo"),
) -> None:
    """The demo, kept running: log in with Element (or any client) to try the bot yourself."""
    from bot.dev.demo import run_demo

    raise typer.Exit(run_demo(workdir, live=True))


def main() -> None:
    cli(prog_name="signaalbot")


if __name__ == "__main__":
    main()
