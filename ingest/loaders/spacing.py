"""Word spacing for text pulled out of PDFs: glyphs → words, and letter-spaced text repaired.

PDF text has no words, only glyphs with positions. :func:`words_from_glyphs` decides where the
spaces go from the gaps between glyphs, adapting to letter-spaced runs ("K Ế H O Ạ C H" drawn
with wide character spacing). :func:`repair_letter_spacing` is the pure-string fallback for
text that arrives already spaced out (an embedded OCR layer, a typed "S ố : 3 2 6").

>>> repair_letter_spacing("S ố : 3 2 6 / U B N D")
'Số: 326/UBND'
>>> repair_letter_spacing("K Ế H O Ạ C H thực hiện")
'KẾ HOẠCH thực hiện'
>>> repair_letter_spacing("thú y ở xã A")
'thú y ở xã A'
"""
from __future__ import annotations

import bisect
import html
import re
import statistics
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from ingest.normalize import is_syllable

# A glyph gap wider than this fraction of the font size is a space.
SPACE_GAP = 0.18
# Runs of at least this many one-character tokens are treated as letter-spaced.
MIN_SPACED_RUN = 4
_LONGEST_SYLLABLE = 7  # "nghiêng"
_STOP_CODAS = ("c", "ch", "p", "t")
_ALLOWED_ON_STOPS = {None, "\u0301", "\u0323"}  # a stop coda takes only sắc or nặng


@dataclass(frozen=True, slots=True)
class Glyph:
    """One visible character with its box (PDF points, top-down)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    stamp: bool = False  # drawn by an annotation (signing stamp), not the page itself
    italic: bool = False

    def centre_in(self, bbox: tuple[float, float, float, float]) -> bool:
        """Its centre lies inside ``bbox`` (x0, top, x1, bottom)."""
        x0, top, x1, bottom = bbox
        cx, cy = (self.x0 + self.x1) / 2, (self.top + self.bottom) / 2
        return x0 <= cx <= x1 and top <= cy <= bottom


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    tracking: float = 0.0  # extra space between its letters (letter-spaced text), points
    italic: bool = False


def words_from_glyphs(glyphs: list[Glyph], spaces: list[tuple[float, float]] = ()) -> list[Word]:
    """Group the glyphs of one visual line (any order) into words.

    ``spaces`` are the x-extents of explicit space characters on the line: a space glyph between
    two letters is a word break even when the gap is tiny.
    """
    glyphs = sorted((g for g in glyphs if g.text.strip()), key=lambda g: (g.x0, g.x1))
    if not glyphs:
        return []
    if any(g.stamp for g in glyphs) and not all(g.stamp for g in glyphs):
        # A stamp overlapping the page's own text must not interleave with it.
        page = words_from_glyphs([g for g in glyphs if not g.stamp], spaces)
        stamp = words_from_glyphs([g for g in glyphs if g.stamp])
        return sorted(page + stamp, key=lambda w: w.x0)
    if all(g.stamp for g in glyphs) and any(g.text == "&" for g in glyphs):
        # Signing software writes its stamp text HTML-escaped ("CCHC&amp;VTLT").
        glyphs = _unescape(glyphs)
    size = statistics.median(g.size for g in glyphs) or 1.0
    gaps = [b.x0 - a.x1 for a, b in zip(glyphs, glyphs[1:])]
    centres = _free_space_centres(glyphs, spaces)
    explicit = [_has_space(a, b, centres) for a, b in zip(glyphs, glyphs[1:])]
    breaks = [
        gap > SPACE_GAP * size or sp or a.stamp != b.stamp
        for gap, sp, a, b in zip(gaps, explicit, glyphs, glyphs[1:])
    ]
    breaks, glued = _respace_spaced_runs(glyphs, gaps, breaks)
    words: list[Word] = []
    start = 0
    for i in range(len(glyphs)):
        if i == len(glyphs) - 1 or breaks[i]:
            word = _word(glyphs[start:i + 1])
            words.extend(_split_glued(word) if start in glued else [word])
            start = i + 1
    return words


def _free_space_centres(glyphs: list[Glyph], spaces) -> list[float]:
    """Centres of space glyphs not covered by a visible glyph (text stamped over a blank)."""
    starts = [g.x0 for g in glyphs]
    out = []
    for s0, s1 in spaces:
        c = (s0 + s1) / 2
        k = bisect.bisect_right(starts, c) - 1
        if k >= 0 and glyphs[k].x1 > c:
            continue
        out.append(c)
    return sorted(out)


def _unescape(glyphs: list[Glyph]) -> list[Glyph]:
    out: list[Glyph] = []
    i = 0
    while i < len(glyphs):
        text = "".join(g.text for g in glyphs[i:i + 6])
        m = re.match(r"&(amp|lt|gt|quot|#39);", text)
        if m:
            span = len(m.group(0))
            out.append(replace(glyphs[i], text=html.unescape(m.group(0)),
                               x1=glyphs[i + span - 1].x1))
            i += span
        else:
            out.append(glyphs[i])
            i += 1
    return out


def _has_space(a: Glyph, b: Glyph, centres: list[float]) -> bool:
    """A space glyph is centred between the centres of ``a`` and ``b`` (bold fonts overlap)."""
    lo, hi = (a.x0 + a.x1) / 2, (b.x0 + b.x1) / 2
    k = bisect.bisect_right(centres, lo)
    return k < len(centres) and centres[k] < hi


def _word(glyphs: list[Glyph]) -> Word:
    text = unicodedata.normalize("NFC", "".join(g.text for g in glyphs))
    bold = sum(g.bold for g in glyphs) * 2 > len(glyphs)
    gaps = [b.x0 - a.x1 for a, b in zip(glyphs, glyphs[1:])]
    return Word(
        text=text,
        x0=min(g.x0 for g in glyphs),
        x1=max(g.x1 for g in glyphs),
        top=min(g.top for g in glyphs),
        bottom=max(g.bottom for g in glyphs),
        size=max(g.size for g in glyphs),
        bold=bold,
        tracking=max(0.0, statistics.median(gaps)) if gaps else 0.0,
        italic=sum(g.italic for g in glyphs) * 2 > len(glyphs),
    )


def _respace_spaced_runs(
    glyphs: list[Glyph], gaps: list[float], breaks: list[bool]
) -> tuple[list[bool], set[int]]:
    """Inside a run of one-glyph "words", only the clearly wider gaps are word breaks.

    Returns the new breaks and the start indices of words glued from such a run, whose
    syllables may still need splitting ("KẾHOẠCH").
    """
    breaks = list(breaks)
    glued: set[int] = set()
    n = len(glyphs)
    i = 0
    while i < n:
        j = i  # maximal run where every glyph is separated from the next by a break
        while j < n - 1 and breaks[j]:
            j += 1
        letters = sum(glyphs[k].text.isalpha() for k in range(i, j + 1))
        if j + 1 - i >= MIN_SPACED_RUN and letters >= 2:
            cut = _gap_threshold([gaps[k] for k in range(i, j)])
            for k in range(i, j):
                breaks[k] = cut is not None and gaps[k] > cut
            glued.add(i)
            glued.update(k + 1 for k in range(i, j) if breaks[k])
        i = j + 1
    return breaks, glued


def _gap_threshold(gaps: list[float]) -> float | None:
    """Threshold between letter gaps and word gaps, or None if they are not distinguishable."""
    ordered = sorted(gaps)
    if len(ordered) < 2:
        return None
    best, cut = 0.0, None
    for a, b in zip(ordered, ordered[1:]):
        ratio = (b + 0.5) / (a + 0.5)
        if ratio > best:
            best, cut = ratio, (a + b) / 2
    return cut if best >= 1.6 else None


def _split_glued(word: Word) -> list[Word]:
    """Split a word glued from letter-spaced glyphs back into syllables ("KẾHOẠCH")."""
    parts = _segment_token(word.text) or [word.text]
    if len(parts) == 1:
        return [word]
    width = (word.x1 - word.x0) / max(len(word.text), 1)
    out, x = [], word.x0
    for part in parts:
        out.append(replace(word, text=part, x0=x, x1=x + width * len(part)))
        x += width * len(part)
    return out


# --- pure-string repair --------------------------------------------------------------------

_TOKEN = re.compile(r"\S+")


def repair_letter_spacing(line: str) -> str:
    """Join letter-spaced runs ("K Ế H O Ạ C H" → "KẾ HOẠCH"); other text is left alone.

    Conservative: only runs of at least four one-character tokens (two of them letters) are
    touched; inside a run, a double space marks a word break; otherwise words are recovered
    as Vietnamese syllables.
    """
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(line)]
    if len(tokens) < MIN_SPACED_RUN:
        return line
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j][1] - tokens[j][0] == 1:
            j += 1
        run = tokens[i:j]
        letters = sum(line[s].isalpha() for s, _ in run)
        if len(run) >= MIN_SPACED_RUN and letters >= 2:
            out.append(line[pos:run[0][0]])
            out.append(_join_run(line, run))
            pos = run[-1][1]
            i = j
        else:
            i = max(j, i + 1)
    out.append(line[pos:])
    return "".join(out)


def _join_run(line: str, run: list[tuple[int, int]]) -> str:
    original = line[run[0][0]:run[-1][1]]
    words: list[str] = [line[run[0][0]]]
    for (_, prev_end), (start, _) in zip(run, run[1:]):
        if start - prev_end >= 2:
            words.append(line[start])
        else:
            words[-1] += line[start]
    out: list[str] = []
    for w in words:
        parts = _segment_token(unicodedata.normalize("NFC", w))
        if parts is None:
            return original  # not recognisably Vietnamese: leave it as it was
        out.extend(parts)
    return " ".join(out)


_CHUNK = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_TRAILING = {":", ",", ";", ")", "!", "?", "."}
_JOINERS = {"/", "-", "."}


def _segment_token(token: str) -> list[str] | None:
    """"Số:326/UBND" → ["Số:", "326/UBND"]; "KẾHOẠCH" → ["KẾ", "HOẠCH"]."""
    chunks = _CHUNK.findall(token)
    groups: list[list[str]] = []
    cur: list[str] = []
    for k, ch in enumerate(chunks):
        nxt = chunks[k + 1] if k + 1 < len(chunks) else ""
        inside_code = ch in _JOINERS and cur and cur[-1][:1].isalnum() and nxt[:1].isalnum()
        if ch in _TRAILING and not inside_code:
            cur.append(ch)
            groups.append(cur)
            cur = []
            continue
        if cur and not _joins(cur[-1], ch):
            groups.append(cur)
            cur = []
        cur.append(ch)
    if cur:
        groups.append(cur)
    words: list[str] = []
    for group in groups:
        core = [c for c in group if c not in _TRAILING]
        if len(core) == 1 and core[0].isalpha():
            parts = split_syllables(core[0])
            if len(parts) == 1 and not _valid_syllable(parts[0]) and not parts[0].isupper():
                return None
            tail = "".join(group[len(core):]) if group[0] == core[0] else ""
            words.extend(parts[:-1] + [parts[-1] + tail])
        else:
            words.append("".join(group))
    return words or [token]


def _joins(prev: str, ch: str) -> bool:
    """Whether ``ch`` continues a code such as "326/QĐ-UBND" or "C04"."""
    if ch in _JOINERS:
        return _code_like(prev)
    if prev in _JOINERS:
        return _code_like(ch)
    return _code_like(prev) and _code_like(ch) and (prev[-1].isdigit() or ch[0].isdigit())


def _code_like(chunk: str) -> bool:
    return chunk.isdigit() or (chunk.isalpha() and chunk.isupper())


def split_syllables(letters: str) -> list[str]:
    """Split a run of letters into the fewest Vietnamese syllables; unchanged if impossible.

    >>> split_syllables("CỘNGHÒAXÃHỘI")
    ['CỘNG', 'HÒA', 'XÃ', 'HỘI']
    >>> split_syllables("UBND")
    ['UBND']
    """
    if not letters.isalpha():
        return [letters]
    return list(_split_cached(letters))


@lru_cache(maxsize=4096)
def _split_cached(letters: str) -> tuple[str, ...]:
    n = len(letters)
    best: list[tuple[int, int] | None] = [None] * (n + 1)  # (count, previous cut)
    best[0] = (0, 0)
    for end in range(1, n + 1):
        for start in range(max(0, end - _LONGEST_SYLLABLE), end):
            if best[start] is None or not _valid_syllable(letters[start:end]):
                continue
            cand = (best[start][0] + 1, start)
            if best[end] is None or cand[0] < best[end][0]:
                best[end] = cand
    if best[n] is None:
        return (letters,)
    parts = []
    end = n
    while end > 0:
        start = best[end][1]
        parts.append(letters[start:end])
        end = start
    return tuple(reversed(parts))


def _valid_syllable(word: str) -> bool:
    """Stricter than :func:`is_syllable`: spelling rules that make segmentation unambiguous."""
    if not is_syllable(word):
        return False
    low = word.lower()
    bare = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    bare = bare.replace("đ", "d")
    front = ("i", "e", "y")
    if bare.startswith("ngh") and bare[3:4] not in front:
        return False
    if bare.startswith("gh") and bare[2:3] not in front:
        return False
    if bare.startswith("k") and not bare.startswith("kh") and bare[1:2] not in front:
        return False
    if bare.startswith("c") and not bare.startswith("ch") and bare[1:2] in front:
        return False
    if bare.startswith("q") and not bare.startswith("qu"):
        return False
    tones = [c for c in unicodedata.normalize("NFD", low) if c in "\u0300\u0301\u0303\u0309\u0323"]
    if len(tones) > 1:
        return False
    if bare.endswith(_STOP_CODAS) and (tones[0] if tones else None) not in _ALLOWED_ON_STOPS:
        return False
    return True
