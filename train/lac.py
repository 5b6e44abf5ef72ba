"""Baidu LAC's released model (Apache-2.0): its parameters and dictionaries read from LAC's source
package, and a network of its shape written as one ONNX graph.

LAC's package (`pip download --no-deps --no-binary :all: lac==2.1.2`, `LAC-2.1.2.tar.gz`) keeps
its network in `LAC/lac_model/model/` as Paddle parameter files (a small header, a tensor
description, then float32 data) and its dictionaries in `LAC/lac_model/conf/`. `python -m train.ner`
starts from these weights, fine-tunes them with a new output layer and CRF over our labels, and
writes the result with `network`.
"""

from __future__ import annotations

import struct
import tarfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from ingest.nlp.lexical import FILES

_MODEL = "LAC/lac_model/"
_FLOAT32 = 5  # Paddle's VarType.FP32


def read_parameter(data: bytes) -> np.ndarray:
    """One Paddle parameter file: uint32 version, LoD levels, uint32 version, int32 size of a
    TensorDesc protobuf (field 1 the data type, field 2 the dimensions), then the raw values."""
    offset = 4
    (levels,) = struct.unpack_from("<Q", data, offset)
    offset += 8
    for _ in range(levels):
        (size,) = struct.unpack_from("<Q", data, offset)
        offset += 8 + size
    offset += 4
    (desc_size,) = struct.unpack_from("<i", data, offset)
    offset += 4
    dtype, dims = _tensor_desc(data[offset:offset + desc_size])
    if dtype != _FLOAT32:
        raise ValueError(f"parameter of data type {dtype}, not float32")
    return np.frombuffer(data, dtype="<f4", offset=offset + desc_size).reshape(dims).copy()


def _tensor_desc(desc: bytes) -> tuple[int, list[int]]:
    pos = 0

    def varint() -> int:
        nonlocal pos
        value, shift = 0, 0
        while True:
            byte = desc[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value

    dtype, dims = -1, []
    while pos < len(desc):
        key = varint()
        if key == 0x08:
            dtype = varint()
        elif key == 0x10:
            dims.append(varint())
        elif key == 0x12:  # packed dimensions
            end = varint() + pos
            while pos < end:
                dims.append(varint())
        else:
            raise ValueError(f"unexpected field {key:#x} in a tensor description")
    return dtype, dims


def read_lac(sdist: Path) -> tuple[dict[str, np.ndarray], dict[str, bytes]]:
    """LAC's parameters by their Paddle names (`word_emb`, `fc_0.w_0`, `gru_0.w_0`, `crfw`, ...) and
    the bytes of its dictionary files by name."""
    params: dict[str, np.ndarray] = {}
    files: dict[str, bytes] = {}
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            inside = member.name.split("/", 1)[-1]
            if not member.isfile() or not inside.startswith(_MODEL):
                continue
            folder, _, name = inside[len(_MODEL):].partition("/")
            handle = tar.extractfile(member)
            if handle is None:
                continue
            if folder == "model" and name != "__model__":
                params[name] = read_parameter(handle.read())
            elif folder == "conf":
                files[name] = handle.read()
    missing = [name for name in ("word_emb", "crfw", "gru_3.w_0", "fc_4.w_0") if name not in params]
    missing += [name for name in FILES if name not in files]
    if missing:
        raise ValueError(f"{sdist} is not LAC's package: no {', '.join(missing)} under {_MODEL}")
    return params, files


def network(p: Mapping[str, np.ndarray], tags: Sequence[str]) -> onnx.ModelProto:
    """A network of LAC's shape as one ONNX graph: ids (batch, steps) and lengths (batch) in, emission
    scores (batch, steps, tags) out, with the CRF's weights as a second output for Viterbi decoding
    and the tags' names in the model's metadata (`tags`).

    Paddle's GRU takes h = (1 - u) * h + u * candidate, ONNX's h = z * h + (1 - z) * candidate: the
    update gate's weights and biases go in negated (z = 1 - u). Paddle keeps a GRU's recurrent
    weights as one flat block, the gates' (size, 2 * size) then the candidate's (size, size)."""
    table = p["word_emb"]
    scale = np.abs(table).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    inits = [
        numpy_helper.from_array(np.round(table / scale[:, None]).astype(np.int8), "embedding"),
        numpy_helper.from_array(scale.astype(np.float32)[:, None], "embedding_scale"),
        numpy_helper.from_array(p["fc_4.w_0"], "emission_w"),
        numpy_helper.from_array(p["fc_4.b_0"], "emission_b"),
        numpy_helper.from_array(p["crfw"], "crf_weights"),
        numpy_helper.from_array(np.array([0, 0, -1], dtype=np.int64), "merge_directions"),
    ]
    nodes = [
        helper.make_node("Gather", ["embedding", "ids"], ["embedded_q"]),
        helper.make_node("Cast", ["embedded_q"], ["embedded_f"], to=TensorProto.FLOAT),
        helper.make_node("Gather", ["embedding_scale", "ids"], ["row_scale"]),
        helper.make_node("Mul", ["embedded_f", "row_scale"], ["embedded"]),
        helper.make_node("Transpose", ["embedded"], ["layer_0_in"], perm=[1, 0, 2]),
    ]
    for layer in range(2):
        w, r, b = [], [], []
        for k in (2 * layer, 2 * layer + 1):
            fc_w, fc_b = p[f"fc_{k}.w_0"], p[f"fc_{k}.b_0"]
            gru_w, gru_b = p[f"gru_{k}.w_0"], p[f"gru_{k}.b_0"].reshape(-1)
            size = gru_w.shape[0]
            gates = gru_w.reshape(-1)[:2 * size * size].reshape(size, 2 * size)
            state = gru_w.reshape(-1)[2 * size * size:].reshape(size, size)
            sign = np.concatenate([-np.ones(size), np.ones(2 * size)]).astype(np.float32)
            w.append(fc_w.T * sign[:, None])
            r.append(np.concatenate([-gates[:, :size].T, gates[:, size:].T, state.T]))
            b.append(np.concatenate([(fc_b + gru_b) * sign, np.zeros(3 * size, np.float32)]))
        inits += [numpy_helper.from_array(np.stack(a).astype(np.float32), f"{name}_{layer}")
                  for name, a in (("gru_w", w), ("gru_r", r), ("gru_b", b))]
        nodes += [
            helper.make_node("GRU", [f"layer_{layer}_in", f"gru_w_{layer}", f"gru_r_{layer}", f"gru_b_{layer}",
                                     "lengths"], [f"gru_{layer}_out"],
                             direction="bidirectional", hidden_size=size, linear_before_reset=0),
            # (steps, 2, batch, size) -> (steps, batch, 2, size) -> (steps, batch, 2 * size)
            helper.make_node("Transpose", [f"gru_{layer}_out"], [f"gru_{layer}_t"], perm=[0, 2, 1, 3]),
            helper.make_node("Reshape", [f"gru_{layer}_t", "merge_directions"], [f"layer_{layer + 1}_in"]),
        ]
    nodes += [
        helper.make_node("Transpose", ["layer_2_in"], ["features"], perm=[1, 0, 2]),
        helper.make_node("MatMul", ["features", "emission_w"], ["emission_raw"]),
        helper.make_node("Add", ["emission_raw", "emission_b"], ["emission"]),
        helper.make_node("Identity", ["crf_weights"], ["crf"]),
    ]
    size_out = p["fc_4.w_0"].shape[1]
    if size_out != len(tags):
        raise ValueError(f"the output layer has {size_out} tags, the names {len(tags)}")
    graph = helper.make_graph(
        nodes, "lac",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "steps"]),
         helper.make_tensor_value_info("lengths", TensorProto.INT32, ["batch"])],
        [helper.make_tensor_value_info("emission", TensorProto.FLOAT, ["batch", "steps", size_out]),
         helper.make_tensor_value_info("crf", TensorProto.FLOAT, [size_out + 2, size_out])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="train.lexical")
    model.ir_version = 8
    helper.set_model_props(model, {"tags": ",".join(tags)})
    onnx.checker.check_model(model)
    return model
