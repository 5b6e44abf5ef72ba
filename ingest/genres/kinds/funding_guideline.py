"""Funding guides and calls (指南, 申报通知): the guide's own reading (ingest.genres.guide) finds the
programme, its classes and topics, the issuing bodies, contacts and eligibility rules over the whole
text."""

from ingest.genres import guide
from ingest.genres.registry import Kind
from ingest.model import Span
from ingest.reading import Document, Reading


def read(document: Document) -> Reading:
    extraction = guide.parse(document.name, document.text)
    reading = Reading.of(extraction)
    return Reading.of(extraction, consumed=(Span(0, len(document.text)),)) if not reading.empty else reading


KIND = Kind(
    name="funding_guideline",
    genre="funding_guideline",
    cues=(
        (r"指南代码|指南编号", 3.0),
        (r"申报指南|项目指南|申报通知|申报工作的通知", 3.0),
        (r"申报(单位|条件|要求|材料|时间)", 1.5),
        # A short call: its own or a relayed call's title, and the steps of applying.
        (r"关于[^《》。，]{0,30}?(?:申报|申请|征集)[^《》。，]{0,60}?的通知", 3.0),
        (r"申报(?:书|表|程序|类别|截止|工作|数量|质量|人员)|申请书|审核推荐|择优推荐", 1.0),
        (r"经费|资助强度|万元", 0.5),
        (r"联系人|联系电话|咨询电话", 0.5),
    ),
    read=read,
)
