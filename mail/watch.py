"""A watched folder: files dropped into it (by a scanner, a shared drive, another system) are
filed once each, through the same pipeline as `lexdesk ingest`, and moved to `done/` or
`failed/` inside it — a failed file with a note beside it saying why.

A file is taken only once it is complete: its size and modification time must be the same at two
looks `settle` seconds apart, no other process may hold a lock on it, and names that writers use
while they write (dot files, `.part`, `.tmp`, `.crdownload`, `~`) are left alone. So a file still
being copied in is not taken half-way.
"""

from __future__ import annotations

import fcntl
import logging
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from cases import intake
from cases.config import CasesConfig
from cases.errors import Invalid
from cases.vocab import IngestStatus
from mail import schedule

log = logging.getLogger(__name__)
DONE = "done"
FAILED = "failed"
PARTIAL = (".part", ".partial", ".tmp", ".crdownload", ".download", "~")
EMPTY_WAIT = 60.0  # seconds an empty file waits: a writer may have made it and not yet written


@dataclass(frozen=True)
class Dropped:
    """What became of one file taken from the folder."""

    name: str
    outcome: intake.Outcome
    moved_to: Path


@dataclass
class Watcher:
    """The folder and what was seen of it at the last look (path -> size, mtime)."""

    folder: Path
    seen: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.folder.is_dir():
            raise Invalid(f"no such folder: {self.folder}")
        for sub in (DONE, FAILED):
            (self.folder / sub).mkdir(exist_ok=True)

    def look(self) -> list[Path]:
        """The files that are the same as at the last look (complete), oldest first; the look is
        remembered for the next one."""
        now: dict[Path, tuple[int, int]] = {}
        for p in self.folder.iterdir():
            if p.name.startswith(".") or p.name.lower().endswith(PARTIAL) or not p.is_file():
                continue
            try:
                st = p.stat()
            except OSError:
                continue  # gone between the listing and the look
            now[p] = (st.st_size, st.st_mtime_ns)
        old = (time.time() - EMPTY_WAIT) * 1e9
        ready = [p for p, sig in now.items()
                 if self.seen.get(p) == sig and (sig[0] > 0 or sig[1] < old) and not _locked(p)]
        self.seen = now
        return sorted(ready, key=lambda p: (now[p][1], p.name))


def _locked(path: Path) -> bool:
    """Another process holds a lock on the file (a writer that locks while it writes)."""
    try:
        with path.open("rb") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(fh, fcntl.LOCK_UN)
    except OSError:
        return True  # cannot even be opened yet: not ours to take
    return False


def take(session: Session, watcher: Watcher, cfg: CasesConfig, *, actor: str) -> list[Dropped]:
    """File every complete file the last two looks agree on, and move it out of the way."""
    out = []
    for path in watcher.look():
        outcome = intake.file_path(session, intake.Job(path), cfg, actor=actor)
        target = _move(path, watcher.folder / (FAILED if outcome.status == IngestStatus.failed else DONE))
        if outcome.status == IngestStatus.failed:
            _note(target, outcome.reason or "could not be filed")
        watcher.seen.pop(path, None)
        log.info("watched folder: %s %s -> %s", path.name, outcome.status, target)
        out.append(Dropped(path.name, outcome, target))
    return out


def scan(session: Session, folder: Path, cfg: CasesConfig, *, actor: str, settle: float) -> list[Dropped]:
    """One pass: two looks `settle` seconds apart, then what was complete filed (`lexdesk watch --once`)."""
    watcher = Watcher(folder)
    watcher.look()
    time.sleep(settle)
    return take(session, watcher, cfg, actor=actor)


def poll(sessions: Callable[[], AbstractContextManager[Session]], folder: Path, cfg: CasesConfig, *, actor: str,
         stop: threading.Event, interval: float, on_files: Callable[[list[Dropped]], None] | None = None) -> None:
    """Look every `interval` seconds until `stop` is set, filing what has settled (a file is taken
    at the look after the one that first saw it unchanged)."""
    watcher = Watcher(folder)

    def once() -> bool:
        with sessions() as session:
            dropped = take(session, watcher, cfg, actor=actor)
        if dropped and on_files is not None:
            on_files(dropped)
        return True

    schedule.every(interval, once, stop, name=f"watched folder {folder}")


def _move(path: Path, folder: Path) -> Path:
    """Into `folder` under the same name, or name-1, name-2 ... where that is taken."""
    target = folder / path.name
    n = 0
    while target.exists():
        n += 1
        target = folder / f"{path.stem}-{n}{path.suffix}"
    try:
        path.replace(target)
    except OSError as e:
        # filed all the same; the next look would find it again and the filing says "duplicate"
        log.error("watched folder: cannot move %s to %s: %s", path, folder, e.strerror or e)
        return path
    return target


def _note(target: Path, reason: str) -> None:
    try:
        target.with_name(target.name + ".why.txt").write_text(reason + "\n", encoding="utf-8")
    except OSError as e:
        log.warning("watched folder: cannot write why %s failed: %s", target.name, e.strerror or e)
