"""``honeyhive-local serve``: run the local HoneyHive-compatible server until Ctrl-C.

    honeyhive-local serve --host 127.0.0.1 --port 8787 [--db PATH] [--api-key KEY]...
                          [--admin] [--max-body-bytes N] [--quiet]
                          [--idle-timeout S] [--header-timeout S] [--body-timeout S]

Also ``python -m honeyhive.local serve``. Keys come from ``--api-key`` (repeatable), else
``HH_LOCAL_API_KEYS`` (comma-separated), else the development key, printed at start-up.

Exit status: 0 after a stop by Ctrl-C or SIGTERM (requests in flight finish, and the
database file is checkpointed so it can be copied alone), 1 when the server cannot start
(port taken, extra missing), 2 for a bad argument (a ``--db`` that cannot be opened or is
not a database included), each with one line on stderr.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import signal
import sys
from collections.abc import Sequence

from . import DEFAULT_MAX_BODY_BYTES, DEV_API_KEY, KEYS_ENV, missing_extra

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(
        prog="honeyhive-local",
        description="A HoneyHive-compatible API server on SQLite, for offline use and tests.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    serve = commands.add_parser("serve", help="serve the API over HTTP (default command)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8787, help="port (default 8787; 0 = any)")
    serve.add_argument("--db", metavar="PATH", help="SQLite file to keep data in (default: memory)")
    serve.add_argument(
        "--api-key",
        action="append",
        default=[],
        metavar="KEY",
        help=f"accept this API key (repeatable; default ${KEYS_ENV} or the development key)",
    )
    serve.add_argument(
        "--admin", action="store_true", help="enable fault injection at /_admin/faults"
    )
    serve.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        metavar="N",
        help=f"largest request body accepted, 413 above (default {DEFAULT_MAX_BODY_BYTES})",
    )
    serve.add_argument("--quiet", action="store_true", help="do not log each request")
    for name, default, what in (
        ("idle", 5.0, "close a connection silent this long before or between requests"),
        ("header", 10.0, "answer 408 and close when headers take longer than this"),
        ("body", 30.0, "answer 408 and close when a body takes longer than this"),
    ):
        serve.add_argument(
            f"--{name}-timeout",
            type=float,
            default=default,
            metavar="S",
            help=f"{what} (seconds, default {default:g})",
        )
    return parser


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``honeyhive-local``; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help")):
        args_list.insert(0, "serve")  # `honeyhive-local --port 9000` means serve
    args = build_parser().parse_args(args_list)
    if args.command != "serve":
        build_parser().print_help()
        return 2
    if args.max_body_bytes < 1:
        print("honeyhive-local: --max-body-bytes must be positive", file=sys.stderr)
        return 2
    for name in ("idle", "header", "body"):
        if not getattr(args, f"{name}_timeout") > 0:  # also refuses nan
            print(f"honeyhive-local: --{name}-timeout must be positive", file=sys.stderr)
            return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    if args.quiet:
        logging.getLogger("honeyhive.local.access").setLevel(logging.WARNING)

    problem = missing_extra("honeyhive-local serve")
    if problem is not None:
        print(f"honeyhive-local: {problem}", file=sys.stderr)
        return 1

    import uvicorn

    from .asgi import LocalApp
    from .core import LocalAPI
    from .server import bind_socket, guarded_protocol
    from .store import StoreError

    try:
        api = LocalAPI(db_path=args.db, api_keys=args.api_key, max_body_bytes=args.max_body_bytes)
    except StoreError as exc:  # the --db argument: a usage error
        print(f"honeyhive-local: {exc}", file=sys.stderr)
        return 2
    except (RuntimeError, OSError) as exc:
        print(f"honeyhive-local: {exc}", file=sys.stderr)
        return 1
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        print(f"honeyhive-local: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        api.close()
        return 1
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"honeyhive-local: serving http://{host}:{port}", file=sys.stderr)
    where = args.db or "memory (lost on exit; use --db PATH to keep it)"
    print(f"honeyhive-local: data in {where}", file=sys.stderr)
    if api.uses_dev_key:
        print(f"honeyhive-local: development API key: {DEV_API_KEY}", file=sys.stderr)
    else:
        print(f"honeyhive-local: accepting {len(api.api_keys)} API key(s)", file=sys.stderr)
    if api.unhandled:
        # Operations added to openapi.yaml before their handler: served as 501 Not Implemented.
        print(
            f"honeyhive-local: {len(api.unhandled)} operation(s) of openapi.yaml have no "
            f"handler and answer 501 Not Implemented: {', '.join(api.unhandled)}",
            file=sys.stderr,
        )
    if args.admin:
        print(
            f"honeyhive-local: fault injection at http://{host}:{port}/_admin/faults",
            file=sys.stderr,
        )
    if not _is_loopback(args.host):
        print(
            f"honeyhive-local: WARNING: {args.host} is not a loopback address; anyone who "
            "can reach it can use this server with the keys above",
            file=sys.stderr,
        )
    api.warm_up()  # so the first requests are as fast as the rest
    app = LocalApp(api, admin=args.admin, log_requests=True, body_timeout=args.body_timeout)
    config = uvicorn.Config(
        app,
        http=guarded_protocol(args.idle_timeout, args.header_timeout),
        lifespan="off",
        log_config=None,
        access_log=False,
    )
    # uvicorn handles SIGINT/SIGTERM: in-flight requests finish, then it re-raises the
    # signal. SIGINT then arrives here as KeyboardInterrupt; SIGTERM's default action would
    # kill the process before the database is closed (leaving the data in the -wal file),
    # so it is made a KeyboardInterrupt too. Both are a normal stop.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        sock.close()
        api.close()
        print("honeyhive-local: stopped", file=sys.stderr)
    return 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main())
