"""Images of documents (a certificate photographed or scanned): read by OCR, one paragraph a line, one
page a frame. Without the `ocr` extra an image is refused with a message naming it."""

from __future__ import annotations

import io

from PIL import Image, ImageSequence, UnidentifiedImageError

from ingest.blocks import BlockKind, BlockWriter
from ingest.errors import Corrupt, NoTextLayer
from ingest.model import SourceDocument
from ingest.readers import ocr

MAX_BYTES = 32 * 1024 * 1024
MAX_FRAMES = 50


def read_image(data: bytes, name: str) -> SourceDocument:
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as e:
        raise Corrupt(f"{name}: an image that cannot be decoded (corrupt or cut): {e}") from e
    if not ocr.available():
        raise NoTextLayer(f"{name}: an image, with no text layer; reading it needs OCR: {ocr.EXTRA_HINT}")
    out = BlockWriter()
    for page, frame in enumerate(ImageSequence.Iterator(image), start=1):
        if page > MAX_FRAMES:
            break
        for line in ocr.read_lines(frame):
            out.add(BlockKind.PARAGRAPH, line, page=page)
    text, blocks = out.result()
    if not blocks:
        raise NoTextLayer(f"{name}: an image in which OCR found no text")
    return SourceDocument(name=name, text=text, encoding="image", size=len(data), blocks=blocks, format="image")
