"""Inline mode: `@BotName question` in any chat offers cited answers to send."""

from __future__ import annotations

import html
import logging

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.engine import Answer
from bot.telegram import formatting
from bot.telegram.handlers import NO_PREVIEW
from bot.telegram.services import Services, digest, services

logger = logging.getLogger(__name__)

CACHE_SECONDS = 300  # the article does not change while the bot runs


def _result(svc: Services, question: str, answer: Answer) -> InlineQueryResultArticle:
    """An inline result: the answer as title, the quote as description, the cited answer as text."""
    body = formatting.reply_html(answer, svc.titles, svc.engine.topics())
    text = f"<b>Q:</b> {html.escape(question)}\n\n{body}"
    if answer.answered and answer.answer:
        title = formatting.shorten(answer.answer, 100)
        description = (
            formatting.shorten(answer.citations[0].quote, 200) if answer.citations else None
        )
    else:
        title = "The article does not say"
        description = "Topics: " + ", ".join(svc.engine.topics()[:6])
    return InlineQueryResultArticle(
        id=digest(f"{question}\n{answer.fact_id}"),
        title=title,
        description=description,
        input_message_content=InputTextMessageContent(
            formatting.split_html(text)[0],
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
        ),
    )


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer the cited answer to the typed question, and any nearly tied fact beside it."""
    query = update.inline_query
    if query is None:
        return
    svc = services(context)
    question = " ".join(query.query.split())
    results: list[InlineQueryResultArticle] = []
    if not question:
        # Nothing typed yet: the example questions, answered.
        for example in svc.engine.example_questions(3):
            answer = svc.engine.ask(example)
            if answer.answered:
                results.append(_result(svc, example, answer))
    else:
        answer = svc.engine.ask(question)
        if answer.answered or not answer.choices:
            results.append(_result(svc, question, answer))
        # A nearly tied fact is a result of its own, to pick instead.
        for choice in answer.choices:
            results.append(_result(svc, question, svc.engine.answer_fact(choice.fact_id)))
    await query.answer(results, cache_time=CACHE_SECONDS, is_personal=False)
