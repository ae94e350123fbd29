"""Tiny causal LMs built offline in the tests: a byte-level BPE tokenizer trained in-process
and a random `Qwen2ForCausalLM`, saved as a Hugging Face folder that `load_hf` can load.

`make_tiny_model` gives a random model whose attention matters (for padding, cache and
batch tests). `make_scripted_model` gives one whose greedy continuation of a prompt is a
known text (`SCRIPT`, or its rest when the prompt ends inside it) and then end of sequence:
a bigram model with the attention and MLP outputs zeroed, so that the stop-string and
length tests know what the model will say.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch

SPECIALS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
CONTEXT = 256
SCRIPT = "print(1)\n```"  # the scripted model's greedy answer, then <|im_end|>

CHAT_TEMPLATE = (
    "{% for m in messages %}"
    "{{ '<|im_start|>' + m['role'] + '\\n' + m['content'] + '<|im_end|>\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)

# What the tokenizer learns from: a little Python, with the fences and calls the tests use.
_CORPUS = [
    "def add(a, b):\n    return a + b\n",
    "def mul(x, y):\n    return x * y\n",
    "for i in range(10):\n    print(i)\n",
    "print(1)\nprint(2)\nprint('hello world')\n",
    "```python\ndef f(n):\n    if n < 2:\n        return n\n    return f(n - 1) + f(n - 2)\n```\n",
    "```\nok\n```\n",
    "import sys\ndata = sys.stdin.read().split()\nprint(sum(map(int, data)))\n",
    "class Stack:\n    def __init__(self):\n        self.items = []\n\n"
    "    def push(self, x):\n        self.items.append(x)\n",
    "while True:\n    line = input()\n    if not line:\n        break\n",
    "Write a function that returns the sum of two numbers.\n",
    "You are a helpful assistant. Answer with Python code only.\n",
]


def make_tokenizer(folder: Path) -> Any:
    """A byte-level BPE tokenizer with Qwen's special tokens and chat template, saved."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400,
        special_tokens=SPECIALS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_CORPUS * 4, trainer=trainer)
    return save_tokenizer(tok, folder)


def save_tokenizer(tok: Any, folder: Path) -> Any:
    """A trained `tokenizers.Tokenizer` as a Hugging Face fast tokenizer with Qwen's special
    tokens and chat template, saved in `folder`."""
    from transformers import PreTrainedTokenizerFast

    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        eos_token="<|im_end|>",
        pad_token="<|endoftext|>",
        additional_special_tokens=["<|im_start|>", "<|im_end|>"],
    )
    fast.chat_template = CHAT_TEMPLATE
    fast.save_pretrained(str(folder))
    return fast


def make_tiny_model(folder: Path, seed: int = 0, init_std: float = 0.2) -> Path:
    """A random Qwen2 model (hidden 32, 2 layers) and its tokenizer, saved in `folder`.

    `init_std` is larger than a real model's 0.02 so that the next-token distribution is
    peaked: greedy decoding is then decided by clear margins, not by float noise."""
    from transformers import Qwen2Config, Qwen2ForCausalLM
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    folder.mkdir(parents=True, exist_ok=True)
    tok = make_tokenizer(folder)
    eos, pad = tok.convert_tokens_to_ids(["<|im_end|>", "<|endoftext|>"])
    config = Qwen2Config(
        vocab_size=len(tok),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=CONTEXT,
        initializer_range=init_std,
        tie_word_embeddings=False,
        bos_token_id=pad,
        eos_token_id=eos,
        pad_token_id=pad,
    )
    torch.manual_seed(seed)
    model = Qwen2ForCausalLM(config).eval()
    # As in Qwen's own generation config: both <|im_end|> and <|endoftext|> (the pad) end.
    model.generation_config.eos_token_id = [eos, pad]
    model.generation_config.pad_token_id = pad
    model.save_pretrained(str(folder))
    return folder


def make_scripted_model(folder: Path, seed: int = 0) -> Path:
    """A model whose greedy continuation of a prompt is `SCRIPT`, then <|im_end|>.

    Attention and MLP outputs are zeroed, so the last hidden state is the normalised
    embedding of the current token: a bigram model. Every token leads to the script's
    first token, each script token to the next one, the last one to <|im_end|>."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    make_tiny_model(folder, seed)
    tok = AutoTokenizer.from_pretrained(str(folder))
    model = AutoModelForCausalLM.from_pretrained(str(folder), dtype=torch.float32)
    script = tok(SCRIPT, add_special_tokens=False).input_ids
    if len(set(script)) != len(script):
        raise AssertionError(f"the script's tokens must differ from each other: {script}")
    eos = tok.convert_tokens_to_ids("<|im_end|>")
    with torch.no_grad():
        for layer in model.model.layers:
            layer.self_attn.o_proj.weight.zero_()
            layer.mlp.down_proj.weight.zero_()
        # Dimension 0 is shared by every token: the route to the script's start. Script
        # token i alone has dimension 1 + i, which routes it to its successor, more strongly.
        emb = model.model.embed_tokens.weight
        emb[:, 0] = 1.0
        emb[:, 1 : 1 + len(script)] = 0.0
        for i, a in enumerate(script):
            emb[a, 1 + i] = 1.0
        model.model.norm.weight.fill_(1.0)
        head = model.lm_head.weight
        head.zero_()
        head[script[0], 0] = 3.0
        for i, b in enumerate([*script[1:], eos]):
            head[b, 1 + i] = 6.0
        # Check the bigram table really spells the script.
        logits = model.lm_head(model.model.norm(emb))
        nxt = logits.argmax(-1)
        want = dict(zip(script, [*script[1:], eos], strict=True))
        for t in range(len(tok)):
            expected = want.get(t, script[0])
            if int(nxt[t]) != expected:
                raise AssertionError(f"token {t} leads to {int(nxt[t])}, not {expected}")
    model.save_pretrained(str(folder))
    return folder
