"""Command line for searching and asking an index folder.

    python -m index search "câu hỏi" --index DIR [--k 10] [--json]
    python -m index ask "câu hỏi" --index DIR [--k 5] [--json]
    python -m index ask --index DIR --jsonl  < questions.txt
    python -m index status --index DIR
    python -m index download-model [NAME]
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from index.settings import from_env


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--index", default=None, metavar="DIR", help="index folder (default: INDEX_DIR or data/index)")
    p.add_argument("--model", default=None, help="embedding model (must match the index)")
    p.add_argument("--type", dest="doc_types", action="append", default=[], help="filter: document type (repeatable)")
    p.add_argument("--province", dest="provinces", action="append", default=[], help="filter: province")
    p.add_argument("--issuer", dest="issuers", action="append", default=[], help="filter: issuer substring")
    p.add_argument("--year", dest="years", action="append", type=int, default=[], help="filter: year issued")
    p.add_argument("--doc", dest="doc_ids", action="append", default=[], help="filter: document id")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _filters(args: argparse.Namespace):
    from index.search import Filters

    return Filters(tuple(args.doc_types), tuple(args.issuers), tuple(args.provinces), tuple(args.years),
                   tuple(args.doc_ids))


def hit_json(hit: Any) -> dict[str, Any]:
    doc, p = hit.document, hit.passage
    return {
        "doc_id": doc.doc_id,
        "source": doc.source,
        "title": doc.meta.title,
        "doc_type": doc.meta.doc_type,
        "number": doc.meta.number,
        "issuer": doc.meta.issuer,
        "issued": doc.meta.issued,
        "section": p.section,
        "page": p.page,
        "text": p.text,
        "score": round(hit.score, 6),
        "ocr": p.ocr,
    }


def _open(args: argparse.Namespace):
    from index.search import Searcher

    settings = from_env(index_dir=args.index, model=args.model)
    searcher = Searcher.open(settings.index_dir, settings)
    if searcher.notice:
        print(f"warning: {searcher.notice}", file=sys.stderr)
    return searcher


def cmd_search(args: argparse.Namespace) -> int:
    searcher = _open(args)
    query = searcher.understand(args.question)  # typed without diacritics: with them put back
    hits = searcher.search(query, k=args.k, filters=_filters(args))
    if args.json:
        print(json.dumps({"question": args.question, "understood": query.text, "hits": [hit_json(h) for h in hits]},
                         ensure_ascii=False, indent=2))
        return 0
    if query.text != args.question:
        print(f"(hiểu là: {query.text})")
    if not hits:
        print("Không tìm thấy đoạn văn bản phù hợp.")
    for rank, hit in enumerate(hits, start=1):
        m = hit.document.meta
        where = " · ".join(x for x in (m.doc_type, m.number, m.issued, hit.passage.section,
                                        f"trang {hit.passage.page}" if hit.passage.page else None) if x)
        print(f"{rank:>2}. [{hit.score:.4f}] {where or hit.document.source}")
        text = " ".join(hit.passage.text.split())
        print(f"    {text[:300]}{'…' if len(text) > 300 else ''}")
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from index.answer import Answerer
    from index.conversation import Turn

    searcher = _open(args)
    answerer = Answerer(searcher)
    filters = _filters(args)
    if args.jsonl:
        # One question per line: plain text, or {"question": ..., "history": [...]}.
        for line in sys.stdin:
            line = line.strip()
            if not line:
                continue
            history: list[Turn] = []
            question = line
            if line.startswith("{"):
                try:
                    data = json.loads(line)
                    question = str(data.get("question", ""))
                    history = [Turn.from_json(t) if isinstance(t, dict) else Turn(str(t))
                               for t in data.get("history") or []]
                except (json.JSONDecodeError, AttributeError) as exc:
                    print(json.dumps({"question": line, "error": f"invalid JSON: {exc}"}, ensure_ascii=False), flush=True)
                    continue
            answer = answerer.ask(question, history=history, k=args.k, filters=filters)
            print(json.dumps(answer.to_json(), ensure_ascii=False), flush=True)
        return 0
    if not args.question:
        print("error: give a QUESTION or --jsonl", file=sys.stderr)
        return 2
    answer = answerer.ask(args.question, k=args.k, filters=filters)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
        return 0
    if answer.effective_question and answer.effective_question != answer.question:
        print(f"(hiểu là: {answer.effective_question})")
    print(answer.answer)
    for n, c in enumerate(answer.citations, start=1):
        where = " · ".join(x for x in (c.doc_type, c.number, c.issued, c.section,
                                        f"trang {c.page}" if c.page else None) if x)
        s, e = c.highlight
        quote = " ".join(c.text[s:e].split()) or " ".join(c.text.split())[:200]
        print(f"[{n}] {where or c.source}\n    “{quote[:300]}”")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from index.build import read_index_manifest
    from ingest.store import Store

    settings = from_env(index_dir=args.index)
    with Store(settings.index_dir, create=False) as store:
        info = {
            "index": settings.index_dir,
            "documents": store.document_count(),
            "passages": store.passage_count(),
            **(read_index_manifest(store.dir) or {}),
        }
    print(json.dumps(info, ensure_ascii=False, indent=2))
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    from index.embed import download_model

    settings = from_env()
    name = args.name or settings.model
    print(f"downloading {name} ...", file=sys.stderr)
    print(download_model(name, timeout=args.timeout))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("search", help="ranked passages for a question")
    p.add_argument("question")
    p.add_argument("--k", type=int, default=10)
    _add_common(p)
    p.set_defaults(func=cmd_search)
    p = sub.add_parser("ask", help="a short answer with citations")
    p.add_argument("question", nargs="?")
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--jsonl", action="store_true", help="read questions from stdin, write one JSON object per line")
    _add_common(p)
    p.set_defaults(func=cmd_ask)
    p = sub.add_parser("status", help="documents, passages and model of an index")
    p.add_argument("--index", default=None, metavar="DIR")
    p.set_defaults(func=cmd_status)
    p = sub.add_parser("download-model", help="fetch an embedding model into the local cache")
    p.add_argument("name", nargs="?", help="Hugging Face id (default: EMBED_MODEL or the default model)")
    p.add_argument("--timeout", type=float, default=60.0)
    p.set_defaults(func=cmd_download)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    from index.embed import ModelUnavailable
    from index.search import ModelMismatch
    from ingest.errors import IndexUnusable

    try:
        return args.func(args)
    except (IndexUnusable, ModelMismatch, ModelUnavailable) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
