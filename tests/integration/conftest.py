"""A real Synapse for the whole test session, started on 127.0.0.1 by this fixture."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.dev.synapse import SynapseServer
from tests.integration.harness import World, make_world


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SynapseServer]:
    server = SynapseServer(tmp_path_factory.mktemp("synapse"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
async def world(
    synapse: SynapseServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[World]:
    built = await make_world(synapse, tmp_path, monkeypatch)
    try:
        yield built
    finally:
        await built.close()
