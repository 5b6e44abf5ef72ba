"""The header of a funding call: its own title, its document number, the bodies that issue it, and the
upstream notice it relays.

A call names its issuer in a few fixed places, whatever its size: the letterhead lines above the
title, lines made only of a body's name next to the title, the signature above the date, and the
office that printed it (`X办公室 2030年5月6日印发`). A relayed call (`现将《X关于组织申报…的通知》
转发给你们`) names the upstream body and its notice in 《…》: that body runs the programme, the relaying
body does not. Names cited in a 《…》 title are never taken for the issuer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.genres.guide_text import Line, lines_of, squeeze
from ingest.model import Span
from ingest.org_names import org_kind

_HEAD_LINES = 15
_DATE = (r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
         r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)")
_DATE_LINE = re.compile(rf"^\s*{_DATE}\s*$")
_PRINTED_LINE = re.compile(rf"^\s*(?P<org>\S+?)\s*{_DATE}\s*印发\s*$")
_DOCUMENT_MARK = re.compile(r"(?<=[\u4e00-\u9fff])文件$")  # `X局文件`: a letterhead
# (or, as a school or hospital titles its own call, no 关于: `某医院2030年度院级科研课题申报通知`, a year and the call's word)
_TITLE_LINE = re.compile(r"^[^，。；：:,;]{0,40}?关于\S{4,160}?(?:通知|公告|通告|函)$"
                         r"|^[^，。；：:,;\s]{0,40}?(?:19|20)\d{2}年度?[^，。；：:,;\s]{2,60}?(?:申报|申请|征集|遴选)(?:工作)?的?(?:通知|公告|通告)$")
_SITE_AFTER_TITLE = re.compile(r"(?<=通知|公告|通告)\s*[_｜|—–-]+\s*[^_｜|\n]{2,40}$")
_DOC_NUMBER_LINE = re.compile(r"^\s*(?P<n>[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\s*\d+\s*号)\s*$")
# 《<body>关于…的通知》: the body that issued the cited notice, and the notice's own title; the body may be
# written before the title instead (`现将<body>《关于…的通知》转发`). Quotes may stand for the title's marks, and the
# notice's number may follow its title inside them (`根据<body>“关于…的通知(X〔2030〕6号)”`).
CITED_NOTICE = re.compile(r"(?:(?<=现将|根据|按照|转发|收到)(?P<pre>[\u4e00-\u9fff（）()]{3,30}?)(?:的|印发的|下发的)?)?"
                    r"[《“]\s*(?P<org>[\u4e00-\u9fff（）()]{3,40}?)?\s*(?P<notice>关于[^《》\n]{4,160}?的(?:通知|公告|通告))"
                    r"\s*(?:[（(][^（()）\n]{2,30}号[）)])?\s*[》”]")
# `关于转发<body>关于…的通知的通知`: a relaying call's own title names the upstream notice without 《》 (`转发<body>关于…的通知`:
# the relayed title alone).
_RELAY_TITLE = re.compile(r"转发《?(?P<org>[\u4e00-\u9fff（）()]{2,40}?)(?P<notice>关于.{4,160}?的(?:通知|公告|通告))》?(?:的通知)?$")
# a notice opening a round of projects, no call word in its title (`关于开展2030年度某某研究项目的通知`)
_PROJECTS_OPENED = re.compile(r"^关于(?:开展|组织|启动)\S{4,60}项目的通知$")
CALL_WORDS = re.compile(r"申报|申请|征集|推荐|提名|指南|组织实施")  # words of a call for applications
NATIONAL = re.compile(r"^(?:国家|全国|中国|国务院)")
_BODY_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,40}")
# Offices and the short forms of government offices that no kind suffix names (区委办, 社发科).
_OFFICE_END = re.compile(r"(?:处|科|室|办)$")
_GENERIC_START = ("各", "本", "有关", "相关", "所属", "局属", "其他", "全体")


@dataclass(frozen=True, slots=True)
class Named:
    """A body as one header line names it."""

    name: str
    span: Span


@dataclass(frozen=True, slots=True)
class Title:
    text: str  # white space removed
    span: Span


@dataclass(frozen=True, slots=True)
class CitedNotice:
    """An upstream notice the call relays: who issued it, where the text says, and its title (`关于…的通知`)."""

    issuer: Named | None
    title: Title


@dataclass(frozen=True, slots=True)
class Header:
    title: Title | None
    doc_number: Named | None
    letterhead: tuple[Named, ...]  # bodies named alone on lines around the title
    signature: tuple[Named, ...]  # bodies named alone on the lines above the date
    printed_by: Named | None  # the office that printed the notice
    cited: CitedNotice | None  # the upstream call a relayed notice forwards
    relayed: CitedNotice | None = None  # the upstream call the text cites, even where the call has a title

    @property
    def issuers(self) -> tuple[Named, ...]:
        return self.letterhead or self.signature


def is_body_name(token: str) -> bool:
    """A word that names a body by its ending (局, 大学, 办公室, 科技处 …), not a generic phrase (各有关单位)."""
    if not _BODY_NAME.fullmatch(token) or token.startswith(_GENERIC_START) or "的" in token:
        return False
    return org_kind(token) != "other" or bool(_OFFICE_END.search(token)) and len(token) >= 3


def find_header(text: str) -> Header:
    lines = lines_of(text)
    title, title_at = _own_title(lines)
    letterhead = _letterhead(lines, title_at)
    cited = _cited(text, title)
    return Header(title, _doc_number(lines), letterhead, _signature(lines), _printed_by(lines), cited,
                  cited or _cited(text, None))


def _own_title(lines: list[Line]) -> tuple[Title | None, int]:
    """The call's own title line (`关于…的通知`) among the first lines, with its line index."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.stripped:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        body = squeeze(line.text)
        if body.startswith(("现将", "根据", "按照", "为")):
            continue
        if _TITLE_LINE.match(body):
            return Title(body, Span(line.start + _lead(line), line.end)), i
        site = _SITE_AFTER_TITLE.search(line.text)  # 关于…的通知_某大学: a web page's title, its site's name after it
        if site is not None and _TITLE_LINE.match(squeeze(line.text[:site.start()])):
            return Title(squeeze(line.text[:site.start()]), Span(line.start + _lead(line), line.start + site.start())), i
        following = next((f for f in lines[i + 1:i + 3] if f.stripped), None)
        if "关于" in body and following is not None and _TITLE_LINE.match(body + squeeze(following.text)):
            # a title broken over two lines
            return Title(body + squeeze(following.text), Span(line.start + _lead(line), following.end)), i
    return None, -1


def _lead(line: Line) -> int:
    return len(line.text) - len(line.text.lstrip())


def _whole_line_names(line: Line) -> list[Named]:
    """The bodies of a line made only of body names (a letterhead or a signature), else none."""
    tokens = [(_DOCUMENT_MARK.sub("", m.group()), m.start()) for m in re.finditer(r"\S+", line.text)]
    if not tokens or not all(is_body_name(tok) for tok, _ in tokens):
        return []
    return [Named(tok, Span(line.start + at, line.start + at + len(tok))) for tok, at in tokens]


def _letterhead(lines: list[Line], title_at: int) -> tuple[Named, ...]:
    """Bodies named alone on lines before the title (up to the doc number or the title), and on the line
    right after the title."""
    if title_at < 0:
        return ()
    out: list[Named] = []
    for line in lines[:title_at]:
        out += _whole_line_names(line)
    title = lines[title_at]
    prefix = title.text[:title.text.find("关于")].strip()
    if prefix and is_body_name(prefix) and not prefix.startswith(("转发", "印发")):  # `X局关于…的通知`; not `转发X关于…`
        at = title.start + title.text.find(prefix)
        out.append(Named(prefix, Span(at, at + len(prefix))))
    after = next((line for line in lines[title_at + 1:title_at + 3] if line.stripped), None)
    if after is not None:
        out += _whole_line_names(after)
    return tuple(out)


def _signature(lines: list[Line]) -> tuple[Named, ...]:
    """Bodies named alone on the lines right above a date line (the last such block of the document); where
    no date follows them (a copy that lost it), bodies named alone on the last line."""
    last = next((line for line in reversed(lines) if line.stripped), None)
    found: tuple[Named, ...] = tuple(_whole_line_names(last)) if last is not None else ()
    for i, line in enumerate(lines):
        if not _DATE_LINE.match(line.text):
            continue
        block: list[Named] = []
        for above in reversed(lines[max(0, i - 6):i]):
            if not above.stripped:
                continue
            names = _whole_line_names(above)
            if not names:
                break
            block = names + block
        if block:
            found = tuple(block)
    return found


def _printed_by(lines: list[Line]) -> Named | None:
    for line in lines:
        m = _PRINTED_LINE.match(line.text)
        if m and is_body_name(m.group("org")):
            return Named(m.group("org"), Span(line.start + m.start("org"), line.start + m.end("org")))
    return None


def _doc_number(lines: list[Line]) -> Named | None:
    for line in lines[:40]:
        m = _DOC_NUMBER_LINE.match(line.text)
        if m:
            return Named(squeeze(m.group("n")), Span(line.start + m.start("n"), line.start + m.end("n")))
    return None


def _cited(text: str, own: Title | None) -> CitedNotice | None:
    """The upstream call a notice relays, when the notice has no call title of its own."""
    if own is not None and "转发" in own.text:
        m = _RELAY_TITLE.search(own.text)
        if m and is_body_name(m.group("org")) and CALL_WORDS.search(m.group("notice")):
            return CitedNotice(Named(m.group("org"), own.span), Title(m.group("notice"), own.span))
    if own is not None and CALL_WORDS.search(own.text):
        return None
    for m in CITED_NOTICE.finditer(text, 0, min(len(text), 3000)):
        notice = squeeze(m.group("notice"))
        if not (CALL_WORDS.search(notice) or _PROJECTS_OPENED.search(notice)):
            continue
        group = "org" if m.group("org") else "pre"
        org = squeeze(m.group(group) or "")
        issuer = Named(org, Span(m.start(group), m.end(group))) if org and org_kind(org) != "other" else None
        if org and issuer is None and group == "org":
            continue
        return CitedNotice(issuer, Title(notice, Span(m.start("notice"), m.end("notice"))))
    return None
