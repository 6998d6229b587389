"""Speed benchmarks (`python -m bench`, `make bench`): tables of timings, never assertions.

Sections: the engine on the shipped article, all 15 SQuAD articles loaded at once, synthetic
knowledge bases of growing size, and the Telegram layer (when `bench/telegram_bench.py` exists).
Every table sets the engine beside BM25 (rank_bm25) timed in the same run on the same questions.
"""
