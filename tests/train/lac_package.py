"""A small package of LAC's shape, written here: Paddle parameter files and dictionaries in a .tar.gz."""

from __future__ import annotations

import io
import struct
import tarfile
from pathlib import Path

import numpy as np

LAC_TAGS = 49  # LAC's own output layer


def paddle_file(array: np.ndarray, dtype: int = 5) -> bytes:
    """A parameter file as Paddle's save_persistables writes one."""
    desc = bytes([0x08, dtype]) + b"".join(bytes([0x10]) + _varint(d) for d in array.shape)
    return (struct.pack("<I", 0) + struct.pack("<Q", 0) + struct.pack("<I", 0) + struct.pack("<i", len(desc))
            + desc + array.astype("<f4").tobytes())


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def small_params(vocab: int, dim: int = 6, size: int = 4, tags: int = LAC_TAGS, seed: int = 7) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)

    def rand(*shape: int) -> np.ndarray:
        return rng.uniform(-0.5, 0.5, shape).astype(np.float32)

    p = {"word_emb": rand(vocab, dim), "crfw": rand(tags + 2, tags), "fc_4.w_0": rand(2 * size, tags),
         "fc_4.b_0": rand(tags)}
    for k in range(4):
        p[f"fc_{k}.w_0"] = rand(dim if k < 2 else 2 * size, 3 * size)
        p[f"fc_{k}.b_0"] = rand(3 * size)
        p[f"gru_{k}.w_0"] = rand(size, 3 * size)
        p[f"gru_{k}.b_0"] = rand(1, 3 * size)
    return p


def write_package(path: Path, characters: str, words: tuple[str, ...] = ()) -> Path:
    """LAC-2.1.2.tar.gz's layout: the vocabulary is `characters`, `words` and OOV."""
    tokens = [*dict.fromkeys(characters), *words, "OOV"]
    files = {
        "conf/word.dic": "".join(f"{i}\t{t}\n" for i, t in enumerate(tokens)).encode(),
        "conf/q2b.dic": "Ａ\tA\n".encode(),
        "conf/small_seg.dic": "".join(f"{w} 10\n" for w in words or ("的",)).encode(),
        "conf/tag.dic": b"0\tO\n",
        **{f"model/{name}": paddle_file(a) for name, a in small_params(len(tokens)).items()},
    }
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"LAC-2.1.2/LAC/lac_model/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path
