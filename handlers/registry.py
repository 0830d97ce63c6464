"""The one place where handlers are put in order."""

from __future__ import annotations

from handlers.commands.handler import CommandHandler
from handlers.corrections import Corrections
from handlers.decisions import Decisions
from handlers.direct_chat import DirectChat
from handlers.edits import Edits
from handlers.intake import Intake
from handlers.location_share import LocationShare
from handlers.media import Media
from handlers.non_member import NonMember
from handlers.own_messages import OwnMessages
from handlers.place_answer import PlaceAnswer
from handlers.router import COMMANDS, CONTENT, GUARDS, Router
from handlers.unencrypted_room import UnencryptedSignalRoom
from handlers.unknown_room import UnknownRoom


def build_router() -> Router:
    router = Router()
    # Guards, in this order: never answer ourselves, never read rooms that are not ours,
    # never process strangers, never read a signal room without encryption.
    router.add(OwnMessages(), GUARDS)
    router.add(UnknownRoom(), GUARDS)
    router.add(NonMember(), GUARDS)
    router.add(UnencryptedSignalRoom(), GUARDS)
    router.add(CommandHandler(), COMMANDS)
    router.add(Decisions(), COMMANDS)
    router.add(Edits(), CONTENT)
    # Replies that change a signal come before intake, which would take them as new ones.
    router.add(Corrections(), CONTENT)
    router.add(PlaceAnswer(), CONTENT)
    router.add(LocationShare(), CONTENT)
    router.add(Media(), CONTENT)
    router.add(Intake(), CONTENT)
    router.add(DirectChat(), CONTENT)
    return router
