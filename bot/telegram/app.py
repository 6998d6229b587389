"""Assembling the python-telegram-bot Application: settings, rate limiter, handlers, commands."""

from __future__ import annotations

import logging

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.engine import Engine
from bot.settings import Settings
from bot.telegram import handlers
from bot.telegram.inline import inline_query
from bot.telegram.services import CHOICE_PREFIX, SERVICES_KEY, Services

logger = logging.getLogger(__name__)

PRIVATE_COMMANDS = [
    BotCommand("start", "Greeting and example questions"),
    BotCommand("help", "How to ask"),
    BotCommand("topics", "What the article covers"),
    BotCommand("source", "Title, date and origin of the article"),
    BotCommand("why", "How the last answer was matched"),
    BotCommand("ask", "Ask a question about the article"),
]
GROUP_COMMANDS = [
    BotCommand("ask", "Ask a question about the article"),
    BotCommand("help", "How to ask"),
    BotCommand("topics", "What the article covers"),
    BotCommand("source", "Title, date and origin of the article"),
]
# Only what the handlers use: edited messages, channel posts and the rest are not asked for.
ALLOWED_UPDATES = ["message", "callback_query", "inline_query"]


async def register_commands(application: Application) -> None:  # type: ignore[type-arg]
    """Publish the command menus for private chats and for groups (runs as `post_init`)."""
    bot = application.bot
    await bot.set_my_commands(PRIVATE_COMMANDS, scope=BotCommandScopeAllPrivateChats())
    await bot.set_my_commands(GROUP_COMMANDS, scope=BotCommandScopeAllGroupChats())
    logger.info("running as @%s", bot.username)


def add_handlers(application: Application) -> None:  # type: ignore[type-arg]
    """Wire every handler; the order matters only within a group (first match wins)."""
    message = filters.UpdateType.MESSAGE  # new messages only: an edit is not a new question
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    commands = [
        ("start", handlers.start),
        ("help", handlers.help_command),
        ("topics", handlers.topics),
        ("source", handlers.source),
        ("why", handlers.why),
        ("ask", handlers.ask),
    ]
    for name, callback in commands:
        application.add_handler(CommandHandler(name, callback, filters=message))
    application.add_handler(
        CallbackQueryHandler(handlers.choice_pressed, pattern=f"^{CHOICE_PREFIX}")
    )
    application.add_handler(InlineQueryHandler(inline_query))
    application.add_handler(
        MessageHandler(message & private & filters.COMMAND, handlers.unknown_command)
    )
    application.add_handler(
        MessageHandler(message & private & filters.TEXT & ~filters.COMMAND, handlers.private_text)
    )
    application.add_handler(
        MessageHandler(
            message
            & groups
            & filters.TEXT
            & ~filters.COMMAND
            & (handlers.REPLIES_TO_BOT | handlers.MENTIONS_BOT),
            handlers.group_text,
        )
    )
    application.add_error_handler(handlers.on_error)


def build_application(
    settings: Settings,
    engine: Engine,
    *,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
) -> Application:  # type: ignore[type-arg]
    """The Application for `settings`, answering from `engine`.

    `request` replaces the HTTP client (tests pass one that needs no sockets).
    """
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.base_file_url)
        .rate_limiter(
            AIORateLimiter(
                overall_max_rate=settings.telegram_messages_per_second,
                group_max_rate=settings.telegram_group_messages_per_minute,
                # The default, 0, re-raises a 429 and the reply is lost.
                max_retries=settings.telegram_max_retries,
            )
        )
        .concurrent_updates(settings.concurrent_updates)
        .job_queue(None)
        .post_init(register_commands)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(get_updates_request or request)
    else:
        # A burst of replies waits for a free connection rather than failing after 1 s.
        builder = builder.connection_pool_size(max(64, settings.concurrent_updates)).pool_timeout(
            30
        )
    application = builder.build()
    application.bot_data[SERVICES_KEY] = Services.build(
        engine,
        questions_per_window=settings.user_questions_per_window,
        window=settings.user_window_seconds,
        followup_seconds=settings.followup_seconds,
    )
    add_handlers(application)
    return application
