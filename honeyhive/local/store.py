"""SQLite state of the local server: events, and every other resource as a JSON document.

One connection, guarded by one lock, and every request runs inside one transaction. That
is the simplest design that loses nothing under concurrent writers, works the same for
``:memory:`` (which cannot be shared between connections without shared-cache mode) and for
a file, and is fast enough: an event insert costs tens of microseconds, well below what
HTTP parsing and validation cost per request. A file database uses WAL with
``synchronous=NORMAL``: a commit survives a crash of the process (not of the machine), which
is what a development server needs.

Events get real columns for what lists filter and sort on; the full event is kept as JSON.
Projects, configurations, tools, metrics (with their versions), datasets, datapoints, runs,
charts and queues share one ``docs`` table keyed by ``(kind, id)``; dataset membership has
its own table because both sides query it. API keys created through the API live in
``api_keys``, found by the SHA-256 of their value: the value itself is never stored.
(The table was added without a schema version change: ``CREATE TABLE IF NOT EXISTS`` adds
it to a database written before it existed.)

A database that cannot be opened (a missing directory, a file that is not SQLite) raises
``StoreError`` with a one-line reason. ``close`` checkpoints the WAL into the main file
first, so after a clean stop the single ``.db`` file holds everything and can be copied
alone. Nothing stored is nested deeper than ``jsonsafe.MAX_JSON_DEPTH`` (``NestingTooDeep``
otherwise), so what was stored can always be read back and answered.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .jsonsafe import NestingTooDeep, check_depth

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "dumps"]

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    session_id TEXT,
    parent_id TEXT,
    project TEXT,
    event_type TEXT,
    event_name TEXT,
    start_time REAL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_session ON events(session_id);
CREATE INDEX IF NOT EXISTS events_project ON events(project, start_time);
CREATE INDEX IF NOT EXISTS events_start ON events(start_time);
CREATE TABLE IF NOT EXISTS docs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    name TEXT,
    project TEXT,
    body TEXT NOT NULL,
    UNIQUE (kind, id)
);
CREATE INDEX IF NOT EXISTS docs_name ON docs(kind, name);
CREATE TABLE IF NOT EXISTS dataset_members (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    dataset_id TEXT NOT NULL,
    datapoint_id TEXT NOT NULL,
    UNIQUE (dataset_id, datapoint_id)
);
CREATE INDEX IF NOT EXISTS members_datapoint ON dataset_members(datapoint_id);
CREATE TABLE IF NOT EXISTS api_keys (
    key_hash TEXT PRIMARY KEY,
    key_id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL
);
"""

_EVENT_COLUMNS = ("session_id", "parent_id", "project", "event_type", "event_name", "start_time")


def dumps(value: Any) -> str:
    """Compact JSON, the form everything is stored and sent in."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _stored_text(value: Any, what: str) -> str:
    """``dumps(value)`` for storing: ``NestingTooDeep`` beyond ``MAX_JSON_DEPTH``."""
    try:
        text = dumps(value)
    except RecursionError:
        raise NestingTooDeep(what) from None
    check_depth(value, text, what)
    return text


class StoreError(RuntimeError):
    """The database file cannot be used; the message is one line saying why."""


class Store:
    """The database of one LocalAPI; use ``with store.transaction() as tx:`` for any access.

    SQLite serializes everything on the one connection: the lock makes each transaction
    exclusive across threads (handlers run on a thread pool), which ``check_same_thread``
    off allows.
    """

    def __init__(self, db_path: str | None = None) -> None:
        self.db_path = db_path
        self._lock = threading.RLock()
        self._closed = True
        try:
            # isolation_level=None: transactions are opened explicitly, one per request.
            conn = sqlite3.connect(
                db_path or ":memory:", check_same_thread=False, isolation_level=None
            )
        except sqlite3.Error as exc:
            raise StoreError(_open_problem(db_path, exc)) from None
        try:
            if db_path:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise StoreError(
                    f"{db_path} was written by another version of honeyhive.local "
                    f"(schema {version}, expected {SCHEMA_VERSION}); use a new --db file"
                )
            conn.executescript(_SCHEMA)
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(_open_problem(db_path, exc)) from None
        except BaseException:
            conn.close()
            raise
        self._conn = conn
        self._closed = False

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[Tx]:
        """Hold the lock and one SQLite transaction for the block; roll back on error."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the local server's store is closed")
            self._conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield Tx(self._conn)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")

    def reset(self) -> None:
        """Delete every stored row (tests use it to reuse one server)."""
        with self.transaction() as tx:
            for table in ("events", "docs", "dataset_members", "api_keys"):
                tx.conn.execute(f"DELETE FROM {table}")  # fixed table names

    def close(self) -> None:
        """Checkpoint the WAL into the database file, then close; later calls fail clearly."""
        with self._lock:
            if not self._closed:
                self._closed = True
                if self.db_path:
                    # Everything into the main file (and an empty WAL), so the .db file
                    # alone is a complete copy once the server has stopped.
                    with contextlib.suppress(sqlite3.Error):
                        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()


class Tx:
    """Queries available inside one transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # -- events ---------------------------------------------------------------------------

    def insert_event(self, event: dict[str, Any]) -> bool:
        """Store ``event`` unless its id exists (retries stay idempotent); True if new."""
        cursor = self.conn.execute(
            "INSERT INTO events (event_id, session_id, parent_id, project, event_type,"
            " event_name, start_time, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(event_id) DO NOTHING",
            (event["event_id"], *_columns(event), _stored_text(event, "The event")),
        )
        return cursor.rowcount == 1

    def replace_event(self, event: dict[str, Any]) -> None:
        """Overwrite a stored event (same id)."""
        self.conn.execute(
            "UPDATE events SET session_id=?, parent_id=?, project=?, event_type=?,"
            " event_name=?, start_time=?, body=? WHERE event_id=?",
            (*_columns(event), _stored_text(event, "The event"), event["event_id"]),
        )

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """One event by id."""
        row = self.conn.execute("SELECT body FROM events WHERE event_id=?", (event_id,)).fetchone()
        return None if row is None else _loads(row[0])

    def delete_event(self, event_id: str) -> bool:
        """Delete one event; True if it existed."""
        return self.conn.execute("DELETE FROM events WHERE event_id=?", (event_id,)).rowcount > 0

    def session_events(self, session_id: str) -> list[dict[str, Any]]:
        """Every event of a session, oldest first."""
        rows = self.conn.execute(
            "SELECT body FROM events WHERE session_id=? ORDER BY start_time, seq", (session_id,)
        )
        return [_loads(r[0]) for r in rows]

    def session_exists(self, session_id: str) -> bool:
        """True if the session's root event, or any event of the session, is stored."""
        row = self.conn.execute(
            "SELECT 1 FROM events WHERE event_id=? OR session_id=? LIMIT 1",
            (session_id, session_id),
        ).fetchone()
        return row is not None

    def delete_session(self, session_id: str) -> int:
        """Delete a session's events (its root included); how many were deleted."""
        cursor = self.conn.execute(
            "DELETE FROM events WHERE session_id=? OR event_id=?", (session_id, session_id)
        )
        return cursor.rowcount

    def scan_events(
        self,
        where: Sequence[tuple[str, Sequence[Any]]] = (),
        newest_first: bool = True,
    ) -> Iterator[dict[str, Any]]:
        """Events matching SQL conditions ``[(clause, args)]``, decoded lazily."""
        sql = "SELECT body FROM events"
        args: list[Any] = []
        if where:
            sql += " WHERE " + " AND ".join(f"({clause})" for clause, _ in where)
            for _, values in where:
                args.extend(values)
        sql += " ORDER BY start_time DESC, seq DESC" if newest_first else " ORDER BY seq"
        for (body,) in self.conn.execute(sql, args):
            yield _loads(body)

    def session_ids_with_metadata(self, key: str, value: str | None = None) -> set[str]:
        """Sessions holding an event whose ``metadata.<key>`` equals ``value`` (or is set)."""
        path = f'$.metadata."{key}"'
        if value is None:
            rows = self.conn.execute(
                "SELECT DISTINCT session_id FROM events WHERE json_extract(body, ?) IS NOT NULL",
                (path,),
            )
        else:
            rows = self.conn.execute(
                "SELECT DISTINCT session_id FROM events WHERE json_extract(body, ?) = ?",
                (path, value),
            )
        return {r[0] for r in rows if r[0]}

    # -- documents ------------------------------------------------------------------------

    def put_doc(
        self,
        kind: str,
        doc: dict[str, Any],
        name: str | None = None,
        project: str | None = None,
    ) -> None:
        """Insert or overwrite the document ``doc["id"]`` of ``kind``."""
        self.conn.execute(
            "INSERT INTO docs (kind, id, name, project, body) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(kind, id) DO UPDATE SET name=excluded.name,"
            " project=excluded.project, body=excluded.body",
            (kind, doc["id"], name, project, _stored_text(doc, f"The {kind}")),
        )

    def get_doc(self, kind: str, doc_id: str) -> dict[str, Any] | None:
        """One document by id."""
        row = self.conn.execute(
            "SELECT body FROM docs WHERE kind=? AND id=?", (kind, doc_id)
        ).fetchone()
        return None if row is None else _loads(row[0])

    def find_docs(
        self, kind: str, name: str | None = None, project: str | None = None
    ) -> list[dict[str, Any]]:
        """Documents of ``kind`` (optionally with this name / project), oldest first."""
        sql = "SELECT body FROM docs WHERE kind=?"
        args: list[Any] = [kind]
        if name is not None:
            sql += " AND name=?"
            args.append(name)
        if project is not None:
            sql += " AND project=?"
            args.append(project)
        return [_loads(r[0]) for r in self.conn.execute(sql + " ORDER BY seq", args)]

    def delete_doc(self, kind: str, doc_id: str) -> bool:
        """Delete one document; True if it existed."""
        cursor = self.conn.execute("DELETE FROM docs WHERE kind=? AND id=?", (kind, doc_id))
        return cursor.rowcount > 0

    # -- API keys -------------------------------------------------------------------------

    def put_api_key(self, key_hash: str, record: dict[str, Any]) -> None:
        """Store a new API key's record under the hash of its value."""
        self.conn.execute(
            "INSERT INTO api_keys (key_hash, key_id, body) VALUES (?, ?, ?)",
            (key_hash, record["key_id"], dumps(record)),
        )

    def get_api_key(self, key_hash: str) -> dict[str, Any] | None:
        """The record of the key whose value hashes to ``key_hash``."""
        row = self.conn.execute(
            "SELECT body FROM api_keys WHERE key_hash=?", (key_hash,)
        ).fetchone()
        return None if row is None else _loads(row[0])

    # -- dataset membership ---------------------------------------------------------------

    def dataset_members(self, dataset_id: str) -> list[str]:
        """Datapoint ids of a dataset, in the order they were added."""
        rows = self.conn.execute(
            "SELECT datapoint_id FROM dataset_members WHERE dataset_id=? ORDER BY seq",
            (dataset_id,),
        )
        return [r[0] for r in rows]

    def datapoint_datasets(self, datapoint_id: str) -> list[str]:
        """Dataset ids a datapoint belongs to."""
        rows = self.conn.execute(
            "SELECT dataset_id FROM dataset_members WHERE datapoint_id=? ORDER BY seq",
            (datapoint_id,),
        )
        return [r[0] for r in rows]

    def add_member(self, dataset_id: str, datapoint_id: str) -> None:
        """Put a datapoint in a dataset (no-op if already there)."""
        self.conn.execute(
            "INSERT INTO dataset_members (dataset_id, datapoint_id) VALUES (?, ?)"
            " ON CONFLICT DO NOTHING",
            (dataset_id, datapoint_id),
        )

    def remove_member(self, dataset_id: str, datapoint_id: str) -> bool:
        """Take a datapoint out of a dataset; True if it was in it."""
        cursor = self.conn.execute(
            "DELETE FROM dataset_members WHERE dataset_id=? AND datapoint_id=?",
            (dataset_id, datapoint_id),
        )
        return cursor.rowcount > 0

    def clear_members(self, dataset_id: str | None = None, datapoint_id: str | None = None) -> None:
        """Drop every membership of a dataset, or of a datapoint."""
        if dataset_id is not None:
            self.conn.execute("DELETE FROM dataset_members WHERE dataset_id=?", (dataset_id,))
        if datapoint_id is not None:
            self.conn.execute("DELETE FROM dataset_members WHERE datapoint_id=?", (datapoint_id,))


def _columns(event: dict[str, Any]) -> list[Any]:
    values = [event.get(c) for c in _EVENT_COLUMNS]
    start = values[-1]
    # A REAL column: SQLite cannot bind ints beyond 64 bits, and JSON allows them.
    values[-1] = float(start) if isinstance(start, int | float) else None
    return values


def _open_problem(db_path: str | None, exc: sqlite3.Error) -> str:
    """One line on why ``db_path`` cannot be used as the database."""
    where = db_path or ":memory:"
    if db_path:
        parent = os.path.dirname(os.path.abspath(db_path))
        if not os.path.isdir(parent):
            return f"cannot open database {where}: directory {parent} does not exist"
        if os.path.isdir(db_path):
            return f"cannot open database {where}: it is a directory"
    if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
        return f"cannot open database {where}: the file is not a SQLite database"
    return f"cannot open database {where}: {exc}"


def _loads(text: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(text)
    return value
