"""A small torch Transformer laid out like CTranslate2's ``TransformerSpec``, and its export.

The network is the pre-norm Transformer of Vaswani et al. (2017, "Attention is all you need") as
OpenNMT-py builds it and CTranslate2 runs it (see ``ctranslate2/specs/transformer_spec.py`` and
``ctranslate2/converters/opennmt_py.py``): token embeddings scaled by sqrt(d_model) plus sinusoidal
position encodings, pre-norm layers (LayerNorm eps 1e-6) with ReLU feed-forward blocks, a final
LayerNorm on both stacks, one vocabulary shared by source and target, and an output projection tied
to the embeddings (with a bias). ``to_spec`` copies the trained weights into a ``TransformerSpec``
so ``spec.save`` writes a CTranslate2 model directory (model.bin, config.json,
shared_vocabulary.json) that Argos Translate loads unchanged. Torch is imported lazily by callers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
from torch import nn

PAD, UNK, BOS, EOS = 3, 0, 1, 2  # SentencePiece ids: unk=0, bos=1, eos=2, pad=3
LAYER_NORM_EPS = 1e-6


@dataclass(frozen=True)
class Architecture:
    """Hyper-parameters of the Transformer."""

    d_model: int = 128
    heads: int = 4
    ffn: int = 512
    encoder_layers: int = 2
    decoder_layers: int = 2
    max_positions: int = 256
    dropout: float = 0.1


def sinusoid_table(positions: int, depth: int) -> torch.Tensor:
    """Sinusoidal position encodings, sin on even and cos on odd dimensions (Vaswani et al.)."""
    position = torch.arange(positions, dtype=torch.float32).unsqueeze(1)
    rates = torch.exp(torch.arange(0, depth, 2, dtype=torch.float32) * (-math.log(10000.0) / depth))
    table = torch.zeros(positions, depth)
    table[:, 0::2] = torch.sin(position * rates)
    table[:, 1::2] = torch.cos(position * rates)
    return table


class Seq2Seq(nn.Module):
    """Encoder-decoder Transformer whose parameters map one-to-one onto a TransformerSpec."""

    def __init__(self, vocab_size: int, arch: Architecture) -> None:
        super().__init__()
        self.arch = arch
        self.embed = nn.Embedding(vocab_size, arch.d_model, padding_idx=PAD)
        nn.init.normal_(self.embed.weight, std=arch.d_model**-0.5)
        self.register_buffer("pe", sinusoid_table(arch.max_positions, arch.d_model))
        self.transformer = nn.Transformer(
            d_model=arch.d_model,
            nhead=arch.heads,
            num_encoder_layers=arch.encoder_layers,
            num_decoder_layers=arch.decoder_layers,
            dim_feedforward=arch.ffn,
            dropout=arch.dropout,
            activation="relu",
            batch_first=True,
            norm_first=True,
            layer_norm_eps=LAYER_NORM_EPS,
        )
        self.out_bias = nn.Parameter(torch.zeros(vocab_size))

    def _inputs(self, ids: torch.Tensor) -> torch.Tensor:
        """Scaled embeddings plus position encodings, as CTranslate2 computes them."""
        scale = math.sqrt(self.arch.d_model)
        return self.embed(ids) * scale + self.pe[: ids.size(1)]

    def forward(self, src: torch.Tensor, tgt_in: torch.Tensor) -> torch.Tensor:
        """Logits for each target position under teacher forcing."""
        width = tgt_in.size(1)
        causal = torch.ones(width, width, dtype=torch.bool).triu(1)
        src_pad = src == PAD
        hidden = self.transformer(
            self._inputs(src),
            self._inputs(tgt_in),
            tgt_mask=causal,
            tgt_is_causal=True,
            src_key_padding_mask=src_pad,
            tgt_key_padding_mask=tgt_in == PAD,
            memory_key_padding_mask=src_pad,
        )
        return hidden @ self.embed.weight.T + self.out_bias


def _np(t: torch.Tensor) -> np.ndarray:
    return t.detach().cpu().numpy().astype(np.float32).copy()


def _set_norm(spec, norm: nn.LayerNorm) -> None:
    spec.gamma, spec.beta = _np(norm.weight), _np(norm.bias)


def _set_linear(spec, weight: torch.Tensor, bias: torch.Tensor | None) -> None:
    spec.weight = _np(weight)
    if bias is not None:
        spec.bias = _np(bias)


def _set_ffn(spec, layer: nn.Module, norm: nn.LayerNorm) -> None:
    _set_norm(spec.layer_norm, norm)
    _set_linear(spec.linear_0, layer.linear1.weight, layer.linear1.bias)
    _set_linear(spec.linear_1, layer.linear2.weight, layer.linear2.bias)


def _set_self_attention(spec, attn: nn.MultiheadAttention, norm: nn.LayerNorm) -> None:
    # torch fuses q, k, v in one in_proj matrix in that order, which is CTranslate2's layout too.
    _set_norm(spec.layer_norm, norm)
    _set_linear(spec.linear[0], attn.in_proj_weight, attn.in_proj_bias)
    _set_linear(spec.linear[1], attn.out_proj.weight, attn.out_proj.bias)


def _set_cross_attention(spec, attn: nn.MultiheadAttention, norm: nn.LayerNorm, d: int) -> None:
    # CTranslate2 keeps the query projection apart and fuses keys with values.
    _set_norm(spec.layer_norm, norm)
    _set_linear(spec.linear[0], attn.in_proj_weight[:d], attn.in_proj_bias[:d])
    _set_linear(spec.linear[1], attn.in_proj_weight[d:], attn.in_proj_bias[d:])
    _set_linear(spec.linear[2], attn.out_proj.weight, attn.out_proj.bias)


def to_spec(model: Seq2Seq, vocabulary: list[str]):
    """Copy a trained Seq2Seq into a CTranslate2 TransformerSpec with a shared vocabulary."""
    from ctranslate2.specs import transformer_spec

    arch, d = model.arch, model.arch.d_model
    spec = transformer_spec.TransformerSpec.from_config(
        (arch.encoder_layers, arch.decoder_layers), arch.heads, pre_norm=True
    )
    spec.config.layer_norm_epsilon = LAYER_NORM_EPS
    pe, embed = _np(model.pe), _np(model.embed.weight)
    enc, dec = spec.encoder, spec.decoder
    enc.embeddings[0].weight, enc.position_encodings.encodings = embed, pe
    dec.embeddings.weight, dec.position_encodings.encodings = embed, pe
    for layer_spec, layer in zip(enc.layer, model.transformer.encoder.layers, strict=True):
        _set_self_attention(layer_spec.self_attention, layer.self_attn, layer.norm1)
        _set_ffn(layer_spec.ffn, layer, layer.norm2)
    for layer_spec, layer in zip(dec.layer, model.transformer.decoder.layers, strict=True):
        _set_self_attention(layer_spec.self_attention, layer.self_attn, layer.norm1)
        _set_cross_attention(layer_spec.attention, layer.multihead_attn, layer.norm2, d)
        _set_ffn(layer_spec.ffn, layer, layer.norm3)
    _set_norm(enc.layer_norm, model.transformer.encoder.norm)
    _set_norm(dec.layer_norm, model.transformer.decoder.norm)
    _set_linear(dec.projection, model.embed.weight, model.out_bias)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    return spec
