"""`citegraph`: a thin command line over loaders/ and graph/.

Exit codes: 0 all good, 1 usage or fatal error, 2 some input files failed (the rest were processed),
3 the store is open for writing in another process (try again when it is done), 4 `check` found the store damaged
(`check --repair` mends it), 130 stopped by Ctrl-C or SIGTERM (an interrupted ingest still writes its summary and
report of what it stored).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

import loaders
from graph.pipeline import extract_json
from graph.store import QueryRefused, Store, StoreBusy, StoreError, open_store, store_target

EXIT_OK, EXIT_FATAL, EXIT_PARTIAL, EXIT_BUSY, EXIT_DAMAGED, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
#: what `citegraph serve` tells Streamlit unless the user says otherwise (as .streamlit/config.toml in a checkout)
STREAMLIT_DEFAULTS = {"server.maxUploadSize": "20", "browser.gatherUsageStats": "false",
                      "client.toolbarMode": "minimal"}


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=1, default=str))


def _store(args: argparse.Namespace, read_only: bool = False) -> Store:
    return open_store(db=args.db, neo4j_uri=args.neo4j, read_only=read_only)


def _dask_error() -> type[Exception]:
    """`graph.distributed.DaskError` (Dask missing or its cluster unreachable), imported when needed."""
    from graph.distributed import DaskError

    return DaskError


def _dask_target(text: str) -> int | str:
    """`--dask N` (a local pool of N processes) or `--dask ADDRESS` (a dask.distributed scheduler)."""
    from graph.distributed import is_address

    if text.isdigit() and int(text) > 0:
        return int(text)
    if is_address(text):
        return text
    raise argparse.ArgumentTypeError(f"{text!r}: give a number of local processes (2) or the address of a "
                                     "Dask scheduler (tcp://host:8786)")


def _dask_address(text: str) -> str:
    """`ingest --dask ADDRESS`: a scheduler address (local processes are `--workers N`)."""
    target = _dask_target(text)
    if isinstance(target, int):
        raise argparse.ArgumentTypeError(f"{text!r}: give the address of a Dask scheduler (tcp://host:8786); "
                                         "for local processes use --workers N")
    return target


def cmd_extract(args: argparse.Namespace) -> int:
    failed = 0
    paths = loaders.readers.input_paths(args.files)  # folders read recursively; files as given
    if isinstance(args.dask, str):
        from graph.distributed import iter_cluster_results

        results = iter_cluster_results(paths, args.dask, jsonl=args.jsonl)
    elif args.dask:
        from graph.distributed import iter_results

        results = iter_results(paths, workers=args.dask, jsonl=args.jsonl)
    else:
        results = (extract_json(path, args.jsonl) for path in paths)
    try:
        for text, bad in results:
            failed += bad
            print(text)
            sys.stdout.flush()
    except _dask_error() as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_FATAL
    if failed:
        print(f"{failed} of {len(paths)} files failed", file=sys.stderr)
    return EXIT_PARTIAL if failed else EXIT_OK


def _web_cache(args: argparse.Namespace, store: Store) -> Path:
    """Where fetched pages are kept: --cache, else beside the embedded store's data, else the user's cache."""
    if args.cache:
        return Path(args.cache)
    if store.kind == "embedded":
        data = Path(store.path)
        return data / "web-cache" if data.is_dir() else data.with_name(data.name + ".web-cache")
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "citegraph" / "web"


def cmd_ingest(args: argparse.Namespace) -> int:
    from graph.ingest import ingest_paths, interrupted_before_reading, stops_on_signals
    from loaders.web import Crawler, CrawlSettings, is_url

    crawler = None
    try:
        with stops_on_signals():  # the open may rebuild the search index an interrupted ingest left unbuilt
            opened = _store(args)
    except KeyboardInterrupt:
        kind, where = store_target(args.db, args.neo4j)
        summary = interrupted_before_reading(f"embedded LadybugDB at {where}" if kind == "embedded" else "",
                                             args.report)
        print(summary.render(), file=sys.stderr)
        return EXIT_INTERRUPTED
    with opened as store:
        if any(is_url(p) for p in args.paths):
            crawler = Crawler(CrawlSettings(delay=args.delay, max_pages=args.max_pages, since=args.since,
                                            timeout=args.timeout, cache=_web_cache(args, store)))
        try:
            summary = ingest_paths(args.paths, store, workers=args.workers, report=args.report,
                                   progress=not args.quiet, chunk_size=args.chunk_size, dask=args.dask,
                                   crawler=crawler)
        except _dask_error() as e:
            print(f"error: {e}", file=sys.stderr)
            return EXIT_FATAL
        finally:
            if crawler:
                crawler.close()
    print(summary.render(), file=sys.stderr)
    if crawler:
        print(crawler.stats.render(), file=sys.stderr)
    if summary.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_PARTIAL if summary.files_failed else EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from graph.ingest import remove_documents

    with _store(args) as store:
        summary = remove_documents(args.targets, store)
    print(summary.render(), file=sys.stderr)
    return EXIT_PARTIAL if summary.not_found else EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    params: dict[str, object] = {}
    for kv in args.param or []:
        k, _, v = kv.partition("=")
        params[k] = v
    with _store(args, read_only=True) as store:
        rows = store.query(args.cypher, params)
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            print("\t".join(f"{k}={v}" for k, v in row.items()))
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    with _store(args, read_only=True) as store:
        stats = store.stats()
        where = store.describe()
    if args.json:
        _print_json(stats)
    else:
        print(where)
        for section, counts in stats.items():
            for name, n in counts.items():
                print(f"{section:14} {name:14} {n}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Check the store (read-only); with --repair, write the embedded store again (graph/repair.py)."""
    if args.repair:
        kind, where = store_target(args.db, args.neo4j)
        if kind == "neo4j":
            print("error: --repair writes an embedded store again; a Neo4j store keeps one node a key by its "
                  "uniqueness constraints (`citegraph check --neo4j URI` verifies them)", file=sys.stderr)
            return EXIT_FATAL
        from graph.repair import repair_store

        print(repair_store(where).render())
        return EXIT_OK
    with _store(args, read_only=True) as store:
        report = store.check()
    print(report.render())
    if report.sound:
        return EXIT_OK
    mend = ("; `citegraph check --repair` writes it again with every key found and one node a key, keeping the old "
            "one beside it") if store.kind == "embedded" else ""
    print(f"error: the store is damaged (above){mend}", file=sys.stderr)
    return EXIT_DAMAGED


def cmd_import(args: argparse.Namespace) -> int:
    from graph.rdf import import_rdf

    with _store(args) as store:
        summary = import_rdf(args.file, store)
    print(summary, file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from graph.export import export

    if args.format == "csv" and not args.output:
        print("error: csv export writes several files: give a folder with -o", file=sys.stderr)
        return EXIT_FATAL
    with _store(args, read_only=True) as store:
        export(store, args.format, args.output)
    return EXIT_OK


def cmd_analyze(args: argparse.Namespace) -> int:
    from graph.analytics import report

    with _store(args, read_only=True) as store:
        result = report(store, top=args.top)
    if args.json:
        _print_json(result)
    else:
        from graph.analytics import render_report

        print(render_report(result))
    return EXIT_OK


def streamlit_command(args: argparse.Namespace) -> list[str]:
    """`python -m streamlit run` on the installed package's app script, with `--port`/`--host` and any
    other Streamlit options (`--server.headless true`, `--theme.base dark` …) passed on; the user's options
    win over STREAMLIT_DEFAULTS."""
    from importlib.resources import files

    options = dict(STREAMLIT_DEFAULTS)
    if args.port:
        options["server.port"] = str(args.port)
    if args.host:
        options["server.address"] = args.host
    extra = list(args.streamlit_args)
    given = {a[2:].partition("=")[0] for a in extra if a.startswith("--")}
    flags = [part for name, value in options.items() if name not in given for part in (f"--{name}", value)]
    script = files("graph") / "serve" / "app.py"
    return [sys.executable, "-m", "streamlit", "run", str(script), *flags, *extra]


def cmd_report(args: argparse.Namespace) -> int:
    from graph.report import find_documents, report_tables, write_workbook

    with _store(args, read_only=True) as store:
        found = find_documents(store, args.document)
        if not found:
            print(f"error: no document {args.document!r} in the store (try `citegraph query` or the app's search)",
                  file=sys.stderr)
            return EXIT_FATAL
        doc = found[0]
        if len(found) > 1:
            others = ", ".join(f"{d['key']} ({d['cited_by']} citing)" for d in found[1:])
            print(f"note: {args.document} is {len(found)} documents; the report is on {doc['key']} "
                  f"({doc['cited_by']} citing). Others: {others}. Give a key to choose one.", file=sys.stderr)
        tables = report_tables(store, doc["key"])
    write_workbook(tables, args.output)
    print(f"{args.output}: {len(tables.citing)} citations, "
          f"{sum(1 for r in tables.provinces if r.get('số văn bản'))} of 63 provinces", file=sys.stderr)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """Become the Streamlit server (exec: signals and Ctrl-C reach it directly, no process is left behind)."""
    env = dict(os.environ)
    if args.db:
        env["CITEGRAPH_DB"] = args.db
    if args.neo4j:
        env["NEO4J_URI"] = args.neo4j
    command = streamlit_command(args)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(command[0], command, env)
    return EXIT_FATAL  # not reached: execve returns only by raising


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from e


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="citegraph", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    store_opts = argparse.ArgumentParser(add_help=False)
    store_opts.add_argument("--db", help="embedded store folder (default $CITEGRAPH_DB or ./citegraph-data)")
    store_opts.add_argument("--neo4j", metavar="URI", help="use the Neo4j server at URI (default $NEO4J_URI)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print references, agencies, people and events of files (no store)")
    p.add_argument("files", nargs="+")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per line")
    p.add_argument("--dask", type=_dask_target, metavar="N|ADDRESS",
                   help="extract on a local Dask pool of N processes, or on the workers of the Dask scheduler "
                        "at ADDRESS (tcp://host:8786; they read the files at their absolute paths); "
                        "output in input order")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", parents=[store_opts],
                       help="read files, folders and web pages, sitemaps and feeds (http/https URLs) into the store")
    p.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    web = p.add_argument_group("web sources (URLs)")
    web.add_argument("--delay", type=float, default=1.0, help="seconds between two requests to one host (default 1)")
    web.add_argument("--max-pages", type=int, default=200, metavar="N", help="pages fetched at most (default 200)")
    web.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD",
                     help="follow only sitemap and feed entries of that day or later")
    web.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for a server (default 30)")
    web.add_argument("--cache", metavar="DIR", help="where fetched pages are kept (default: DB/web-cache, "
                                                    "or ~/.cache/citegraph/web with Neo4j)")
    p.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
    p.add_argument("--dask", type=_dask_address, metavar="ADDRESS",
                   help="extract on the workers of the Dask scheduler at ADDRESS (tcp://host:8786; they read "
                        "the files at their absolute paths); resolution and writes stay here")
    p.add_argument("--chunk-size", type=int, metavar="N",
                   help="documents a write (one transaction) at most; smaller writes keep readers' waits shorter "
                        "(default 2500, and about 10000 references)")
    p.add_argument("--report", metavar="FILE.json", help="write a machine-readable report of every file")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("remove", parents=[store_opts],
                       help="take read documents out (by key, file path or folder), with what only they gave")
    p.add_argument("targets", nargs="+", metavar="PATH|KEY")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("import", parents=[store_opts], help="an RDF export back into the store")
    p.add_argument("file")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("query", parents=[store_opts], help="run read-only Cypher")
    p.add_argument("cypher")
    p.add_argument("--param", action="append", metavar="K=V", help="query parameter (repeatable)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_query)

    p = sub.add_parser("stats", parents=[store_opts], help="counts by label and relationship type")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("check", parents=[store_opts],
                       help="verify the store: every node found by its key, one node a key, one edge a pair, "
                            "support counts",
                       description="Verify the store read-only: every row of every node table found by a lookup of "
                                   "its key, each key in one row, one edge of a type between two nodes, each counted "
                                   "edge's support the number of documents that list it (embedded store); the "
                                   "uniqueness constraints (Neo4j). Exit 0 when sound, 4 when damaged.")
    p.add_argument("--repair", action="store_true",
                   help="embedded store: write it again into a new folder, each key one node found by its key (rows "
                        "of one key merged, their edges moved onto it), check it, and swap it in; the old one is kept "
                        "as DB.before-repair. Run it while no ingest runs (one is refused meanwhile)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("export", parents=[store_opts], help="export the graph")
    p.add_argument("--format", required=True, choices=["ttl", "jsonld", "nt", "graphml", "csv"])
    p.add_argument("-o", "--output", help="file (folder for csv); default standard output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("analyze", parents=[store_opts], help="most cited, PageRank, chains, communities")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("report", parents=[store_opts],
                       help="an Excel workbook on one central document: who cites it, the provinces, a summary")
    p.add_argument("document", metavar="SYMBOL", help="a symbol (35-NQ/TW) or a key (18-NQ/TW@2017)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("serve", parents=[store_opts], help="run the Streamlit app",
                       description="Run the app. Other options (--server.headless true, --theme.base dark …) "
                                   "go to Streamlit as they are.")
    p.add_argument("--port", type=int, help="port to serve on (default 8501)")
    p.add_argument("--host", help="address to listen on (default all)")
    p.set_defaults(func=cmd_serve)
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line; `serve` keeps the options it does not know for Streamlit (`streamlit_args`)."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "serve":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.streamlit_args = extra
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        return args.func(args)
    except StoreBusy as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_BUSY
    except QueryRefused as e:
        print(f"refused: {e}", file=sys.stderr)
        return EXIT_FATAL
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_FATAL
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
