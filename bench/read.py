"""PDF reading speed and memory against pdfplumber's text extraction of the same file: figures only.

    python -m bench.read [--pages 300]    (from the project root)

The PDF is generated here (reportlab, a standard CJK font): pages of Chinese text lines, every tenth page
with a ruled table. Each reader runs in a fresh process, so that its peak memory is its own:
- ours: `ingest.readers.read_upload` (PDFium text, pdfplumber on the pages that draw rules);
- pdfplumber text: `page.extract_text()` on every page, the plain baseline;
- pdfplumber tables: `find_tables()` and `extract_text()` on every page, what reading every page with
  pdfplumber's table finder would cost.
The CJK font is not embedded (there is no font file to ship), which costs PDFium a font substitution on
every page: PDFs with embedded fonts, as most official ones are, read faster still.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import resource
import time
from collections.abc import Callable

LINE = "第{n}条 青溪大学科研项目负责人应当按照任务书约定的进度开展研究工作，按期报送年度进展报告和经费使用情况。"
STAFF = [["姓名", "工作单位", "职称", "分工"], *[[f"成员{i}", "青溪大学化学学院", "副教授", "实验设计与数据分析"] for i in range(7)]]


def write_pdf(pages: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    for page in range(1, pages + 1):
        c.setFont("STSong-Light", 10)
        lines = 30
        if page % 10 == 0:
            lines = 12
            for r, row in enumerate(STAFF):
                for col, cell in enumerate(row):
                    c.rect(60 + 110 * col, 500 - 18 * r, 110, 18)
                    c.drawString(63 + 110 * col, 505 - 18 * r, cell)
        for i in range(lines):
            c.drawString(50, 800 - 20 * i, LINE.format(n=(page - 1) * 30 + i + 1))
        c.showPage()
    c.save()
    return buffer.getvalue()


def _ours(data: bytes) -> int:
    from ingest.readers import read_upload

    return len(read_upload(data, "bench.pdf").text)


def _plumber_text(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(page.extract_text() or "") for page in pdf.pages)


def _plumber_tables(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = 0
        for page in pdf.pages:
            chars += sum(len(t.extract()) for t in page.find_tables())
            chars += len(page.extract_text() or "")
        return chars


def _measure(reader: Callable[[bytes], int], data: bytes, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    started = time.perf_counter()
    chars = reader(data)
    seconds = time.perf_counter() - started
    out.put((seconds, chars, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def run(reader: Callable[[bytes], int], data: bytes) -> tuple[float, int, float]:
    """(seconds, characters read, peak resident MB) of ``reader`` on ``data`` in a process of its own."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_measure, args=(reader, data, queue))
    process.start()
    result: tuple[float, int, float] = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    data = write_pdf(args.pages)
    print(f"pdf: {args.pages} pages, {len(data) / 1024:.0f} KB (a ruled table on every tenth page)")
    for label, reader in (("ours", _ours), ("pdfplumber text", _plumber_text), ("pdfplumber tables", _plumber_tables)):
        seconds, chars, peak_mb = run(reader, data)
        print(f"{label:<18} {args.pages / seconds:8.1f} pages/s  {seconds:6.2f} s  peak {peak_mb:6.0f} MB  "
              f"({chars} characters)")


if __name__ == "__main__":
    main()
