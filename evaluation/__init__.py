"""Measuring the engine: the article's own question set, SQuAD 2.0, and the simple baselines.

`python -m evaluation.article` (`make eval`) and `python -m evaluation.squad` (`make eval-squad`)
print reports; nothing here is imported by the bot.
"""
