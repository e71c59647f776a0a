"""Retrieval and answer quality on a question set, against baselines, in one run.

    python bench/quality.py --index DIR [--questions ../shared/eval/dev.jsonl] [--answers]

Each question has gold spans (text that must appear in a retrieved passage) and accepted
answers. Prints hit@1, hit@5 and MRR@10 for:

* hybrid     — this project's retrieval (BM25 fields + FAISS + document/province signals)
* bm25       — this project's lexical index alone (no dense, no signals)
* dense      — the FAISS index alone (the index's embedding model)
* naive      — a textbook pipeline: raw extracted text, fixed 1,000/200-character chunks,
               bm25s with its default tokenizer (same files, built in this run)

Questions that name an ``article`` ("Điều 7", legal-article retrieval) are also scored at article
level: the hit must be in the question's document and its section must name that article.

With --answers, also the answer accuracy by intent (the short answer contains an accepted
answer), gold-in-top-5-citations, and "not found" on off-topic questions.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Questions no document answers: off-topic, or about a province with no documents.
OFF_TOPIC = [
    "Đội tuyển bóng đá Việt Nam vô địch AFF Cup năm nào?",
    "Thời tiết Hà Nội ngày mai có mưa không?",
    "Giá vàng SJC hôm nay bao nhiêu?",
    "Công thức nấu phở bò Nam Định như thế nào?",
    "Ai là ca sĩ hát bài Nối vòng tay lớn?",
    "Tỷ lệ hộ gia đình có cáp quang của tỉnh Cà Mau năm 2023 là bao nhiêu?",
    "Cơ quan nào chủ trì chuyển đổi số ở tỉnh Bạc Liêu?",
    "Lịch thi đấu Ngoại hạng Anh tuần này?",
    "Cách đăng ký tài khoản Netflix?",
    "Mục tiêu phủ sóng 5G của tỉnh Kiên Giang đến năm 2025 là bao nhiêu?",
]


_SHORT_FORMS = [
    ("Ủy ban nhân dân", "UBND"), ("thủ tục hành chính", "TTHC"), ("công nghệ thông tin", "CNTT"),
    ("Thông tin và Truyền thông", "TT&TT"), ("dịch vụ công", "DVC"), ("cơ quan nhà nước", "CQNN"),
    ("Kế hoạch", "KH"), ("Công văn", "CV"), ("Quyết định", "QĐ"),
]


def variant(question: str, kind: str) -> str:
    """The question as officials often type it: without diacritics, or with abbreviations."""
    from ingest.normalize import strip_accents

    if kind == "accentless":
        return strip_accents(question)
    if kind == "abbrev":
        for full, short in _SHORT_FORMS:
            question = re.sub(re.escape(full), short, question, flags=re.IGNORECASE)
        return question
    return question


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def contains_gold(text: str, golds: list[str]) -> bool:
    t = norm(text)
    return any(norm(g) in t for g in golds)


_WRITTEN_DATE = re.compile(r"\b(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})\b")
_SPACED_RANGE = re.compile(r"(?<=\d)\s*([-–])\s*(?=\d)")


def canonical_answer(text: str) -> str:
    """Text for answer matching: a date in any of its written forms, a number range with or
    without spaces around its dash, are the same answer (tests/bench/test_quality_scoring.py)."""
    t = norm(text).casefold()
    t = _WRITTEN_DATE.sub(lambda m: f"{int(m[1])}/{int(m[2])}/{m[3]}", t)
    t = _NUMERIC_DATE.sub(lambda m: f"{int(m[1])}/{int(m[3])}/{m[4]}", t)
    return _SPACED_RANGE.sub(r"\1", t)


def contains_answer(text: str, answers: list[str]) -> bool:
    t = canonical_answer(text)
    return any(canonical_answer(a) in t for a in answers)


def rank_metrics(ranked: list[list], questions: list[dict], is_hit) -> dict[str, float]:
    """hit@1, hit@5 and MRR@10 where ``is_hit(item, question)`` says whether a ranked item answers."""
    h1 = h5 = mrr = 0.0
    for items, q in zip(ranked, questions):
        for rank, item in enumerate(items[:10], start=1):
            if is_hit(item, q):
                h1 += rank == 1
                h5 += rank <= 5
                mrr += 1.0 / rank
                break
    n = max(len(questions), 1)
    return {"hit@1": h1 / n, "hit@5": h5 / n, "mrr@10": mrr / n}


def metrics(ranked_texts: list[list[str]], questions: list[dict]) -> dict[str, float]:
    return rank_metrics(ranked_texts, questions, lambda text, q: contains_gold(text, q["gold"]))


def in_article(source: str, section: str, q: dict) -> bool:
    """The hit is in the question's document, inside the article it names ("Điều 7")."""
    if Path(source).name != q["doc"] or not section:
        return False
    return any(re.match(rf"{re.escape(q['article'])}(?!\d)", part) for part in section.split(" › "))


def article_metrics(ranked: list[list[tuple[str, str]]], questions: list[dict]) -> dict[str, float]:
    pairs = [(hits, q) for hits, q in zip(ranked, questions) if q.get("article")]
    return rank_metrics([h for h, _ in pairs], [q for _, q in pairs], lambda hit, q: in_article(*hit, q))


def naive_baseline(sources: list[str], questions: list[dict]) -> list[list[str]]:
    """Fixed 1,000/200-character chunks of the raw extracted text, bm25s default tokenizer."""
    import bm25s

    from ingest.errors import IngestError
    from ingest.loaders import load

    chunks: list[str] = []
    for source in sources:
        try:
            loaded = load(Path(source), ocr=False)
        except IngestError:
            continue
        text = "\n".join(b.text for b in loaded.blocks)
        for start in range(0, max(len(text) - 200, 1), 800):
            chunks.append(text[start:start + 1000])
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(chunks, stopwords=None, show_progress=False), show_progress=False)
    out = []
    for q in questions:
        ids, _ = retriever.retrieve(bm25s.tokenize([q["question"]], stopwords=None, show_progress=False),
                                    k=10, show_progress=False)
        out.append([chunks[i] for i in ids[0]])
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", required=True)
    parser.add_argument("--questions", default=str(ROOT.parent / "shared" / "eval" / "dev.jsonl"),
                        help="jsonl: question, gold spans, accepted answers, intent (default: the shared dev set; "
                             "bench/questions/corpus.jsonl holds 60 questions of our own over the corpus)")
    parser.add_argument("--answers", action="store_true", help="also measure answers")
    parser.add_argument("--no-naive", action="store_true")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--variant", choices=["none", "accentless", "abbrev"], default="none",
                        help="rewrite the questions: without diacritics, or with common abbreviations")
    parser.add_argument("--dense-weight", type=float, default=None, help="override the hybrid's dense weight")
    parser.add_argument("--fused-weights", type=lambda v: [float(x) for x in v.split(",") if x], default=[0.1, 0.3],
                        help="also report the fusion with these dense weights (comma-separated)")
    args = parser.parse_args()

    from index.search import Searcher
    from index.settings import from_env
    from ingest.store import Store

    questions = [json.loads(line) for line in open(args.questions, encoding="utf-8") if line.strip()]
    for q in questions:
        q["question"] = variant(q["question"], args.variant)
    # Questions a question file marks as off-topic join the built-in off-topic list.
    off_topic = OFF_TOPIC + [q["question"] for q in questions if q.get("intent") == "offtopic"]
    questions = [q for q in questions if q.get("intent") != "offtopic"]
    settings = from_env(index_dir=args.index)
    if args.dense_weight is not None:
        settings = settings.with_(dense_weight=args.dense_weight)
    searcher = Searcher.open(args.index, settings)
    if searcher.notice:
        print(f"note: {searcher.notice}", file=sys.stderr)

    systems: dict[str, list[list[str]]] = {}
    articles: dict[str, list[list[tuple[str, str]]]] = {}  # (source, section) per ranked hit
    timings: dict[str, float] = {}

    def run(name, fn):
        t0 = time.perf_counter()
        ranked = [fn(q["question"]) for q in questions]
        timings[name] = (time.perf_counter() - t0) / len(questions) * 1000
        systems[name] = [[h.passage.text for h in hits] for hits in ranked]
        articles[name] = [[(h.document.source, h.passage.section) for h in hits] for hits in ranked]

    run("hybrid", lambda q: searcher.search(q, k=10))
    import index.search as S

    signals = (S.REFERENCE_WEIGHT, S.PROVINCE_WEIGHT, S.TITLE_WEIGHT)
    S.REFERENCE_WEIGHT = S.PROVINCE_WEIGHT = S.TITLE_WEIGHT = 0.0
    run("bm25", lambda q: searcher.search(q, k=10, dense_weight=0.0))
    S.REFERENCE_WEIGHT, S.PROVINCE_WEIGHT, S.TITLE_WEIGHT = signals
    # The same index with the embedding model loaded whatever its default weight.
    dense_searcher = Searcher.open(args.index, settings.with_(dense_weight=1.0))
    if dense_searcher.dense is not None:
        S.REFERENCE_WEIGHT = S.PROVINCE_WEIGHT = S.TITLE_WEIGHT = 0.0
        run("dense", lambda q: dense_searcher.search(q, k=10, lexical_weight=0.0, dense_weight=1.0))
        S.REFERENCE_WEIGHT, S.PROVINCE_WEIGHT, S.TITLE_WEIGHT = signals
        for w in args.fused_weights:
            run(f"fused{w:g}", lambda q, w=w: dense_searcher.search(q, k=10, dense_weight=w))
    if not args.no_naive:
        with Store(args.index, create=False) as store:
            sources = [d.source for d in store.documents()]
        t0 = time.perf_counter()
        systems["naive"] = naive_baseline(sources, questions)
        timings["naive"] = (time.perf_counter() - t0) / len(questions) * 1000

    model = dense_searcher.embedder.name if dense_searcher.embedder else "-"
    print(f"{len(questions)} questions, {searcher.lexical.size} passages, {len(searcher.documents)} documents, "
          f"model {model}, hybrid dense weight {searcher.dense_weight if searcher.dense else 0:g}")
    print(f"{'system':<9} {'hit@1':>6} {'hit@5':>6} {'MRR@10':>7} {'ms/q':>7}")
    for name, ranked in systems.items():
        m = metrics(ranked, questions)
        print(f"{name:<9} {m['hit@1']:>6.3f} {m['hit@5']:>6.3f} {m['mrr@10']:>7.3f} {timings[name]:>7.1f}")
    if any(q.get("article") for q in questions):
        print("\narticle-level (the hit is in the gold document and its section names the gold article)")
        print(f"{'system':<9} {'hit@1':>6} {'hit@5':>6} {'MRR@10':>7}")
        for name, ranked in articles.items():
            m = article_metrics(ranked, questions)
            print(f"{name:<9} {m['hit@1']:>6.3f} {m['hit@5']:>6.3f} {m['mrr@10']:>7.3f}")
    if args.show_misses:
        for texts, q in zip(systems["hybrid"], questions):
            ranks = [i for i, t in enumerate(texts[:10], 1) if contains_gold(t, q["gold"])]
            if not ranks or ranks[0] > 1:
                print(f"  miss {q['id']} rank={ranks[0] if ranks else '-'}: {q['question']}")

    if args.answers:
        from index.answer import Answerer

        answerer = Answerer(searcher)
        by_intent: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        gold5 = 0
        t0 = time.perf_counter()
        for q in questions:
            a = answerer.ask(q["question"])
            gold5 += any(contains_gold(c.text, q["gold"]) for c in a.citations[:5])
            if not q["answer"]:
                continue  # retrieval-only question (legal articles): scored by its citations
            ok = contains_answer(a.answer, q["answer"])
            by_intent[q.get("intent", "general")][0] += ok
            by_intent[q.get("intent", "general")][1] += 1
            if args.show_misses and not ok:
                print(f"  wrong {q['id']} [{a.intent}] {q['question']}\n      -> {a.answer[:200]}\n      want {q['answer']}")
        per_q = (time.perf_counter() - t0) / len(questions) * 1000
        total = sum(v[0] for v in by_intent.values())
        asked = sum(v[1] for v in by_intent.values())
        shown = f"{total}/{asked} = {total / asked:.3f} contain an accepted answer; " if asked else ""
        print(f"\nanswers: {shown}gold span in top-5 citations {gold5 / len(questions):.3f}; "
              f"{per_q:.0f} ms/question")
        for intent, (ok, n) in sorted(by_intent.items()):
            print(f"  {intent:<15} {ok:>3}/{n:<3} = {ok / n:.3f}")
        not_found = sum(not answerer.ask(q).found for q in off_topic)
        print(f"off-topic: {not_found}/{len(off_topic)} answered 'not found'")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
