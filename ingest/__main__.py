"""``python -m ingest PATH [PATH ...] --index DIR``: add documents to an index folder.

Prints one line per failed or skipped file (``path: reason``), then
``N ingested, U unchanged, S skipped, F failed``. Exit status: 0 when nothing failed, 1 when
some files failed (the others are committed), 2 for usage errors or an unusable index.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ingest.errors import IndexUnusable, IngestError, MissingTool, UnreadableDocument, UnsupportedFormat
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


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    *,
    ocr: bool = True,
    progress: bool = False,
) -> Summary:
    """Ingest files into ``store``; every file ends up in exactly one bucket of the summary."""
    from tqdm import tqdm

    from ingest.loaders import is_supported
    from ingest.pipeline import file_sha256, process

    summary = Summary()
    files = list(walk(paths))
    seen: dict[str, str] = {}  # sha256 -> display path, within this run
    for path, source in tqdm(files, desc="ingest", unit="file", disable=not progress):
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
        rec = FileRecord(key, source, sha, size, None, "", None)
        twin = store.document_by_sha(sha)
        if sha in seen or (twin and twin[1] != source):
            original = seen.get(sha) or (twin[1] if twin else "?")
            store.record_file(FileRecord(key, source, sha, size, twin[0] if twin else None, "duplicate", f"duplicate of {original}"))
            summary.skipped.append((source, f"duplicate of {original}"))
            continue
        try:
            processed = process(path, source=source, sha256=sha, ocr=ocr, progress=progress)
            store.replace_document(rec, processed.document, processed.passages, processed.words, processed.facts)
        except (UnsupportedFormat, MissingTool) as exc:
            store.record_file(FileRecord(key, source, sha, size, None, "skipped", str(exc)))
            summary.skipped.append((source, str(exc)))
            continue
        except UnreadableDocument as exc:
            store.record_file(FileRecord(key, source, sha, size, None, "failed", str(exc)))
            summary.failed.append((source, str(exc)))
            continue
        except (KeyboardInterrupt, IndexUnusable):
            raise
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the run
            log.debug("unexpected error on %s", source, exc_info=True)
            reason = f"internal error: {type(exc).__name__}: {exc}"
            store.record_file(FileRecord(key, source, sha, size, None, "failed", reason))
            summary.failed.append((source, reason))
            continue
        seen[sha] = source
        summary.ingested += 1
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ingest", description="Add documents to an index folder.")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (walked)")
    parser.add_argument("--index", required=True, metavar="DIR", help="index folder (created if missing)")
    parser.add_argument("--model", help="embedding model: Hugging Face id or local folder (default: EMBED_MODEL or the Vietnamese bi-encoder)")
    parser.add_argument("--no-ocr", action="store_true", help="do not OCR scanned pages")
    parser.add_argument("--no-embed", action="store_true", help="lexical index only (no embedding model)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s: %(message)s")

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
        try:
            summary = ingest_paths(args.paths, store, ocr=not args.no_ocr, progress=progress)
        except KeyboardInterrupt:
            print("interrupted: documents ingested so far are kept", file=sys.stderr)
            return 130
        except IndexUnusable as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        from index.build import refresh
        from index.embed import ModelUnavailable

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
    for line in summary.lines():
        print(line)
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
