"""Deadlines as an iCalendar file (RFC 5545), for the calendars of the people who must meet them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from cases.views import DeadlineRow
from cases.vocab import DeadlineState


def to_ics(rows: Iterable[DeadlineRow], *, stamp: datetime, domain: str = "lexdesk") -> bytes:
    """One event per deadline, in the order given (the board's: overdue first): all-day on its
    day, or at its exact time where a rule counts hours. An overdue one says so in its summary and
    is red (COLOR) and first priority. `stamp` is when the calendar is made (each event's DTSTAMP)."""
    # icalendar is loaded where a calendar is made, not by every `lexdesk deadlines` (~35 ms).
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//lexdesk//deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "lexdesk deadlines")
    for dl in rows:
        ev = Event()
        ev.add("uid", f"deadline-{dl.id}@{domain}")
        ev.add("dtstamp", stamp)
        flag = {"overdue": "OVERDUE: ", "passed before receipt": "PASSED BEFORE RECEIPT, answer promptly: "}.get(
            dl.standing, "")
        ev.add("summary", f"{flag}{dl.case_ref}: {dl.label or dl.source}")
        if dl.due_at:
            ev.add("dtstart", dl.due_at)
            ev.add("dtend", dl.due_at)
        else:
            ev.add("dtstart", dl.due)
            ev.add("dtend", dl.due + timedelta(days=1))
        lines = [dl.case_title, f"source: {dl.source}" + (f" ({dl.regime})" if dl.regime else ""),
                 f"basis: {dl.basis}", f"state: {dl.standing}"]
        if dl.owner:
            lines.append(f"owner: {dl.owner}")
        ev.add("description", "\n".join(x for x in lines if x))
        if dl.overdue:
            # shown first and in red in calendars that read RFC 7986's COLOR (the rest see the summary)
            ev.add("color", "red")
            ev.add("priority", 1)
            ev.add("categories", ["OVERDUE", str(dl.source)])
        else:
            ev.add("categories", [str(dl.source)])
        ev.add("status", "CONFIRMED" if dl.state in (DeadlineState.open, DeadlineState.missed) and not dl.answered
               else "CANCELLED")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{dl.case_ref} deadline")
        alarm.add("trigger", timedelta(days=-1))
        ev.add_component(alarm)
        cal.add_component(ev)
    return cal.to_ical()
