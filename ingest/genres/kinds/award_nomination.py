"""Nomination notices (公示 of a candidate for a science and technology award).

The nomination form (推荐奖种, 项目名称, 推荐单位, the completer and unit tables, papers, patents, as
PDF dumps lay them out) has a reading of its own (ingest.genres.award), which reads the whole form,
its introduction included. Award notices in other layouts (certificates, web tables, lists) have no
form: the shared fields, tables and prose mechanisms read them.
"""

import re

from ingest.blocks import BlockKind
from ingest.genres import award
from ingest.genres.award_people import HEADER
from ingest.genres.registry import Kind
from ingest.model import Span
from ingest.reading import Document, Reading

_FORM = re.compile(r"(?:推荐|提名)奖\s*种|完成人情况")


def read(document: Document) -> Reading:
    """The form's reading, for a form as a PDF dump lays it out (text without table blocks); a notice
    whose reader found its tables is read by the tables mechanism."""
    if any(b.kind is BlockKind.TABLE for b in document.blocks):
        return Reading()
    if not (_FORM.search(document.text) or HEADER.search(document.text)):
        return Reading()
    extraction, start = award.read_form(document.name, document.text)
    reading = Reading.of(extraction)
    consumed = (Span(start, len(document.text)),)  # (a letter before the form is prose)
    return Reading.of(extraction, consumed=consumed) if not reading.empty else reading


# A nomination notice names an award (or its candidates, 候选人, as a talent programme's does) and puts them on
# show (公示) for objections, or is the nomination form itself (推荐奖种, 完成人情况, 推荐意见); an award certificate
# does neither, however often it names its completers, nor does a notice of approved projects, nor a report of
# awards won that names a nominating unit in passing.
_NOMINATION = r"(?s)^(?=.*?(?:公示|候选|异议|完成人情况|推荐奖种|提名奖种|推荐意见|提名意见))(?=.*?(?:奖|候选人))"

KIND = Kind(
    name="award_nomination",
    genre="award_nomination",
    cues=(
        (r"推荐奖种|提名奖种|申报奖种", 3.0),
        (r"完成人情况|主要完成人", 1.5),
        (r"完成单位情况|主要完成单位", 1.5),
        (r"代表性论文|知识产权名称|知识产权类别", 1.5),
        # the notice puts itself on show (进行公示, 现予以公示, 公示期) and invites objections
        (r"(?:进行|予以|现将|现予)[^。\n]{0,40}?公示|公示(?:期|时间|内容|如下|日期|名单)", 2.0),
        (r"异议", 1.0),
        (r"(?:推荐|提名)(?:单位|者|专家|意见|等级)", 0.75),
        (r"科学技术奖|科技奖|科技进步奖", 0.5),
    ),
    requires=_NOMINATION,
    read=read,
)
