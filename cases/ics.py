"""Deadlines as an iCalendar file (RFC 5545), for the calendars of the people who must meet them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from icalendar import Alarm, Calendar, Event

from cases.models import Case, Deadline, utcnow


def to_ics(items: Iterable[tuple[Deadline, Case, str | None]], *, domain: str = "lexdesk") -> bytes:
    """One event per deadline: all-day on its day, or at its exact time where a rule counts hours."""
    cal = Calendar()
    cal.add("prodid", "-//lexdesk//deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "lexdesk deadlines")
    stamp = utcnow()
    for dl, case, owner in items:
        ev = Event()
        ev.add("uid", f"deadline-{dl.id}@{domain}")
        ev.add("dtstamp", stamp)
        ev.add("summary", f"{case.ref}: {dl.label or dl.source}")
        if dl.due_at:
            ev.add("dtstart", dl.due_at)
            ev.add("dtend", dl.due_at)
        else:
            ev.add("dtstart", dl.due)
            ev.add("dtend", dl.due + timedelta(days=1))
        lines = [case.title, f"source: {dl.source}" + (f" ({dl.regime})" if dl.regime else ""),
                 f"basis: {dl.basis}", f"state: {dl.state}"]
        if owner:
            lines.append(f"owner: {owner}")
        ev.add("description", "\n".join(x for x in lines if x))
        ev.add("categories", [dl.source])
        ev.add("status", "CONFIRMED" if dl.state == "open" else "CANCELLED")
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"{case.ref} deadline")
        alarm.add("trigger", timedelta(days=-1))
        ev.add_component(alarm)
        cal.add_component(ev)
    return cal.to_ical()
