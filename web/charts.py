"""Charts drawn on the server as SVG geometry (no chart library, no CDN, no script): the template
turns these boxes into <rect> and <text> elements, escaping every label."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    shown: str  # the value as the chart prints it
    y: int
    width: int
    tone: str  # a CSS class: "ok", "bad", "warn", "" (the stylesheet colours them)


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: tuple[Bar, ...]
    width: int
    height: int
    label_width: int
    bar_height: int

    @property
    def empty(self) -> bool:
        return not self.bars


def bar_chart(title: str, items: Sequence[tuple[str, float]], *, tones: Sequence[str] | None = None,
              width: int = 520, bar_height: int = 22, label_width: int = 180, percent: bool = False) -> BarChart:
    """Horizontal bars, one per (label, value), scaled to the largest value."""
    top = max((v for _, v in items), default=0) or 1
    span = width - label_width - 60
    bars = tuple(
        Bar(label=label, value=v, shown=f"{v:.0%}" if percent else f"{v:g}", y=i * (bar_height + 6),
            width=max(1 if v else 0, round(span * v / (1 if percent else top))),
            tone=(tones[i] if tones and i < len(tones) else ""))
        for i, (label, v) in enumerate(items)
    )
    return BarChart(title=title, bars=bars, width=width, height=max(1, len(bars)) * (bar_height + 6),
                    label_width=label_width, bar_height=bar_height)
