"""The web app: Starlette routes for the pages and the JSON API, over a read-only store.

Why Starlette + Jinja2 + uvicorn: a data app here is a handful of GET routes, each one query and one
template; Starlette gives routing, static files and a test client without an ORM or a form layer,
and synchronous route functions run in its thread pool, which suits DuckDB's blocking calls.
Datasette was considered: it is built on SQLite, and the pages wanted (facets over list columns,
evidence in context) are whimbrel's own anyway.

Every page is rendered on the server and reads without JavaScript; the map is the one page that
needs a script (Leaflet, vendored) and lists its places as a table for those without. Security
(docs/web.md): GET only, parameters checked (filters.py) and bound into SQL, templates autoescape
everything, links to articles only for http(s) URLs, a Content-Security-Policy with no inline
scripts or styles, and one JSON error shape.
"""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import asynccontextmanager
from datetime import date, datetime
from importlib import resources
from urllib.parse import urlsplit

import jinja2
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import E, WhimbrelError
from . import charts
from . import queries as Q
from .db import Database
from .filters import FLAGS, BadParameter, Paging, WebFilter, categories, period, sectors

HERE = resources.files(__package__)
DOWNLOADS = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
             "parquet": "application/vnd.apache.parquet"}
STATUS = {"E202": 404, "E204": 400, "E306": 400, "E302": 503, "E305": 503}


def safe_url(url) -> str | None:
    """The URL if a browser may follow it (http or https), else None: an article's ``javascript:``
    or ``data:`` URL is shown as text, never made a link."""
    if not url or not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _json_default(v):
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return str(v)


class JSON(JSONResponse):
    def render(self, content) -> bytes:
        return json.dumps(content, ensure_ascii=False, default=_json_default).encode("utf-8")


def csp(tiles: str | None) -> str:
    img = "'self' data:"
    if tiles:
        parts = urlsplit(tiles.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tiles else parts.netloc
        img += f" {parts.scheme}://{host}"
    return ("default-src 'none'; script-src 'self'; style-src 'self'; " f"img-src {img}; "
            "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(db: str | Database, tiles: str | None = None, timeout: float = 10.0, snapshot: bool = False) -> Starlette:
    """The app over the store at ``db`` (a path or an open Database). ``tiles``: an XYZ tile URL
    template (``https://tile.example/{z}/{x}/{y}.png``) for the map instead of the bundled outlines."""
    database = db if isinstance(db, Database) else Database(db, snapshot=snapshot, timeout=timeout)
    if tiles and not safe_url(tiles.replace("{", "").replace("}", "")):
        raise WhimbrelError(E.E306, name="--tiles", value=tiles, reason="expected an http(s) URL template with {z}/{x}/{y}")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             undefined=jinja2.ChainableUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(safe_url=safe_url, QUADS=Q.QUADS, QUAD_COLOURS=charts.QUAD_COLOURS, FLAGS=FLAGS,
                       CATEGORIES=list(categories()), SECTORS=sorted(sectors()), store_path=database.path.name,
                       store_mode=database.mode)
    env.filters["codes"] = lambda xs: "+".join(xs or []) or "–"
    env.filters["num"] = lambda n: f"{n:,}" if isinstance(n, int) else n
    policy = csp(tiles)

    def run(con, query, *args):
        """``query(con, *args)``, cached until the store changes (Database.cached). A text search
        is resolved to its events once per request (WebFilter.narrow), before the first query."""
        key = (query.__name__,) + tuple(_key(a) for a in args)

        def compute():
            for a in args:
                if isinstance(a, WebFilter) and a.q and not a.narrowed:
                    a.narrow(Q.matches(con, a))
            return query(con, *args)
        return database.cached(key, compute)

    def parse(request: Request) -> tuple[WebFilter, Paging, str]:
        """The filter, paging and period of a request: every route checks all of them, so a bad
        value is a 400 wherever it is sent, and the same URL works on every page and API route."""
        qp = request.query_params
        return WebFilter.from_params(qp), Paging.from_params(qp), period(qp)

    def page(name: str, status: int = 200, **ctx) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx), status_code=status)

    # -- pages ---------------------------------------------------------------------------------
    def overview(request: Request):
        flt, _, by = parse(request)
        with database.connect() as con:
            ctx = {"stats": run(con, Q.store_stats), "timeline": run(con, Q.timeline, flt, by),
                   **run(con, Q.actors_and_dyads, flt), "places": run(con, Q.top_places, flt)}
        return page("overview.html", flt=flt, by=by, path="/", chart=charts.quad_chart(ctx["timeline"]), **ctx)

    def events(request: Request):
        flt, paging, _ = parse(request)
        with database.connect() as con:
            result = run(con, Q.event_rows, flt, paging)
            fac = run(con, Q.facets, flt)
        return page("events.html", flt=flt, paging=paging, result=result, facets=fac, path="/events")

    def event(request: Request):
        with database.connect() as con:
            ev = Q.event_detail(con, request.path_params["event_id"])
        return page("event.html", ev=ev, flt=WebFilter(), path="/events")

    def dyad(request: Request):
        flt, paging, by = parse(request)
        if not (flt.actor and flt.recipient):
            return page("dyad.html", flt=flt, by=by, paging=paging, result=None, path="/dyad")
        with database.connect() as con:
            ctx = _dyad(run, con, flt, by, paging)
        return page("dyad.html", flt=flt, by=by, paging=paging, path="/dyad",
                    cat_chart=charts.category_chart(ctx["categories"]),
                    gold_chart=charts.signed_bars([r["period"] for r in ctx["timeline"]],
                                                  [r["goldstein_sum"] for r in ctx["timeline"]]), **ctx)

    def network(request: Request):
        flt, _, _ = parse(request)
        by_sector = request.query_params.get("nodes", "country") == "sector"
        if request.query_params.get("nodes", "country") not in ("country", "sector"):
            raise BadParameter("nodes", request.query_params["nodes"], "use country or sector")
        with database.connect() as con:
            edges = run(con, Q.top_dyads, flt, 60, by_sector)
        return page("network.html", flt=flt, edges=edges, graph=charts.network(edges), by_sector=by_sector,
                    path="/network")

    def map_page(request: Request):
        flt, _, _ = parse(request)
        with database.connect() as con:
            places = run(con, Q.top_places, flt, 200)
        return page("map.html", flt=flt, places=places, tiles=tiles or "", path="/map")

    def download(request: Request):
        fmt = request.path_params["fmt"]
        if fmt not in DOWNLOADS:
            raise BadParameter("format", fmt, "use csv, jsonl or parquet")
        flt, _, _ = parse(request)
        fd, tmp = tempfile.mkstemp(prefix="whimbrel-download-", suffix="." + fmt)
        os.close(fd)
        try:
            with database.connect() as con:
                _export(con, flt, fmt, tmp)
        except BaseException:
            os.unlink(tmp)
            raise
        return FileResponse(tmp, media_type=DOWNLOADS[fmt], filename=f"whimbrel-events.{fmt}",
                            background=BackgroundTask(os.unlink, tmp))

    # -- JSON API ------------------------------------------------------------------------------
    def api_stats(request: Request):
        with database.connect() as con:
            return JSON({"store": run(con, Q.store_stats)})

    def api_overview(request: Request):
        flt, _, by = parse(request)
        with database.connect() as con:
            return JSON({"filter": dict(flt.items()), "by": by, "timeline": run(con, Q.timeline, flt, by),
                         **run(con, Q.actors_and_dyads, flt), "places": run(con, Q.top_places, flt)})

    def api_events(request: Request):
        flt, paging, _ = parse(request)
        with database.connect() as con:
            result = run(con, Q.event_rows, flt, paging)
        nxt = f"/api/events?{flt.query(page=paging.page + 1, size=paging.size, sort=paging.sort_param())}"
        return JSON({"filter": dict(flt.items()), **result,
                     "next": nxt if paging.page < result["pages"] else None})

    def api_facets(request: Request):
        flt, _, _ = parse(request)
        with database.connect() as con:
            return JSON({"filter": dict(flt.items()), "facets": run(con, Q.facets, flt)})

    def api_event(request: Request):
        with database.connect() as con:
            return JSON(Q.event_detail(con, request.path_params["event_id"]))

    def api_dyad(request: Request):
        flt, paging, by = parse(request)
        if not (flt.actor and flt.recipient):
            raise BadParameter("recipient" if flt.actor else "actor", "", "the dyad needs both actor and recipient")
        with database.connect() as con:
            return JSON({"filter": dict(flt.items()), "by": by, **_dyad(run, con, flt, by, paging)})

    def api_network(request: Request):
        flt, _, _ = parse(request)
        nodes = request.query_params.get("nodes", "country")
        if nodes not in ("country", "sector"):
            raise BadParameter("nodes", nodes, "use country or sector")
        with database.connect() as con:
            return JSON({"filter": dict(flt.items()), "nodes": nodes,
                         "edges": run(con, Q.top_dyads, flt, 60, nodes == "sector")})

    def api_map(request: Request):
        flt, _, _ = parse(request)
        with database.connect() as con:
            return JSON({"filter": dict(flt.items()), "places": run(con, Q.map_points, flt)})

    # -- errors --------------------------------------------------------------------------------
    def error(request: Request, status: int, code: str, message: str, parameter: str | None = None):
        body = {"error": {"status": status, "code": code, "message": message}}
        if parameter:
            body["error"]["parameter"] = parameter
        if request.url.path.startswith("/api/"):
            return JSON(body, status_code=status)
        return page("error.html", status=status, err=body["error"], flt=WebFilter(), path=request.url.path)

    def on_bad_parameter(request, exc: BadParameter):
        return error(request, 400, "E306", str(exc), exc.name)

    def on_whimbrel(request, exc: WhimbrelError):
        return error(request, STATUS.get(exc.code, 500), exc.code, exc.message)

    def on_http(request, exc: HTTPException):
        return error(request, exc.status_code, f"HTTP{exc.status_code}", exc.detail)

    def on_crash(request, exc: Exception):
        return error(request, 500, "E900", "internal error; the server log has the details")

    routes = [
        Route("/", overview), Route("/events", events), Route("/events/{event_id}", event), Route("/dyad", dyad),
        Route("/network", network), Route("/map", map_page), Route("/download/events.{fmt}", download),
        Route("/api/stats", api_stats), Route("/api/overview", api_overview), Route("/api/events", api_events),
        Route("/api/facets", api_facets), Route("/api/events/{event_id}", api_event), Route("/api/dyad", api_dyad),
        Route("/api/network", api_network), Route("/api/map", api_map),
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={
        BadParameter: on_bad_parameter, WhimbrelError: on_whimbrel, HTTPException: on_http, Exception: on_crash},
        lifespan=_lifespan(database), middleware=[Middleware(SecurityHeaders, policy=policy)])

    app.state.database = database
    return app


def _key(arg):
    if isinstance(arg, WebFilter):
        return tuple(arg.items())
    if isinstance(arg, Paging):
        return (arg.page, arg.size, arg.sort_param())
    return arg


class SecurityHeaders:
    """Adds the Content-Security-Policy and the other protective headers to every response."""

    def __init__(self, app, policy: str):
        self.app, self.policy = app, policy

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["Content-Security-Policy"] = self.policy
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "no-referrer"
                headers["X-Frame-Options"] = "DENY"
                if "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _lifespan(database: Database):
    @asynccontextmanager
    async def lifespan(app):
        yield
        database.close()  # a snapshot's copy is removed when the server stops
    return lifespan


def _dyad(run, con, flt: WebFilter, by: str, paging: Paging) -> dict:
    return {"timeline": run(con, Q.timeline, flt, by), "categories": run(con, Q.category_timeline, flt, by),
            "result": run(con, Q.event_rows, flt, paging)}


def _export(con, flt: WebFilter, fmt: str, path: str) -> int:
    """The CLI's PLOVER exports for this filter: nested JSONL records, or the typed flat columns as
    CSV (lists joined by ';', nested values as JSON) or Parquet, written to ``path``."""
    from ..store import export as X

    if fmt == "jsonl":
        n = 0
        with open(path, "w", encoding="utf-8") as fh:
            for rec in X.plover_records(con, flt):
                fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
                n += 1
        return n
    cond, params = flt.where("e")
    sql = X.plover_flat_sql(cond)
    if fmt == "csv":
        repl = [f"array_to_string({c}, ';') AS {c}" for c in X.LISTS] + \
               [f"CAST(to_json({c}) AS VARCHAR) AS {c}" for c in X.NESTED]
        sql = f"SELECT * REPLACE ({', '.join(repl)}) FROM ({sql})"
    rel = con.sql(sql, params=params)
    if fmt == "csv":
        rel.write_csv(path, header=True)
    else:
        rel.write_parquet(path)
    return 0
