"""``python -m polyglot_news``: the ``polyglot-news`` command without the script on PATH."""

from polyglot_news.cli import main

main()
