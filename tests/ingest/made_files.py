"""Documents of every format, written in the tests by the libraries that write them, with invented content.

Each builder returns the file's bytes; the rows it puts in a table are module constants, so that a test
can check the reader gives back the same cells.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

STAFF = [["姓名", "工作单位", "职称"], ["林小溪", "青溪大学化学学院", "教授"], ["周一鸣", "青溪医院", "主任医师"],
         ["苏晚晴", "南湖材料研究所", "研究员"]]
TITLE = "青溪大学2031年度科学技术奖提名公示"
NOTE = "以上公示期为七天。"


def _pdf_canvas(buffer: io.BytesIO, **kwargs: Any) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # a standard CJK font: nothing to embed
    return canvas.Canvas(buffer, pagesize=A4, **kwargs)


def pdf_with_tables(pages: int = 2, encrypt: str | None = None) -> bytes:
    """Page 1: a title, a ruled table (its first cell merged across two rows), a note. Page 2: text and an
    unruled table (columns set apart by space alone). Further pages: two lines of text each."""
    from reportlab.lib.pdfencrypt import StandardEncryption

    buffer = io.BytesIO()
    c = _pdf_canvas(buffer, encrypt=StandardEncryption(encrypt) if encrypt else None)
    widths = [80, 150, 100]
    for page in range(1, pages + 1):
        c.setFont("STSong-Light", 12)
        if page == 1:
            c.drawString(72, 800, TITLE)
            for r, row in enumerate(STAFF):
                x = 72.0
                for col, cell in enumerate(row):
                    c.rect(x, 700 - 20 * r, widths[col], 20)
                    c.drawString(x + 3, 706 - 20 * r, cell)
                    x += widths[col]
            c.drawString(72, 600, NOTE)
        elif page == 2:
            c.drawString(72, 800, "附件：候选人名单")
            for r, row in enumerate(STAFF):
                for col, cell in enumerate(row):
                    c.drawString(72 + (0, 100, 280)[col], 760 - 18 * r, cell)
        else:
            c.drawString(72, 800, f"第{page}页 青溪大学科研管理办法")
            c.drawString(72, 780, "第二条 项目负责人应当按期报送进展报告。")
        c.showPage()
    c.save()
    return buffer.getvalue()


REFERENCES = [("1.", ["Lin Xiaoxi and Zhou Yiming. A moving grid for thin films. J. Invented Flows , 12:45–67, 2031."]),
              ("2.", ["Zhou Yiming. Heat in layered sand. Annals of Made Examples , 8:101–109, JAN 2030."]),
              ("3.", ["Su Wanqing, Lin Xiaoxi , and Zhou Yiming. Drops on a cold plate seen from below with a",
                      "fast camera. Journal of Invented Flows , 11(2):12–30, DEC 2029."])]


def pdf_with_hanging_list() -> bytes:
    """A numbered list with a hanging indent: each number in a margin of its own, the item's lines aligned
    after it, as a CV's list of papers is typeset."""
    buffer = io.BytesIO()
    c = _pdf_canvas(buffer)
    c.setFont("STSong-Light", 10)
    c.drawString(72, 800, "代表性论文")
    y = 780
    for number, lines in REFERENCES:
        c.drawString(72, y, number)
        for line in lines:
            c.drawString(92, y, line)
            y -= 14
    c.showPage()
    c.save()
    return buffer.getvalue()


def pdf_with_merged_cells() -> bytes:
    """A ruled table whose unit cell spans two rows (one box drawn over both)."""
    buffer = io.BytesIO()
    c = _pdf_canvas(buffer)
    c.setFont("STSong-Light", 12)
    rows = [("姓名", "单位"), ("林小溪", "青溪大学"), ("周一鸣", None)]
    for r, (person, unit) in enumerate(rows):
        c.rect(72, 700 - 20 * r, 100, 20)
        c.drawString(75, 706 - 20 * r, person)
        if r == 0:
            c.rect(172, 700, 150, 20)
        elif r == 1:
            c.rect(172, 660, 150, 40)
        if unit:
            c.drawString(175, 706 - 20 * r, unit)
    c.showPage()
    c.save()
    return buffer.getvalue()


def image_of_pdf(data: bytes, scale: float = 2.0) -> bytes:
    """The first page of a PDF as a PNG: what a scanner gives."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    image = pdf[0].render(scale=scale).to_pil()
    out = io.BytesIO()
    image.save(out, format="PNG")
    pdf.close()
    return out.getvalue()


def image_of_title(scale: float = 2.0) -> bytes:
    """A PNG of a strip of text lines (the title block of a certificate): small, so that OCR is quick."""
    from PIL import Image

    page = Image.open(io.BytesIO(image_of_pdf(pdf_with_tables(pages=1), scale)))
    strip = page.crop((int(60 * scale), int(30 * scale), int(400 * scale), int(70 * scale)))
    out = io.BytesIO()
    strip.save(out, format="PNG")
    return out.getvalue()


def scanned_pdf(png: bytes) -> bytes:
    """A PDF whose only page is an image (at 144 dpi): no text layer."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    width, height = Image.open(io.BytesIO(png)).size
    buffer = io.BytesIO()
    c = _pdf_canvas(buffer)
    c.setPageSize((width / 2, height / 2))
    c.drawImage(ImageReader(io.BytesIO(png)), 0, 0, width=width / 2, height=height / 2)
    c.showPage()
    c.save()
    return buffer.getvalue()


def docx_with_merged_cells() -> bytes:
    """A heading, a paragraph, a table whose header cell spans two columns and whose unit cell spans two
    rows, a list, and a closing paragraph."""
    from docx import Document

    doc = Document()
    doc.add_heading("青溪大学科研项目公示", level=1)
    doc.add_paragraph("经评审，下列项目拟予立项。")
    table = doc.add_table(rows=4, cols=3)
    table.cell(0, 0).text = "项目"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "负责人及单位"
    for r, (project, person, unit) in enumerate([("催化机理研究", "林小溪", "青溪大学"),
                                                 ("材料表征方法", "周一鸣", "")], start=1):
        table.cell(r, 0).text, table.cell(r, 1).text = project, person
        if unit:
            table.cell(r, 2).text = unit
    table.cell(1, 2).merge(table.cell(2, 2))
    table.cell(3, 0).text, table.cell(3, 1).text, table.cell(3, 2).text = "合成路线设计", "苏晚晴", "南湖材料研究所"
    doc.add_paragraph("第一项", style="List Bullet")
    doc.add_paragraph("第二项", style="List Bullet 2")
    doc.add_paragraph(NOTE)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def docx_of_tables(tables: list[list[list[str]]]) -> bytes:
    """Word tables, one after another, each given as rows of cells (a cell's lines split at \\n)."""
    from docx import Document

    doc = Document()
    for rows in tables:
        table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


XLSX_HEADER = [["序号", "项目", "", "负责人"], ["", "名称", "经费（万元）", ""]]
XLSX_ROWS = [[1, "催化机理研究", 62.0, "林小溪"], [2, "材料表征方法", 55.5, "周一鸣"]]


def xlsx_with_two_row_header() -> bytes:
    """序号 and 负责人 merged down over two header rows; 项目 merged across 名称 and 经费."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "立项清单"
    for row in XLSX_HEADER:
        sheet.append([v or None for v in row])
    for values in XLSX_ROWS:
        sheet.append(values)
    sheet.merge_cells("A1:A2")
    sheet.merge_cells("B1:C1")
    sheet.merge_cells("D1:D2")
    hidden = book.create_sheet("草稿")
    hidden.append(["不应读出"])
    hidden.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xls_with_two_row_header() -> bytes:
    """The same sheet as `xlsx_with_two_row_header`, as Excel 97-2003 writes it (xlwt), with a date column."""
    import datetime

    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("立项清单")
    sheet.write_merge(0, 1, 0, 0, "序号")
    sheet.write_merge(0, 0, 1, 2, "项目")
    sheet.write_merge(0, 1, 3, 3, "负责人")
    sheet.write_merge(0, 1, 4, 4, "立项日期")
    sheet.write(1, 1, "名称")
    sheet.write(1, 2, "经费（万元）")
    dated = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for r, values in enumerate(XLSX_ROWS, start=2):
        for c, value in enumerate(values):
            sheet.write(r, c, value)
        sheet.write(r, 4, datetime.date(2031, 3, r), dated)
    hidden = book.add_sheet("草稿")
    hidden.write(0, 0, "不应读出")
    hidden.visibility = 1
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_in_gb18030(delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows(STAFF)
    writer.writerow(["宋𠀾", "青溪大学，化学学院", "讲师"])  # a character beyond GBK, a comma inside a cell
    return out.getvalue().encode("gb18030")


NEWS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>青溪新闻网</title><script>var x = 1;</script></head>
<body>
<div class="topbar"><a href="/">首页</a> <a href="/news">新闻</a> <a href="/about">概况</a></div>
<ul class="nav"><li><a href="/a">学校概况</a></li><li><a href="/b">院系设置</a></li><li><a href="/c">科学研究</a></li></ul>
<div class="main">
  <div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻</a></div>
  <h1>青溪大学林小溪团队获省自然科学一等奖</h1>
  <div class="info">来源：科研处　时间：2031-05-08</div>
  <div class="content">
    <p>近日，省政府公布了2030年度科学技术奖励名单，青溪大学化学学院林小溪教授团队完成的项目获省自然科学奖一等奖。</p>
    <p>该项目历时十年，系统研究了催化材料的设计原理，
    相关成果发表于多种学术期刊，并获得多项发明专利授权。</p>
    <table border="1">
      <thead><tr><th>排名</th><th>姓名</th><th>单位</th></tr></thead>
      <tbody><tr><td>1</td><td><a href="/p/1">林小溪</a></td><td rowspan="2">青溪大学</td></tr>
      <tr><td>2</td><td>周一鸣</td></tr>
      <tr><td>3</td><td>苏晚晴</td><td>南湖材料研究所</td></tr></tbody>
    </table>
    <ul><li>第一完成单位：青溪大学</li><li>第二完成单位：南湖材料研究所</li></ul>
  </div>
  <div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a> <a href="#">QQ空间</a></div>
</div>
<div class="sidebar"><h3>热点新闻</h3><ul>
  <li><a href="/n/1">青溪大学召开2031年科技工作会议暨表彰大会</a></li>
  <li><a href="/n/2">化学学院举办催化前沿国际学术研讨会</a></li>
  <li><a href="/n/3">我校新增三个省级重点实验室建设项目</a></li>
</ul></div>
<div id="footer"><p>版权所有 © 2031 青溪大学新闻中心　地址：青溪市湖滨路1号　电话：0000-1234567</p></div>
</body></html>"""

MARKDOWN = """---
title: "团队成员"
draft: false
---

# 青溪大学催化实验室

## 教师

| 姓名 | 职务 |
| --- | :-: |
| 林小溪 | 实验室主任<br/>教授/博士生导师 |
| 周一鸣 | 副教授 |

- 研究方向：催化材料
  - 子方向：表面化学
- **联系方式**: lab@example.org

实验室成立于2020年。
"""


SPREAD_LINES = ("2017年从青溪师范大学信息科学与工程学院获得工学学士学位，2024年在南湖浦项科技",
                "大学担任访问学者。")


def pdf_with_spread_and_wrapped_lines() -> bytes:
    """A paragraph set as a word processor justifies it: its first line's words drawn apart (gaps narrower than a
    character) and run to the column's edge, where a name is cut (南湖浦项科技|大学), the second line under it."""
    buffer = io.BytesIO()
    c = _pdf_canvas(buffer)
    c.setFont("STSong-Light", 12)
    c.drawString(72, 800, "个人简述")
    x = 72.0
    for word in ("2017年从青溪师", "范大学信息科学与工程学院", "获得工学学士学位，", "2024年在南湖浦", "项科技"):
        c.drawString(x, 780, word)
        x += c.stringWidth(word, "STSong-Light", 12) + 3  # the justified line's spacing between words
    right = x - 3
    c.drawString(72, 764, SPREAD_LINES[1])
    c.drawString(72, 740, "主要成果")
    c.drawString(72, 724, "发表论文20余篇。")
    c.drawString(right - c.stringWidth("完", "STSong-Light", 12), 700, "完")
    c.save()
    return buffer.getvalue()


CHARACTER_LINES = ("科研项目：",
                   "[1] 国家自然科学基金青年项目，31700001，薄膜流动的数值方法研究，2031/01-2033/12，24 万，主持.",
                   "[2] 湖东省自然科学基金面上项目，2032A1515000001，多孔陶瓷的热稳定性研究，2032/01-2034/12，10 万，参加.",
                   "[3] Lin Xiaoxi, Han Dong, and Wu Yiming. Quiet lights in dark rooms, Opt. Lett. 12, 345 (2033).")


def pdf_drawn_character_by_character() -> bytes:
    """A CV page whose writer places every character on its own (as some converters do): each drawn where its
    advance ends, words parted by a blank's width, a name's two characters set a little apart."""
    buffer = io.BytesIO()
    c = _pdf_canvas(buffer)
    size = 11

    def draw(x: float, y: float, text: str) -> None:
        for ch in text:
            font = "Helvetica" if ch.isascii() else "STSong-Light"  # Latin and digits in a Latin font
            if ch != " ":
                c.setFont(font, size)
                c.drawString(x, y, ch)
            x += c.stringWidth(ch, font, size) + (2 if ch == " " and text.startswith("林") else 0)

    draw(250, 800, "林 晓溪")
    for k, line in enumerate(CHARACTER_LINES):
        draw(72, 770 - 18 * k, line)
    c.save()
    return buffer.getvalue()


BOLD_RUN_LINES = ("[1] B. Jia, C. Yi, and D. Bing, Graph learning for sparse data, in Proc. Conf. Graphs, 2031, pp. 1-9.",
                  "[2] C. Yi, B. Jia, and D. Bing, Sparse graph models, J. Sparse Data, vol. 3, no. 2, pp. 10-20, 2030.",
                  "[3] D. Bing, B. Jia, Dense graph models, J. Sparse Data, vol. 2, no. 1, pp. 1-12, 2029.",
                  "[4] 贾柏宁，丁文远，基于图的稀疏学习，计算机学报，2028，45(3)：1-10。")


def pdf_with_bold_runs(overdrawn: float | None = None) -> bytes:
    """A CV's references with its owner's name set in bold among the authors, as a word processor writes a run
    in another font: its own text object, touching the text before and after. With `overdrawn`, the bold is
    faked as some writers do: the run drawn a second time that far to the right."""
    buffer = io.BytesIO()
    c = _pdf_canvas(buffer)
    for k, line in enumerate(BOLD_RUN_LINES):
        x, y = 72.0, 780 - 18 * k
        for run in re.split(r"(B\. Jia|贾柏宁)", line):
            font = "STSong-Light" if re.search(r"[\u4e00-\u9fff]", line) else "Helvetica"
            bold = run in ("B. Jia", "贾柏宁") and overdrawn is None and font == "Helvetica"
            font = "Helvetica-Bold" if bold else font
            c.setFont(font, 10)
            c.drawString(x, y, run)
            if overdrawn is not None and run in ("B. Jia", "贾柏宁"):
                c.drawString(x + overdrawn, y, run)
            x += c.stringWidth(run, font, 10)
    c.save()
    return buffer.getvalue()


JUSTIFIED = ("甲乙研究员，硕士生导师；于二〇二〇年六月从北辰交通大学移动网络工程研究中心获得信息与通信工程专业博士"
             "学位，研究方向为高速网络测量与管理控制，主持省自然科学基金青年项目、省网信领域软科学重点项目、高校产学"
             "研创新基金项目等省部级项目七项；参与完成国家重点研发计划项目、学部学科发展战略研究项目等科研项目六项。")


def pdf_with_justified_paragraph() -> bytes:
    """A paragraph a word processor justified: each line cut from one text, its words (as jieba cuts them)
    drawn apart by what the line lacks of the column's width, so that words start at scattered places on
    every line."""
    import jieba

    buffer = io.BytesIO()
    c = _pdf_canvas(buffer)
    c.setFont("STSong-Light", 12)
    per_line, width = 34, 440.0
    for k in range(0, len(JUSTIFIED), per_line):
        line = JUSTIFIED[k:k + per_line]
        words = list(jieba.cut(line))
        spare = (width - c.stringWidth(line, "STSong-Light", 12)) / max(len(words) - 1, 1)
        x = 72.0
        for word in words:
            c.drawString(x, 780 - 18 * (k // per_line), word)
            x += c.stringWidth(word, "STSong-Light", 12) + spare
    c.save()
    return buffer.getvalue()
