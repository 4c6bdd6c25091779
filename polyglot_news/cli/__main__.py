"""``python -m polyglot_news.cli``: the ``polyglot-news`` command, as the team notes run it."""

from polyglot_news.cli import main

main()
