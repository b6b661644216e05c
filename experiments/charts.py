"""Bar charts drawn on the server as SVG: no JavaScript, no external library, readable without styles."""

from dataclasses import dataclass

WIDTH = 640
LABEL_HEIGHT = 20
BAR_HEIGHT = 18
ROW_GAP = 14
VALUE_SPACE = 56  # room right of the longest bar for its figure


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    label_y: int
    bar_y: int
    width: float
    value_x: float
    value_y: int


@dataclass(frozen=True)
class BarChart:
    """A horizontal bar chart: each row has its label above the bar, so long Finnish labels never collide."""

    bars: list
    width: int
    height: int
    bar_height: int


def bar_chart(rows):
    """Lay out a bar chart of (label, value) rows; values are non-negative whole numbers."""
    rows = list(rows)
    largest = max((value for _label, value in rows), default=0) or 1
    drawable = WIDTH - VALUE_SPACE
    bars = []
    y = 0
    for label, value in rows:
        label_y = y + LABEL_HEIGHT - 5
        bar_y = y + LABEL_HEIGHT
        # Zero still shows a sliver, so a reader sees the row was counted rather than lost.
        width = max(round(drawable * value / largest, 1), 2)
        bars.append(
            Bar(
                label=str(label),
                value=value,
                label_y=label_y,
                bar_y=bar_y,
                width=width,
                value_x=width + 8,
                value_y=bar_y + BAR_HEIGHT - 4,
            )
        )
        y = bar_y + BAR_HEIGHT + ROW_GAP
    return BarChart(bars=bars, width=WIDTH, height=max(y - ROW_GAP + 4, 1), bar_height=BAR_HEIGHT)
