"""The index of one folder, loaded once per process and shared by every browser session.

``Engine`` holds the current searcher and answerer as one immutable state. Ingestion (uploads,
or the first start from the corpus folder) writes through its own database connection, brings
the derived files up to date, then opens a new searcher (reusing the loaded model) and swaps
the state in under a lock. Questions asked meanwhile are answered from the previous state, so
nothing is reloaded per user or per rerun and nobody waits for a restart.
"""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.answer import Answer, Answerer
from index.conversation import Turn
from index.search import Filters, Searcher
from index.settings import FALLBACK_MODEL, Settings
from ingest.errors import IndexUnusable
from ingest.records import Document
from ingest.store import DB_NAME, Store, StoredFact, StoredPassage

log = logging.getLogger(__name__)

CORPUS_ENV = "CORPUS_DIR"
DEFAULT_CORPUS = "corpus"
WARM_UP = "Cơ quan nào chủ trì thực hiện nhiệm vụ?"
EMPTY_INDEX = "Chỉ mục chưa có văn bản nào: hãy tải văn bản lên ở thanh bên."

# progress(fraction 0..1, what is happening) — drawn as a progress bar by the app.
Progress = Callable[[float, str], None]


def corpus_dir() -> Path:
    """The folder the first start builds the index from (env ``CORPUS_DIR``, default ./corpus)."""
    return Path(os.environ.get(CORPUS_ENV, "").strip() or DEFAULT_CORPUS)


def corpus_files(folder: Path) -> list[Path]:
    """Supported files under ``folder`` (hidden entries ignored), sorted; [] if it is missing."""
    from ingest.__main__ import walk
    from ingest.loaders import is_supported

    if not folder.is_dir():
        return []
    return [path for path, _ in walk([str(folder)]) if is_supported(path)]


@dataclass(frozen=True, slots=True)
class IndexStatus:
    documents: int
    passages: int
    model: str | None  # embedding model used by search; None: keyword search only
    fallback: bool  # the index was embedded with the bundled offline fallback model
    notice: str | None  # why (fallback model, dense search off), as the search layer said it
    stale: bool  # another process changed the folder since it was loaded


@dataclass(frozen=True, slots=True)
class IngestReport:
    ingested: int
    unchanged: int
    skipped: tuple[tuple[str, str], ...]  # (file name, reason)
    failed: tuple[tuple[str, str], ...]
    notice: str | None = None  # e.g. "embedding unavailable, keyword search only"


@dataclass(frozen=True, slots=True)
class _State:
    searcher: Searcher
    answerer: Answerer
    memo: dict[str, Any] = field(default_factory=dict)  # tables derived from this state


class Engine:
    """Searcher + answerer of ``settings.index_dir``; an empty or missing index is a valid state."""

    def __init__(self, settings: Settings, *, embedder: Any = None):
        self.settings = settings
        self.folder = Path(settings.index_dir)
        self._embedder = embedder  # tests inject a deterministic one
        self._swap_lock = threading.Lock()
        self._write_lock = threading.Lock()  # one ingestion at a time in this process
        self._state: _State | None = None
        self.error: str | None = None  # why the index could not be opened, if it could not
        self.reload()
        self.warm_up()

    # --- state ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Open the folder as it is now and swap it in (keeps the loaded model)."""
        with self._swap_lock:
            old = self._state
            try:
                searcher = self._open(old.searcher if old else None)
                self.error = None
            except IndexUnusable as exc:
                searcher, self.error = None, str(exc)
            except Exception as exc:  # noqa: BLE001 - a broken index must not take the app down
                log.warning("cannot open index %s", self.folder, exc_info=True)
                searcher, self.error = None, f"{type(exc).__name__}: {exc}"
            self._state = _State(searcher, Answerer(searcher)) if searcher else None
        # The old searcher is not closed: a session may be answering from it right now.

    def _open(self, previous: Searcher | None) -> Searcher | None:
        if not (self.folder / DB_NAME).exists():
            return None
        with Store(self.folder, create=False) as probe:
            if probe.passage_count() == 0:
                return None
        if previous is not None:
            return previous.reopen()
        return Searcher.open(self.folder, self.settings, embedder=self._embedder)

    def warm_up(self) -> None:
        """Answer one question now so that the tokenizer and models load before the first user asks."""
        if self._state is None:
            return
        try:
            self.ask(WARM_UP)
        except Exception:  # noqa: BLE001 - a failure here shows again, with context, on a real question
            log.warning("warm-up question failed", exc_info=True)

    @property
    def ready(self) -> bool:
        return self._state is not None

    def status(self) -> IndexStatus:
        from index.build import read_index_manifest

        state = self._state
        if state is None:
            return IndexStatus(0, 0, None, False, None, False)
        s = state.searcher
        manifest = read_index_manifest(self.folder) or {}
        model = s.embedder.name if s.dense is not None and s.embedder is not None else None
        # Embedded with the offline fallback (the search layer may then leave dense search off).
        fallback = bool(manifest.get("fallback")) or model == FALLBACK_MODEL
        return IndexStatus(len(s.documents), s.lexical.size, model, fallback, s.notice, s.is_stale())

    def memo(self, name: str, build: Callable[[], Any]) -> Any:
        """``build()`` once per loaded state (tables are rebuilt after every swap)."""
        state = self._state
        if state is None:
            return build()
        if name not in state.memo:
            state.memo[name] = build()
        return state.memo[name]

    # --- reading --------------------------------------------------------------------------

    def ask(self, question: str, *, history: Sequence[Turn] = (), filters: Filters = Filters(),
            k: int = 5) -> Answer:
        state = self._state
        if state is None:
            return Answer(question, "general", EMPTY_INDEX, (), False)
        return state.answerer.ask(question, history=history, filters=filters, k=k)

    def documents(self) -> list[Document]:
        """Every document (metadata only), by source path."""
        state = self._state
        if state is None:
            return []
        return sorted(state.searcher.documents.values(), key=lambda d: d.source)

    def document(self, doc_id: str) -> Document | None:
        state = self._state
        return state.searcher.store.document(doc_id) if state else None

    def passages(self, doc_id: str) -> list[StoredPassage]:
        state = self._state
        return state.searcher.store.passages(doc_id=doc_id) if state else []

    def facts(self, type: str, doc_id: str | None = None) -> list[StoredFact]:
        state = self._state
        return state.searcher.store.facts(type=type, doc_id=doc_id) if state else []

    # --- writing --------------------------------------------------------------------------

    def bootstrap(self, files: Sequence[Path], *, progress: Progress | None = None) -> IngestReport | None:
        """First start: make the index usable from ``files``; None if there was nothing to do.

        Runs when the index is empty, or when its database is fine but the search files are
        missing (a first build interrupted while embedding): files already ingested are skipped
        as unchanged, so an interrupted build resumes. A database that cannot be opened is left alone.
        """
        with self._write_lock:
            if not self.can_bootstrap(files):
                return None
            return self._ingest(files, progress)

    def can_bootstrap(self, files: Sequence[Path]) -> bool:
        """Whether :meth:`bootstrap` has something to do (cheap: the app asks on every rerun)."""
        return self._state is None and self._writable() and (bool(files) or self._has_passages())

    def _writable(self) -> bool:
        if not (self.folder / DB_NAME).exists():
            return True
        try:
            Store(self.folder, create=False).close()
        except IndexUnusable:
            return False
        return True

    def _has_passages(self) -> bool:
        if not (self.folder / DB_NAME).exists():
            return False
        with Store(self.folder, create=False) as store:
            return store.passage_count() > 0

    def ingest(self, files: Sequence[Path], *, progress: Progress | None = None) -> IngestReport:
        """Ingest ``files`` into the index, refresh it and swap the new state in."""
        with self._write_lock:
            return self._ingest(files, progress)

    def _ingest(self, files: Sequence[Path], progress: Progress | None) -> IngestReport:
        from ingest.__main__ import Summary, ingest_paths

        step = progress or (lambda fraction, text: None)
        total = len(files)
        summary = Summary()
        notice = None
        try:
            with Store(self.folder) as store:
                for n, path in enumerate(files):
                    step(0.9 * n / max(total, 1), f"Đang đọc {path.name} ({n + 1}/{total})")
                    _merge(summary, ingest_paths([str(path)], store))
                if store.passage_count():
                    step(0.9, "Đang cập nhật chỉ mục tìm kiếm…")
                    notice = self._refresh(store)
        except IndexUnusable as exc:  # the folder cannot be written: say so, keep serving what is loaded
            failed = _named(summary.failed) + ((str(self.folder), str(exc)),)
            return IngestReport(summary.ingested, summary.unchanged, _named(summary.skipped), failed)
        step(0.97, "Đang mở chỉ mục mới…")
        self.reload()
        self.warm_up()
        step(1.0, "Xong")
        return IngestReport(summary.ingested, summary.unchanged, _named(summary.skipped), _named(summary.failed),
                            notice)

    def _refresh(self, store: Store) -> str | None:
        """Embed with the model of the loaded index (or the configured one for a new index)."""
        from index.build import read_index_manifest, refresh
        from index.embed import ModelUnavailable

        state = self._state
        if state is not None:
            embedder = state.searcher.embedder
            # A keyword-only index stays keyword-only; an index whose model cannot be loaded
            # here keeps its vectors rather than mixing in another model's.
            embed = embedder is not None
        else:
            manifest = read_index_manifest(self.folder)
            embedder, embed = self._embedder, manifest is None or bool(manifest.get("model"))
        try:
            report = refresh(store, self.settings, embed=embed, embedder=embedder)
        except ModelUnavailable as exc:
            refresh(store, self.settings, embed=False)
            return f"Không nạp được mô hình nhúng ({exc}); chỉ tìm theo từ khóa."
        return report.notice

    def feedback_path(self) -> Path:
        from webapp.feedback import FEEDBACK_DB

        return self.folder / FEEDBACK_DB


def _merge(into: Any, part: Any) -> None:
    into.ingested += part.ingested
    into.unchanged += part.unchanged
    into.skipped.extend(part.skipped)
    into.failed.extend(part.failed)


def _named(entries: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((Path(source).name, reason) for source, reason in entries)
