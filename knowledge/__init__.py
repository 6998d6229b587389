"""The article side: articles, their fact bases, and the code that builds and checks them.

Nothing here knows about chat; `bot` turns questions into look-ups over what this package loads.
"""

from knowledge._build import CURATION_FILE, FACTS_FILE, article_id, build, extract, read_article
from knowledge._errors import ArticleError, FactFileError, KnowledgeError
from knowledge._extract import capitalised_words
from knowledge._load import DEFAULT_PACK, PACKS_DIR, KnowledgeBase, Pack, load_knowledge, load_pack
from knowledge._schema import (
    ArticleMeta,
    Citation,
    CuratedFact,
    Curation,
    Entities,
    ExtractedFact,
    FactBase,
    Paragraph,
)
from knowledge._text import STOP_WORDS, content_words, fold, tokens

__all__ = [
    "CURATION_FILE",
    "DEFAULT_PACK",
    "FACTS_FILE",
    "PACKS_DIR",
    "STOP_WORDS",
    "ArticleError",
    "ArticleMeta",
    "Citation",
    "CuratedFact",
    "Curation",
    "Entities",
    "ExtractedFact",
    "FactBase",
    "FactFileError",
    "KnowledgeBase",
    "KnowledgeError",
    "Pack",
    "Paragraph",
    "article_id",
    "build",
    "capitalised_words",
    "content_words",
    "extract",
    "fold",
    "load_knowledge",
    "load_pack",
    "read_article",
    "tokens",
]
