"""A small PNG for an overview: incidents per day at the top places, and per-place bars.

The text of an overview is complete without it; the chart only shows the shape. Drawn
with matplotlib's Agg backend (no screen needed); imported lazily because it is slow to
load and most messages never need it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from handlers.briefings.data import Overview

WIDTH_IN, HEIGHT_IN, DPI = 8.0, 3.2, 100
BAR_PLACES = 6


@dataclass(frozen=True, slots=True)
class Chart:
    png: bytes
    width: int
    height: int


def _short(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def render_chart(overview: Overview) -> Chart | None:
    """None when there is nothing to draw."""
    if not any(sum(v) for v in overview.daily.values()) and not overview.places:
        return None
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import pyplot as plt
    from matplotlib.ticker import MaxNLocator

    fig, (days_ax, bars_ax) = plt.subplots(
        1, 2, figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, gridspec_kw={"width_ratios": [3, 2]}
    )
    try:
        x = list(range(len(overview.days)))
        for name, counts in overview.daily.items():
            days_ax.plot(x, counts, marker="o", markersize=3, linewidth=1.5, label=_short(name))
        step = max(1, len(x) // 7)
        days_ax.set_xticks(x[::step])
        days_ax.set_xticklabels([d.strftime("%d-%m") for d in overview.days][::step], fontsize=7)
        days_ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        days_ax.set_ylim(bottom=0)
        days_ax.set_title(f"Incidenten per dag ({len(x)} dagen)", fontsize=9)
        days_ax.tick_params(axis="y", labelsize=7)
        if overview.daily:
            days_ax.legend(fontsize=6, loc="upper left", frameon=False)
        places = overview.places[:BAR_PLACES][::-1]
        labels = [_short(p.name) for p in places]
        bars_ax.barh(labels, [p.incidents for p in places], color="#d9822b", label="nu")
        bars_ax.barh(
            labels,
            [p.incidents_before for p in places],
            color="none",
            edgecolor="#555555",
            linewidth=1,
            label="vorige week",
        )
        bars_ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        bars_ax.set_title("Incidenten per plek", fontsize=9)
        bars_ax.tick_params(labelsize=7)
        if places:
            bars_ax.legend(fontsize=6, loc="lower right", frameon=False)
        for ax in (days_ax, bars_ax):
            ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=DPI)
    finally:
        plt.close(fig)
    return Chart(buffer.getvalue(), int(WIDTH_IN * DPI), int(HEIGHT_IN * DPI))
