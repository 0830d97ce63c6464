"""Social-media handles and profile links."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from nlp.recognizers.base import Recognizer, overlaps, register, text_of, view_of
from nlp.types import Finding, PiiType

_URL = re.compile(
    r"(?i)(?:https?://)?(?:www\.|m\.|vm\.)?"
    r"(?:instagram\.com|instagr\.am|tiktok\.com|snapchat\.com|facebook\.com|fb\.com|"
    r"twitter\.com|x\.com|t\.me|telegram\.me|youtube\.com|threads\.net|wa\.me|discord\.gg|"
    r"discord\.com/invite|discordapp\.com/invite|chat\.whatsapp\.com|youtu\.be|"
    r"soundcloud\.com|twitch\.tv|kick\.com|linkedin\.com|reddit\.com|onlyfans\.com|"
    r"pinterest\.com|tumblr\.com|bsky\.app|vimeo\.com|spotify\.com/user|"
    r"open\.spotify\.com/user|linktr\.ee|linktree\.com|steamcommunity\.com|"
    r"roblox\.com/users|kik\.me|signal\.me|ko-fi\.com|patreon\.com|mastodon\.\w+|"
    r"beacons\.ai|lnk\.bio|bio\.link|snapchat\.com/add|psnprofiles\.com|bere\.al|ngl\.link|"
    r"yubo\.live|tellonym\.me|xbox\.com/play/user|vsco\.co|open\.spotify\.com/artist|"
    r"spotify\.com/artist|music\.apple\.com|tiktok\.com|snapchat\.com/t)"
    r"/[^\s,;)\]]*[^\s,;)\].!?:]"
)
# A mention, with its Matrix server ("@ilse.vdmeer:signaal.gemeente.nl").
_MENTION = re.compile(r"(?<![\w.@])@\w[\w.]{1,29}(?<!\.)(?::[\w-]+(?:\.[\w-]+)+)?")
# Mentions of everyone or of a role in the room ("@wijkagent kan er iemand heen?").
_MENTION_OK = frozenset(
    {"@iedereen", "@allen", "@all", "@everyone", "@here", "@room", "@channel", "@alle", "@team",
     "@wijkagent", "@wijkagenten", "@handhaving", "@boa", "@boas", "@jongerenwerk",
     "@jongerenwerker", "@regisseur", "@politie", "@coordinator", "@beveiliging",
     "@leerplicht", "@meldkamer"}
)  # fmt: skip
# Candidate tokens: letters, digits, dots and underscores.
_TOKEN = re.compile(r"(?<![\w@./:#-])_*[^\W_][\w.]{1,29}(?<!\.)(?![\w@/:-]|\.\w)")
# Accounts of organisations and roles, not of a person.
_ORG_ACCOUNT = re.compile(
    r"(?i)@?(?:jongerenwerk|jw|politie|wijkagent(?:en)?|jeugdboa|boa|handhaving|gemeente|"
    r"buurtpreventie|wijkteam|veiligthuis|brandweer)(?:[._]\w+|\b)"
)
# A gamer tag framed by x's: "xXDonkereHertogXx", "xxSniperxx".
_GAMER_TAG = re.compile(r"(?<![\w@])(?:xX|Xx|xx|XX)\s?[A-Za-z0-9_]{3,}\s?(?:Xx|xX|xx|XX)(?![\w])")
# A Discord name with its tag: "xXdarkmoXx#7731".
_TAGGED = re.compile(r"(?<![\w#])[^\W_][\w.]{1,31}#\d{4}\b")
_PLATFORM = re.compile(
    r"(?i)\b(?:insta|instagram|ig|snap|snapchat|sc|tiktok|tik\s?tok|tt|twitter|telegram|"
    r"fb|facebook|account|accountnaam|profiel|gebruikersnaam|username|naam\s+op\s+snap|"
    r"youtube|yt|threads|kanaal|twitch|soundcloud|discord)\b"
)
_PLATFORM_WORDS = frozenset(
    {
        "insta",
        "instagram",
        "ig",
        "snap",
        "snapchat",
        "sc",
        "tiktok",
        "tik",
        "tt",
        "twitter",
        "telegram",
        "fb",
        "facebook",
        "account",
        "accountnaam",
        "profiel",
        "gebruikersnaam",
        "username",
        "youtube",
        "yt",
        "threads",
        "kanaal",
        "twitch",
        "soundcloud",
        "discord",
    }
)
_ABBREV = re.compile(
    r"(?i)^(?:(?:[a-z]\.)+[a-z]?\.?|(?:ca|jr|nr|mr|dr|st|vs|bv|bijv|evt|ivm|tnv|etc|mvg|mw|"
    r"dhr|mevr|ong|gr|max|min|incl|excl|nl|com|www)\.?)$"
)
_TIMEISH = re.compile(r"^\d+(?:[.:]\d+)*[a-z]{0,3}$")
_STOP = frozenset(
    {
        "van",
        "de",
        "het",
        "een",
        "is",
        "op",
        "en",
        "account",
        "via",
        "naar",
        "met",
        "in",
        "bij",
        "die",
        "dat",
        "deze",
        "zijn",
        "haar",
        "hun",
        "ook",
        "staat",
        "staan",
        "post",
        "posten",
        "gepost",
        "filmpje",
        "filmpjes",
        "oproep",
        "heet",
        "naam",
        "nieuw",
        "nieuwe",
        "openbaar",
        "privé",
        "prive",
        "groep",
        "story",
        "live",
        "er",
        "om",
        "te",
        "wordt",
        "worden",
        "gedeeld",
        "zet",
        "zetten",
        "iemand",
        "ze",
        "hij",
        "zij",
        "we",
        "jongens",
        "jongen",
        "meiden",
        "meisje",
        "kijk",
        "kijken",
        "screenshot",
        "screenshots",
        "discord",
        "whatsapp",
        "signal",
        "maps",
        "map",
        "stories",
        "reels",
        "reel",
        "dm",
        "dms",
    }
)

# The user ID of a messenger without phone numbers ("Threema-ID 9KTR4XW2", "ID van de
# organisator: 9KTR4XW2"): capitals mixed with digits, shortly after the ID word.
_ID_CUE = re.compile(r"(?i:\b(?:threema|wickr|wechat|session|kik)\b)|\bID\b|\b[Ii][Dd]\s*:")
_ID_TOKEN = re.compile(r"(?<![\w-])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12}(?![\w-])")


def _handle_shaped(tok: str) -> bool:
    """A token that looks like a handle whatever the context: underscores, dotted
    lowercase names, or letters mixed with 2+ digits ("kev.zdm", "k_isenia",
    "goudaboyz0182")."""
    if _TIMEISH.match(tok) or _ABBREV.match(tok) or tok.isdigit():
        return False
    letters = sum(c.isalpha() for c in tok)
    digits = sum(c.isdigit() for c in tok)
    if letters < 2:
        return False
    if "_" in tok:
        return True
    if "." in tok:
        parts = [p for p in tok.split(".") if p]
        if len(parts) < 2 or tok != tok.lower():
            return False
        if any(p.isdigit() and len(p) >= 2 for p in parts):
            return True
        return max(len(p) for p in parts) >= 3 and not all(p.isdigit() for p in parts[1:])
    return tok == tok.lower() and letters >= 3 and digits >= 2 and len(tok) >= 6


@register
class HandleRecognizer(Recognizer):
    """Finds social-media handles and profile links: "@kevin_010", links to
    Instagram/TikTok/Snapchat/..., handle-shaped tokens ("dyl4n.x", "kev.zdm",
    "k_isenia"), and the account name after a platform word ("insta: dyl4n.x",
    "snap is kevin.010", "tiktok account ypenburg.boyz").

    Personal data: a handle leads straight to a person's profile, photos and friends
    (AVG art. 4(1)). Group accounts that call for riots are reported too: the account
    name can identify its owner, and the regisseur gets the signal without it.
    False positives: dotted abbreviations ("o.a.", "t.n.v."), times and room mentions
    ("@iedereen") are excluded; after a platform word an ordinary Dutch word is not
    taken as a handle.
    """

    name = "handle"
    types = (PiiType.HANDLE,)
    order = 55

    def find(self, doc: Doc, found: Sequence[Finding]) -> Iterator[Finding]:
        text = text_of(doc)
        lex = self.resources.lexicon
        out: list[Finding] = []

        def add(s: int, e: int) -> None:
            if _ORG_ACCOUNT.match(text, s) is not None:
                return  # "@jongerenwerk.venlo", "@politie.zoetermeer": an organisation's account
            if not overlaps(found, s, e) and not overlaps(out, s, e):
                out.append(self.finding(PiiType.HANDLE, s, e))

        if "/" in text:
            for m in _URL.finditer(text):
                add(m.start(), m.end())
        if "#" in text:
            for m in _TAGGED.finditer(text):
                add(m.start(), m.end())
        if "xx" in text.lower():
            for m in _GAMER_TAG.finditer(text):
                add(m.start(), m.end())
        if "@" in text:
            for m in _MENTION.finditer(text):
                if m.group().lower() not in _MENTION_OK:
                    add(m.start(), m.end())
        if "ID" in text or "id:" in text.lower() or "threema" in text.lower():
            for cm in _ID_CUE.finditer(text):
                for m in _ID_TOKEN.finditer(text, cm.end(), min(len(text), cm.end() + 40)):
                    add(m.start(), m.end())
        words = view_of(doc).words
        platform_spans = [(w.start, w.end) for w in words if w.key in _PLATFORM_WORDS]
        if platform_spans:
            # multi-word forms ("tik tok", "naam op snap") via the regex
            platform_spans = [(m.start(), m.end()) for m in _PLATFORM.finditer(text)]
        for m in _TOKEN.finditer(text):
            tok = m.group()
            if not platform_spans and tok.isalpha():
                continue
            if _handle_shaped(tok):
                add(m.start(), m.end())
                continue
            if not platform_spans:
                continue
            low = tok.lower()
            if low in _STOP or _TIMEISH.match(tok) or _ABBREV.match(tok) or len(tok) < 3:
                continue
            near = any(
                0 <= m.start() - pe <= 14 and not re.search(r"[.!?\n]", text[pe : m.start()])
                for _ps, pe in platform_spans
            )
            if not near or _PLATFORM.fullmatch(tok):
                continue
            # after a platform word: a token that is no ordinary Dutch word, nor a
            # capitalised place ("discord server 'Almelo Drill Unit'")
            if lex.freq(low) > 50 or low in lex.english:
                continue
            if tok[:1].isupper() and low in lex.places:
                continue
            add(m.start(), m.end())
        yield from out
