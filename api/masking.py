"""Personal data in text: the formats it is written in, and masking that keeps every offset in place.

`FORMATS` is the table: each format has a pattern and the examples it must catch (the tests read them).
A match is replaced character for character by MASK, so spans pointing into a document's text still
line up; within a labelled match (电话：…) only the number is masked. Nothing inside a longer run of
letters and digits is a match: document ids (hex) and keys survive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MASK = "*"
_D = "[0-9０-９]"  # a digit, half or full width
_SEP = "[-－—–.．  　]"  # one separator inside a number: hyphens, dots, spaces
_ALONE_BEFORE = r"(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ_])"
_ALONE_AFTER = r"(?![0-9A-Za-z０-９Ａ-Ｚａ-ｚ_])"
_COUNTRY = rf"(?:(?:[+＋]|00|００)\s?[8８][6６]{_SEP}?|[(（][+＋]?[8８][6６][)）]\s?)"
_EXTENSION = rf"(?:(?:{_SEP}|转|分机|ext\.?\s?|x)\s?{_D}{{1,5}})?"
_LABEL = r"(?:电话|手机|座机|传真|热线|联系方式|电话号码|Tel|TEL|tel|Phone|PHONE|Fax|FAX|QQ|微信|银行卡号|卡号|账号|帐号)"


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]  # text in which the whole example (or, labelled, its number) is personal
    group: str | None = None  # mask only this group of a match


def _format(name: str, pattern: str, *examples: str, group: str | None = None) -> Format:
    return Format(name, re.compile(pattern), examples, group)


FORMATS: tuple[Format, ...] = (  # applied in this order: an address, then a labelled number, are
    # each masked whole before a pattern for part of them could leave the rest
    _format("e-mail address",
            r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+\s?(?:@|＠|\[at\]|\(at\)|（at）)\s?[A-Za-z0-9-]+"
            r"(?:\s?[.．]\s?[A-Za-z0-9-]+)*\s?[.．]\s?[A-Za-z]{2,}(?![A-Za-z])",
            "wang.lei@example.edu.cn", "zhangsan＠example.com", "x @ y.cn", "li.ming[at]example.org",
            "chen(at)lab.example.cn", "zhao＠example．cn"),
    _format("labelled number", rf"(?P<label>{_LABEL})(?P<gap>\s?[:：]?\s{{0,2}})(?P<number>{_D}(?:{_SEP}?{_D}){{4,22}})"
            rf"{_ALONE_AFTER}", "电话：84327127", "传真 8432 7128", "座机:6859876", "QQ：123456789",
            "银行卡号：6222 0212 3456 7890 123", group="number"),
    _format("mobile number", rf"{_ALONE_BEFORE}{_COUNTRY}?[1１][3-9３-９]{_D}{_SEP}?{_D}{{4}}{_SEP}?{_D}{{4}}{_ALONE_AFTER}",
            "13912345678", "138-0013-8002", "138 0013 8003", "138.0013.8004", "+86 13800138005", "+86-138-0013-8006",
            "0086 13800138007", "(+86)13800138008", "（+86）138 0013 8009", "１３８００１３８０１０", "＋８６ １３８００１３８０１１"),
    _format("landline with area code",
            rf"{_ALONE_BEFORE}(?:{_COUNTRY}[1-9１-９]{_D}{{1,2}}{_SEP}?|[(（][0０]{_D}{{2,3}}[)）]\s?|[0０]{_D}{{2,3}}{_SEP}?)"
            rf"{_D}{{3,4}}{_SEP}?{_D}{{4}}{_EXTENSION}{_ALONE_AFTER}",
            "0731-84327127", "0731.84327127", "0731 8432 7127", "(0731)84327127", "（010）68598765", "010-6859-8765",
            "0731-84327127-8001", "0731-84327127转8002", "+86-731-84327127", "０７３１－８４３２７１２７", "02012345678"),
    _format("service number", rf"{_ALONE_BEFORE}[48４８][0０][0０]{_SEP}?{_D}{{3}}{_SEP}?{_D}{{4}}{_ALONE_AFTER}",
            "400-810-8888", "800 820 1234", "4008101234"),
    _format("identity card number", rf"{_ALONE_BEFORE}(?:{_D}{{17}}[0-9Xx０-９Ｘｘ]|{_D}{{15}}){_ALONE_AFTER}",
            "110105199001011234", "43010219851231002X", "110105900101123"),
)


def _masked(fmt: Format, match: re.Match[str]) -> str:
    if fmt.group is None:
        return MASK * len(match.group())
    start, end = match.span(fmt.group)
    text = match.group()
    offset = match.start()
    return text[:start - offset] + MASK * (end - start) + text[end - offset:]


def mask_text(text: str) -> str:
    """``text`` with every piece of personal data in `FORMATS` replaced by as many MASK characters."""
    for fmt in FORMATS:
        text = fmt.pattern.sub(lambda m, fmt=fmt: _masked(fmt, m), text)  # type: ignore[misc]
    return text
