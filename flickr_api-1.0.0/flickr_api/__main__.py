"""``python -m flickr_api``: the ``flickr-api`` command."""

from flickr_api.cli import main

raise SystemExit(main())
