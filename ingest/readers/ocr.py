"""OCR of scanned pages and images, by RapidOCR on ONNX Runtime: its Chinese models ship inside its
package, so nothing is downloaded. An optional extra (`pip install 'kg-researchers[ocr]'`, which
`make setup` installs); without it, scans are refused with a message that names the extra."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from ingest.errors import NoTextLayer

if TYPE_CHECKING:
    from PIL.Image import Image

EXTRA_HINT = "install the 'ocr' extra: pip install 'kg-researchers[ocr]' (make setup does)"
MIN_CONFIDENCE = 0.5


@functools.cache
def _engine() -> Any:
    try:
        from rapidocr_onnxruntime import RapidOCR
    except (ImportError, OSError):  # not installed, or a system library it needs is missing
        return None
    return RapidOCR()


def available() -> bool:
    """Whether OCR can run here (loads the engine the first time)."""
    return _engine() is not None


def read_lines(image: Image) -> list[str]:
    """The text lines of an image, top to bottom; boxes on one line joined left to right by a blank."""
    import numpy as np

    engine = _engine()
    if engine is None:
        raise NoTextLayer(f"an image has no text layer; reading it needs OCR: {EXTRA_HINT}")
    found, _ = engine(np.asarray(image.convert("RGB")))
    boxes = []
    for points, text, confidence in found or ():
        if float(confidence) >= MIN_CONFIDENCE and text.strip():
            ys = [p[1] for p in points]
            boxes.append((min(ys), max(ys), min(p[0] for p in points), text.strip()))
    lines: list[list[tuple[float, float, float, str]]] = []
    for box in sorted(boxes):
        top, bottom = box[0], box[1]
        line = lines[-1] if lines else None
        if line is not None and min(bottom, line[0][1]) - max(top, line[0][0]) >= 0.5 * (bottom - top):
            line.append(box)
        else:
            lines.append([box])
    return [" ".join(b[3] for b in sorted(line, key=lambda b: b[2])) for line in lines]
