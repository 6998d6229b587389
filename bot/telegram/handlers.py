"""Thin adapters from Telegram updates to the engine: parse the update, ask, format, send."""

from __future__ import annotations

import asyncio
import html
import logging
import re

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut
from telegram.ext import ContextTypes, filters

from bot.engine import MAX_QUESTION_CHARS, Answer
from bot.telegram import formatting
from bot.telegram.followup import answer_follow_up
from bot.telegram.ratelimit import Verdict
from bot.telegram.services import Services, services

logger = logging.getLogger(__name__)

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
SEND_ATTEMPTS = 3
USAGE = "Usage: /ask &lt;question&gt;, for example: /ask Why did Apple drop DeepSeek?"
HELP = (
    "I answer questions about one news article, and prove every answer with a verbatim quote.\n\n"
    "<b>In a private chat</b> just write your question. Follow-ups such as “why?”, “when?” or "
    "“and Baidu?” are read against your previous question.\n"
    "<b>In a group</b> use /ask &lt;question&gt;, reply to one of my messages, or mention me.\n"
    "<b>In any chat</b> type my @username and a question to share a cited answer.\n\n"
    "/topics — what the article covers\n"
    "/source — title, date and origin of the article\n"
    "/why — how I matched my last answer"
)
SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


# -- sending ---------------------------------------------------------------------------------


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


async def _send(message: Message, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Reply to `message` with HTML `text`, split to fit, threaded to it; the markup goes last.

    Flood control (429) is retried by the rate limiter; a connection that failed before the request
    was sent is retried here. A read time-out is not: the reply may have arrived, and a duplicate
    is worse than the error handler's apology.
    """
    parts = formatting.split_html(text)
    for number, part in enumerate(parts, start=1):
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                await message.reply_html(
                    part,
                    reply_parameters=ReplyParameters(
                        message_id=message.message_id, allow_sending_without_reply=True
                    ),
                    reply_markup=markup if number == len(parts) else None,
                    link_preview_options=NO_PREVIEW,
                )
                break
            except TimedOut as error:
                if "pool timeout" not in str(error).lower() or attempt == SEND_ATTEMPTS:
                    raise
            except BadRequest as error:
                # Every text is escaped, so this is a bug; still, the user gets the answer.
                if "parse entities" not in str(error).lower():
                    raise
                logger.error("Telegram refused the HTML of a reply (%s); sending plain text", error)
                await message.reply_text(
                    _plain(part),
                    reply_parameters=ReplyParameters(
                        message_id=message.message_id, allow_sending_without_reply=True
                    ),
                )
                break
            except NetworkError:
                if attempt == SEND_ATTEMPTS:
                    raise
            await asyncio.sleep(0.5 * attempt)


def _choice_markup(svc: Services, answer: Answer) -> InlineKeyboardMarkup | None:
    if not answer.choices:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    formatting.shorten(choice.label, formatting.BUTTON_LABEL_CHARS),
                    callback_data=svc.buttons.data(choice.fact_id),
                )
            ]
            for choice in answer.choices
        ]
    )


async def _admit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Apply the per-user flood limit; the first question over it gets one polite notice."""
    svc = services(context)
    user = update.effective_user
    chat = update.effective_chat
    who = user.id if user is not None else chat.id if chat is not None else 0
    now = svc.clock()
    verdict = svc.gate.check(who, now)
    if verdict is Verdict.ANSWER:
        return True
    if verdict is Verdict.NOTIFY and update.effective_message is not None:
        wait = max(1, round(svc.gate.retry_in(who, now)))
        logger.info("flood limit reached by user %s", who)
        await _send(
            update.effective_message,
            f"You are asking faster than I can keep up. I will answer again in about {wait} s.",
        )
    return False


# -- questions -------------------------------------------------------------------------------


async def answer_question(
    update: Update, context: ContextTypes.DEFAULT_TYPE, question: str
) -> None:
    """Answer one question in the chat of `update`: cited answer (with any near-tied other fact on a
    button), or abstention."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    if not await _admit(update, context):
        return
    question = " ".join(question.split())
    if not question:
        await _send(message, USAGE)
        return
    if len(question) > MAX_QUESTION_CHARS:
        await _send(
            message,
            f"That is a long one. Please ask in fewer than {MAX_QUESTION_CHARS} characters.",
        )
        return
    svc = services(context)
    now = svc.clock()
    previous = svc.memory.recent(chat.id, now)
    # The engine is pure Python CPU (1-8 ms a question), so it runs on the event loop: under the
    # GIL a worker thread adds no throughput, and measured with asyncio.to_thread the 300-chat
    # burst got slower (8-10 s instead of 5 s in process with the stand-in) from thread switching.
    # A follow-up may take a few asks (one per reading), still a few milliseconds.
    answer, spelled_out = answer_follow_up(
        svc.engine.ask, question, previous.question if previous else None, svc.names
    )
    svc.memory.remember(chat.id, spelled_out or question, answer, now)
    text = formatting.reply_html(answer, svc.titles, svc.engine.topics())
    if spelled_out is not None:
        text = f"<i>Reading that as: {html.escape(spelled_out)}</i>\n\n{text}"
    await _send(message, text, _choice_markup(svc, answer))


def _command_argument(message: Message) -> str:
    """The text after the leading /command (and its @botname)."""
    text = message.text or ""
    for entity, command in message.parse_entities([MessageEntity.BOT_COMMAND]).items():
        if entity.offset == 0:
            return text[len(command) :]
    return text


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask <question>: answer it (the way to ask in groups)."""
    if update.effective_message is not None:
        await answer_question(update, context, _command_argument(update.effective_message))


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any text in a private chat is a question."""
    if update.effective_message is not None:
        await answer_question(update, context, update.effective_message.text or "")


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group message replying to or mentioning the bot: the rest of the text is the question."""
    message = update.effective_message
    if message is None:
        return
    text = message.text or ""
    username = (context.bot.username or "").lower()
    mentions = message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION])
    for entity, mention in mentions.items():
        ours = (
            entity.type == MessageEntity.MENTION and mention.lstrip("@").lower() == username
        ) or (entity.user is not None and entity.user.id == context.bot.id)
        if ours:
            text = text.replace(mention, " ")
    await answer_question(update, context, text)


# -- commands --------------------------------------------------------------------------------


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet, and offer three example questions."""
    message = update.effective_message
    if message is None or not await _admit(update, context):
        return
    svc = services(context)
    titles = ", ".join(f"“{html.escape(title)}”" for title in svc.titles.values())
    examples = "\n".join(f"• {html.escape(q)}" for q in svc.engine.example_questions(3))
    await _send(
        message,
        f"Hello! Ask me anything about {titles}. Every answer comes with the sentence that proves "
        f"it.\n\nFor example:\n{examples}\n\n/help shows everything I can do.",
    )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What the bot does and how to ask."""
    if update.effective_message is not None and await _admit(update, context):
        await _send(update.effective_message, HELP)


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What the article covers, from the fact base."""
    if update.effective_message is not None and await _admit(update, context):
        engine = services(context).engine
        text = formatting.topics_html(engine.topics(), engine.example_questions(3))
        await _send(update.effective_message, text)


async def source(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Title, date and origin of the article."""
    if update.effective_message is not None and await _admit(update, context):
        packs = services(context).engine.knowledge.packs
        await _send(update.effective_message, formatting.source_html(p.article for p in packs))


async def why(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """How the last answer in this chat was matched: fact, score parts, runner-up."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not await _admit(update, context):
        return
    turn = services(context).memory.last(chat.id)
    await _send(message, formatting.explanation_html(turn.answer if turn else None))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command the bot does not have (private chats only)."""
    if update.effective_message is not None and await _admit(update, context):
        await _send(update.effective_message, "I do not know that command. " + HELP)


# -- buttons ---------------------------------------------------------------------------------


async def choice_pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A "did you mean" button: answer the fact it names, in place of the question."""
    query = update.callback_query
    if query is None:
        return
    svc = services(context)
    fact_id = svc.buttons.fact_id(query.data or "")
    if fact_id is None:
        await query.answer("That choice is out of date. Please ask again.")
        return
    user = query.from_user
    if svc.gate.check(user.id, svc.clock()) is not Verdict.ANSWER:
        await query.answer("You are asking faster than I can keep up. Please wait a little.")
        return
    await query.answer()
    answer = svc.engine.answer_fact(fact_id)
    chat = update.effective_chat
    if chat is not None:
        previous = svc.memory.last(chat.id)
        asked = previous.question if previous is not None else answer.question
        svc.memory.remember(chat.id, asked, answer, svc.clock())
    parts = formatting.split_html(formatting.reply_html(answer, svc.titles, svc.engine.topics()))
    await query.edit_message_text(
        parts[0], parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
    )
    if len(parts) > 1 and isinstance(query.message, Message):
        for part in parts[1:]:
            await _send(query.message, part)


# -- errors ----------------------------------------------------------------------------------


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the traceback, and tell the user briefly; the bot keeps running."""
    logger.error("error while handling an update", exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(SORRY)
        elif update.effective_message is not None:
            await update.effective_message.reply_text(SORRY)
    except TelegramError as error:
        logger.warning("could not tell the user about the error: %s", error)


# -- filters ---------------------------------------------------------------------------------


class _RepliesToBot(filters.MessageFilter):
    """A reply to one of this bot's own messages."""

    def filter(self, message: Message) -> bool:
        replied = message.reply_to_message
        return (
            replied is not None
            and replied.from_user is not None
            and replied.from_user.id == message.get_bot().id
        )


class _MentionsBot(filters.MessageFilter):
    """A message that @mentions this bot (delivered in groups only when privacy mode is off)."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        username = (bot.username or "").lower()
        kinds: list[str | None] = [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
        for entity, text in message.parse_entities(kinds).items():
            if entity.type == MessageEntity.MENTION and text.lstrip("@").lower() == username:
                return True
            if entity.user is not None and entity.user.id == bot.id:
                return True
        return False


REPLIES_TO_BOT = _RepliesToBot(name="replies_to_bot")
MENTIONS_BOT = _MentionsBot(name="mentions_bot")
