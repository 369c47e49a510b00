"""Server-rendered SVG bar charts: no JavaScript, no chart library, readable at 320 px
(the SVG scales with its viewBox; labels sit above their bars) and in print."""

from dataclasses import dataclass

from django.utils.formats import number_format

WIDTH = 360
ROW_HEIGHT = 56
BAR_HEIGHT = 18
LABEL_GAP = 22
COLOURS = ("#009de0", "#1f4e79")  # the style guide's cyan, and a dark blue


@dataclass
class Bar:
    value: float
    width: float
    y: float
    colour: str
    label: str
    text_y: float
    series: int


@dataclass
class Row:
    label: str
    y: float
    bars: list


def _split(value):
    """A value, or (value, its wording) such as (2000, "more than 2,000")."""
    if isinstance(value, tuple):
        return value
    if value is None:
        return None, None
    return value, number_format(value, force_grouping=True)


def bar_chart(rows: list[tuple[str, list]], series: list[str]) -> dict:
    """rows: (label, [value per series]); a value may be (number, wording).
    Returns the geometry for the SVG template."""
    rows = [(label, [_split(v) for v in row]) for label, row in rows]
    values = [v for _label, row in rows for v, _text in row if v is not None]
    top = max(values, default=0) or 1
    usable = WIDTH - 70
    out = []
    y = 0.0
    for label, row in rows:
        bars = []
        bar_y = y + LABEL_GAP
        for index, (value, text) in enumerate(row):
            if value is None:
                continue
            bars.append(
                Bar(
                    value=value,
                    width=max(1.0, usable * value / top),
                    y=bar_y,
                    colour=COLOURS[index % len(COLOURS)],
                    label=text,
                    text_y=bar_y + 14,
                    series=index,
                )
            )
            bar_y += BAR_HEIGHT + 4
        out.append(Row(label=label, y=y + 16, bars=bars))
        y = bar_y + 14
    return {
        "rows": out,
        "height": max(int(y), 40),
        "width": WIDTH,
        "bar_height": BAR_HEIGHT,
        "legend": [{"label": name, "series": i} for i, name in enumerate(series)],
    }
