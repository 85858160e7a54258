"""What the web-app examples keep on the server, in SQLite (the standard library's sqlite3).

- ``users``: each Flickr user's access token, written once they have signed in, so the app can
  act for them in any later request (or job) without sending them to Flickr again.
- ``pending``: the OAuth handler between ``/login`` and ``/callback``. It holds the request
  token's secret, so it stays here and the browser's signed session only carries its id.

One connection per operation keeps the store safe to use from any thread or task. In
production, encrypt the token secrets at rest and expire old ``pending`` rows.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any, Mapping, Optional, Union

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    nsid TEXT PRIMARY KEY, username TEXT NOT NULL, token_key TEXT NOT NULL,
    token_secret TEXT NOT NULL, perms TEXT, updated REAL NOT NULL);
CREATE TABLE IF NOT EXISTS pending (
    id TEXT PRIMARY KEY, state TEXT NOT NULL, created REAL NOT NULL);
"""


class TokenStore:
    """Access tokens per user and pending sign-ins, in the SQLite file ``path``."""

    def __init__(self, path: Union[str, Path]) -> None:
        self.path = str(path)
        with closing(self._connect()) as db, db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def put_pending(self, state: Mapping[str, Any]) -> str:
        """Keep a handler's ``todict()`` and return the id to put in the session."""
        pending_id = secrets.token_urlsafe(16)
        with closing(self._connect()) as db, db:
            db.execute("INSERT INTO pending VALUES (?, ?, ?)",
                       (pending_id, json.dumps(dict(state)), time.time()))
        return pending_id

    def take_pending(self, pending_id: str) -> Optional[dict[str, Any]]:
        """The state kept under ``pending_id``, removed (a callback is used once)."""
        with closing(self._connect()) as db, db:
            row = db.execute("SELECT state FROM pending WHERE id = ?", (pending_id,)).fetchone()
            db.execute("DELETE FROM pending WHERE id = ?", (pending_id,))
        return json.loads(row[0]) if row else None

    def save_user(self, state: Mapping[str, Any]) -> str:
        """Store an authorized handler's ``todict()`` as its user's token; returns the NSID."""
        nsid = str(state["user_nsid"])
        with closing(self._connect()) as db, db:
            db.execute(
                "INSERT OR REPLACE INTO users VALUES (?, ?, ?, ?, ?, ?)",
                (nsid, state.get("username") or nsid, state["access_token_key"],
                 state["access_token_secret"], state.get("perms"), time.time()),
            )
        return nsid

    def user(self, nsid: str) -> Optional[dict[str, Any]]:
        """The stored state of ``nsid`` (for ``AuthHandler.fromdict``), or None."""
        with closing(self._connect()) as db:
            row = db.execute(
                "SELECT username, token_key, token_secret, perms FROM users WHERE nsid = ?",
                (nsid,),
            ).fetchone()
        if row is None:
            return None
        username, key, secret, perms = row
        return {"user_nsid": nsid, "username": username, "access_token_key": key,
                "access_token_secret": secret, "perms": perms}

    def count_users(self) -> int:
        with closing(self._connect()) as db:
            return int(db.execute("SELECT COUNT(*) FROM users").fetchone()[0])
