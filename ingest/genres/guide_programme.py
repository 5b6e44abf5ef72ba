"""The programme a call is for, the standing programme it belongs to, and the body that funds it.

Where the programme is named, in order: the call's own title (`关于申报2030年X计划项目的通知`,
`关于印发《X项目指南》的通知`), the upstream notice a relayed call forwards (`现将《Y关于组织申报X的通知》
转发`), else the first year's programme the text calls for (`为做好2030年度X基金项目的申报工作`).
The funder is the upstream body of a relayed call, a body named after the programme (`X基金委`), and
otherwise the bodies that issue a call under their own title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.genres.guide_header import CALL_WORDS, NATIONAL, Header, Named, Title, is_body_name
from ingest.genres.guide_text import squeeze, to_fullwidth_brackets
from ingest.genres.literal import occurrences
from ingest.model import Span
from ingest.org_names import province_stem, provinces

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_VERBS = r"(?:转发|印发|发布|下达|公布|组织|做好|开展|启动|申报|申请|征集|推荐|实施)*"
_CALL_TITLE = re.compile(
    rf"关于{_VERBS}(?P<open>《)?(?P<name>[^《》]{{4,80}}?)(?:项目)?(?:候选人|人选|候选项目)?(?:申报|申请|征集|推荐|遴选)?"
    r"(?:指南|工作)?》?"
    r"(?:及(?:组织|做好|开展)?(?:申报|申请|推荐|征集)[^《》]{0,16}?)?的?(?:通知|公告|通告|函)$"
)
_PROGRAMME_WORD = re.compile(r"(?:计划|基金|专项|工程|资金|项目)(?:[（(][^（()）]*[）)])?$")
_GUIDE_SUFFIX = re.compile(r"(?:项目)?(?:申报|申请)?指南$")
# A year's programme the running text calls for: `2024年度X基金项目的申报工作`.
_NAMED_CALL = re.compile(
    r"(?P<name>(?:19|20)\d{2}\s*年度?[\u4e00-\u9fff（）()]{2,30}?(?:基金|计划|专项|工程|专项资金))"
    r"(?:项目)?的?(?:申报|申请|预申报|组织|征集|推荐)"
)
_PUBLISHED = re.compile(r"(?:^|(?<=[，。；：,;:\s]))(?P<org>[\u4e00-\u9fff（）()]{3,30}?)(?:已经|已|近日|日前)?(?:正式)?"
                        r"(?:发布|印发|下发|公布)了?《(?P<title>[^《》]{4,80})》", re.M)
_LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")
_TRAILING_NOTE = re.compile(r"[（(][^（()）]*[）)]$")
# A body named after the programme it runs (`X基金委`, `X计划管理办公室`).
_BODY_AFTER = r"(?:管理)?(?:委员会|委|办公室)"


@dataclass(frozen=True, slots=True)
class Programme:
    name: str
    year: int | None
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Call:
    programme: Programme | None
    standing: Programme | None  # the programme the year's call belongs to, where the text names it alone
    funders: tuple[Named, ...]  # bodies the text shows running the programme; empty: its issuers
    own_title: bool  # the programme comes from the call's own title


def programme_in_title(title: str) -> tuple[str, int, int] | None:
    """The programme a call's title (`关于…的通知`, white space removed) calls for: (name, start, end)."""
    m = _CALL_TITLE.search(title)
    if not m or not (CALL_WORDS.search(title) or _PROGRAMME_WORD.search(m.group("name"))):
        return None
    raw = m.group("name")
    if "关于" in raw:  # `关于转发《关于组织申报X的通知》的通知`: the relayed notice's programme
        inner = raw[raw.index("关于"):]
        found = programme_in_title(inner if inner.endswith("通知") else inner + "的通知")
        if found is not None:
            offset = m.start("name") + raw.index("关于")
            return found[0], offset + found[1], offset + found[2]
    name = _GUIDE_SUFFIX.sub("", raw) if m.group("open") else raw
    after = m.start("name") + len(name)
    if not _PROGRAMME_WORD.search(name) and title.startswith("项目", after):
        name += "项目"  # `省引导性项目`: the projects are the programme's name, not a word after it
    if len(name) < 4:
        return None
    return to_fullwidth_brackets(name), m.start("name"), m.start("name") + len(name)


def find_call(text: str, header: Header) -> Call:
    found = _from_title(header)
    own_title = found is not None and header.cited is None
    if found is None:
        found = _from_text(text)
    if found is None:
        return Call(None, None, (), False)
    name, at = found
    programme = Programme(name, _year(name), _spans(text, name, at))
    standing = _standing(text, name)
    funders: list[Named] = [header.cited.issuer] if header.cited and header.cited.issuer else []
    base = standing.name if standing else _base(name)
    funders += _bodies_named_after(text, base)
    funders += [org for org, title in _publishers(text) if base in title and org not in funders]
    return Call(programme, standing, tuple(funders), own_title)


def runs_above(programme: str, issuer: str) -> bool:
    """Whether a programme is run above the body calling for it: a national programme called for by any
    body but a national one, a provincial one by a body that is not the province's (a city's bureau, a
    school). Such a body relays the call; it does not fund the programme."""
    base = _LEADING_YEAR.sub("", programme)
    if NATIONAL.match(base):
        return not (NATIONAL.match(issuer) or issuer.endswith("部"))
    if base.startswith(("省", *provinces(), *(province_stem(p) for p in provinces()))):
        return not issuer.startswith(("省", *provinces()))
    return False


def _from_title(header: Header) -> tuple[str, Span] | None:
    title = header.cited.title if header.cited is not None else header.title
    if title is None:
        return None
    found = programme_in_title(title.text)
    if found is None:
        return None
    name, start, end = found
    return name, _title_span(title, start, end)


def _title_span(title: Title, start: int, end: int) -> Span:
    """Where in the source the programme's words stand inside a title (white space inside is allowed for)."""
    width = title.span.end - title.span.start
    if width == len(title.text):
        return Span(title.span.start + start, title.span.start + end)
    return title.span



def _from_text(text: str) -> tuple[str, Span] | None:
    m = _NAMED_CALL.search(text)
    if not m:
        return None
    return to_fullwidth_brackets(squeeze(m.group("name"))), Span(m.start("name"), m.end("name"))


def _year(name: str) -> int | None:
    m = _YEAR.search(name)
    return int(m.group(1)) if m else None


def _spans(text: str, name: str, first: Span) -> tuple[Span, ...]:
    """Every place the programme is written, allowing for spaces inside and either bracket width."""
    parts = ["[(（]" if c in "(（" else "[)）]" if c in ")）" else re.escape(c) for c in name]
    pattern = re.compile(r"\s*".join(parts))
    spans = {first, *(Span(m.start(), m.end()) for m in pattern.finditer(text))}
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))


def _base(name: str) -> str:
    """The programme without its year, its trailing note in brackets and a trailing 项目."""
    base = _TRAILING_NOTE.sub("", _LEADING_YEAR.sub("", name))
    return base.removesuffix("项目")


def _standing(text: str, name: str) -> Programme | None:
    """The standing programme (`X基金` of `2024年度X基金`) where the text names it without a year."""
    base = _base(name)
    if base == name or len(base) < 4:
        return None
    spans = []
    for at in occurrences(base, text):
        before, after = text[max(0, at - 1):at], text[at + len(base):at + len(base) + 1]
        if before in ("年", "度") or after in ("委", "办", "管"):
            continue
        spans.append(Span(at, at + len(base)))
    return Programme(base, None, tuple(spans)) if spans else None


def _publishers(text: str) -> list[tuple[Named, str]]:
    """Bodies the text says published a call (`X已发布《2024年度Y项目申报公告》`), with the call's title."""
    out = []
    for m in _PUBLISHED.finditer(text):
        org = squeeze(m.group("org"))
        if is_body_name(org) and CALL_WORDS.search(m.group("title")):
            out.append((Named(org, Span(m.start("org"), m.end("org"))), squeeze(m.group("title"))))
    return out


def _bodies_named_after(text: str, base: str) -> list[Named]:
    if len(base) < 4:
        return []
    pattern = re.compile(re.escape(base) + _BODY_AFTER)
    return [Named(m.group(), Span(m.start(), m.end())) for m in pattern.finditer(text)]
