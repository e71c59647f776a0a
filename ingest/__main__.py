"""``python -m ingest PATH [PATH ...] --index DIR``: add documents to an index folder.

Prints one line per failed or skipped file (``path: reason``), then
``N ingested, U unchanged, S skipped, F failed``. Exit status: 0 when nothing failed, 1 when
some files failed (the others are committed), 2 for usage errors or an unusable index.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import IndexUnusable, MissingTool, UnreadableDocument, UnsupportedFormat
from ingest.store import FileRecord, Store

log = logging.getLogger("ingest")


@dataclass
class Summary:
    ingested: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{path}: {reason}" for path, reason in self.failed + self.skipped]
        out.append(
            f"{self.ingested} ingested, {self.unchanged} unchanged, "
            f"{len(self.skipped)} skipped, {len(self.failed)} failed"
        )
        return out


def walk(paths: Iterable[str]) -> Iterator[tuple[Path, str]]:
    """Files under ``paths`` (folders walked, hidden entries ignored), with their display path."""
    for given in paths:
        root = Path(given)
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                rel = path.relative_to(root)
                if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                    yield path, str(Path(given) / rel)
        else:
            yield root, given


@dataclass(frozen=True)
class _Job:
    path: Path
    source: str
    key: str  # resolved path, the files table's key
    sha256: str
    size: int


def _run(job: _Job, ocr: bool, progress: bool) -> tuple[str, object]:
    """Process one file; never raises for bad input: ("ok", Processed) or (bucket, reason)."""
    from ingest import pipeline

    try:
        return "ok", pipeline.process(job.path, source=job.source, sha256=job.sha256, ocr=ocr, progress=progress)
    except (UnsupportedFormat, MissingTool) as exc:
        return "skipped", str(exc)
    except UnreadableDocument as exc:
        return "failed", str(exc)
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the run
        log.debug("unexpected error on %s", job.source, exc_info=True)
        return "failed", f"internal error: {type(exc).__name__}: {exc}"


def _plan(paths: Iterable[str], store: Store, summary: Summary) -> list[_Job]:
    """Files that need processing; unsupported, unreadable, unchanged and duplicate files are
    settled here."""
    from ingest.loaders import is_supported
    from ingest.pipeline import file_sha256

    jobs: list[_Job] = []
    seen: dict[str, str] = {}  # sha256 -> display path, within this run
    for path, source in walk(paths):
        key = str(path.resolve())
        try:
            if not is_supported(path):
                raise UnsupportedFormat(f"unsupported file type {path.suffix or '(no extension)'}")
            sha = file_sha256(path)
            size = path.stat().st_size
        except UnsupportedFormat as exc:
            summary.skipped.append((source, str(exc)))
            continue
        except OSError as exc:
            summary.failed.append((source, f"cannot read file: {exc.strerror or exc}"))
            continue
        previous = store.file(key)
        if previous and previous.sha256 == sha and (
            (previous.status == "ingested" and previous.doc_id and store.document(previous.doc_id, with_text=False))
            or previous.status == "duplicate"
        ):
            summary.unchanged += 1
            seen.setdefault(sha, source)
            continue
        twin = store.document_by_sha(sha)
        if sha in seen or (twin and twin[1] != source):
            original = seen.get(sha) or (twin[1] if twin else "?")
            store.record_file(FileRecord(key, source, sha, size, twin[0] if twin else None, "duplicate",
                                         f"duplicate of {original}"))
            summary.skipped.append((source, f"duplicate of {original}"))
            continue
        seen[sha] = source
        jobs.append(_Job(path, source, key, sha, size))
    return jobs


def _quiet_worker() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled by the parent, which commits


def _parallel(jobs: list[_Job], ocr: bool, workers: int) -> Iterator[tuple[str, object]]:
    """Results of ``_run`` in job order from a process pool. If a file crashes its worker (a
    segfault in a parsing library), the pool breaks under every file in flight: each of those is
    run again alone, so that only the file that crashes by itself is reported failed."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    start = 0
    while start < len(jobs):
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_quiet_worker)
        futures = [pool.submit(_run, job, ocr, False) for job in jobs[start:]]
        try:
            for future in futures:
                try:
                    result, broken = future.result(), False
                except BrokenProcessPool:
                    result, broken = _alone(jobs[start], ocr), True
                start += 1
                yield result
                if broken:  # the rest go to a fresh pool
                    break
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def _alone(job: _Job, ocr: bool) -> tuple[str, object]:
    """``_run`` in a worker of its own: a crash there is this file's."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1, initializer=_quiet_worker) as pool:
        try:
            return pool.submit(_run, job, ocr, False).result()
        except BrokenProcessPool:
            return "failed", "the parser crashed on this file"


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    *,
    ocr: bool = True,
    progress: bool = False,
    jobs: int = 1,
) -> Summary:
    """Ingest files into ``store``; every file ends up in exactly one bucket of the summary.

    With ``jobs`` > 1, files are parsed in that many worker processes while this process writes
    the results, in order, one transaction per document.
    """
    from tqdm import tqdm

    summary = Summary()
    planned = _plan(paths, store, summary)
    bar = tqdm(total=len(planned), desc="ingest", unit="file", disable=not progress)
    if jobs > 1 and len(planned) > 1:
        results = _parallel(planned, ocr, min(jobs, len(planned)))
    else:
        results = (_run(job, ocr, progress) for job in planned)
    try:
        for job, (bucket, value) in zip(planned, results):
            bar.update(1)
            if bucket == "ok":
                p = value
                store.replace_document(FileRecord(job.key, job.source, job.sha256, job.size, None, "", None),
                                       p.document, p.passages, p.words, p.facts)
                summary.ingested += 1
                continue
            store.record_file(FileRecord(job.key, job.source, job.sha256, job.size, None, bucket, str(value)))
            (summary.skipped if bucket == "skipped" else summary.failed).append((job.source, str(value)))
    finally:
        bar.close()
        results.close()
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Add documents to an index folder.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked)")
    parser.add_argument("--index", required=True, metavar="DIR", help="index folder (created if missing)")
    parser.add_argument("--model", help="embedding model: Hugging Face id or local folder (default: EMBED_MODEL or the Vietnamese bi-encoder)")
    parser.add_argument("--no-ocr", action="store_true", help="do not OCR scanned pages")
    parser.add_argument("--no-embed", action="store_true", help="lexical index only (no embedding model)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="worker processes for parsing (default: the number of CPUs)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if args.verbose:
        logging.getLogger("ingest").setLevel(logging.DEBUG)
        logging.getLogger("index").setLevel(logging.DEBUG)

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        print(f"error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    progress = not args.no_progress and sys.stderr.isatty()

    from index.settings import from_env

    settings = from_env(index_dir=args.index, model=args.model)
    try:
        store = Store(args.index)
    except IndexUnusable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    with store:
        started = time.perf_counter()
        try:
            summary = ingest_paths(args.paths, store, ocr=not args.no_ocr, progress=progress,
                                   jobs=max(1, args.jobs))
        except KeyboardInterrupt:
            print("interrupted: documents ingested so far are kept", file=sys.stderr)
            return 130
        except IndexUnusable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        from index.build import refresh
        from index.embed import ModelUnavailable

        parsed = time.perf_counter()
        try:
            report = refresh(store, settings, embed=not args.no_embed, progress=progress)
        except KeyboardInterrupt:
            print("interrupted while embedding: run the same command again to finish", file=sys.stderr)
            return 130
        except ModelUnavailable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if report.notice:
            print(f"warning: {report.notice}", file=sys.stderr)
        log.info("parsed in %.1f s; embedded %d passages and refreshed the indexes in %.1f s",
                 parsed - started, report.embedded, time.perf_counter() - parsed)
    for line in summary.lines():
        print(line)
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
