"""The block model: offsets that slice the stored text to exactly each block and cell."""

from ingest.blocks import BlockKind, BlockWriter, text_blocks
from ingest.normalize import normalise


def test_writer_offsets_slice_the_text_to_each_block_and_cell() -> None:
    out = BlockWriter()
    out.add(BlockKind.HEADING, "  青溪大学  简介\n", level=1)
    out.add(BlockKind.PARAGRAPH, "第一段。\r\n\r\n第二行  ")
    out.add(BlockKind.PARAGRAPH, "   ")  # blank: nothing written
    table = out.add_table([["姓名", "单位", ""], ["", "", ""], ["林小溪", "", "教授"], ["周一", "青溪医院", ""]],
                          header_rows=1)
    text, blocks = out.result()

    assert normalise(text) == text
    assert [b.kind for b in blocks] == [BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.TABLE]
    assert blocks[0].text(text) == "青溪大学  简介"
    assert blocks[1].text(text) == "第一段。\n第二行"
    assert table is not None and len(table.rows) == 3 and table.header_rows == 1
    for row in table.rows:
        for cell in row:
            assert text[cell.span.start:cell.span.end] == cell.text
    assert [c.text for c in table.rows[1]] == ["林小溪", "", "教授"]
    assert table.text(text).split("\n") == ["姓名 | 单位 |", "林小溪 | | 教授", "周一 | 青溪医院 |"]


def test_plain_text_is_one_paragraph_per_line() -> None:
    text = "标题\n\n  正文一行  \n第二行\n"
    assert [text[b.span.start:b.span.end] for b in text_blocks(text)] == ["标题", "正文一行", "第二行"]
