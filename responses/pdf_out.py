"""A letter as PDF: the .docx on the letterhead, converted by LibreOffice running headless.

Solicitors expect a PDF letter. LibreOffice (`soffice`, Debian's libreoffice-writer, installed by
scripts/setup.sh) is found by the application and passed in; where it is not there, PDF output
is refused before anything is drafted or written, in one line.
"""

from __future__ import annotations

import logging
import subprocess
import tempfile
from pathlib import Path

from cases.errors import Invalid

log = logging.getLogger(__name__)

TIMEOUT_SECONDS = 120

NOT_AVAILABLE = ("PDF output is not available: LibreOffice (soffice) is not installed — scripts/setup.sh "
                 "installs it (Debian's libreoffice-writer); or write .docx")


def to_pdf(docx: bytes, converter: str | None) -> bytes:
    """The PDF of a .docx letter, made by `converter` (the soffice program)."""
    if not converter:
        raise Invalid(NOT_AVAILABLE)
    with tempfile.TemporaryDirectory(prefix="lexdesk-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "letter.docx"
        source.write_bytes(docx)
        # A profile of its own: a user's open LibreOffice (or another conversion) holds a lock on
        # the default one, and a fresh machine's HOME may not be writable.
        profile = (folder / "profile").as_uri()
        cmd = [converter, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
               "--outdir", str(folder), str(source)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False,
                                  stdin=subprocess.DEVNULL)
        except FileNotFoundError:
            raise Invalid(NOT_AVAILABLE) from None
        except subprocess.TimeoutExpired:
            raise Invalid(f"PDF conversion took longer than {TIMEOUT_SECONDS} s and was stopped; write .docx") from None
        made = folder / "letter.pdf"
        if done.returncode != 0 or not made.exists():
            log.debug("soffice said: %s %s", done.stdout, done.stderr)
            why = " ".join((done.stderr or done.stdout or f"exit status {done.returncode}").split())[:200]
            raise Invalid(f"PDF conversion failed ({why}); write .docx")
        return made.read_bytes()
