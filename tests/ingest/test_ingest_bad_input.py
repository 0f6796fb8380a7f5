"""Files that cannot be read come back with a one-line reason, their bytes and hash kept: never a crash."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from ingest import IngestLimits, parse
from tests.ingest.ingest_makers import docx_bytes, email_bytes, typed_pdf


def test_an_empty_file() -> None:
    for data in (b"", b"  \n\t "):
        doc = parse(data, filename="empty.pdf")
        assert doc.error == "empty file" and doc.sha256 == hashlib.sha256(data).hexdigest()


def test_an_unsupported_type_and_a_broken_image() -> None:
    assert parse(b"GIF89a\x01\x00\x01\x00", filename="anim.gif").error == "unsupported file type: gif image"
    assert parse(b"\x00\x01\x02binary\x00junk").error == "unsupported file type: binary file of unknown type"
    doc = parse(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", filename="photo.png")  # cut off after its header
    assert doc.media_type == "png" and doc.error is not None and doc.error.startswith("corrupt image")


def test_over_the_size_limit_as_bytes_and_as_a_path(tmp_path: Path) -> None:
    data = typed_pdf([["Dear Sir"]])
    limits = IngestLimits(max_bytes=1000)
    doc = parse(data, limits=limits)
    assert doc.error is not None and doc.error.startswith("file too large") and doc.raw == data

    path = tmp_path / "big.pdf"
    path.write_bytes(data)
    doc = parse(path, limits=limits)
    assert doc.error.startswith("file too large") and doc.filename == "big.pdf"
    assert doc.sha256 == hashlib.sha256(data).hexdigest() and doc.size == len(data)


def test_a_missing_path_is_a_reason_not_an_exception(tmp_path: Path) -> None:
    doc = parse(tmp_path / "nowhere.pdf")
    assert doc.error is not None and doc.error.startswith("cannot read file")


def test_garbage_inside_every_format_never_raises() -> None:
    rng = random.Random(7)
    samples = [typed_pdf([["Dear Sir", "text"]]), docx_bytes(["Dear Sir"]), email_bytes("Dear Sir")]
    for sample in samples:
        for _ in range(15):
            data = bytearray(sample)
            for _ in range(rng.randint(1, 40)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            cut = rng.randint(len(data) // 2, len(data))
            doc = parse(bytes(data[:cut]))
            assert doc.ok or (doc.error and "\n" not in doc.error)
            assert doc.sha256 == hashlib.sha256(bytes(data[:cut])).hexdigest()
