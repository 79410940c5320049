"""``dossier serve``: the knowledge base as local web pages and a JSON API.

Read-only: every request opens the store read-only (SQLite WAL, so a running
``dossier ingest`` never blocks a page and what it commits shows on the next load).
Pages are Jinja2 templates with autoescaping on; article text is untrusted and is
only ever inserted escaped. The JSON API lives under ``/api/``; FastAPI describes it
at ``/openapi.json`` and ``/docs`` draws that description as a page that needs no CDN.
The slow aggregates (overview, network, actor profiles) are kept until the store
file changes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup, escape
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dossier import netgraph, webdata
from dossier.api import HIGHLIGHT_END, HIGHLIGHT_START, Dossier, EventQuery
from dossier.errors import DossierError
from dossier.lexicon import load_data

__all__ = [
    "CSP",
    "PACKAGE",
    "STATIC",
    "Cache",
    "DateParam",
    "HeadAsGet",
    "Kb",
    "T",
    "actor_url",
    "api_operations",
    "create_app",
    "doc_url",
    "load_static",
    "mark_in",
    "open_kb",
    "parameter_descriptions",
    "parameter_problem",
    "parameter_type",
    "plotly_js",
    "safe_url",
    "serve",
    "snippet_html",
    "templates",
    "warm_up",
]

PACKAGE = Path(__file__).resolve().parent
STATIC = PACKAGE / "static"
# A day, a month or a year, as the CLI's --since/--until take them; anything else is a
# friendly 400 page (a 422 from the JSON API) instead of a silently empty list.
DateParam = Annotated[
    str,
    Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD"),
]

T = TypeVar("T")

# No inline script, nothing from another origin: an article that slipped markup past
# the escaping still could not run it. Plotly needs inline styles.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """Plotly's bundled JavaScript, from the installed ``plotly`` package (no CDN)."""
    from plotly.offline import get_plotlyjs

    return str(get_plotlyjs())


def templates() -> Environment:
    env = Environment(
        loader=PackageLoader("dossier", "templates"),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["snippet"] = snippet_html
    env.filters["mark_in"] = mark_in
    env.filters["doc_url"] = doc_url
    env.filters["actor_url"] = actor_url
    env.filters["safe_url"] = safe_url
    env.globals["QUAD_NAMES"] = webdata.QUAD_NAMES
    return env


def snippet_html(snippet: str) -> Markup:
    """An FTS5 snippet, escaped, with its match markers as ``<mark>``."""
    text = str(escape(snippet))
    return Markup(text.replace(HIGHLIGHT_START, "<mark>").replace(HIGHLIGHT_END, "</mark>"))


def mark_in(sentence: str, part: str) -> Markup:
    """The sentence, escaped, with the first occurrence of ``part`` as ``<mark>``."""
    at = sentence.find(part) if part else -1
    if at < 0:
        return escape(sentence)
    return Markup("{}<mark>{}</mark>{}").format(sentence[:at], part, sentence[at + len(part) :])


def doc_url(doc: str | int, key: str | None = None) -> str:
    return f"/doc/{quote(str(doc), safe='')}" + (f"#{quote(key)}" if key else "")


def actor_url(name: str | int) -> str:
    return f"/actor/{quote(str(name), safe='/')}"


def safe_url(url: str | None) -> str | None:
    """A link target only if it is plainly http(s): no ``javascript:`` from an article."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def api_operations(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The GET operations of an OpenAPI schema, flattened for the API page."""
    operations = []
    for path, methods in schema.get("paths", {}).items():
        operation = methods.get("get")
        if operation is None:
            continue
        parameters = [
            {
                "name": p["name"],
                "where": p["in"],
                "type": parameter_type(p.get("schema", {})),
                "default": p.get("schema", {}).get("default", ""),
                "required": p.get("required", False),
                "description": p.get("description", ""),
            }
            for p in operation.get("parameters", [])
        ]
        example = path.replace("{ref}", "1")
        operations.append(
            {
                "id": operation.get("operationId", path),
                "path": path,
                "tag": ", ".join(operation.get("tags", [])),
                "description": operation.get("description") or operation.get("summary", ""),
                "parameters": parameters,
                "example": example if "{" not in example else "",
            }
        )
    return operations


def parameter_type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(parameter_type(s) for s in schema["anyOf"])
    return str(schema.get("type", "any"))


def parameter_descriptions(request: Request) -> dict[str, str]:
    """What the page's query parameters accept, as their ``Query(description=…)`` says."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    fields = getattr(dependant, "query_params", [])
    return {f.alias: f.field_info.description for f in fields if f.field_info.description}


def parameter_problem(error: dict[str, Any], described: dict[str, str]) -> str:
    """One validation error as a sentence: "page: Input should be greater than or equal
    to 1 (got '-1')"; a parameter that does not match its pattern says what it accepts."""
    where = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")]
    name = ".".join(where) or "request"
    given = error.get("input")
    value = f" (got {given!r})" if isinstance(given, str | int | float) else ""
    message = str(error.get("msg", "not valid"))
    if error.get("type") == "string_pattern_mismatch" and name in described:
        message = f"should be {described[name]}"
    return f"{name}: {message}{value}"


class HeadAsGet:
    """Answer HEAD wherever GET answers: the request runs as a GET and the body is
    dropped, so headers (status, type, length) are those of the GET."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b"", "more_body": False}
                if sent_body:
                    return
                sent_body.append(True)
            await send(message)

        sent_body: list[bool] = []
        await self.app({**scope, "method": "GET"}, receive, headers_only)


class Cache:
    """Results of slow aggregates, valid until the store file changes (a commit by
    ``dossier ingest`` touches the WAL file)."""

    def __init__(self, db: Path, size: int = 256) -> None:
        self.db = db
        self.size = size
        self.lock = threading.Lock()
        self.entries: dict[str, tuple[tuple[int, ...], Any]] = {}
        self.computing: dict[str, threading.Lock] = {}

    def stamp(self) -> tuple[int, ...]:
        stamp: list[int] = []
        for path in (self.db, self.db.with_name(self.db.name + "-wal")):
            try:
                stat = os.stat(path)
            except OSError:
                stamp += [0, 0]
            else:
                stamp += [stat.st_mtime_ns, stat.st_size]
        return tuple(stamp)

    def get(self, name: str, compute: Callable[[], T]) -> T:
        """The cached value, or ``compute()``'s; requests that miss at once wait for the
        one computation instead of each running it."""
        stamp = self.stamp()
        with self.lock:
            hit = self.entries.get(name)
            computing = self.computing.setdefault(name, threading.Lock())
        if hit is not None and hit[0] == stamp:
            return hit[1]  # type: ignore[no-any-return]
        with computing:
            with self.lock:
                hit = self.entries.get(name)
            if hit is not None and hit[0] == stamp:
                return hit[1]  # type: ignore[no-any-return]
            return self.computed(name, stamp, compute())

    def computed(self, name: str, stamp: tuple[int, ...], value: T) -> T:
        with self.lock:
            self.entries.pop(name, None)
            self.entries[name] = (stamp, value)
            while len(self.entries) > self.size:
                del self.entries[next(iter(self.entries))]
        return value


def warm_up(db: Path, cache: Cache) -> None:
    """Compute the overview and the network once the server starts, so the first
    person to open them does not wait for it (a page asked meanwhile waits for this)."""
    with Dossier(db, readonly=True) as kb:
        cache.get("overview", lambda: webdata.overview(kb))
        cache.get("network", lambda: netgraph.network(kb))


def load_static(env: Environment) -> None:
    """Compile every page template and parse the packaged data files the pages read
    (event types, dated actors), once before the server answers, so that no first
    request pays for them."""
    for name in env.list_templates(extensions=["html"]):
        env.get_template(name)
    webdata.event_types()
    load_data("actors.yaml")


def open_kb(request: Request) -> Iterator[Dossier]:
    """The store, opened read-only for one request (so each request sees the latest commit)."""
    kb = Dossier(request.app.state.db, readonly=True)
    try:
        yield kb
    finally:
        kb.close()


Kb = Annotated[Dossier, Depends(open_kb)]


def create_app(db_path: str | Path) -> FastAPI:
    """The web app over the store at ``db_path`` (which must exist)."""
    db = Path(db_path).resolve()
    with Dossier(db, readonly=True):
        pass  # fail now, with the store's own message, rather than on the first request
    env = templates()
    load_static(env)
    cache = Cache(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=warm_up, args=(db, cache), daemon=True).start()
        yield

    app = FastAPI(
        title="dossier",
        description=f"The knowledge base in {db.name}: documents, events, quotes, actors.",
        version="1",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.db = db
    app.add_middleware(HeadAsGet)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def page(name: str, request: Request, status: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(name).render(
            request=request,
            db=db.name,
            path=request.url.path,
            template=name.removesuffix(".html"),
            **context,
        )
        return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": CSP})

    @app.exception_handler(RequestValidationError)
    def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        """A page asked with a parameter it cannot use says which one and why, as a
        page; the JSON API keeps FastAPI's 422 answer for programs."""
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        described = parameter_descriptions(request)
        problems = [parameter_problem(error, described) for error in exc.errors()]
        return page(
            "error.html",
            request,
            status=400,
            title="Bad request",
            heading="This page cannot be shown with these parameters",
            problems=problems,
            retry=request.url.path,
        )

    @app.exception_handler(DossierError)
    def not_found(request: Request, exc: DossierError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=404)
        ref = request.path_params.get("ref", "") if request.url.path.startswith("/actor/") else ""
        return page(
            "error.html",
            request,
            status=404,
            title="Not found",
            heading="Not found",
            problems=[str(exc)],
            actor=ref,
        )

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        """The OpenAPI description as a page (FastAPI's Swagger UI loads from a CDN)."""
        operations = api_operations(app.openapi())
        return page("apidocs.html", request, title="JSON API", operations=operations)

    @app.get("/plotly.min.js", include_in_schema=False)
    def plotly() -> Response:
        return Response(
            plotly_js(),
            media_type="text/javascript",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    # --- pages --------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview_page(request: Request, kb: Kb) -> HTMLResponse:
        data = cache.get("overview", lambda: webdata.overview(kb))
        return page("overview.html", request, title="Overview", data=data, charts=True)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(
        request: Request,
        kb: Kb,
        actor: str = "",
        type: str = "",
        quad: Annotated[str, Query(pattern="^[1-4]?$", description="1–4, or empty")] = "",
        since: DateParam = "",
        until: DateParam = "",
        q: str = "",
        page_no: Annotated[int, Query(alias="page", ge=1)] = 1,
    ) -> HTMLResponse:
        flt = event_query(actor, type, quad, since, until, q, page_no)
        data = webdata.events_page(kb, flt)
        query = flt.url_params()
        return page(
            "events.html",
            request,
            title="Events",
            data=data,
            flt=flt,
            types=webdata.event_types(),
            page_url=lambda n: "/events?" + urlencode({**query, "page": n}),
        )

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(
        request: Request, kb: Kb, page_no: Annotated[int, Query(alias="page", ge=1)] = 1
    ) -> HTMLResponse:
        size = 100
        rows = kb.documents(limit=size + 1, offset=(page_no - 1) * size)
        return page(
            "documents.html",
            request,
            title="Documents",
            rows=rows[:size],
            page_no=page_no,
            more=len(rows) > size,
        )

    @app.get("/doc/{ref:path}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, kb: Kb, ref: str) -> HTMLResponse:
        data = webdata.document_view(kb, ref)
        return page("document.html", request, title=data["row"]["title"] or ref, d=data)

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, kb: Kb) -> HTMLResponse:
        data = cache.get("network", lambda: netgraph.network(kb))
        # Half a megabyte of JSON at 10,000 articles: serialised once per store version.
        data_json = cache.get("network-json", lambda: htmlsafe_json_dumps(data))
        return page(
            "network.html", request, title="Network", data=data, data_json=data_json, network=True
        )

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, kb: Kb, q: str = "") -> HTMLResponse:
        actors = webdata.actor_index(kb, q)
        return page("actors.html", request, title="Actors", actors=actors, q=q)

    @app.get("/actor/{ref:path}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, kb: Kb, ref: str) -> HTMLResponse:
        profile = cache.get(f"actor:{ref}", lambda: webdata.actor_view(kb, ref))
        return page("actor.html", request, title=profile["actor"]["name"], p=profile, charts=True)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, kb: Kb, q: str = "") -> HTMLResponse:
        return page("search.html", request, title="Search", data=webdata.search_view(kb, q))

    # --- JSON API -----------------------------------------------------------------

    @app.get("/api/overview", tags=["overview"])
    def api_overview(kb: Kb) -> dict[str, Any]:
        """Counts, the busiest actors, events by type and by month, the latest events."""
        return cache.get("overview", lambda: webdata.overview(kb))

    @app.get("/api/events", tags=["events"])
    def api_events(
        kb: Kb,
        actor: str = "",
        type: str = "",
        quad: Annotated[str, Query(pattern="^[1-4]?$", description="1–4, or empty")] = "",
        since: DateParam = "",
        until: DateParam = "",
        q: str = "",
        page: Annotated[int, Query(ge=1)] = 1,
        size: Annotated[int, Query(ge=1, le=1000)] = 50,
    ) -> dict[str, Any]:
        """Coded events, newest first, filtered and paged (``total``, ``pages``)."""
        flt = event_query(actor, type, quad, since, until, q, page)
        return webdata.events_page(kb, flt, size=size)

    @app.get("/api/event-types", tags=["events"])
    def api_event_types() -> list[dict[str, Any]]:
        """The PLOVER types the coder knows, with quad class and score."""
        return webdata.event_types()

    @app.get("/api/documents", tags=["documents"])
    def api_documents(
        kb: Kb,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> list[dict[str, Any]]:
        """Stored documents, newest publication date first."""
        return webdata.plain(kb.documents(limit=limit, offset=offset))  # type: ignore[no-any-return]

    @app.get("/api/documents/{ref:path}", tags=["documents"])
    def api_document(kb: Kb, ref: str) -> dict[str, Any]:
        """One document (id, name or unique prefix): text, entities, quotes, events, …"""
        data = webdata.document_view(kb, ref)
        data.pop("html")
        return data

    @app.get("/api/search", tags=["search"])
    def api_search(kb: Kb, q: str, limit: Annotated[int, Query(ge=1, le=200)] = 30) -> Any:
        """Full text over documents (ranked snippets) and quotes."""
        return webdata.search_view(kb, q, limit=limit)

    @app.get("/api/quotes", tags=["quotes"])
    def api_quotes(
        kb: Kb,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> list[dict[str, Any]]:
        """Who said what, newest first."""
        return kb.quotes(speaker=speaker, about=about, since=since, limit=limit).to_json()

    @app.get("/api/entities", tags=["actors"])
    def api_entities(
        kb: Kb,
        type: str | None = None,
        country: str | None = None,
        query: str | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> list[dict[str, Any]]:
        """Entities by name with document and mention counts."""
        rows = kb.entities(type=type, country=country, query=query, limit=limit)
        return webdata.plain(rows)  # type: ignore[no-any-return]

    @app.get("/api/actors", tags=["actors"])
    def api_actors(kb: Kb, q: str = "", limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> Any:
        """Actors by activity, optionally those whose name or alias contains ``q``."""
        return webdata.actor_index(kb, q, limit)

    @app.get("/api/actors/{ref:path}", tags=["actors"])
    def api_actor(kb: Kb, ref: str) -> dict[str, Any]:
        """One actor: aliases, roles over time, quotes, events as source and target,
        partners and the monthly cooperation–conflict score with the top ones."""
        return cache.get(f"actor:{ref}", lambda: webdata.actor_view(kb, ref))

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/api/network", tags=["network"])
    def api_network(kb: Kb) -> dict[str, Any]:
        """Actor graph: laid-out nodes and per-month edges with mean score (-10..+10)."""
        return cache.get("network", lambda: netgraph.network(kb))

    return app


def event_query(
    actor: str, type: str, quad: str, since: str, until: str, words: str, page: int
) -> EventQuery:
    """The events page's filters (empty strings mean "any") as one ``EventQuery``."""
    return EventQuery(
        actor=actor or None,
        type=type or None,
        quad=int(quad) if quad else None,
        since=since or None,
        until=until or None,
        words=words or None,
        page=page,
    )


def serve(db: Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
