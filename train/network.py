"""LAC's network in JAX, for fine-tuning: the same computation the ONNX graph runs (train.lac.network),
with a CRF loss over our tags. Parameters keep LAC's Paddle names and layouts throughout, so the
fine-tuned ones are written by the same function that reads LAC's.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import jax
import jax.numpy as jnp
import numpy as np
import optax

Params = dict[str, jax.Array]
_HEAD = ("fc_4.w_0", "fc_4.b_0", "crfw")  # the output layer and the CRF: new, trained faster
_DROPOUT = 0.2  # on the encoder's output, in training


def new_head(params: dict[str, np.ndarray], tags: int, seed: int) -> dict[str, np.ndarray]:
    """LAC's encoder with a fresh output layer for `tags` tags and a CRF that starts indifferent."""
    rng = np.random.default_rng(seed)
    width = params["fc_4.w_0"].shape[0]
    return {**{k: v for k, v in params.items() if k not in _HEAD},
            "fc_4.w_0": rng.uniform(-0.1, 0.1, (width, tags)).astype(np.float32),
            "fc_4.b_0": np.zeros(tags, np.float32),
            "crfw": np.zeros((tags + 2, tags), np.float32)}


def _gru(x: jax.Array, mask: jax.Array, layer: tuple[jax.Array, ...], reverse: bool) -> jax.Array:
    """Paddle's dynamic_gru over padded sentences: h = (1 - u) h + u c; padded steps keep h."""
    fc_w, fc_b, gru_w, gru_b = layer
    size = gru_w.shape[0]
    gates_w = gru_w.reshape(-1)[:2 * size * size].reshape(size, 2 * size)
    state_w = gru_w.reshape(-1)[2 * size * size:].reshape(size, size)
    projected = x @ fc_w + fc_b + gru_b.reshape(-1)

    def step(h: jax.Array, inputs: tuple[jax.Array, jax.Array]) -> tuple[jax.Array, jax.Array]:
        p, live = inputs
        gates = jax.nn.sigmoid(p[:, :2 * size] + h @ gates_w)
        update, reset = gates[:, :size], gates[:, size:]
        candidate = jnp.tanh(p[:, 2 * size:] + (reset * h) @ state_w)
        h = jnp.where(live[:, None], (1 - update) * h + update * candidate, h)
        return h, h

    h0 = jnp.zeros((x.shape[0], size), x.dtype)
    _, out = jax.lax.scan(step, h0, (jnp.swapaxes(projected, 0, 1), jnp.swapaxes(mask, 0, 1)), reverse=reverse)
    return jnp.swapaxes(out, 0, 1)


def emissions(params: Params, ids: jax.Array, mask: jax.Array, dropout: jax.Array | None = None) -> jax.Array:
    """Scores (batch, steps, tags): embedding, two BiGRU layers, the output layer."""
    x = params["word_emb"][ids]
    for layer in range(2):
        forward, backward = 2 * layer, 2 * layer + 1
        x = jnp.concatenate([
            _gru(x, mask, tuple(params[f"{n}_{forward}.{w}_0"] for n, w in _GRU_PARTS), reverse=False),
            _gru(x, mask, tuple(params[f"{n}_{backward}.{w}_0"] for n, w in _GRU_PARTS), reverse=True),
        ], axis=-1)
    if dropout is not None:
        keep = jax.random.bernoulli(dropout, 1 - _DROPOUT, x.shape)
        x = jnp.where(keep, x / (1 - _DROPOUT), 0)
    return x @ params["fc_4.w_0"] + params["fc_4.b_0"]


_GRU_PARTS = (("fc", "w"), ("fc", "b"), ("gru", "w"), ("gru", "b"))


def crf_loss(params: Params, ids: jax.Array, tags: jax.Array, mask: jax.Array, dropout: jax.Array) -> jax.Array:
    """Mean negative log-likelihood of the gold tags under the linear-chain CRF (start, end and
    transition weights in Paddle's `crfw` layout: row 0 start, row 1 end, then from -> to)."""
    scores = emissions(params, ids, mask, dropout)
    crf = params["crfw"]
    start, end, transitions = crf[0], crf[1], crf[2:]

    def step(alpha: jax.Array, inputs: tuple[jax.Array, jax.Array]) -> tuple[jax.Array, None]:
        emission, live = inputs
        moved = jax.nn.logsumexp(alpha[:, :, None] + transitions[None], axis=1) + emission
        return jnp.where(live[:, None], moved, alpha), None

    alpha, _ = jax.lax.scan(step, start[None] + scores[:, 0],
                            (jnp.swapaxes(scores, 0, 1)[1:], jnp.swapaxes(mask, 0, 1)[1:]))
    log_z = jax.nn.logsumexp(alpha + end[None], axis=1)
    lengths = mask.sum(axis=1)
    gold = (start[tags[:, 0]] + (jnp.take_along_axis(scores, tags[:, :, None], 2)[:, :, 0] * mask).sum(1)
            + (transitions[tags[:, :-1], tags[:, 1:]] * mask[:, 1:]).sum(1)
            + end[jnp.take_along_axis(tags, jnp.maximum(lengths - 1, 0)[:, None], 1)[:, 0]])
    rows = lengths > 0
    return jnp.where(rows, log_z - gold, 0).sum() / jnp.maximum(rows.sum(), 1)


def padded(batch: Sequence[tuple[Sequence[int], Sequence[int]]], rows: int) -> tuple[np.ndarray, ...]:
    """Ids, tags and mask, padded to `rows` sentences and a multiple of 16 steps (few shapes to compile)."""
    width = max(16, -(-max(len(ids) for ids, _ in batch) // 16) * 16)
    ids = np.zeros((rows, width), np.int32)
    tags = np.zeros((rows, width), np.int32)
    mask = np.zeros((rows, width), bool)
    for row, (i, t) in enumerate(batch):
        ids[row, :len(i)], tags[row, :len(t)], mask[row, :len(i)] = i, t, True
    return ids, tags, mask


def fine_tune(
    params: dict[str, np.ndarray], data: Sequence[tuple[Sequence[int], Sequence[int]]], *, epochs: int, seed: int,
    rate_encoder: float, rate_head: float, batch_size: int = 32,
    after_epoch: Callable[[int, float, dict[str, np.ndarray]], None] | None = None,
) -> dict[str, np.ndarray]:
    """Adam over `epochs` passes of `data` (token ids, tag ids), in batches of sentences of like
    length, shuffled by `seed`; rates fall linearly to a tenth; gradients clipped at norm 5."""
    order = sorted(range(len(data)), key=lambda k: len(data[k][0]))
    batches = [order[s:s + batch_size] for s in range(0, len(order), batch_size)]
    total = max(1, epochs * len(batches))
    role = {k: ("head" if k in _HEAD else "encoder") for k in params}
    optimizer = optax.chain(optax.clip_by_global_norm(5.0), optax.multi_transform(
        {"encoder": optax.adam(optax.linear_schedule(rate_encoder, rate_encoder / 10, total)),
         "head": optax.adam(optax.linear_schedule(rate_head, rate_head / 10, total))}, role))
    state_params: Params = {k: jnp.asarray(v) for k, v in params.items()}
    state = optimizer.init(state_params)

    @jax.jit
    def step(p: Params, s: optax.OptState, ids: jax.Array, tags: jax.Array, mask: jax.Array,
             key: jax.Array) -> tuple[Params, optax.OptState, jax.Array]:
        loss, grads = jax.value_and_grad(crf_loss)(p, ids, tags, mask, key)
        updates, s = optimizer.update(grads, s, p)
        return optax.apply_updates(p, updates), s, loss

    key = jax.random.PRNGKey(seed)
    for epoch in range(epochs):
        random.Random(seed + epoch).shuffle(batches)
        losses = 0.0
        for batch in batches:
            key, sub = jax.random.split(key)
            ids, tags, mask = padded([data[k] for k in batch], batch_size)
            state_params, state, loss = step(state_params, state, ids, tags, mask, sub)
            losses += float(loss)
        if after_epoch:
            after_epoch(epoch, losses / max(1, len(batches)), as_numpy(state_params))
    return as_numpy(state_params)


def as_numpy(params: Params) -> dict[str, np.ndarray]:
    return {k: np.asarray(v) for k, v in params.items()}

