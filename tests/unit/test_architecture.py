"""Layering rules that keep the core transport-neutral."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ("handlers", "nlp", "storage", "config")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", CORE)
def test_core_never_imports_the_transport_or_the_adapters(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imports(path) & {"nio", "telegram", "bot"})
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_rule_would_catch_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from nio import AsyncClient\nimport bot.app\n")
    assert _imports(bad) >= {"nio", "bot"}
