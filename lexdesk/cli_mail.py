"""`lexdesk mail fetch | check | status | send | sent` (the team's mailbox, and replies sent by
email) and `lexdesk watch DIR` (a folder files are dropped into)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from lexdesk.ui import LazyConsole, app_context, data, line
from mail import fetch, send, views, watch
from mail.models import MessageState

top_level = typer.Typer()  # `lexdesk watch`, listed at the top level by lexdesk.cli
mail_app = typer.Typer(help="The team's mailbox: fetch, check, status; replies sent by email.", no_args_is_help=True)
out = LazyConsole()
STYLE = {"filed": "green", "duplicate": "", "known": "dim", "skipped": "yellow", "failed": "red",
         "given_up": "bold red", "working": "red"}


def _message(m: fetch.MessageLine) -> None:
    state = str(m.state)
    extra = ""
    if m.state in (MessageState.failed, MessageState.given_up):
        gave_up = ": given up, kept for a person" if m.state == MessageState.given_up else ""
        extra = f" (try {m.attempts} of {m.max_attempts}{gave_up})"
    out.print(line((f"{state:<9}", STYLE.get(state, "")), " ", f"{m.folder} #{m.uid} ", (m.subject or "(no subject)"),
                   " — ", m.from_addr or "-", f" → {', '.join(m.case_refs)}" if m.case_refs else "",
                   (f": {m.reason}", "yellow" if m.state == MessageState.skipped else "")
                   if m.reason and m.state != MessageState.filed else "", extra), soft_wrap=True)
    for r in m.rules:
        out.print(line("          rule ", r), soft_wrap=True)
    if m.after and m.after.startswith("left as it was"):
        out.print(line("          ", (m.after, "yellow")), soft_wrap=True)


def _fetched(r: fetch.FetchReport) -> None:
    for f in r.folders:
        if f.missing:
            out.print(line((f"{f.name}: no such folder", "red")))
            continue
        out.print(line(f"{f.name}: {f.messages} messages (UIDVALIDITY {f.uidvalidity})",
                       (" renumbered by the server: messages met before are recognised by Message-ID", "yellow")
                       if f.renumbered else "", f"; {f.left} left for the next fetch" if f.left else ""))
    for m in r.messages:
        _message(m)
    if r.interrupted:
        out.print(line((f"{r.interrupted} message(s) an earlier fetch left half-done counted as failed tries",
                        "yellow")))
    counts = ", ".join(f"{n} {s}" for s, n in sorted(r.counts.items()))
    out.print(f"{len(r.messages)} messages: {counts or 'nothing new'}")


@mail_app.command("fetch")
def fetch_cmd(
    ctx: typer.Context,
    every: Annotated[float | None, typer.Option(
        help="keep fetching every SECONDS until stopped (Ctrl-C); default: one fetch")] = None,
) -> None:
    """File the new messages of the mailbox's folders, each once. Exit status: 1 when the mailbox
    could not be read, else the number of messages that failed."""
    app = app_context(ctx)
    cfg = app.config
    if every is not None:
        stop = threading.Event()
        try:
            fetch.poll(app.db.session, cfg.mail, cfg.cases, actor=cfg.user, stop=stop, interval=every,
                       on_report=_fetched)
        except KeyboardInterrupt:
            stop.set()
        return
    with app.db.session() as session:
        r = fetch.fetch(session, cfg.mail, cfg.cases, actor=cfg.user)
    _fetched(r)
    if r.error:
        out.print(line((r.error, "red")), soft_wrap=True)
        raise typer.Exit(1)
    raise typer.Exit(min(r.failed, 100))


@mail_app.command("check")
def check_cmd(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(help="messages shown per folder")] = 20,
) -> None:
    """Connect and log in, and show what a fetch would take and what the rules would do with it;
    nothing is marked, moved, filed or sent."""
    app = app_context(ctx)
    with app.db.session() as session:
        r = fetch.check(session, app.config.mail, limit=limit)
    if r.account:
        out.print(line(("mailbox ", "bold"), r.account, f" ({r.security})",
                       (f": {r.error}", "red") if r.error else ": logged in"), soft_wrap=True)
    for name in r.missing:
        out.print(line(("  no folder ", "red"), name))
    for f in r.folders:
        out.print(line(f"  {f.name}: {f.messages} messages (UIDVALIDITY {f.uidvalidity}), {f.new} to fetch",
                       (" (renumbered by the server since the last fetch)", "yellow") if f.renumbered else ""))
        for p in f.previews:
            out.print(line(f"    #{p.uid} ", p.subject or "(no subject)", " — ", p.from_addr or "-", ": ",
                           (p.would, "yellow" if p.would.startswith("skip") else ""),
                           f" ({'; '.join(p.rules)})" if p.rules else ""), soft_wrap=True)
        if f.new > len(f.previews):
            out.print(f"    … and {f.new - len(f.previews)} more")
    if r.smtp:
        out.print(line(("outgoing ", "bold"), r.smtp, (f": {r.smtp_error}", "red") if r.smtp_error else ""),
                  soft_wrap=True)
    if not r.ok:
        raise typer.Exit(1)


@mail_app.command("status")
def status_cmd(ctx: typer.Context, limit: Annotated[int, typer.Option(help="rows per list")] = 20) -> None:
    """The last fetches, what each rule did, messages skipped and why, and those that failed."""
    app = app_context(ctx)
    with app.db.session() as session:
        s = views.mailbox_status(session, limit=limit)
    if s.last_fetch is None:
        out.print("no fetch yet (lexdesk mail fetch)")
        return
    f = s.last_fetch
    out.print(line(("last fetch ", "bold"), f"{f.started_at:%Y-%m-%d %H:%M} UTC ({f.trigger}): ",
                   ("running", "yellow") if f.running else ("ok", "green") if f.ok else (f.error or "failed", "red"),
                   f"; {', '.join(f'{n} {k}' for k, n in sorted(f.counts.items()))}" if f.counts else ""),
              soft_wrap=True)
    if s.last_ok and not f.ok:
        out.print(f"last good fetch {s.last_ok:%Y-%m-%d %H:%M} UTC")
    out.print("messages: " + (", ".join(f"{n} {k}" for k, n in sorted(s.counts.items())) or "none"))
    if s.rules:
        t = Table("rule", "matched", "skipped", "set", "refused")
        for r in s.rules:
            t.add_row(data(r.rule), str(r.matched), str(r.skipped),
                      data(", ".join(f"{k} ×{n}" for k, n in r.sets.items())), str(r.refused))
        out.print(t)
    for title, rows in (("skipped", s.skipped), ("failed", s.problems)):
        if rows:
            t = Table("id", "folder", "uid", "subject", "from", "state", "tries", "why")
            for m in rows:
                t.add_row(str(m.id), data(m.folder), str(m.uid), data(m.subject), data(m.from_addr), m.state,
                          str(m.attempts), data(m.reason))
            out.print(line((title, "bold")))
            out.print(t)


@mail_app.command("send")
def send_cmd(
    ctx: typer.Context,
    draft_id: int,
    force: Annotated[bool, typer.Option(help="send again a draft whose earlier send was cut off")] = False,
) -> None:
    """Send an approved draft by email in the sender's thread, and mark it sent (its deadline is
    met). A refused send leaves it approved and unsent, with the server's reason."""
    app = app_context(ctx)
    with app.db.session() as session:
        r = send.send_draft(session, draft_id, app.config.mail, app.config.responses, actor=app.config.user,
                            force=force)
    out.print(line(f"draft {r.draft.id} ", ("sent", "green"), f" for {r.draft.case_ref} to ", ", ".join(r.recipients),
                   f" via {r.server}" if r.server else "", " (it had gone out before: marked sent now)"
                   if r.repaired else ""), soft_wrap=True)
    if r.refused:
        out.print(line(("the server refused: ", "yellow"), ", ".join(r.refused)), soft_wrap=True)


@mail_app.command("sent")
def sent_cmd(ctx: typer.Context, case: Annotated[str | None, typer.Option(help="one case's replies")] = None) -> None:
    """Replies sent (or refused) by email, newest first."""
    app = app_context(ctx)
    with app.db.session() as session:
        rows = views.sent_mail(session, case_ref=case)
    t = Table("id", "draft", "case", "state", "when", "to", "subject", "server said")
    for r in rows:
        t.add_row(str(r.id), str(r.draft_id), r.case_ref, r.state, f"{r.sent_at or r.attempted_at:%Y-%m-%d %H:%M}",
                  data(", ".join(r.recipients)), data(r.subject), data(r.reply))
    out.print(t)


@top_level.command("watch")
def watch_cmd(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Argument(help="the folder files are dropped into")],
    once: Annotated[bool, typer.Option(help="one pass (two looks, settle seconds apart), then stop")] = False,
    interval: Annotated[float, typer.Option(help="seconds between looks")] = 5.0,
) -> None:
    """File each file dropped into FOLDER once it is complete, and move it to FOLDER/done or
    FOLDER/failed (with a note saying why)."""
    app = app_context(ctx)
    cfg = app.config

    def show(dropped: list[watch.Dropped]) -> None:
        for d in dropped:
            o = d.outcome
            out.print(line((f"{o.status:<9}", STYLE.get(str(o.status), "")), " ", d.name,
                           f" → {', '.join(o.case_refs)}" if o.case_refs else "", f": {o.reason}" if o.reason else "",
                           f" (moved to {d.moved_to.parent.name}/)"), soft_wrap=True)

    if once:
        with app.db.session() as session:
            dropped = watch.scan(session, folder, cfg.cases, actor=cfg.user, settle=cfg.mail.settle_seconds)
        show(dropped)
        raise typer.Exit(min(sum(1 for d in dropped if d.outcome.status == "failed"), 100))
    stop = threading.Event()
    out.print(line("watching ", str(folder), f" every {interval:g}s (Ctrl-C stops)"))
    try:
        watch.poll(app.db.session, folder, cfg.cases, actor=cfg.user, stop=stop, interval=interval, on_files=show)
    except KeyboardInterrupt:
        stop.set()
