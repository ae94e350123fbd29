"""Adapters that turn a corpus source (local JSONL, an installed package, a `datasets`
hub id or local copy) into `Problem`s. One module per source, registered by card type."""
