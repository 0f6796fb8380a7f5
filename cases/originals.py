"""Every original is kept, content-addressed by SHA-256, before anything else happens to it."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


def relative_path(sha256: str) -> str:
    return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"


def keep_bytes(folder: Path, data: bytes) -> tuple[str, str]:
    """Store `data`; returns (sha256, path relative to `folder`). Storing twice is a no-op."""
    sha = hashlib.sha256(data).hexdigest()
    target = folder / relative_path(sha)
    if not target.exists():
        _atomic_write(target, lambda fh: fh.write(data))
    return sha, relative_path(sha)


def keep_file(folder: Path, path: Path) -> tuple[str, str]:
    """Store the file at `path` by streaming it (it may be larger than we are willing to read)."""
    digest = hashlib.sha256()
    with path.open("rb") as src:
        for chunk in iter(lambda: src.read(CHUNK), b""):
            digest.update(chunk)
    sha = digest.hexdigest()
    target = folder / relative_path(sha)
    if not target.exists():

        def copy(fh: BinaryIO) -> None:
            with path.open("rb") as src:
                for chunk in iter(lambda: src.read(CHUNK), b""):
                    fh.write(chunk)

        _atomic_write(target, copy)
    return sha, relative_path(sha)


def _atomic_write(target: Path, write: Callable[[BinaryIO], object]) -> None:
    # Write beside the target and rename, so a crash never leaves a half-written original.
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            # on disk before it has its name: a power cut never leaves an empty original behind it
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fsync_dir(folder: Path) -> None:
    # the rename itself is durable only once its folder is synced (POSIX; Windows cannot open a folder)
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
