"""``python -m flickr_api``: the ``flickr-api`` command."""

from flickr_api.cli import run

raise SystemExit(run())
