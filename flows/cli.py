"""The ``warta`` command line.

    warta run BATCH_DIR [--out DIR] [--batch-id ID] [--json] [--quiet]
    warta validate BATCH_DIR [--against OUT_DIR] [--allow-quarantine] [--docs DIR] [--json]
    warta eval GOLD... [--out DIR] [--json]
    warta report [OUT_DIR] [--output FILE]
    warta check [OUT_DIR] [--json]
    warta server start | stop | status | prepare
    warta inbox [--inbox DIR] [--out DIR]
    warta serve [--cron "*/15 * * * *"] [--inbox DIR] [--out DIR]

Exit codes: 0 success; 1 the run finished but validation failed (for ``validate``: or an input
was quarantined); 2 the command could not run (bad arguments, missing folder, a crash), with a
one-line reason.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from flows.runtime import configure_prefect

EXIT_OK, EXIT_INVALID, EXIT_ERROR = 0, 1, 2
WORKERS_HELP = "processes for the CPU-bound stages (default: all cores)"

EPILOG = """examples:
  warta run data/seeds/example                 # into data/out/
  warta run ../shared/corpus/seed --out out-seed --batch-id seed
  warta validate inbox/2026-11-27 --against data/out --docs gx-docs
  warta inbox && warta report data/out -o report.html
  warta check data/out                          # is the published dataset whole?
  warta server start                            # later commands start in seconds
  warta serve --cron "*/15 * * * *"
  warta eval ../shared/gold --corpus ../shared
environment: WARTA_OUT, WARTA_INBOX, WARTA_MAX_BYTES, WARTA_CHUNK_SIZE, WARTA_WORKERS, WARTA_LANG_MAX_CHARS
set the defaults of the matching flags; WARTA_WARM=0 keeps a command out of the warm worker of
'warta server'; WARTA_PREFECT_TEMPLATE=0 makes a fresh Prefect home migrate its own database;
PREFECT_* settings of your own (e.g. PREFECT_API_URL) are respected.
exit codes: 0 ok, 1 validation or gate failed, 2 could not run."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="warta",
        description="Turn batches of news articles into a validated Parquet dataset.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)

    def batch_options(p: argparse.ArgumentParser, what: str) -> None:
        p.add_argument("batch_dir", type=Path, help=what)
        p.add_argument("--batch-id", default=None, help="batch id (default: the folder's name)")
        p.add_argument("--max-bytes", type=int, default=None, help="largest input file accepted (default 5 MB)")
        p.add_argument("--workers", type=int, default=None, help=WORKERS_HELP)

    run = command("run", "run the pipeline on one batch folder")
    batch_options(run, "folder of .txt / .jsonl / .html inputs (read recursively)")
    run.add_argument("--out", type=Path, default=None, help="output root (default: $WARTA_OUT or data/out)")
    run.add_argument("--chunk-size", type=int, default=None, help="inputs per task call (default 500)")
    run.add_argument("--dask", choices=["local"], default=None, help="run the CPU-bound stages on a local Dask cluster")
    run.add_argument("--dask-address", default=None, help="run them on an existing Dask cluster (tcp://host:port)")
    run.add_argument("--json", action="store_true", help="print the run summary as JSON")
    run.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    va = command("validate", "check a new batch as CI would: run it into a temporary output and report")
    batch_options(va, "the batch folder to check")
    va.add_argument("--allow-quarantine", action="store_true", help="accept a batch with quarantined inputs")
    va.add_argument("--docs", type=Path, default=None, help="write Great Expectations Data Docs (HTML) here")
    va.add_argument("--json", action="store_true", help="print the report as JSON")
    va.add_argument(
        "--against",
        type=Path,
        default=None,
        metavar="OUT_DIR",
        help="check the batch together with this published dataset (duplicates of its articles, unique ids, "
        "keys) without writing to it",
    )
    ib = command("inbox", "process every new batch folder of an inbox once, then stop")
    ib.add_argument("--inbox", type=Path, default=None, help="inbox folder (default: $WARTA_INBOX or data/inbox)")
    ib.add_argument("--out", type=Path, default=None, help="output root (default: $WARTA_OUT or data/out)")
    ib.add_argument("--workers", type=int, default=None, help=WORKERS_HELP)
    ib.add_argument("--json", action="store_true", help="print the run summaries as JSON")
    sv = command("serve", "process the inbox on a schedule until Ctrl-C (starts a local Prefect server if none is set)")
    sv.add_argument("--cron", default="*/15 * * * *", help="schedule (default: every 15 minutes)")
    sv.add_argument("--inbox", type=Path, default=None, help="inbox folder (default: $WARTA_INBOX or data/inbox)")
    sv.add_argument("--out", type=Path, default=None, help="output root (default: $WARTA_OUT or data/out)")
    sv.add_argument("--workers", type=int, default=None, help=WORKERS_HELP)
    srv = command("server", "a reusable local Prefect server: start it once, every warta command uses it")
    srv.add_argument(
        "action",
        choices=["start", "stop", "status", "prepare"],
        help="prepare: set up Prefect's database once for this installation, so that a fresh Prefect home "
        "starts without migrating (make does it)",
    )
    ck = command("check", "verify a published dataset is whole (reads only; exit 0 whole, 1 with what is wrong)")
    ck.add_argument("out_dir", type=Path, nargs="?", default=None, help="output root (default: $WARTA_OUT or data/out)")
    ck.add_argument("--json", action="store_true", help="print the problems as JSON")
    rp = command("report", "write one self-contained HTML report of a dataset")
    rp.add_argument("out_dir", type=Path, nargs="?", default=None, help="output root (default: $WARTA_OUT or data/out)")
    rp.add_argument("--output", "-o", type=Path, default=Path("warta-report.html"), help="the HTML file to write")
    ev = command("eval", "score extraction against gold files (shared/gold format)")
    ev.add_argument("gold", nargs="+", type=Path, help="gold .json files or folders of them")
    ev.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="folder the gold 'source' paths are relative to (default: the gold folder's parent)",
    )
    ev.add_argument(
        "--quotes",
        choices=["as-written", "close-both", "open-both", "straight"],
        default="as-written",
        help="rewrite the articles' double quotation marks first (close-both: every mark becomes ”), to measure "
        "extraction on text that writes one glyph for both marks",
    )
    ev.add_argument(
        "--out",
        type=Path,
        default=None,
        help="an output root already holding the articles, or where to run them (default: a temp folder)",
    )
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--per-article", action="store_true", help="also print a row per gold article")
    return parser


def _summary_lines(s: dict[str, Any], elapsed: float) -> list[str]:
    c = s["staged_counts"]
    status = "passed" if s["validation_success"] else "FAILED"
    rows = [
        ("batch", s["batch_id"]),
        ("inputs", s["n_inputs"]),
        ("articles", c.get("articles", 0)),
        ("statements", c.get("statements", 0)),
        ("stances", c.get("stances", 0)),
        ("quarantined", c.get("quarantine", 0)),
        ("validation", status),
        ("published", f"yes, to {s['out_dir']}" if s["validation_success"] else "no: the dataset is unchanged"),
        ("time", f"{elapsed:.1f} s"),
    ]
    lines = [f"{name:<12} {value}" for name, value in rows]
    if s["quarantine_reasons"]:
        lines.append(f"{'quarantine':<12} " + ", ".join(f"{k} {v}" for k, v in s["quarantine_reasons"].items()))
    lines += [f"{'failed':<12} {f}" for f in s["failures"][:10]]
    return lines


@contextlib.contextmanager
def _progress_bar(enabled: bool) -> Any:
    """A progress bar on stderr when it is a terminal (never in logs or CI)."""
    if not enabled or not sys.stderr.isatty() or os.environ.get("CI"):
        yield
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from flows import progress

    bar = Progress(TextColumn("inputs"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True)
    task = bar.add_task("run", total=None)
    progress.set_hook(lambda done, total: bar.update(task, completed=done, total=total))
    with bar:
        try:
            yield
        finally:
            progress.set_hook(None)


def cmd_run(args: argparse.Namespace) -> int:
    from tasks.settings import Settings, check_batch_id

    settings = Settings.from_env(
        out_dir=args.out, max_bytes=args.max_bytes, chunk_size=args.chunk_size, workers=args.workers
    )
    batch_dir: Path = args.batch_dir
    if not batch_dir.is_dir():
        print(f"warta: {batch_dir} is not a folder; give the folder that holds the batch's files", file=sys.stderr)
        return EXIT_ERROR
    batch_id = check_batch_id(args.batch_id or batch_dir.resolve().name)
    if not _output_is_ours(settings.out_dir, batch_dir):
        return EXIT_ERROR
    if settings.chunk_size < 1:
        print("warta: --chunk-size must be at least 1", file=sys.stderr)
        return EXIT_ERROR
    from flows.pipeline import batch_flow

    _server_ready()
    t0 = time.perf_counter()
    with _progress_bar(not (args.quiet or args.json)):
        summary = batch_flow(
            str(batch_dir),
            str(settings.out_dir),
            batch_id,
            settings.chunk_size,
            settings.max_bytes,
            settings.lang_max_chars,
            None,
            settings.workers,
            args.dask_address,
            args.dask == "local",
        )
    elapsed = time.perf_counter() - t0
    if summary.get("status") == "locked":
        print(f"warta: {summary['error']}", file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2, default=str))
    elif not args.quiet:
        print("\n".join(_summary_lines(summary, elapsed)))
    return EXIT_OK if summary["validation_success"] else EXIT_INVALID


def validation_report(s: dict[str, Any], allow_quarantine: bool) -> tuple[bool, list[str]]:
    """(accepted, report lines) of a validation run summary."""
    quarantined = s["staged_counts"].get("quarantine", 0)
    accepted = bool(s["validation_success"]) and (allow_quarantine or quarantined == 0)
    lines = [
        f"batch {s['batch_id']}: {s['n_inputs']} inputs, {s['staged_counts'].get('articles', 0)} articles, "
        f"{quarantined} quarantined",
        f"expectation suites: {'all passed' if s['validation_success'] else 'FAILED'}",
    ]
    if s["quarantined_inputs"]:
        lines.append("quarantined inputs:")
        lines += [f"  {q['source_path']}: {q['reason']} ({q['detail']})" for q in s["quarantined_inputs"]]
        if quarantined > len(s["quarantined_inputs"]):
            lines.append(f"  ... and {quarantined - len(s['quarantined_inputs'])} more")
    if s["failures"]:
        lines.append("failed expectations (table.column: expectation, failing rows, sample ids):")
        lines += [f"  {f}" for f in s["failures"]]
    verdict = "ACCEPTED" if accepted else "REJECTED"
    why = ""
    if not accepted:
        why = " (quarantined inputs; pass --allow-quarantine to accept them)" if s["validation_success"] else ""
    lines.append(f"{verdict}{why}")
    return accepted, lines


def cmd_validate(args: argparse.Namespace) -> int:
    import shutil
    import tempfile

    from tasks.settings import Settings, check_batch_id

    settings = Settings.from_env(max_bytes=args.max_bytes, workers=args.workers)
    if not args.batch_dir.is_dir():
        print(f"warta: {args.batch_dir} is not a folder; give the folder that holds the batch's files", file=sys.stderr)
        return EXIT_ERROR
    batch_id = check_batch_id(args.batch_id or args.batch_dir.resolve().name)
    from flows.pipeline import batch_flow

    _server_ready()

    if args.against is not None and not _dataset_to_check_against(args.against, args.batch_dir):
        return EXIT_ERROR
    tmp = Path(tempfile.mkdtemp(prefix="warta-validate-"))
    problems: list[str] = []
    try:
        if args.against is not None:
            from tasks.publish import seed_from

            seed_from(args.against, tmp / "out")  # a linked copy: the dataset itself is never written
        summary = batch_flow(
            str(args.batch_dir), str(tmp / "out"), batch_id, settings.chunk_size, settings.max_bytes,
            settings.lang_max_chars, str(args.docs) if args.docs else None, settings.workers,
        )  # fmt: skip
        if args.against is not None and summary.get("validation_success"):
            from tasks.check import check_dataset

            problems = [str(p) for p in check_dataset(tmp / "out")]  # the batch and the dataset together
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if problems:
        summary = {**summary, "validation_success": False, "failures": [*summary["failures"], *problems]}
    accepted, lines = validation_report(summary, args.allow_quarantine)
    if args.json:
        print(json.dumps({"accepted": accepted, **summary}, ensure_ascii=False, indent=2, default=str))
    else:
        print("\n".join(lines))
        if args.docs:
            print(f"data docs: {args.docs / 'index.html'}")
    return EXIT_OK if accepted else EXIT_INVALID


def _dataset_to_check_against(out: Path, batch_dir: Path) -> bool:
    """``--against`` must be a published Warta dataset (printing the reason when it is not)."""
    if not _output_is_ours(out, batch_dir):
        return False
    if not (out / "articles").is_dir():
        print(f"warta: --against {out} holds no dataset (no articles table); give an output root of warta run",
              file=sys.stderr)  # fmt: skip
        return False
    return True


def _output_is_ours(out: Path, batch_dir: Path | None) -> bool:
    """Print the one-line reason and return False when ``out`` is not Warta's to write."""
    from tasks.publish import ForeignOutput, check_output

    try:
        check_output(out, batch_dir)
    except ForeignOutput as exc:
        print(f"warta: {exc}", file=sys.stderr)
        return False
    return True


def _inbox_paths(args: argparse.Namespace) -> tuple[Path, Path, int]:
    import os

    from tasks.settings import Settings

    settings = Settings.from_env(out_dir=args.out, workers=args.workers)
    inbox = args.inbox or Path(os.environ.get("WARTA_INBOX", "data/inbox"))
    return inbox.resolve(), settings.out_dir.resolve(), settings.workers


def cmd_inbox(args: argparse.Namespace) -> int:
    inbox, out, workers = _inbox_paths(args)
    if not inbox.is_dir():
        print(f"warta: the inbox {inbox} does not exist; create it and put one folder per batch in it", file=sys.stderr)
        return EXIT_ERROR
    if not _output_is_ours(out, inbox):
        return EXIT_ERROR
    from flows.inbox import inbox_flow

    _server_ready()
    summaries = inbox_flow(str(inbox), str(out), workers)
    if args.json:
        print(json.dumps(summaries, ensure_ascii=False, indent=2, default=str))
    else:
        print(f"inbox {inbox}: {len(summaries)} new batch(es)")
        for s in summaries:
            print(f"  {s['batch_id']}: {s.get('status')}, {s.get('staged_counts', {}).get('articles', 0)} articles")
    return EXIT_OK if all(s.get("validation_success") for s in summaries) else EXIT_INVALID


def _stop_on_term(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def cmd_serve(args: argparse.Namespace) -> int:
    import signal

    from flows.server import local_server

    # Ctrl-C and SIGTERM (systemd, containers) both stop serving and the local server cleanly
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _stop_on_term)

    inbox, out, workers = _inbox_paths(args)
    if not _output_is_ours(out, inbox):
        return EXIT_ERROR
    inbox.mkdir(parents=True, exist_ok=True)
    with local_server():
        from flows.inbox import inbox_flow

        print(f"serving: every '{args.cron}' the new batches of {inbox} go to {out}; Ctrl-C stops")
        with contextlib.suppress(KeyboardInterrupt):
            inbox_flow.serve(
                name="warta-inbox",
                cron=args.cron,
                parameters={"inbox_dir": str(inbox), "out_dir": str(out), "workers": workers},
                print_starting_message=False,
            )
    print("stopped")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from tasks.report import write_report
    from tasks.settings import Settings

    out = args.out_dir or Settings.from_env().out_dir
    if not (out / "articles").is_dir():
        print(f"warta: {out} holds no dataset (no articles table); run 'warta run' first", file=sys.stderr)
        return EXIT_ERROR
    print(f"report: {write_report(out, args.output)}")
    return EXIT_OK


def cmd_server(args: argparse.Namespace) -> int:
    from flows.server import server_prepare, server_start, server_status, server_stop

    actions = {"start": server_start, "stop": server_stop, "status": server_status, "prepare": server_prepare}
    ok, message = actions[args.action]()
    print(message)
    if args.action in ("status", "prepare"):
        return EXIT_OK if ok else EXIT_INVALID
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from tasks.check import check_dataset
    from tasks.settings import Settings

    out = args.out_dir or Settings.from_env().out_dir
    if not (out.exists() or out.is_symlink()):
        print(f"warta: {out} does not exist; give the output root of a dataset", file=sys.stderr)
        return EXIT_ERROR
    problems = check_dataset(out)
    if args.json:
        print(json.dumps([p.__dict__ for p in problems], ensure_ascii=False, indent=2))
    elif problems:
        print(f"{out}: {len(problems)} problem(s)")
        for p in problems:
            print(f"  {p}")
    else:
        print(f"{out}: whole")
    return EXIT_INVALID if problems else EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from tasks.evaluate import run_eval

    return run_eval(args)


def _server_ready() -> None:
    """Wait for the temporary Prefect server, loading meanwhile what the flow run needs first:
    Prefect's run engines and the language profiles, lexicons and name tagger (~1 s together)."""
    from flows.server import temporary_server_ready

    def meanwhile() -> None:
        from flows.runtime import preload_flow_run
        from tasks.parallel import warm_caches

        preload_flow_run()
        warm_caches()

    try:
        temporary_server_ready(meanwhile=meanwhile)
    finally:
        _imports_done()


def _imports_done() -> None:
    """The cyclic garbage collector is paused while a command imports (main); back on, with what
    was imported frozen out of later collections."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


@contextlib.contextmanager
def _flow_settings(command: str) -> Any:
    """Flow runs without Prefect's heartbeat thread, unless the user set its frequency: joining
    it costs up to a second at the end of every run, and its events are only read by automations
    (whose event persister Warta's defaults switch off, flows.runtime)."""
    if command not in ("run", "validate", "inbox", "eval") or "PREFECT_FLOWS_HEARTBEAT_FREQUENCY" in os.environ:
        yield
        return
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def main(argv: list[str] | None = None) -> int:
    configure_prefect()
    if argv is None:
        from flows.warm import run_warm

        code = run_warm(sys.argv[1:])  # in the warm worker of a running 'warta server', if there is one
        if code is not None:
            return code
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
    if args.command in ("run", "validate", "inbox") and argv is None:
        gc.disable()  # Prefect's import allocates much and frees nothing: ~10% of its CPU (_imports_done)
    if args.command in ("run", "validate", "inbox", "eval"):
        from flows.server import start_temporary_server, use_running_server

        # a running 'warta server' saves the temporary server's start; without one, that start
        # overlaps with the imports and the reading of the batch
        if not use_running_server() and argv is None and args.command != "eval":
            start_temporary_server()
    if args.command in ("run", "validate", "inbox", "serve") and argv is None:
        from flows.watchdog import start_watchdog

        start_watchdog()  # if this process is killed, what it started is stopped too
    if args.command in ("run", "validate", "inbox") and argv is None:
        from tasks.validate import start_validator

        start_validator()  # Great Expectations imports on another core meanwhile
    try:
        commands = {
            "run": cmd_run, "validate": cmd_validate, "eval": cmd_eval,
            "report": cmd_report, "inbox": cmd_inbox, "serve": cmd_serve, "check": cmd_check,
            "server": cmd_server,
        }  # fmt: skip
        with _flow_settings(args.command):
            return commands[args.command](args)
    except KeyboardInterrupt:
        print(
            "warta: interrupted; the dataset is unchanged (staged files are removed on the next run)", file=sys.stderr
        )
        return EXIT_ERROR
    except Exception as exc:  # one line for the user; WARTA_DEBUG=1 shows the traceback
        if os.environ.get("WARTA_DEBUG"):
            raise
        print(f"warta: {type(exc).__name__}: {exc} (set WARTA_DEBUG=1 for the traceback)", file=sys.stderr)
        return EXIT_ERROR
    finally:
        _imports_done()
        if "tasks.validate" in sys.modules:
            sys.modules["tasks.validate"].stop_validator()
        if "flows.server" in sys.modules:
            sys.modules["flows.server"].stop_temporary_server()


if __name__ == "__main__":
    sys.exit(main())
