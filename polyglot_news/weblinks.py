"""Links, e-mail addresses, @handles and #hashtags: the one definition every stage uses.

These are words of no language. Translation holds them byte-identical
(:mod:`polyglot_news.translate.spans`) and language detection keeps them from voting
(:mod:`polyglot_news.langid.scripts`); both build their regular expressions from the pieces
here, so a link one stage recognises the other recognises too. The pieces are regular
expression *sources* (strings), because each stage sets its own context around them: a span
to protect must start after a space, bracket or quote; a token to blank out is any run.

A link has a scheme (``https://``, ``ftp://``), starts ``www.``, or is a bare host name in
lower case followed by a path (``t.me/kursk_news``, ``example.ru/a``); a bare host without a
path (``example.ru``) is left to the stage, since in running text it may be two words joined
by a full stop. An e-mail address is RFC 5322's dot-atom shape, simplified: word characters
and ``. % + -`` before the ``@``, dot-separated labels after it. A handle or hashtag is ``@``
or ``#`` directly followed by a letter or digit, then word characters.
"""

from __future__ import annotations

__all__ = ["EMAIL", "HOST", "LINK", "TAG", "URL"]

# A link with a scheme or starting www., up to the next whitespace.
URL = r"(?:https?|ftp)://\S+|www\.\S+"
# An e-mail address: local part, @, at least two dot-separated labels.
EMAIL = r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+"
# A bare host name in lower case (t.me, example.ru); a link when a path follows.
HOST = r"(?:[a-z0-9-]+\.)+[a-z]{2,24}"
# An @handle or #hashtag.
TAG = r"[@#][^\W_]\w*"
# Any of them, as one whitespace-free run (a bare host only with a path).
LINK = rf"(?:{URL}|{EMAIL}|{TAG}|{HOST}/\S*)"
