"""Overviews through a real Synapse: the chart arrives as an encrypted attachment that a
member's client downloads and decrypts, and a scheduled briefing leaves the outbox."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from nio import DownloadResponse
from nio.crypto.attachments import decrypt_attachment

from config.models import BriefingKind
from handlers.briefings.service import BriefingService
from storage import handled
from tests.integration.harness import World

pytestmark = [pytest.mark.integration]

SIGNAL = "Groepje van 8 jongeren bij de JOP Wilhelminapark, blowen en harde muziek"


async def test_briefing_chart_is_encrypted_and_decrypts_for_a_member(world: World) -> None:
    await world.start_bot()
    await world.wait_member(world.signal_room, world.bot_id)
    fatima = await world.client("fatima")
    joris = await world.client("joris")
    signal = await fatima.send(world.signal_room, SIGNAL)
    await fatima.wait_for(lambda: fatima.replies_to(signal, world.bot_id))

    ask = await fatima.send(world.signal_room, "!briefing")
    [text] = await joris.wait_for(lambda: joris.replies_to(ask, world.bot_id))
    assert text.body.startswith("📋 Overzicht laatste 24 uur")
    assert "JOP Wilhelminapark 1" in text.body
    [image] = await joris.wait_for(
        lambda: [
            s for s in joris.messages(world.signal_room, world.bot_id) if s.msgtype == "m.image"
        ],
        what="the chart",
    )
    # In an encrypted room the file is encrypted: an EncryptedFile, no plain url.
    assert "url" not in image.content
    file = image.content["file"]
    assert image.content["info"]["mimetype"] == "image/png"
    downloaded = await joris.client.download(mxc=file["url"])
    assert isinstance(downloaded, DownloadResponse)
    assert not downloaded.body.startswith(b"\x89PNG")  # the server only has ciphertext
    png = decrypt_attachment(
        downloaded.body, file["key"]["k"], file["hashes"]["sha256"], file["iv"]
    )
    assert png.startswith(b"\x89PNG") and len(png) == image.content["info"]["size"]


async def test_scheduled_briefing_leaves_the_outbox(world: World) -> None:
    await world.start_bot()
    await world.wait_member(world.signal_room, world.bot_id)
    fatima = await world.client("fatima")
    signal = await fatima.send(world.signal_room, SIGNAL)
    await fatima.wait_for(lambda: fatima.replies_to(signal, world.bot_id))
    assert world.app is not None and world.adapter is not None
    tz = ZoneInfo("Europe/Amsterdam")
    today = datetime.now(tz).date()
    due = datetime(today.year, today.month, today.day, 13, 1, tzinfo=tz)
    written = BriefingService(world.app.ctx).run_scheduled(
        world.signal_room, BriefingKind.BRIEFING, due
    )
    assert written is not None
    await world.adapter.send_pending()
    [briefing] = await fatima.wait_for(
        lambda: [
            s
            for s in fatima.messages(world.signal_room, world.bot_id)
            if s.body.startswith("📋 Briefing 13:00")
        ],
        what="the scheduled briefing",
    )
    assert briefing.msgtype == "m.notice"
    with world.app.db.transaction() as s:
        assert handled.is_handled(s, written.origin)
        assert handled.load_outbox(s, written.origin) is None
    # Written again (a job repeated after a crash): nothing new is posted.
    again = BriefingService(world.app.ctx).run_scheduled(
        world.signal_room, BriefingKind.BRIEFING, due + timedelta(minutes=5)
    )
    assert again is None
