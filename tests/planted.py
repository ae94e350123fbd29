"""Planted memorization: a tiny causal LM that has seen some texts, and its untrained twin.

`plant(folder, texts, steps, seed, vocabulary)` saves a Hugging Face folder (`load_model(
"hf:" + folder)` loads it) holding a byte-level BPE tokenizer and a small `Qwen2ForCausalLM`
trained with AdamW on `texts` alone, each followed by end of sequence, until it knows them
by heart (a few seconds on a CPU). With `steps=0` it is the same model untrained: a normal
init with std 0.02 makes its next-token distribution near uniform, so it knows nothing.

The tokenizer learns from a fixed generic Python corpus plus `texts` and `vocabulary` (give
every text of the experiment, seen and unseen alike, so that the tokens themselves do not
tell which were trained on). It splits text as Qwen2's does, which transformers 5 imposes on
any folder of model type qwen2 anyway; that split keeps a line's end apart from the next
line's indentation, so a prompt of whole lines is tokenized as the start of the whole text
was, and a memorizing model continues it. Training tokenizes with the tokenizer as loaded
back from the folder: exactly what the probes will see.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch
from tiny_model import SPECIALS, save_tokenizer

CONTEXT = 512
VOCAB = 800
# Qwen2's pre-tokenizer split (transformers' tokenization_qwen2.PRETOKENIZE_REGEX).
QWEN_SPLIT = (
    r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}"""
    r"""| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""
)

# What every tokenizer learns from besides the experiment's texts: generic Python.
GENERIC = [
    "import sys\nfrom typing import List\n\n\ndef main() -> None:\n    data = sys.stdin.read()\n",
    'def add(a: int, b: int) -> int:\n    """Return the sum."""\n    return a + b\n',
    "for i in range(len(numbers)):\n    if numbers[i] > 0:\n        count += 1\n",
    "while left < right:\n    mid = (left + right) // 2\n    left = mid + 1\n",
    "result = [x * x for x in values if x % 2 == 0]\nprint(sum(result))\n",
    "class Node:\n    def __init__(self, value):\n        self.value = value\n",
    "def is_prime(n):\n    if n < 2:\n        return False\n    return True\n",
    "text = ''.join(sorted(string.lower()))\nreturn len(set(text)) == len(text)\n",
    ">>> f([1, 2, 3])\n6\n>>> f([])\n0\n",
    "Return the list of strings that contain the given substring.\n",
]


def make_tokenizer(folder: Path, texts: Sequence[str], vocab_size: int = VOCAB) -> Any:
    """A byte-level BPE tokenizer split as Qwen2's, trained on GENERIC + `texts`, saved."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(QWEN_SPLIT), behavior="isolated"),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIALS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator([*GENERIC, *texts], trainer=trainer)
    return save_tokenizer(tok, folder)


def plant(
    folder: Path,
    texts: Sequence[str],
    steps: int = 150,
    seed: int = 0,
    vocabulary: Sequence[str] = (),
    lr: float = 1e-2,
) -> Path:
    """Save in `folder` a tokenizer (from GENERIC, `texts` and `vocabulary`) and a small
    Qwen2 model trained for `steps` full-batch AdamW steps on `texts`; the init depends on
    `seed` alone, so `steps=0` gives the untrained twin of a trained model."""
    from transformers import AutoTokenizer, Qwen2Config, Qwen2ForCausalLM
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    folder.mkdir(parents=True, exist_ok=True)
    tok = make_tokenizer(folder, [*texts, *vocabulary])
    eos, pad = tok.convert_tokens_to_ids(["<|im_end|>", "<|endoftext|>"])
    config = Qwen2Config(
        vocab_size=len(tok),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=CONTEXT,
        initializer_range=0.02,
        tie_word_embeddings=False,
        bos_token_id=pad,
        eos_token_id=eos,
        pad_token_id=pad,
    )
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config)
    if steps:
        # Tokenize as the probes will: the folder's tokenizer as loaded for a qwen2 model.
        config.save_pretrained(str(folder))
        loaded = AutoTokenizer.from_pretrained(str(folder))
        sequences = [loaded(t, add_special_tokens=False).input_ids + [eos] for t in texts]
        _train(model, sequences, pad, steps, lr)
    model.eval()
    model.generation_config.eos_token_id = [eos, pad]
    model.generation_config.pad_token_id = pad
    model.save_pretrained(str(folder))
    return folder


def _train(model: Any, sequences: list[list[int]], pad: int, steps: int, lr: float) -> None:
    """Full-batch AdamW on the sequences (right-padded; the padding is neither attended to
    nor predicted)."""
    width = max(len(s) for s in sequences)
    if width > CONTEXT:
        raise ValueError(f"a text of {width} tokens does not fit the context of {CONTEXT}")
    ids = torch.full((len(sequences), width), pad)
    mask = torch.zeros((len(sequences), width), dtype=torch.long)
    for i, s in enumerate(sequences):
        ids[i, : len(s)] = torch.tensor(s)
        mask[i, : len(s)] = 1
    labels = ids.masked_fill(mask == 0, -100)
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.0)
    model.train()
    # A model this small trains fastest on one thread: a second one only adds hand-offs,
    # and many times over on a CPU shared with other work.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        for _ in range(steps):
            optimizer.zero_grad()
            loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
            loss.backward()
            optimizer.step()
    finally:
        torch.set_num_threads(threads)
