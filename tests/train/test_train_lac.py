"""LAC's package read, and the ONNX graph computing what Paddle and our JAX training compute."""

from __future__ import annotations

import tarfile
from pathlib import Path

import jax.numpy as jnp
import numpy as np
import onnxruntime
import pytest

from train.lac import network, read_lac, read_parameter
from train.network import emissions

from .lac_package import paddle_file, small_params, write_package

TAGS5 = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG")


def test_a_parameter_file_reads_back_with_its_shape() -> None:
    array = np.arange(300 * 2, dtype=np.float32).reshape(300, 2)
    assert np.array_equal(read_parameter(paddle_file(array)), array)


def test_a_parameter_of_another_data_type_is_refused() -> None:
    with pytest.raises(ValueError, match="not float32"):
        read_parameter(paddle_file(np.zeros((2, 2)), dtype=6))


def _paddle_gru(x: np.ndarray, w: np.ndarray, b: np.ndarray, reverse: bool) -> np.ndarray:
    """Paddle's dynamic_gru as its documentation states it: u, r gates, h = (1 - u) h + u c."""
    size = w.shape[0]
    gates = w.reshape(-1)[:2 * size * size].reshape(size, 2 * size)
    state = w.reshape(-1)[2 * size * size:].reshape(size, size)
    h = np.zeros(size)
    out = np.zeros((len(x), size))
    for t in (range(len(x) - 1, -1, -1) if reverse else range(len(x))):
        xt = x[t] + b
        g = 1 / (1 + np.exp(-(xt[:2 * size] + h @ gates)))
        u, r = g[:size], g[size:]
        c = np.tanh(xt[2 * size:] + (r * h) @ state)
        h = (1 - u) * h + u * c
        out[t] = h
    return out


def test_the_onnx_graph_computes_paddle_s_network() -> None:
    p = small_params(vocab=12, tags=5)
    session = onnxruntime.InferenceSession(network(p, TAGS5).SerializeToString(), providers=["CPUExecutionProvider"])
    sentences = [[3, 1, 4, 1, 5], [9, 2]]
    ids = np.array([[3, 1, 4, 1, 5], [9, 2, 0, 0, 0]], dtype=np.int64)
    emission, crf = session.run(["emission", "crf"], {"ids": ids, "lengths": np.array([5, 2], dtype=np.int32)})
    assert np.array_equal(crf, p["crfw"])
    table = _int8(p["word_emb"])
    for row, sentence in enumerate(sentences):
        x = table[sentence]
        for layer in range(2):
            a, b = 2 * layer, 2 * layer + 1
            forward = _paddle_gru(x @ p[f"fc_{a}.w_0"] + p[f"fc_{a}.b_0"], p[f"gru_{a}.w_0"], p[f"gru_{a}.b_0"][0], False)
            backward = _paddle_gru(x @ p[f"fc_{b}.w_0"] + p[f"fc_{b}.b_0"], p[f"gru_{b}.w_0"], p[f"gru_{b}.b_0"][0], True)
            x = np.concatenate([forward, backward], axis=1)
        expected = x @ p["fc_4.w_0"] + p["fc_4.b_0"]
        assert np.allclose(emission[row, :len(sentence)], expected, atol=1e-4)


def test_the_network_trained_in_jax_is_the_one_onnx_runs() -> None:
    p = small_params(vocab=12, tags=5)
    p["word_emb"] = _int8(p["word_emb"]).astype(np.float32)  # as the graph will store it
    session = onnxruntime.InferenceSession(network(p, TAGS5).SerializeToString(), providers=["CPUExecutionProvider"])
    ids = np.array([[3, 1, 4, 1, 5, 9], [9, 2, 6, 0, 0, 0]], dtype=np.int64)
    lengths = np.array([6, 3], dtype=np.int32)
    (ours,) = session.run(["emission"], {"ids": ids, "lengths": lengths})
    mask = np.arange(6)[None, :] < lengths[:, None]
    trained = np.asarray(emissions({k: jnp.asarray(v) for k, v in p.items()}, jnp.asarray(ids), jnp.asarray(mask)))
    assert np.allclose(ours[mask], trained[mask], atol=1e-4)


def test_a_package_that_is_not_lac_s_is_named(tmp_path: Path) -> None:
    package = tmp_path / "other.tar.gz"
    with tarfile.open(package, "w:gz"):
        pass
    with pytest.raises(ValueError, match="not LAC's package"):
        read_lac(package)


def test_lac_s_package_is_read_whole(tmp_path: Path) -> None:
    params, files = read_lac(write_package(tmp_path / "LAC-2.1.2.tar.gz", "林远舟"))
    assert params["gru_3.w_0"].shape == (4, 12) and params["crfw"].shape == (51, 49)
    assert files["word.dic"].decode().splitlines()[:2] == ["0\t林", "1\t远"]


def _int8(table: np.ndarray) -> np.ndarray:
    scale = np.abs(table).max(axis=1) / 127.0
    return np.round(table / scale[:, None]) * scale[:, None]
