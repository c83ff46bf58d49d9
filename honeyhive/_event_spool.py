"""The event logger's disk spool: batches not yet confirmed, one file each, written atomically.

Layout of a spool directory (format version 1)::

    hh-events-<owner>.lock                 held open and locked by a live logger
    hh-events-<owner>-<seq>.jsonl          one batch (``<seq>``: ten digits, in write order)
    hh-events-<owner>-<seq>.jsonl.tmp      a batch being written (never read)
    hh-events-<owner>-<seq>.jsonl.bad      a batch that could not be read (kept for a human)

``<owner>`` is ``<pid>-<8 hex digits>``, new for every logger. A batch file is JSON Lines in
UTF-8: the first line is a header ``{"honeyhive_spool": 1, "route": "events", "count": N,
"written": <unix seconds>}``, then N lines, one event each, exactly as it is posted (its
``event_id`` set). A file is written under its ``.tmp`` name, synced, then renamed, so a
reader sees a complete batch or none; it is deleted once the service confirms the batch.

A logger that opens a directory claims the batches of owners that are gone: on POSIX an
owner is alive while it holds an ``flock`` on its lock file (the kernel releases it when the
process dies, even by SIGKILL); elsewhere, while its lock file is open (and so cannot be
deleted). Claiming renames a file into the claimant's name, which only one claimant can do.
Resending a claimed batch is safe even if its events were in fact stored: their ids are fixed.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import secrets
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["SPOOL_VERSION", "Spool", "SpoolError", "SpoolFile"]

logger = logging.getLogger("honeyhive")

SPOOL_VERSION = 1
PREFIX = "hh-events-"
SUFFIX = ".jsonl"
LOCK_SUFFIX = ".lock"
ROUTE = "events"

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class SpoolError(Exception):
    """A spool file that is not a complete batch of this format."""


@dataclass(frozen=True)
class SpoolFile:
    """One batch on disk: its path and how many events it holds."""

    path: str
    count: int


# The same JSON rules as the request body (httpx): NaN and infinities are refused. One
# encoder for every line: json.dumps with options would build a new one per event.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


class Spool:
    """The batches of one logger in ``directory``; ``open()`` before use, ``release()`` after."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = os.fspath(directory)
        self.owner = f"{os.getpid()}-{secrets.token_hex(4)}"
        self._seq = itertools.count()
        self._lock_fd: int | None = None
        self._fd_lock = threading.Lock()

    @staticmethod
    def prepare(directory: str | os.PathLike[str]) -> str:
        """Create ``directory`` if needed and check that it is writable (at construction)."""
        path = os.fspath(directory)
        os.makedirs(path, exist_ok=True)
        if not os.access(path, os.W_OK | os.X_OK):
            raise PermissionError(f"spool_dir {path!r} is not writable")
        return path

    # ---------------------------------------------------------------- ownership
    def open(self) -> list[SpoolFile]:
        """Lock this owner's name, then claim the batches of owners that are gone.

        Returns the claimed batches, oldest first; they now belong to this spool.
        """
        self._take_lock()
        claimed: list[tuple[float, str, int]] = []
        for owner in self._dead_owners():
            claimed.extend(self._claim(owner))
        claimed.sort()
        return [SpoolFile(path, count) for _, path, count in claimed]

    def _lock_path(self, owner: str) -> str:
        return os.path.join(self.directory, f"{PREFIX}{owner}{LOCK_SUFFIX}")

    def _take_lock(self) -> None:
        # Locked under a temporary name first: a lock file is never visible unlocked, so a
        # scanning logger cannot mistake a starting one for a dead one.
        final = self._lock_path(self.owner)
        tmp = final + ".tmp"
        fd = os.open(tmp, os.O_CREAT | os.O_RDWR | os.O_TRUNC, 0o600)
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.replace(tmp, final)
        self._lock_fd = fd

    def _dead_owners(self) -> list[str]:
        names = os.listdir(self.directory)
        locked = {
            n[len(PREFIX) : -len(LOCK_SUFFIX)]
            for n in names
            if n.startswith(PREFIX) and n.endswith(LOCK_SUFFIX)
        }
        with_files = {
            _owner_of(n) for n in names if n.startswith(PREFIX) and n.endswith((SUFFIX, ".tmp"))
        }
        dead = []
        for owner in sorted((locked | with_files) - {self.owner, ""}):
            if owner in locked and not self._owner_gone(owner):
                continue
            dead.append(owner)
        return dead

    def _owner_gone(self, owner: str) -> bool:
        """True (and its lock file deleted) when the owner of that lock file is gone."""
        path = self._lock_path(owner)
        if fcntl is None:  # pragma: no cover - Windows: an open file cannot be deleted
            try:
                os.remove(path)
            except FileNotFoundError:
                return True
            except OSError:
                return False
            return True
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            return True
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # held: its owner is alive
            with contextlib.suppress(FileNotFoundError):
                os.remove(path)
            return True
        finally:
            os.close(fd)

    def _claim(self, owner: str) -> list[tuple[float, str, int]]:
        claimed = []
        stem = f"{PREFIX}{owner}-"
        for name in sorted(os.listdir(self.directory)):
            if not name.startswith(stem):
                continue
            path = os.path.join(self.directory, name)
            if name.endswith(".tmp"):  # a write the dead owner never finished
                with contextlib.suppress(FileNotFoundError):
                    os.remove(path)
                continue
            if not name.endswith(SUFFIX):
                continue
            mine = self._next_path()
            try:
                written = os.stat(path).st_mtime
                os.rename(path, mine)
            except FileNotFoundError:
                continue  # another logger claimed it first
            try:
                count = self._header(mine)
            except SpoolError as exc:
                self.quarantine(mine, exc)
                continue
            claimed.append((written, mine, count))
        return claimed

    def release(self) -> None:
        """Give up ownership: the batches left here are claimed by the next logger."""
        with self._fd_lock:
            fd, self._lock_fd = self._lock_fd, None
        if fd is None:
            return
        with contextlib.suppress(FileNotFoundError):
            os.remove(self._lock_path(self.owner))
        os.close(fd)

    def forget_lock(self) -> None:
        """In a forked child: drop the parent's lock descriptor without touching its lock."""
        fd, self._lock_fd = self._lock_fd, None
        self._fd_lock = threading.Lock()
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)  # the parent still holds the lock through its own descriptor

    # ---------------------------------------------------------------- batches
    def _next_path(self) -> str:
        return os.path.join(self.directory, f"{PREFIX}{self.owner}-{next(self._seq):010d}{SUFFIX}")

    def write(self, events: Iterable[Mapping[str, Any]]) -> SpoolFile:
        """Write one batch atomically; TypeError/ValueError if an event is not JSON."""
        lines = list(map(_encode, events))
        header = {"honeyhive_spool": SPOOL_VERSION, "route": ROUTE, "count": len(lines)}
        header["written"] = round(time.time(), 3)
        data = "\n".join([_encode(header), *lines, ""]).encode("utf-8")
        path = self._next_path()
        tmp = path + ".tmp"
        try:
            with open(tmp, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(tmp)
            raise
        return SpoolFile(path, len(lines))

    def read(self, batch: SpoolFile) -> list[dict[str, Any]]:
        """The events of a batch; SpoolError if the file is not a complete batch."""
        try:
            with open(batch.path, "rb") as file:
                lines = file.read().decode("utf-8").splitlines()
            header = json.loads(lines[0]) if lines else None
            events = [json.loads(line) for line in lines[1:]]
        except (OSError, ValueError) as exc:
            raise SpoolError(f"{batch.path}: {exc}") from exc
        count = _check_header(header, batch.path)
        if len(events) != count or not all(isinstance(e, dict) for e in events):
            raise SpoolError(f"{batch.path}: expected {count} events")
        return events

    def _header(self, path: str) -> int:
        try:
            with open(path, "rb") as file:
                header = json.loads(file.readline())
        except (OSError, ValueError) as exc:
            raise SpoolError(f"{path}: {exc}") from exc
        return _check_header(header, path)

    def remove(self, batch: SpoolFile) -> None:
        """Delete a batch the service confirmed (gone already is fine)."""
        with contextlib.suppress(FileNotFoundError):
            os.remove(batch.path)

    def quarantine(self, path: str, why: Exception) -> None:
        """Set an unreadable batch aside as ``.bad`` (never deleted) and say so."""
        with contextlib.suppress(OSError):
            os.replace(path, path + ".bad")
        logger.error("honeyhive event spool: %s set aside as .bad: %s", path, why)


def _owner_of(name: str) -> str:
    """``hh-events-<pid>-<hex>-<seq>.jsonl[.tmp]`` -> ``<pid>-<hex>`` ("" if not ours)."""
    stem = name[len(PREFIX) :].split(".", 1)[0]
    owner, _, seq = stem.rpartition("-")
    return owner if seq.isdigit() and owner.count("-") == 1 else ""


def _check_header(header: object, path: str) -> int:
    """The event count a batch's header announces; SpoolError if it is not our header."""
    if isinstance(header, dict) and header.get("honeyhive_spool") == SPOOL_VERSION:
        count = header.get("count")
        if header.get("route") == ROUTE and type(count) is int and count >= 0:
            return count
    raise SpoolError(f"{path}: not a version {SPOOL_VERSION} honeyhive event spool file")
