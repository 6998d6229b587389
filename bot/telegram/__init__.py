"""The Telegram face of the bot: `run()` loads settings and knowledge, then polls for updates."""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path
from urllib.parse import urlsplit

from telegram.error import InvalidToken, NetworkError, TelegramError, TimedOut

from bot.engine import Engine
from bot.settings import Settings, SettingsError, load_settings
from bot.telegram.app import ALLOWED_UPDATES, build_application
from knowledge import KnowledgeError, load_knowledge

__all__ = ["build_application", "run"]

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1  # the bot started but the Bot API failed it
EXIT_CONFIG = 2  # it could not start: settings or knowledge
# Start-up calls (getMe, deleteWebhook, setWebhook) retried this many times: a network blip while
# the machine boots should not stop the bot; an unreachable Bot API still does, after them.
BOOTSTRAP_RETRIES = 3


class RedactingFormatter(logging.Formatter):
    """A formatter that blanks out secrets wherever they appear, tracebacks included."""

    def __init__(self, secrets: list[str], fmt: str) -> None:
        super().__init__(fmt)
        # Longest first, so the whole token goes before its secret half is looked for.
        self.secrets = sorted((s for s in secrets if s), key=len, reverse=True)

    def format(self, record: logging.LogRecord) -> str:
        """The record as text, secrets replaced by <redacted>."""
        return redact(super().format(record), self.secrets)


def redact(text: str, secrets: list[str]) -> str:
    """`text` with every secret replaced by <redacted>."""
    for secret in secrets:
        text = text.replace(secret, "<redacted>")
    return text


class _NoInvalidTokenTraceback(logging.Filter):
    """Drops python-telegram-bot's traceback of a refused token: `run` says it in one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], InvalidToken))


class _NoNetworkErrorTraceback(logging.Filter):
    """Keeps the line but drops the traceback of a plain network failure (connection refused,
    time-out): it says nothing the line does not, and retries follow. Bad requests keep theirs."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and type(record.exc_info[1]) in (NetworkError, TimedOut):
            record.exc_info = None
            record.exc_text = None
        return True


class _NoRefusedWebhookTraceback(logging.Filter):
    """Drops the traceback python-telegram-bot logs (at DEBUG) for each refused webhook request.

    The line before it already says why ("Request had the wrong secret token"); a traceback per
    forged request would only let strangers fill the log.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        # tornado.web.HTTPError by name: tornado is optional (webhook mode only).
        refused = (
            error is not None
            and type(error).__module__ == "tornado.web"
            and type(error).__name__ == "HTTPError"
            and getattr(error, "status_code", 500) < 500
        )
        return not refused


def _secrets(settings: Settings) -> list[str]:
    token = settings.token
    found = [token, token.partition(":")[2]]
    if settings.webhook_secret is not None:
        found.append(settings.webhook_secret.get_secret_value())
    return found


def configure_logging(settings: Settings) -> None:
    """One handler on stderr that never prints the token; httpx quiet (its URLs carry the token)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        RedactingFormatter(_secrets(settings), "%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    handler.addFilter(_NoInvalidTokenTraceback())
    handler.addFilter(_NoRefusedWebhookTraceback())
    handler.addFilter(_NoNetworkErrorTraceback())
    logging.basicConfig(level=settings.log_level, handlers=[handler], force=True)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_CONFIG


def run(knowledge_dirs: list[Path] | None = None) -> int:
    """Run the Telegram bot until SIGINT or SIGTERM; returns the process exit code.

    `knowledge_dirs` (from the command line) wins over the KNOWLEDGE setting; neither means the
    shipped article. A missing or malformed token, or a broken fact file, stops start-up with a
    one-line message on stderr and exit code 2.
    """
    try:
        settings = load_settings()
    except SettingsError as error:
        return _fail(str(error))
    configure_logging(settings)
    secrets = _secrets(settings)
    try:
        engine = Engine(load_knowledge(knowledge_dirs or settings.knowledge or None))
    except KnowledgeError as error:
        return _fail(str(error))
    if settings.webhook_url and importlib.util.find_spec("tornado") is None:
        return _fail(
            "WEBHOOK_URL is set, but webhook mode needs python-telegram-bot[webhooks]; "
            "install it or unset WEBHOOK_URL to use long polling"
        )
    application = build_application(settings, engine)
    try:
        if settings.webhook_url and settings.webhook_secret is not None:
            logger.info(
                "serving a webhook on %s:%d", settings.webhook_listen, settings.webhook_port
            )
            application.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
                webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret.get_secret_value(),
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=BOOTSTRAP_RETRIES,
            )
        else:
            logger.info("long polling %s", settings.telegram_base_url)
            application.run_polling(
                allowed_updates=ALLOWED_UPDATES, bootstrap_retries=BOOTSTRAP_RETRIES
            )
    except InvalidToken:
        print(
            "error: Telegram refused TELEGRAM_BOT_TOKEN (revoked or mistyped?); "
            "get the current one from @BotFather",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    except TelegramError as error:
        # Raised while starting (getMe, setMyCommands): the Bot API is unreachable or refused.
        print(f"error: the Bot API failed: {redact(str(error), secrets)}", file=sys.stderr)
        return EXIT_FAILED
    logger.info("stopped")
    return EXIT_OK
