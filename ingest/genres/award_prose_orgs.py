"""Organizations named in prose sentences, and the PART_OF / COLLABORATES_WITH ties the sentence states.

A name is only taken where its left edge is clear (after a verb of relation, inside
quotes or parentheses) and it is a proper name: it opens with a place, 国家/中国/全国, the
stem of an organization the tables name, or carries a designation such as 国家 or 重点.
"""

from __future__ import annotations

import re

from ingest.genres.award_orgs import OrgRegistry
from ingest.genres.literal import occurrences
from ingest.kit.text import Joined
from ingest.model import Span

_SAFE_SUFFIXES = (
    "卫生健康委员会", "卫生健康委", "委员会", "医院", "大学", "学院", "研究所", "研究院", "科学院", "实验室",
    "中心", "平台", "联盟", "学会", "协会", "促进会", "联合会", "公司", "集团", "基地", "资源库", "孵化器", "银行",
)
_TRIGGER = re.compile(
    r"(依托于?|联合|合作|携手|是|拥有|设有|建有|建设了?|建立了?|组建(?:并发展)?了?|牵头(?:成立|组建)?了?|"
    r"成立了?|获批(?:建设)?了?|入选|同|与)"
)
_PART_TRIGGERS = ("是", "拥有", "设有", "建有")
_COLLAB = re.compile(r"共同|合作|联合|协作|携手")
_DESIGNATION = re.compile(r"国家|国际|世界|全国|中华|中国|省|自治区|市|重点|联合|协同")
_QUANTIFIER = re.compile(r"^(?:国内|全国|省内)?(?:首个|首家|唯一|第一个|一个|一家|多个)?的?")
_SUBJECT_REF = re.compile(r"^(?:该单位|本单位|我院|该院|医院|学院|学校)")
_QUOTED = re.compile(r"[“\"]([^”\"]{2,40})[”\"]")
_QUOTED_ANY = re.compile(r"[“\"]([^”\"]+)[”\"]")
_PARENTHESISED = re.compile(r"[（(]([^）)]{2,80})[）)]")
_SENTENCE = re.compile(r"[^。；;！？]+")
_CLAUSE = re.compile(r"[^，,：:]+")
_LIST_WORD = re.compile(r"[、和及]")
_LIST_ITEM = re.compile(r"[^、，,；;]+")
_PLAIN_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9、·]+")


def organizations_in(orgs: OrgRegistry, joined: Joined, subject: str | None, part_of: bool = True) -> None:
    text = joined.text
    for m in _QUOTED.finditer(text):
        _take(orgs, joined, m.group(1), m.start(1))
    for m in _PARENTHESISED.finditer(text):
        _parenthetical(orgs, joined, m, subject)
    for sentence in _SENTENCE.finditer(text):
        s_text, s_start = sentence.group(0), sentence.start()
        for clause in _CLAUSE.finditer(s_text):
            _clause(orgs, joined, clause.group(0), s_start + clause.start(), subject, part_of)
        if subject and _COLLAB.search(s_text):
            _collaborations(orgs, joined, s_text, s_start, subject)


def _clause(orgs: OrgRegistry, joined: Joined, clause: str, start: int, subject: str | None,
            part_of: bool) -> None:
    for trig in _TRIGGER.finditer(clause):
        rest_at = trig.end()
        taken = _list_after(orgs, joined, clause[rest_at:], start + rest_at)
        if not taken or not part_of or trig.group(1) not in _PART_TRIGGERS:
            continue
        owner = _known_in(orgs, clause[:trig.start()]) or (
            subject if subject and _SUBJECT_REF.match(clause) else None)
        if owner:
            for name, span in taken:
                orgs.add_part_of(name, owner, span)
        return


def _list_after(orgs: OrgRegistry, joined: Joined, rest: str, start: int) -> list[tuple[str, Span]]:
    pieces: list[tuple[str, int]] = []
    pos = 0
    for m in _LIST_WORD.finditer(rest):
        pieces.append((rest[pos:m.start()], pos))
        pos = m.end()
    pieces.append((rest[pos:], pos))
    merged: list[tuple[str, int]] = []
    carry: tuple[str, int] | None = None
    for piece, at in pieces:
        if carry is not None:
            piece, at = rest[carry[1]:at + len(piece)], carry[1]
        if _prefix_org(piece) is None and at + len(piece) < len(rest):
            carry = (piece, at)
            continue
        carry = None
        merged.append((piece, at))
    out = []
    for piece, at in merged:
        name = _prefix_org(piece)
        if name is None:
            break
        lead = piece.index(name)
        taken = _take(orgs, joined, name, start + at + lead)
        if taken is None:
            break
        out.append(taken)
    return out


def _prefix_org(piece: str) -> str | None:
    """The longest head of `piece` that ends like an organization, without descriptors before a 的."""
    if "“" in piece or '"' in piece:
        m = _QUOTED_ANY.search(piece)
        piece = m.group(1) if m else piece
    ends = [at + len(suffix) for suffix in _SAFE_SUFFIXES if (at := piece.rfind(suffix)) >= 0]
    if not ends:
        return None
    best = piece[:max(ends)]
    if "的" in best:
        best = best[best.rindex("的") + 1:]
    best = _QUANTIFIER.sub("", best)
    for generic in ("平台", "基地"):
        if best.endswith(generic) and best[: -len(generic)].endswith(_SAFE_SUFFIXES):
            best = best[: -len(generic)]
    return best if len(best) >= 4 else None


def _named(orgs: OrgRegistry, name: str) -> bool:
    if _DESIGNATION.search(name[:-2]):
        return True
    return name[:2] in orgs.stems()


def _take(orgs: OrgRegistry, joined: Joined, name: str, at: int) -> tuple[str, Span] | None:
    name = name.strip("“”\" ")
    if not name.endswith(_SAFE_SUFFIXES) or len(name) < 4 or len(name) > 40:
        return None
    if not _PLAIN_NAME.fullmatch(name):
        return None
    known = orgs.resolve(name)
    if known is None and not _named(orgs, name):
        return None
    span = joined.span(at, at + len(name))
    return orgs.add(name, span), span


def _parenthetical(orgs: OrgRegistry, joined: Joined, m: re.Match[str], subject: str | None) -> None:
    """`甲医院（乙研究所、丙学院）`: other names of a known organization, taken as organizations."""
    head = joined.text[max(0, m.start() - 30):m.start()]
    if not _known_in(orgs, head[-20:]) and not head.endswith("单位"):
        return
    at = m.start(1)
    for part in _LIST_ITEM.finditer(m.group(1)):
        _take(orgs, joined, part.group(0), at + part.start())


def _known_in(orgs: OrgRegistry, text: str) -> str | None:
    """The last organization the text names (by any of its forms)."""
    best: tuple[int, str] | None = None
    for form, canonical in orgs.short_forms().items():
        i = text.rfind(form)
        if i >= 0 and (best is None or i + len(form) > best[0]):
            best = (i + len(form), canonical)
    return best[1] if best else None


def mentions(orgs: OrgRegistry, sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of every organization the sentence names, longest forms first."""
    found: list[tuple[int, int, str]] = []
    for form, canonical in sorted(orgs.short_forms().items(), key=lambda fc: -len(fc[0])):
        for start in occurrences(form, sentence):
            end = start + len(form)
            if not any(a < end and start < b for a, b, _ in found):
                found.append((start, end, canonical))
    return sorted(found)


def _collaborations(orgs: OrgRegistry, joined: Joined, sentence: str, start: int, subject: str) -> None:
    related = {subject} | {p for (c, p) in orgs.part_of if c == subject} | {c for (c, p) in orgs.part_of if p == subject}
    for a, b, canonical in mentions(orgs, sentence):
        if canonical not in related:
            orgs.add_collaboration(subject, canonical, joined.span(start + a, start + b))
            related.add(canonical)
