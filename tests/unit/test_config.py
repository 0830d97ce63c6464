"""Configuration: the example is valid; every kind of mistake names file, key and fix."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from config.loader import ConfigError, load_settings, parse_settings
from config.models import Role, RoomPurpose
from tests.helpers import FATIMA, settings_dict

ROOT = Path(__file__).resolve().parents[2]


def test_documented_example_is_valid() -> None:
    settings = load_settings(ROOT / "config" / "example.toml")
    assert settings.timezone == "Europe/Amsterdam"
    assert settings.rooms_for(RoomPurpose.SIGNAL)
    assert any(m.role is Role.REGISSEUR for m in settings.members.values())
    # Relative paths are taken from the config file's directory.
    assert settings.data_dir == ROOT / "config" / "data"
    assert settings.database_url == f"sqlite:///{ROOT / 'config' / 'data' / 'signaalbot.db'}"
    assert settings.crypto_store_path == ROOT / "config" / "data" / "crypto"


def _problems(raw: dict[str, Any], tmp_path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse_settings(raw, tmp_path / "bot.toml")
    return caught.value.problems


def _mutated(tmp_path: Path) -> dict[str, Any]:
    return copy.deepcopy(settings_dict(tmp_path))


@pytest.mark.parametrize(
    ("mutate", "key", "fix"),
    [
        (lambda r: r["matrix"].pop("user_id"), "matrix.user_id", "add this key"),
        (lambda r: r["matrix"].update(passwrd="x"), "matrix.passwrd", "remove it"),
        (lambda r: r["matrix"].update(homeserver="matrix.example"), "matrix.homeserver", "http"),
        (lambda r: r["matrix"].update(user_id="signaalbot"), "matrix.user_id", "@name:server"),
        (lambda r: r.update(timezone="Amsterdam"), "timezone", "Europe/Amsterdam"),
        (lambda r: r["rooms"][0].update(id=None), "rooms[0]", "alias"),
        (lambda r: r["rooms"][1].update(alias="regie"), "rooms[1].alias", "#name:server"),
        (lambda r: r["rooms"][0].update(purpose="chat"), "rooms[0].purpose", "change the value"),
        (
            lambda r: r["members"][FATIMA].update(organisation="politie"),
            f'members."{FATIMA}".organisation',
            "use one of",
        ),
        (
            lambda r: r["members"][FATIMA].update(role="boss"),
            f'members."{FATIMA}".role',
            "change the value",
        ),
        (lambda r: r["locations"][0].update(lat=52.1), "locations[0]", "lon"),
        (
            lambda r: r["organisations"][0].update(id="Hand having"),
            "organisations[0].id",
            "lowercase",
        ),
        (lambda r: r.update(privacy={"block_types": ["BSM"]}), "privacy.block_types", "BSN"),
        (lambda r: r["rooms"][0].update(privacy="hide"), "rooms[0].privacy", "change the value"),
        (lambda r: r.update(hotspots={"hold_minuts": 5}), "hotspots", "[hotspots] keys"),
        (lambda r: r.update(hotspots={"quiet_hours": "laat"}), "hotspots", "[hotspots] keys"),
        (lambda r: r.update(snap_distance_m=1), "snap_distance_m", "change the value"),
        (
            lambda r: r["rooms"][0].update(briefings=[{"kind": "briefing", "at": "25:00"}]),
            "rooms[0].briefings[0].at",
            "HH:MM",
        ),
        (
            lambda r: r["rooms"][0].update(
                briefings=[{"kind": "briefing", "at": "13:00", "days": "maandag"}]
            ),
            "rooms[0].briefings[0].days",
            "mon-fri",
        ),
        (
            lambda r: r["rooms"][1].update(briefings=[{"kind": "middag", "at": "13:00"}]),
            "rooms[1].briefings[0].kind",
            "change the value",
        ),
    ],
)
def test_mistakes_name_file_key_and_fix(tmp_path: Path, mutate: Any, key: str, fix: str) -> None:
    raw = _mutated(tmp_path)
    mutate(raw)
    problems = _problems(raw, tmp_path)
    assert problems, "expected at least one problem"
    assert any(
        p.startswith(f"{tmp_path / 'bot.toml'}: ") and key in p and fix in p for p in problems
    ), problems


def test_unreadable_and_invalid_toml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as missing:
        load_settings(tmp_path / "nope.toml")
    assert "file not found" in str(missing.value) and "--config" in str(missing.value)
    broken = tmp_path / "broken.toml"
    broken.write_text("[matrix\nhomeserver = 1\n")
    with pytest.raises(ConfigError) as invalid:
        load_settings(broken)
    assert str(broken) in str(invalid.value) and "not valid TOML" in str(invalid.value)


def test_cli_check_config_exit_code(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from bot.cli import cli

    good = CliRunner().invoke(cli, ["check-config", "--config", str(ROOT / "config/example.toml")])
    assert good.exit_code == 0, good.output
    assert "OK" in good.output
    bad_file = tmp_path / "bad.toml"
    bad_file.write_text(
        'timezone = "Mars/Olympus"\n[matrix]\nhomeserver = "http://x"\nuser_id = "@b:x"\n'
    )
    bad = CliRunner().invoke(cli, ["check-config", "--config", str(bad_file)])
    assert bad.exit_code == 2
    assert "timezone" in bad.output and "Fix:" in bad.output
