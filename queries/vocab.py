"""Chinese words for what the graph stores in codes: relationship types, genres, conflict types and the
reasons the resolver gives for a possibly-same pair. Codes stay in their own fields; these are for people."""

from __future__ import annotations

import re

RELATION_NAMES = {
    "WORKS_AT": "任职于", "AFFILIATED_WITH": "关联单位", "MEMBER_OF": "完成人/成员", "LEADS": "负责",
    "UNIT_OF": "完成单位", "NOMINATED_BY": "提名单位", "FUNDED_BY": "资助/发布", "AUTHORED": "作者",
    "PUBLISHED_IN": "发表于", "INVENTED": "发明人", "OWNS": "拥有", "PART_OF": "隶属于",
    "COLLABORATES_WITH": "合作", "CONTACT_FOR": "联系人", "ACHIEVED": "取得成果", "STATES": "规定",
    "POSSIBLY_SAME": "疑似同一人", "MENTIONS": "提及",
}

GENRE_NAMES = {
    "award_nomination": "奖项提名公示", "news": "新闻", "funding_guideline": "申报指南", "other": "其他",
}

LABEL_NAMES = {
    "Person": "人员", "Organization": "机构", "Paper": "论文", "Patent": "专利", "Project": "项目/奖项",
    "Journal": "期刊", "Rule": "规则", "Document": "文档",
}


KIND_NAMES = {
    "hospital": "医院", "university": "高校", "lab": "实验室", "research_institute": "科研院所", "center": "中心",
    "company": "企业", "government": "政府机构", "agency": "政府机构", "society": "学会/协会", "other": "其他",
    "invention_patent": "发明专利", "utility_model": "实用新型", "software_copyright": "软件著作权",
    "award_nomination": "奖项提名", "funding_topic": "资助指南方向", "research_project": "科研项目", "programme": "计划",
}


def kind_name(kind: str | None) -> str:
    return KIND_NAMES.get(kind or "", kind or "")


def relation_name(rel_type: str) -> str:
    return RELATION_NAMES.get(rel_type, rel_type)


def genre_name(genre: str | None) -> str:
    return GENRE_NAMES.get(genre or "other", genre or "其他")


def relation_phrase(start: str, rel_type: str, end: str) -> str:
    """「林晓峰 —作者→ 某论文」: a relationship for people to read, its type in Chinese."""
    return f"{start} —{relation_name(rel_type)}→ {end}"


# The resolver (ingest/resolve_people.py) writes its reasons for a POSSIBLY_SAME pair in English,
# joined by "; ". Each known phrase has a Chinese form; anything else is shown as written.
_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^same name$"), "同名"),
    (re.compile(r"^name one character apart$"), "姓名相差一字"),
    (re.compile(r"^(\d+) shared co-workers?: (.+)$"), r"有 \1 位共同合作者：\2"),
    (re.compile(r"^same organization$"), "同一单位"),
    (re.compile(r"^same parent organization (.+)$"), r"同属上级单位 \1"),
    (re.compile(r"^same name, different unit$"), "同名，单位不同"),
)
_SAME_DOCUMENT = " (same document)"
_SHOWN_COWORKERS = 5


def _clip_names(text: str) -> str:
    """「A、B、C、D、E、F」 → 「A、B、C、D、E 等」: a reason is read beside a name, not as a list."""
    head, sep, names = text.partition("：")
    items = names.split("、")
    if not sep or len(items) <= _SHOWN_COWORKERS:
        return text
    return f"{head}：{'、'.join(items[:_SHOWN_COWORKERS])} 等"


def possibly_same_reason(reason: str | None) -> str:
    """The resolver's reason for a possibly-same pair, in Chinese."""
    if not reason:
        return "未说明依据"
    parts = []
    for part in str(reason).split("; "):
        note = ""
        if part.endswith(_SAME_DOCUMENT):
            part, note = part[: -len(_SAME_DOCUMENT)], "（同一文档）"
        for pattern, chinese in _REASONS:
            if pattern.match(part):
                part = _clip_names(pattern.sub(chinese, part))
                break
        parts.append(part + note)
    return "；".join(parts)


def possibly_same_basis(score: float | None, reason: str | None) -> str:
    shown = f"{float(score):.2f}" if isinstance(score, int | float) else "未知"
    return f"相似度 {shown}，依据：{possibly_same_reason(reason)}"


def possibly_same_warning(score: float | None, reason: str | None) -> str:
    """The warning a path carries when it rests on a possibly-same link."""
    return (f"此处经过「疑似同一人」关联（{possibly_same_basis(score, reason)}）："
            "两人是否为同一人未经确认，结论须人工核实")
