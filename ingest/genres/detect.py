"""Genre detection from structure cues: which parser a document needs."""

from __future__ import annotations

import re

# (genre, cue pattern, weight). Cues are structural words of each genre, not document content.
_CUES: tuple[tuple[str, str, float], ...] = (
    ("award_nomination", r"推荐奖种|提名奖种", 3.0),
    ("award_nomination", r"完成人情况|主要完成人", 3.0),
    ("award_nomination", r"完成单位情况|主要完成单位", 2.0),
    ("award_nomination", r"代表性论文|知识产权名称|知识产权类别", 1.5),
    ("award_nomination", r"公示", 0.5),
    ("award_nomination", r"科学技术奖|科技奖|科技进步奖", 1.0),
    ("funding_guideline", r"指南代码|指南编号", 3.0),
    ("funding_guideline", r"申报指南|项目指南|申报通知|申报工作的通知", 3.0),
    ("funding_guideline", r"申报(单位|条件|要求|材料|时间)", 1.5),
    # A short call: its own or a relayed call's title, and the steps of applying.
    ("funding_guideline", r"关于[^《》。，]{0,30}?(?:申报|申请|征集)[^《》。，]{0,60}?的通知", 3.0),
    ("funding_guideline", r"申报(?:书|表|程序|类别|截止|工作|数量|质量|人员)|申请书|审核推荐|择优推荐", 1.0),
    ("funding_guideline", r"经费|资助强度|万元", 0.5),
    ("funding_guideline", r"联系人|联系电话|咨询电话", 0.5),
    ("news", r"记者|通讯员|本报讯|新华社|电（|日电", 2.0),
    ("news", r"【镜头】|【画外音】|据悉|近日|日前", 1.5),
    ("news", r"(说|表示|介绍|称)。|语气", 0.5),
)
_THRESHOLD = 2.0
_COMPILED = tuple((genre, re.compile(pattern), weight) for genre, pattern, weight in _CUES)


def detect_genre(text: str) -> str:
    """`award_nomination`, `funding_guideline`, `news` or `other`, by weighted cue counts."""
    head = text[:20000]
    scores: dict[str, float] = {}
    for genre, pattern, weight in _COMPILED:
        hits = len(pattern.findall(head))
        if hits:
            scores[genre] = scores.get(genre, 0.0) + weight * min(hits, 3)
    if not scores:
        return "news" if _looks_like_prose(head) else "other"
    genre, best = max(scores.items(), key=lambda kv: kv[1])
    if best >= _THRESHOLD:
        return genre
    return "news" if _looks_like_prose(head) else "other"


def _looks_like_prose(text: str) -> bool:
    sentences = text.count("。")
    return sentences >= 3 and sentences * 60 >= len(text) * 0.3
