"""Online calls and content: calls to fight or riot, videos, posts, group chats."""

from nlp.understanding.categories.base import Category

_PLATFORM = (
    r"(?:snap|snapchat|insta|instagram|ig|tiktok|tik\s+tok|telegram|whatsapp|wa|app|"
    r"facebook|fb|youtube|x|twitter|discord|social\s+media|socials|internet|"
    r"(?:game|gaming|groeps|insta|snap)?chat|(?:insta|snap|whatsapp|wa)-?broadcast\w*|broadcast\w*)"
)

CATEGORY = Category(
    name="oproep_online",
    label_nl="online oproep",
    severity=2,
    terms=(
        r"oproep\w*|opgeroepen|roept\s+op|roepen\s+op",
        r"filmpjes?\b|video\w*|beelden\s+(?:online|op)\b|foto'?s\s+(?:\w+\s+){0,4}online",
        # Not the village "Ten Post".
        r"(?<!ten\s)(?:ge)?post(?:en|t|te|ten)?\b|geplaatst|online\b",
        r"account\w*",
        # A status or story on WhatsApp ("op de wa-status van een paar brugklassers").
        r"(?:wa|whatsapp|app|snap|insta|ig)[\s-]?status\w*|"
        r"(?:(?<=op\sde\s)|(?<=op\szijn\s)|(?<=op\shaar\s)|(?<=op\shun\s)|(?<=op\seen\s)|(?<=in\sde\s)|(?<=in\shun\s)|"
        r"(?<=via\sde\s)|(?<=via\szijn\s))status\b|"
        r"(?:whatsapp|wa|snap|insta|tiktok)[\s-]?(?:groep\w*|stories)\b",
        # Channels and streams: "telegramkanaal", "snapstory", "live op insta".
        r"(?:telegram|snap|snapchat|insta|instagram|tiktok|whatsapp|discord|signal|youtube)[\s-]?(?:kanaal|kanalen|"
        r"groep\w*|account\w*|chat\w*|story|stories|live|post\w*|filmpje\w*|video\w*|oproep\w*|bericht\w*)\b",
        r"livestream\w*|live\s*gestreamd|(?:ge)?stream(?:en|t|de|den|d)\b|reels?\b",
        r"groepsapp\w*|groepschat\w*|snapgroep\w*|appgroep\w*|groepsgesprek\w*",
        # Media that go round ("er gaat een filmpje rond"), not a bottle or a joint.
        r"(?:filmpje|video|clip|bericht|oproep|screenshot|foto|beelden|post|story|appje|link|tekst|challenge|"
        r"snap|tiktok|reel|insta|audio|spraakbericht|flyer|poster|menu|prijslijst|aanbod|advertentie)\w*\s+(?:\w+\s+){0,5}?(?:rond\b|rondgaat|rondgaan)|rondgestuurd|"
        r"(?:gaat|gaan|ging)\s+(?:\w+\s+){0,2}(?:filmpje|video|clip|bericht|oproep|screenshot|foto|beelden|"
        r"challenge|snap|tekst)\w*\s+rond\b|rond\s+(?:op|via)\s+(?:snap\w*|tiktok|insta\w*|whatsapp|telegram|"
        r"de\s+app|social|de\s+groepsapp)",
        r"(?:breed\s+)?gedeeld|wordt\s+gedeeld|doorgestuurd\s+in",
        r"[0-9]+k?\s+views|views\b|likes\b",
        r"screenshots?\b",
        r"stor(?:y|ies)\b",
        r"\bdm\b|dm'?s\b|direct\s+message",
        r"(?:op|via|in|voor)\s+(?:de\s+|hun\s+|zijn\s+|haar\s+|een\s+)?" + _PLATFORM + r"\b",
        # Arranged in a game's chat.
        r"(?:chat|chatgroep)\s+van\s+(?:een|de|het|hun)\s+(?:online\s+)?(?:game|spel|gameserver)\b|"
        r"(?:game|gaming)[\s-]?chat\w*|(?:insta|snap|whatsapp|wa|telegram)-?broadcast\w*|broadcastkana\w*",
        r"(?:kick|twitch)[\s-]?stream\w*",
        r"social\s+media",
        r"tikkie\s+(?:die\s+)?(?:rond|gaat)|inzamelingsactie\w*",
        r"(?:maken|maakt|maakten)\s+filmpjes",
        # Drill and rap clips are made to be posted.
        r"(?:drill|rap)\s*(?:clip|video|filmpje)\w*",
        r"georganiseerd\s+via|via\s+\w+\s+georganiseerd",
    ),
    description="Calls to fight or riot online, videos and photos posted, group chats.",
)
