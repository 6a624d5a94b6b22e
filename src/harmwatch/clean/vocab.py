"""Vocabularies of page boilerplate, as precompiled patterns (data, not logic).

Each pattern is matched against ONE stripped line of scraped text. Patterns anchored with
``^...$`` must match the whole line; the others are searched. Keep them narrow: a line is only
removed when it is clearly page furniture, never an article sentence.
"""

from __future__ import annotations

import re

# The reasons a segment may be removed for (the fixed vocabulary of RemovedSegment.reason).
REASONS = (
    "advertisement",  # "Advertisement", "Story continues below advertisement"
    "caption",  # photo captions and credits ("... Photo: Getty", "(AP Photo/...)")
    "related_headlines",  # runs of headlines of other stories, "Related", "You may also like"
    "tags",  # lowercase keyword lines, hashtag lines
    "newsletter",  # subscription / newsletter / membership pitches
    "copyright",  # "Copyright © 2024 ...", "All rights reserved"
    "share",  # social share buttons, "Share this article"
    "comments",  # comment forms under the article
    "byline",  # "By Jane Doe", "Author: ..."
    "chrome",  # page furniture: "Updated: ... | Published: ...", "Read more", bare URLs, menus
    "duplicate",  # a later copy of a line already kept
)

_I = re.IGNORECASE

# ---------- whole-line markers ----------

ADVERTISEMENT = re.compile(
    r"^(?:advertisements?|advertising|advertisement\s*-\s*scroll to continue|ad|ads|sponsored(?: content)?"
    r"|paid (?:content|post)|promoted(?: content)?|(?:story|article) continues below(?: advertisement)?"
    r"|continue reading(?: below)?(?: the main story)?|scroll to continue(?: with content)?"
    r"|publicit[ée]|publicidad|anuncio|anzeige|werbung|реклама|إعلان|pubblicit[àa])[\s.:…-]*$",
    _I,
)

COPYRIGHT = re.compile(
    r"^(?:copyright\b|\(c\)\s*\d{4}|©\s*(?:copyright\s*)?\d{4})"
    r"|\ball rights reserved\b|\btodos los derechos reservados\b|\btous droits réservés\b"
    r"|\balle rechte vorbehalten\b|\bвсе права защищены\b|\bвсі права захищені\b|\bdireitos reservados\b"
    r"|\bjemaah hak cipta\b|\bhak cipta dilindungi\b"
    r"|\bmay not be (?:published|reproduced),? (?:broadcast|distributed)",
    _I,
)

COPYRIGHT_HINTS = (
    "©",
    "(c)",
    "copyright",
    "reserv",
    "droits",
    "derechos",
    "rechte",
    "права",
    "direitos",
    "cipta",
    "may not be",
)

# Photo credits at the END of a line: "... Photo: Getty", "Photograph: A Name/AP", "Pics/AFP".
_UP = "A-ZÀ-ÖØ-ÞА-ЯІЇЄҐЁ"  # capital letters (the patterns below are case-sensitive where it matters)
_AGENCY = (
    r"(?i:AP|AFP|Reuters|EPA(?:-EFE)?|EFE|Getty(?: Images)?|Anadolu(?: Agency)?|Xinhua|ANSA|dpa"
    r"|SOPA Images|NurPhoto|Shutterstock|Alamy|AAP|UPI|TASS|Sputnik|WAFA|IRNA|Bloomberg"
    r"|Associated Press|Agence France-Presse)"
)
_PHOTO_WORD = r"(?i:photo(?:graph|s)?|picture|pics?|images?|credits?|photo credit|foto|fotos|фото|світлина)"
CAPTION_TAIL = re.compile(
    rf"(?:^|(?<=[\s.,;)\]|—–-])){_PHOTO_WORD}(?:\s+\w+)?"
    rf"(?:\s*:\s*|\s*/\s*(?=[{_UP}])|\s+(?i:by)\s+(?=[{_UP}]))[^.!?:]{{1,80}}\.?\s*$"
)
CREDIT_HINTS = ("photo", "pic", "image", "credit", "foto", "фото", "світлина")
CAPTION_AGENCY_TAIL = re.compile(
    rf"(?:(?<=[.\s])[—–]\s*{_AGENCY}\s*$"  # "... on Tuesday. — AP", "...Wednesday.—AFP"
    rf"|\((?:[^()]{{0,40}}/)?{_AGENCY}(?:\s+(?i:photo))?(?:[/ ][^()]{{0,40}})?\)\s*$"  # "(Reuters)"
    rf"|\((?:{_AGENCY}\s+)?(?i:photo)(?:\s+(?i:by))?[:/ ][^()]{{1,60}}\)\s*$"  # "(AP Photo/Name)"
    rf"|\[(?i:file|photo|pic)?:?\s*{_AGENCY}[^\[\]]{{0,30}}\]\s*$"  # "[File: Reuters]"
    rf"|(?<=[\s.])[{_UP}][\w.'-]+(?: [{_UP}][\w.'-]+){{0,3}}/{_AGENCY}\s*$)"  # "NAME SURNAME/Reuters"
)
CAPTION_PREFIX = re.compile(
    r"^(?:image caption|media caption|image source|image copyright|caption:|photo:|foto:|фото:"
    r"|open this photo in gallery|\d{1,3} of \d{1,3}\s*[|:])",
    _I,
)
CAPTION_WHOLE = re.compile(
    rf"^(?:(?i:photo|photos|video|getty images|associated press photo|\(full-size photo\).*)"
    rf"|©\s*[^\d\s].{{0,60}}(?:/|\b){_AGENCY}.{{0,40}}"  # "© Name/AFP/Getty Images"
    rf"|(?:[\w.'-]+ ){{0,4}}/\s*{_AGENCY}|{_AGENCY}(?:\s+(?i:photo))?)\s*$"
)

SHARE_WORD = (
    r"share|shares|sharing|facebook|twitter|x|linkedin|whatsapp|telegram|email|e-mail|mail|print|copy|link"
    r"|url|short|reddit|pinterest|messenger|tweet|cite|pocket|flipboard|this|article|story|on|via|page|post"
    r"|the|viber|vk|threads|bluesky|comment|comments|save|copied|sms|tumblr|mastodon|gmail"
)
SHARE_WORDS = frozenset(SHARE_WORD.split("|"))
SHARE_PLATFORM = frozenset(
    "share facebook twitter linkedin whatsapp telegram email e-mail reddit pinterest messenger tweet"
    " flipboard viber vk bluesky tumblr".split()
)
SHARE_GLUED = re.compile(rf"^(?:{SHARE_WORD})+$", _I)  # "facebooktwittertelegramwhatsapp"
SHARE_LINE = re.compile(
    r"^(?:share(?: this)?(?: article| story| page| post)?(?: on \w+)?|share via|share:|опублікувати у"
    r"|поделиться|partager|compartir|compartilhe|teilen|condividi|مشاركة)[\s:.…]*$",
    _I,
)

COMMENTS = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|no comments:?|\d+ comments?|comments?"
    r"|please enter your (?:comment|name|email)(?: here)?!?|your email address will not be published\b.*"
    r"|required fields are marked.*|cancel reply|join the (?:conversation|discussion)|show comments"
    r"|view comments|lasă un comentariu|laisser un commentaire|deja un comentario|deixe um comentário"
    r"|kommentar schreiben|оставить комментарий|залишити коментар)[\s:.!*…]*$",
    _I,
)

NEWSLETTER = re.compile(
    r"^(?:stay informed|sign up\b|subscribe\b|newsletter\b|get (?:the|our) .{0,40}(?:headlines|newsletter|news)"
    r"|support (?:our|independent) (?:journalism|reporting)|become a (?:member|subscriber|supporter)"
    r"|help us reach\b|join (?:our|the) (?:mailing list|newsletter)|get our newsletter"
    r"|receba (?:as principais|nossas) not[ií]cias|abonnez-vous|inscrivez-vous|suscr[ií]bete"
    r"|abonnieren sie|подпи[шс]ывайтесь|підписуйтесь|follow us on\b|sigue nuestro|siga-nos|suivez-nous)",
    _I,
)
NEWSLETTER_ANYWHERE = re.compile(
    r"\b(?:newsletter|delivered (?:straight |directly )?to your inbox|sign up (?:for|to) (?:our|the)"
    r"|subscribe (?:to|for) (?:our|the)|in your inbox)\b",
    _I,
)
NEWSLETTER_HINTS = ("newsletter", "inbox", "sign up", "subscribe")
# Words that make a line part of a pitch when it sits in the same block as a pitch line.
NEWSLETTER_WEAK = re.compile(
    r"\b(?:subscri\w*|newsletter|inbox|free (?:for|to)|every (?:morning|evening|day)|editorial (?:charter|"
    r"policy|standards|independence)|trusted source|our (?:journalism|reporting|readers|journalists)"
    r"|independent journalism|donat\w+|member(?:ship)?s?\b|sign up|privacy policy|terms (?:of|and) "
    r"(?:use|service|conditions)|unsubscribe|register|log ?in)\b",
    _I,
)

CHROME = re.compile(
    r"^(?:read more|read more at .{1,40}|read also|see also|more on this(?: topic| story)?|view full text.*"
    r"|back to top(?: button)?|skip to (?:main )?content|left menu|main menu|menu|scroll|search|home"
    r"|save articles? for later|this (?:story|article) is (?:over|more than)"
    r" \d+ years? old\.?|\d+ min(?:ute)? read|listen(?: to this article)?(?: \d+ min)?|print:?|close"
    r"|watch (?:live|now|cbs news|the video)|click here.*|more from .{1,30}|latest news|top stories"
    r"|most (?:read|popular|viewed)|trending(?: now)?|recommended(?: videos| stories| for you)?"
    r"|you may also like|also read|related(?: news| articles| stories| posts| content| coverage)?"
    r"|disclaimer:.*|add articles to (?:your|the) saved list.*|the views and opinions expressed .*|style: ?mla.*|printprint.*|\+ ?a|a ?[-–]"
    r"|lire aussi|à lire aussi|leia também|leia mais|lesen sie auch|mehr zum thema|te puede interesar"
    r"|lee también|читайте также|читайте також|вам також може сподобатися|більше від автора"
    r"|اقرأ أيضا|اقرأ أيضاً)[\s:.…>»]*$",
    _I,
)
RELATED_HEADER = re.compile(
    r"^(?:related(?: news| articles| stories| posts| content| coverage)?|more on this(?: topic| story)?"
    r"|you may also like|also read|read more|read also|see also|more from .{1,30}|recommended(?: stories)?"
    r"|most (?:read|popular|viewed)|latest news|top stories|more stories|lire aussi|à lire aussi"
    r"|leia também|lesen sie auch|mehr zum thema|te puede interesar|lee también|читайте также"
    r"|читайте також|вам також може сподобатися|більше від автора|اقرأ أيضا|اقرأ أيضاً)[\s:.…>»]*$",
    _I,
)
READ_MORE_LINK = re.compile(r"^(?:read more|read also|see also|also read|related)\s*[:>»|-]\s*\S", _I)

# "Updated: 18:05 BST, May 2, 2023 | Published: 16:30 BST, May 2, 2023" (see boilerplate._is_date_chrome)
DATE_KEYWORD = re.compile(
    r"^(?:(?:last )?updated?\s*:|(?:published|posted|created|first published|modified|опубліковано|оновлено"
    r"|publié|actualizado|publicado|aktualisiert|veröffentlicht)\b)",
    _I,
)
DATE_CHROME_ANY = re.compile(r"\b(?:updated|published|created|posted)\s*:\s*[\w ,:./-]{0,40}\d", _I)
DATE_TOKENS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday "
    "friday saturday sunday gmt utc ist est edt cet cest bst am pm on at last updated update published "
    "posted created modified first by".split()
)
_NAME = rf"@?[{_UP}][\w.'’-]*(?:\s+(?:al-|el-|de |da |van |von |bin )?[{_UP}][\w.'’-]*){{0,4}}"
BYLINE = re.compile(
    rf"^(?:[Bb]y|BY|[Aa]uthor:|AUTHOR:|Written by|Reporting by|Words by|Por|Par|Von|От)\s+{_NAME}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME})*"
    rf"(?:\s*[|•·]\s*.{{0,80}}|\s+(?:Published|Updated|Posted)\b.{{0,80}})?$"
)
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+(?:\s*…\s*\S+)?$", _I)
HASHTAGS = re.compile(r"^(?:#\w+[\s,]*){1,15}$")

# ---------- tag lines and headline runs ----------

# Words that show a lowercase line is a sentence (fragment), not a list of keywords.
SENTENCE_WORDS = frozenset(
    "the a an was were is are be been has have had said says will would could should can may might "
    "of to for with from by at on in that this which who not no it its they their he she we i you".split()
)
# Words too common to tell whether a headline is about the article.
OVERLAP_STOP = frozenset(
    "the and for with from that this have been were they their after over into about than when what which "
    "would could will said says also more most some many other there here where while says year years "
    "first last new news".split()
)
BULLET = re.compile(r"^[•·▪►*–—-]\s")
TERMINAL = re.compile(r"[.!?…;,:。！？；：،؟]['\"”’»)\]」』]*$")
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
