"""Invented Chinese person names: surnames by rank-frequency, given names from our own character pool."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

SURNAME_FILE = Path(__file__).resolve().parents[2] / "ingest" / "data" / "surnames.txt"

# Our own pool of given-name characters (common in given names, none taken from any document).
GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯健俊帆帅旭宁"
    "婷雪琳晨欣悦怡然思源博远志航泽睿嘉梓轩子涵一诺雨桐可馨晓东海波春梅秋菊冬松柏林峰岩石"
    "振兴德新安昌盛永福寿祥瑞鸣鹤云霄天翔立成承启继光耀晖曦朝阳阳晴雯霏露清泉溪川山青翠"
    "慧智聪颖卓越远航毅恒坚定忠诚信仁义礼和谐中正方圆元亨利贞修齐治学文武彬雅静娴淑婉莹"
)
_GIVEN = tuple(dict.fromkeys(GIVEN_CHARS))  # unique, in a stable order


@cache
def surnames() -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Surnames most common first and their weights (Zipf-like; compound surnames rare)."""
    names = [line.strip() for line in SURNAME_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    weights = [1.0 / (rank + 4) ** 1.15 for rank in range(len(names))]
    return tuple(names), tuple(weights)


@cache
def _cumulative() -> tuple[float, ...]:
    total, out = 0.0, []
    for w in surnames()[1]:
        total += w
        out.append(total)
    return tuple(out)


def random_name(rng: random.Random) -> str:
    """A surname by frequency and one or two given-name characters (two-character given names favoured)."""
    names, _ = surnames()
    surname = rng.choices(names, cum_weights=_cumulative())[0]
    given_len = 1 if rng.random() < 0.22 else 2
    given = "".join(rng.choice(_GIVEN) for _ in range(given_len))
    return surname + given


def common_name(rng: random.Random) -> str:
    """A name from the head of the distribution: the kind many different people share (张燕-style)."""
    names, _ = surnames()
    return rng.choice(names[:8]) + rng.choice(_GIVEN[:40])
