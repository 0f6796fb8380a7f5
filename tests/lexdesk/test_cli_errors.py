"""Every command of the command line, taken from Typer's app (so a new one cannot escape), run with
bad input — a missing file, a malformed file, an unknown reference, a bad date, a bad option
value: one line on stderr, a non-zero exit, no traceback, and nothing half-written (no row of
the database changed, no file left behind).

Each command gets the mistakes click catches before the command runs (an unknown option, a
missing argument, a number that is not one); the table below adds, command by command, the
mistakes only the command itself can catch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command

from cases.clock import FixedClock
from lexdesk.cli import app
from tests.conftest import lexdesk, ok
from tests.lexdesk.desk_files import accounts_for, counts, rows, solicitors_letter

CLOCK = FixedClock.on(date(2026, 11, 10))
REF, NO_REF = "CI-2026-0001", "CI-1999-9999"


def commands() -> Iterator[tuple[tuple[str, ...], Any]]:
    """(path, click command) of every command and every group that runs on its own."""
    def walk(group: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
        for name, cmd in sorted(group.commands.items()):
            here = (*path, name)
            if hasattr(cmd, "commands"):
                if cmd.invoke_without_command:
                    yield here, cmd
                yield from walk(cmd, here)
            else:
                yield here, cmd
    yield from walk(get_command(app), ())


ALL = dict(commands())


def parse_time_mistakes(cmd: Any) -> list[list[str]]:
    """Mistakes refused while the arguments are read, before the command runs (safe for any
    command, a server's too)."""
    out = [["--no-such-option"]]
    arguments = [p for p in cmd.params if type(p).__name__ == "TyperArgument"]
    if any(p.required for p in arguments):
        out.append([])  # a missing argument
    if arguments and arguments[0].type_descriptor.annotation is int:
        out.append(["not-a-number"])
    return out


class Desk:
    """A database with a case, its letter, deadlines and a draft, and files to get wrong."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.db = root / "desk.db"
        self.out = root / "out"  # where commands are told to write: must stay empty
        self.out.mkdir()
        files = root / "files"
        files.mkdir()
        accounts_for(self.db, "alice", "bob")
        letter = files / "letter.pdf"
        letter.write_bytes(solicitors_letter())
        ok(lexdesk(self.db, "ingest", str(letter), "--received", "2026-11-04", clock=CLOCK))
        ok(lexdesk(self.db, "draft", REF, user="alice", clock=CLOCK))
        [(self.letter_deadline,)] = rows(self.db, "select id from deadline where source = 'letter'")
        self.missing = files / "missing.pdf"
        self.malformed_json = files / "cases.json"
        self.malformed_json.write_text("{not json")
        self.case_without_date = files / "no-date.json"
        self.case_without_date.write_text('[{"ref": "CI-2026-0099", "title": "no opened date"}]')
        self.bad_manifest = files / "arrivals.csv"
        self.bad_manifest.write_text(f"path,received\n{letter},31/02/2026\n")
        self.not_csv = files / "binary.csv"
        self.not_csv.write_bytes(b"\xff\xfe\x00garbage\x00")
        self.not_text = files / "new.txt"
        self.not_text.write_bytes(b"\xff\xfe\xfd")
        self.broken_pdf = files / "broken.pdf"
        self.broken_pdf.write_bytes(b"%PDF-1.7\ngarbage")
        self.letter = letter


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Desk:
    return Desk(tmp_path_factory.mktemp("errors"))


def semantic_mistakes(d: Desk) -> dict[tuple[str, ...], list[list[str]]]:
    """Mistakes only the command itself can catch, for the commands of this desk."""
    out, dl = d.out, str(d.letter_deadline)
    return {
        ("cases", "import"): [[str(d.missing)], [str(d.malformed_json)], [str(d.case_without_date)],
                              [str(d.root / "files")]],
        ("cases", "list"): [["--status", "bogus"]],
        ("cases", "show"): [[NO_REF]],
        ("cases", "merge"): [[REF, NO_REF], [REF, REF]],
        ("cases", "move"): [["999", REF], ["1", NO_REF], ["1", REF]],
        ("cases", "split"): [[NO_REF, "1"], [REF, "999"], [REF, "1"]],
        ("cases", "assign"): [[REF, "--to", "nobody"], [REF], [NO_REF, "--auto"]],
        ("cases", "status"): [[REF, "bogus"], [NO_REF, "open"]],
        ("cases", "set-kind"): [[REF, "bogus"], [NO_REF, "ip_notice"]],
        ("cases", "suggestions"): [["--accept", "999"], ["--reject", "999"]],
        ("cases", "member"): [["ana", "--team", "nope"]],
        ("documents", "correct"): [["999", "--field", "kind", "--value", "ip_notice"],
                                   ["1", "--field", "bogus", "--value", "x"],
                                   ["1", "--field", "deadline", "--value", "31/02/2026"],
                                   ["1", "--field", "kind", "--value", "complaint"]],
        ("draft",): [[NO_REF], [REF, "--template", "nonsense"], [REF, "--language", "xx"],
                     [REF, "--out", str(out / "x.odt")], [REF, "--out", str(out / "none" / "x.docx")],
                     [REF, "--document", "999"], [REF, "--set", "no-value"]],
        ("drafts", "templates"): [["--kind", "bogus"]],
        ("drafts", "list"): [["--status", "bogus"], ["--case", NO_REF]],
        ("drafts", "show"): [["999"]],
        ("drafts", "edit"): [["999", "--file", str(d.letter)], ["1", "--file", str(d.missing)],
                             ["1", "--file", str(d.not_text)]],
        ("drafts", "approve"): [["999"]],
        ("drafts", "send"): [["999"], ["1"], ["1", "--out", str(out / "x.odt")]],
        ("drafts", "discard"): [["999"]],
        ("drafts", "export"): [["999", "--out", str(out / "x.docx")], ["1", "--out", str(out / "x.odt")],
                               ["1", "--out", str(out / "none" / "x.docx")]],
        ("drafts", "sor"): [[NO_REF, "--out", str(out / "sor"), "--explanation", "x"],
                            [REF, "--out", str(out / "sor"), "--explanation", "x", "--content-date", "31/02/2026"]],
        ("ingest",): [[str(d.missing)], ["--manifest", str(d.missing)], ["--manifest", str(d.bad_manifest)],
                      ["--manifest", str(d.not_csv)], [str(d.letter), "--received", "31/02/2026"], []],
        ("extract",): [[str(d.missing)], [str(d.letter), "--received", "2026-13-01"], [str(d.root / "files")],
                       [str(d.broken_pdf), "--json"]],
        ("failed",): [["--retry", "999"], ["--retry", "1"]],
        ("report",): [["--format", "bogus"], ["--since", "31/02/2026"]],
        ("deadlines",): [["--within", "xx"], ["--today", "2026-02-31"], ["--ics", str(out / "none" / "x.ics")]],
        ("deadlines", "add"): [[NO_REF, "--due", "2026-12-01", "--why", "x"], [REF, "--due", "soon", "--why", "x"],
                               [REF, "--due", "2026-12-01"], [REF, "--due", "2026-12-01", "--why", " "],
                               [REF, "--due", "2026-12-01", "--why", "x", "--owner", "nobody"]],
        ("deadlines", "extend"): [["999", "--to", "2027-01-01", "--why", "x"], [dl, "--to", "someday", "--why", "x"],
                                  [dl, "--why", "x"], [dl, "--to", "2000-01-01", "--why", "x"],
                                  [dl, "--gdpr", "--why", "x"]],
        ("deadlines", "pause"): [["999", "--days", "3", "--why", "x"], [dl, "--days", "3", "--why", "x"],
                                 [dl, "--days", "0", "--why", "x"]],
        ("deadlines", "waive"): [["999", "--why", "x"], [dl, "--why", " "]],
        ("deadlines", "meet"): [["999", "--why", "x"], [dl, "--why", ""]],
        ("triage", "accept"): [["999"], ["1"]],
        ("triage", "dismiss"): [["999", "--why", "x"], ["1", "--why", "x"]],
        ("users", "add"): [["zed", "--role", "bogus"], ["two words"]],
        ("users", "disable"): [["nobody"]],
        ("users", "reset-password"): [["nobody"]],
    }


class _Named:
    """Stands in for a desk while the tests are collected: only the table's keys are wanted."""

    def __getattr__(self, name: str) -> Path:
        return Path(name)


SEMANTIC = set(semantic_mistakes(_Named()))  # type: ignore[arg-type]


def cases() -> list[tuple[tuple[str, ...], str]]:
    """(command path, how its mistakes are made): every command of the app is here, with the
    mistakes click refuses; those of the table with their own as well."""
    return [(path, "parse") for path in ALL] + [(path, "semantic") for path in ALL if path in SEMANTIC]


def test_the_table_names_only_commands_there_are(desk: Desk) -> None:
    unknown = set(semantic_mistakes(desk)) - set(ALL)
    assert not unknown, f"the table names commands the app does not have: {unknown}"


@pytest.mark.parametrize(("path", "how"), cases(), ids=lambda x: " ".join(x) if isinstance(x, tuple) else x)
def test_every_command_given_bad_input_says_so_in_one_line_and_writes_nothing(
        desk: Desk, path: tuple[str, ...], how: str) -> None:
    mistakes = parse_time_mistakes(ALL[path]) if how == "parse" else semantic_mistakes(desk)[path]
    for args in mistakes:
        before, files = counts(desk.db), sorted(desk.out.rglob("*"))
        result = lexdesk(desk.db, *path, *args, user="alice", clock=CLOCK,
                         env={"EDITOR": "false", "LEXDESK_SOFFICE": ""})
        said = " ".join([*path, *args])
        assert result.exit_code != 0, f"{said}: exit 0\n{result.output}"
        assert "Traceback" not in result.output, f"{said}:\n{result.output}"
        lines = [x for x in result.stderr.splitlines() if x.strip()]
        assert len(lines) == 1, f"{said}: stderr is not one line:\n{result.stderr}"
        assert "internal error" not in lines[0], f"{said}: {lines[0]}"
        assert counts(desk.db) == before, f"{said}: the database changed"
        assert sorted(desk.out.rglob("*")) == files, f"{said}: left files behind"


def test_a_database_that_cannot_be_opened_and_a_broken_profile_are_one_line(tmp_path: Path) -> None:
    result = lexdesk(Path("/nonexistent/dir/x.db"), "cases", "list", clock=CLOCK)
    assert result.exit_code == 1 and result.stderr.splitlines() == [
        "cannot open the database /nonexistent/dir/x.db: unable to open database file"]
    profile = tmp_path / "platform.toml"
    profile.write_text("name = \n")
    result = lexdesk(tmp_path / "x.db", "cases", "list", clock=CLOCK, env={"LEXDESK_PLATFORM": str(profile)})
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"platform profile {profile}") and not (tmp_path / "x.db").exists()


def test_an_unreadable_file_given_to_extract_exits_non_zero_with_its_reason(desk: Desk) -> None:
    result = lexdesk(desk.db, "extract", str(desk.broken_pdf), "--json", clock=CLOCK)
    assert result.exit_code == 1 and result.stderr.startswith("could not read broken.pdf: corrupt PDF")
    assert '"error": "corrupt PDF' in result.stdout  # its row is printed all the same
