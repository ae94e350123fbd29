"""Memorization studies: does a model solve a corpus because it has seen it?

Four independent signals, each a module-level function tested on its own, compare a
likely-seen corpus (HumanEval) with a never-seen one (`fresh`):
- `drop`: pass rate on the original statement against meaning-preserving variants, and
  the difference in differences between the corpora (run data);
- `completion`: the model completes reference solutions cut at syntax-tree boundaries;
- `likelihood`: perplexity and Min-K% Prob of references and statements;
- `release`: pass rate by release date against a cutoff (run data).
`verdict` puts them into one table; `study` runs what is missing, `report` writes it up.
"""
