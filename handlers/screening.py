"""Run everything a message carries through the privacy gate, and phrase the outcome."""

from __future__ import annotations

import html
from dataclasses import dataclass
from html.parser import HTMLParser

from handlers.context import Context
from handlers.types import Action, IncomingMessage, Redact, SendDirect, SendMessage
from nlp.types import GateResult, PiiType, Verdict


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"br", "p", "div", "li", "blockquote", "mx-reply"}:
            self.parts.append("\n")
        # Link targets and image titles are shown by clients too.
        for name, value in attrs:
            if name in {"href", "title", "alt"} and value:
                self.parts.append(f" {value} ")


def html_to_text(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


@dataclass(frozen=True, slots=True)
class Screening:
    """The gate's view of a whole message: the body's result plus everything else it carries."""

    body: GateResult
    verdict: Verdict
    types: tuple[PiiType, ...]
    reasons: tuple[str, ...]

    @property
    def labels_nl(self) -> str:
        return ", ".join(t.label_nl for t in self.types)


_ORDER = {Verdict.PASS: 0, Verdict.REDACTED: 1, Verdict.BLOCKED: 2}


def screen(msg: IncomingMessage, ctx: Context) -> Screening:
    """Gate the body, the HTML body and any extra text; the strictest verdict wins."""
    policy = ctx.gate_policy(msg.room_id)
    body = ctx.gate.scrub(msg.body, policy=policy)
    results = [body]
    if msg.formatted_body:
        results.append(ctx.gate.scrub(html_to_text(msg.formatted_body), policy=policy))
    # Extra texts may be HTML (an edit's or a reply's formatted fallback).
    results.extend(
        ctx.gate.scrub(html_to_text(text) if "<" in text else text, policy=policy)
        for text in msg.extra_texts
        if text.strip()
    )
    verdict = max((r.verdict for r in results), key=_ORDER.__getitem__)
    found = {t for r in results for t in r.types}
    types = tuple(t for t in PiiType if t in found)
    reasons = tuple(dict.fromkeys(reason for r in results for reason in r.reasons))
    return Screening(body=body, verdict=verdict, types=types, reasons=reasons)


def shared_text(organisation_name: str, sanitized: str) -> tuple[str, str]:
    """The repost of a sanitized signal, attributed to the organisation (plain, HTML)."""
    plain = f"Signaal van {organisation_name}: {sanitized}"
    markup = f"<b>Signaal van {html.escape(organisation_name)}:</b> {html.escape(sanitized)}"
    return plain, markup


_REPHRASE = (
    "In deze fase delen we alleen informatie over de groep als geheel: waar, wat, hoeveel "
    "jongeren, hoe oud en hoe laat. Stuur het opnieuw zonder namen, bijnamen, nummers, "
    "adressen of accounts, bijvoorbeeld: 'Groepje van 8 jongeren bij de JOP, blowen en harde "
    "muziek, 22.30u'."
)


def why_blocked(screening: Screening) -> str:
    """Dutch reason, e.g. "er stonden persoonsgegevens in (BSN)"."""
    if "too_long" in screening.reasons:
        return "het te lang is om te controleren (meer dan 10.000 tekens)"
    if screening.reasons and all(r.startswith("unsure:") for r in screening.reasons):
        return f"er mogelijk persoonsgegevens in stonden ({screening.labels_nl})"
    return f"er persoonsgegevens in stonden ({screening.labels_nl})"


def blocked_explanation(screening: Screening, room_name: str) -> str:
    return (
        f"Je bericht in '{room_name}' is niet gedeeld en niet opgeslagen, omdat "
        f"{why_blocked(screening)}. {_REPHRASE}"
    )


def answer(
    msg: IncomingMessage,
    screening: Screening,
    ctx: Context,
    *,
    what: str = "bericht",
    clean_reply: str = "Genoteerd.",
    details: str | None = None,
) -> tuple[Action, ...]:
    """The room's (and, when blocked, the sender's) answer to a screened message.

    Redactions come first, so personal data is visible for as short a time as possible.
    The shared version is attributed to the poster's organisation.
    """
    member = ctx.member(msg.sender)
    room = ctx.rooms.get(msg.room_id)
    organisation_name = ctx.settings.organisation_name(member.organisation if member else "")
    room_name = room.name if room else msg.room_id
    if screening.verdict is Verdict.PASS:
        text = f"{clean_reply} {details}" if details else clean_reply
        return (SendMessage(msg.room_id, text, reply_to=msg.event_id),)
    redact = Redact(msg.room_id, msg.event_id, reason="Bevatte persoonsgegevens (stap 1)")
    if screening.verdict is Verdict.BLOCKED:
        notice = (
            f"Ik heb dit {what} verwijderd, omdat {why_blocked(screening)}. Ik heb de "
            "afzender privé uitgelegd hoe het wel kan."
        )
        return (
            redact,
            SendMessage(msg.room_id, notice, reply_to=msg.event_id),
            SendDirect(msg.sender, blocked_explanation(screening, room_name)),
        )
    sanitized = screening.body.text or ""
    plain, markup = shared_text(organisation_name, sanitized)
    intro = (
        f"Je {what} bevatte persoonsgegevens ({screening.labels_nl}). "
        "Ik heb het origineel verwijderd en dit gedeeld:"
    )
    tail = f"\n{details}" if details else ""
    html_tail = "<br>" + html.escape(details).replace("\n", "<br>") if details else ""
    return (
        redact,
        SendMessage(
            msg.room_id,
            f"{intro}\n\n{plain}{tail}",
            html=f"{html.escape(intro)}<br><br>{markup}{html_tail}",
            reply_to=msg.event_id,
        ),
    )
