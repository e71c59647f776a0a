"""Vietnamese text hygiene, shared by documents and queries.

Two levels:

* :func:`clean_display` — safe fixes that keep the text as the author wrote it: Unicode NFC,
  the "Ð"/"Đ" look-alike, invisible characters, runs of spaces. Passages and excerpts show this.
* :func:`normalize` — the indexed form: :func:`clean_display` plus one tone-mark placement
  convention ("hoà" → "hòa", "thuỷ" → "thủy") and repair of syllables split by extraction
  ("đ iện tử" → "điện tử"). Queries go through the same function.

>>> normalize("Ð iện tử hoà bình")
'Điện tử hòa bình'
>>> strip_accents("Đắk Nông")
'Dak Nong'
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NORMALIZER_VERSION = "1"

# Combining tone marks (grave, acute, tilde, hook above, dot below).
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWELS = set("aăâeêioôơuưy")
_MARKED_VOWELS = set("ăâêôơư")  # vowels carrying a quality mark (breve, circumflex, horn)

_LOOKALIKES = str.maketrans(
    {
        "\u00d0": "Đ",  # Ð  Latin capital eth
        "\u0189": "Đ",  # Ɖ  African D
        "\u00f0": "đ",  # ð  Latin small eth
        "\u0256": "đ",  # ɖ
        "\u00ad": None,  # soft hyphen
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,  # BOM / zero-width no-break space
    }
)
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_WORD = re.compile(r"[^\W\d_]+")

# Onsets, longest first so that "ngh" wins over "ng" and "n".
_ONSETS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)
_CODAS = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}
# Vowel nuclei (with glides) that form Vietnamese rhymes, written without tone marks.
_NUCLEI = {
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iêu", "iu", "oa", "oă",
    "oai", "oay", "oe", "oeo", "oi", "ôi", "ơi", "oo", "ua", "uâ", "uây", "ui", "uê", "uô",
    "uôi", "uơ", "uy", "uya", "uyê", "uyu", "ưa", "ưi", "ươ", "ươi", "ươu", "ưu", "yê", "yêu",
}
# Onsets that are never a word on their own, so "th ông" can safely become "thông".
_MULTI_ONSETS = {"ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr"}


def clean_display(text: str) -> str:
    """NFC, look-alike letters, invisible characters and runs of spaces; keeps line breaks."""
    text = unicodedata.normalize("NFC", text).translate(_LOOKALIKES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


def normalize(text: str) -> str:
    """The indexed form of ``text`` (documents and queries alike)."""
    text = clean_display(text)
    text = repair_split_syllables(text)
    return _WORD.sub(lambda m: canonical_tone(m.group(0)), text)


def strip_accents(text: str) -> str:
    """Accent-free form: "Sở Tài chính" → "So Tai chinh"."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def _split_tone(word: str) -> tuple[str, str | None]:
    """Return ``word`` without its tone mark (NFC) and the tone mark, if exactly one."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) != 1:
        return word, None
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return bare, tones[0]


def _parse(bare_lower: str) -> tuple[str, str, str] | None:
    """Split a toneless lower-case syllable into (onset, nucleus, coda), or None."""
    onset = ""
    for candidate in _ONSETS:
        if bare_lower.startswith(candidate):
            onset = candidate
            break
    rest = bare_lower[len(onset):]
    if onset == "gi" and (not rest or rest[0] not in _VOWELS):
        onset, rest = "g", bare_lower[1:]  # "gìn", "gì": the i is the vowel
    i = 0
    while i < len(rest) and rest[i] in _VOWELS:
        i += 1
    nucleus, coda = rest[:i], rest[i:]
    if not nucleus or coda not in _CODAS:
        return None
    return onset, nucleus, coda


def is_syllable(word: str) -> bool:
    """True if ``word`` is shaped like one Vietnamese syllable (tone marks ignored)."""
    bare, _ = _split_tone(word.lower())
    parsed = _parse(bare)
    if parsed is None:
        return False
    onset, nucleus, _ = parsed
    if nucleus not in _NUCLEI:
        return False
    # Without an onset, "iê"/"iêu" are spelled with y ("yên", "yêu").
    return not (onset == "" and nucleus.startswith("iê"))


def _tone_index(nucleus: str, coda: str) -> int:
    """Index in ``nucleus`` that carries the tone, old-style convention ("hòa", "thủy")."""
    marked = [i for i, c in enumerate(nucleus) if c in _MARKED_VOWELS]
    if marked:
        return marked[-1]
    if len(nucleus) == 1:
        return 0
    if coda:
        return len(nucleus) - 1
    if len(nucleus) == 3:
        return 1
    return 0


@lru_cache(maxsize=1 << 16)  # Vietnamese has a few thousand syllables: each is worked out once
def canonical_tone(word: str) -> str:
    """Move the tone mark of one syllable to the canonical vowel; other words unchanged.

    >>> canonical_tone("hoà"), canonical_tone("Thuỷ"), canonical_tone("QUỐC")
    ('hòa', 'Thủy', 'QUỐC')
    """
    bare, tone = _split_tone(word)
    if tone is None:
        return word
    parsed = _parse(bare.lower())
    if parsed is None:
        return word
    onset, nucleus, coda = parsed
    index = len(onset) + _tone_index(nucleus, coda)
    target = unicodedata.normalize("NFD", bare[index])
    # The tone goes after the base letter and any quality mark (breve, circumflex, horn).
    toned = unicodedata.normalize("NFC", target + tone)
    return bare[:index] + toned + bare[index + 1:]


_SPLIT = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,3}) (?=([^\W\d_]+))")


def repair_split_syllables(text: str) -> str:
    """Join an onset stranded by extraction to the rest of its syllable: "đ iện" → "điện".

    Only when the fragment before the space is a bare onset, the fragment after starts with a
    vowel, the join is a valid syllable, and the second fragment is not a word on its own
    (or the onset is a multi-letter cluster that is never a word: "th ông" → "thông").
    """

    def join(m: re.Match[str]) -> str:
        onset, rest = m.group(1), m.group(2)
        low = onset.lower()
        if low not in _ONSETS or low in {"gi", "qu"} or onset[1:] != onset[1:].lower():
            return m.group(0)
        if unicodedata.normalize("NFD", rest[0])[0].lower() not in _VOWELS:
            return m.group(0)
        if rest != rest.lower() and not rest.isupper():
            return m.group(0)
        joined = onset + rest
        if not is_syllable(joined):
            return m.group(0)
        if is_syllable(rest) and low not in _MULTI_ONSETS:
            return m.group(0)
        return onset  # drop the space; the rest of the syllable follows

    return _SPLIT.sub(join, text)
