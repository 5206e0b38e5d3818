"""The benchmark table: one row per figure, its target, the ratio, and whether it passes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One measured figure against its target."""

    figure: str
    measured: str
    target: str
    ratio: float | None
    """Measured over the limit: at most 1.00 passes; ``None`` when it could not be measured."""
    note: str = ""

    @property
    def passed(self) -> bool:
        return self.ratio is not None and self.ratio <= 1.0


def render(rows: list[Row]) -> str:
    """The rows as a Markdown table (pasteable into docs/performance.md)."""
    header = ("figure", "measured", "target", "ratio", "result")
    cells = [
        (
            row.figure,
            row.measured,
            row.target,
            f"{row.ratio:.2f}" if row.ratio is not None else "-",
            ("pass" if row.passed else "FAIL") + (f" ({row.note})" if row.note else ""),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in (header, *cells)) for i in range(len(header))]

    def line(values: tuple[str, ...]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(c) for c in cells)])
