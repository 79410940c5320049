"""``dossier report``: the overview, actor summaries, timeline and network in one HTML file.

Self-contained: the stylesheet, Plotly's bundled JavaScript and the page script are
inlined, the data rides along as JSON, and a Content-Security-Policy forbids any
network request, so the file opens the same from a USB stick on a plane.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from markupsafe import Markup

from dossier import netgraph, webdata
from dossier.api import Dossier
from dossier.web import STATIC, plotly_js, templates

__all__ = ["TIMELINE_KEYS", "actor_summaries", "anchor", "render_report", "write_report"]

TIMELINE_KEYS = ("date", "type", "quad", "source", "target", "trigger", "mentions")


def anchor(actor_id: str) -> str:
    return "actor-" + re.sub(r"[^a-z0-9]+", "-", actor_id.lower()).strip("-")


def actor_summaries(kb: Dossier, count: int) -> list[dict[str, Any]]:
    """Profiles of the ``count`` actors in the most events."""
    profiles = []
    for actor in webdata.busiest_actors(kb, limit=count):
        profile = webdata.actor_view(kb, actor["id"])
        profile["anchor"] = anchor(actor["id"])
        profiles.append(profile)
    return profiles


def render_report(kb: Dossier, *, actors: int = 20, timeline: int = 500) -> str:
    profiles = actor_summaries(kb, actors)
    events = webdata.timeline(kb, limit=timeline)
    network = netgraph.network(kb)
    network["anchors"] = {p["actor"]["id"]: p["anchor"] for p in profiles}
    return (
        templates()
        .get_template("report.html")
        .render(
            db=kb.path.name,
            generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            overview=webdata.overview(kb),
            profiles=profiles,
            timeline=events,
            timeline_points={
                "events": [{k: e[k] for k in TIMELINE_KEYS} for e in events],
                "window": webdata.month_window(
                    [{"month": e["date"], "events": 1} for e in events if len(e["date"] or "") >= 7]
                ),
            },
            network=network,
            css=Markup((STATIC / "style.css").read_text("utf-8")),
            plotly=Markup(plotly_js()),
            appjs=Markup((STATIC / "app.js").read_text("utf-8")),
            networkjs=Markup((STATIC / "network.js").read_text("utf-8")),
        )
    )


def write_report(kb: Dossier, out: Path, *, actors: int = 20) -> int:
    """Write the report to ``out``; return its size in bytes."""
    html = render_report(kb, actors=actors)
    out.write_text(html, "utf-8")
    return len(html.encode("utf-8"))
