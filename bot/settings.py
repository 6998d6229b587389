"""The bot's settings: one pydantic-settings class, read from the environment and `.env`.

Built inside functions (`load_settings`, `token_configured`), never at import, so tests and the
console never need a token.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ENV_FILE = ".env"
TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
# The example tokens of Telegram's documentation, and words only a placeholder holds; a real token
# is 35 random characters, so none of these turns up in one by chance.
_EXAMPLE_TOKENS = frozenset(
    {
        "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
        "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
    }
)
_PLACEHOLDER_WORDS = ("changeme", "change_me", "change-me", "yourtoken", "your_token", "your-token",
                      "placeholder", "example", "xxxxxxxxxx")  # fmt: skip

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]


class SettingsError(Exception):
    """Settings that cannot start the bot; the message is one line and never holds the token."""


class Settings(BaseSettings):
    """Everything the Telegram bot reads from its environment (variable names in upper case)."""

    model_config = SettingsConfigDict(
        env_file=ENV_FILE,
        env_file_encoding="utf-8",
        # `.env` may hold settings of other tools; they are not ours to refuse.
        extra="ignore",
        case_sensitive=False,
    )

    telegram_bot_token: SecretStr = Field(description="The token @BotFather gave the bot")
    telegram_base_url: str = Field(
        default="https://api.telegram.org/bot",
        description="Bot API base URL (python-telegram-bot's base_url), e.g. http://host:8081/bot",
    )
    knowledge: Annotated[list[Path], NoDecode] = Field(
        default_factory=list,
        description="Knowledge pack folders, separated by commas or the path separator; "
        "empty = the shipped article",
    )
    log_level: LogLevel = "INFO"

    # Per-user flood limit: this many questions per window, then one polite notice, then silence.
    user_questions_per_window: int = Field(default=20, ge=1)
    user_window_seconds: float = Field(default=60.0, gt=0)
    # How long a chat's last question stays the subject of follow-ups ("why?", "and Baidu?").
    followup_seconds: float = Field(default=600.0, gt=0)
    # Telegram's own limits for one bot token; the rate limiter keeps below them.
    telegram_messages_per_second: float = Field(default=30.0, ge=0)
    telegram_group_messages_per_minute: float = Field(default=20.0, ge=0)
    telegram_max_retries: int = Field(default=5, ge=1)
    concurrent_updates: int = Field(default=64, ge=1)

    # Webhook mode (instead of long polling) when WEBHOOK_URL is set.
    webhook_url: str | None = Field(default=None, description="Public HTTPS URL Telegram posts to")
    webhook_secret: SecretStr | None = Field(
        default=None, description="X-Telegram-Bot-Api-Secret-Token"
    )
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8443, ge=1, le=65535)

    @field_validator("telegram_bot_token")
    @classmethod
    def _check_token(cls, value: SecretStr) -> SecretStr:
        token = value.get_secret_value().strip()
        if not token:
            raise ValueError("is empty")
        if token in _EXAMPLE_TOKENS or any(word in token.lower() for word in _PLACEHOLDER_WORDS):
            raise ValueError("is a placeholder, not a real token")
        if not TOKEN_PATTERN.match(token):
            raise ValueError(
                "does not look like a bot token (digits, a colon, then 30 or more letters, digits,"
                " '-' or '_'; check for quotes or spaces)"
            )
        return SecretStr(token)

    @field_validator("telegram_base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http(s) URL such as https://api.telegram.org/bot")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _check_webhook_url(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            return None
        if value is not None and not value.startswith("https://"):
            raise ValueError("must be an https:// URL (Telegram only posts to HTTPS)")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _check_webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram's rule for secret_token: 1-256 characters of A-Z, a-z, 0-9, _ and -.
        if value is not None and not re.fullmatch(
            r"[A-Za-z0-9_-]{1,256}", value.get_secret_value()
        ):
            raise ValueError("must be 1-256 characters of letters, digits, '_' or '-'")
        return value

    @field_validator("knowledge", mode="before")
    @classmethod
    def _split_knowledge(cls, value: object) -> object:
        if isinstance(value, str):
            parts = re.split(rf"[,{re.escape(os.pathsep)}]", value)
            return [Path(part.strip()) for part in parts if part.strip()]
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        # Without the secret anyone who learns the URL can feed the bot forged updates.
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError("WEBHOOK_SECRET must be set with WEBHOOK_URL")
        return self

    @property
    def token(self) -> str:
        """The bot token in clear, for python-telegram-bot only."""
        return self.telegram_bot_token.get_secret_value()

    @property
    def base_file_url(self) -> str:
        """The file download URL that goes with the base URL (".../bot" becomes ".../file/bot")."""
        base = self.telegram_base_url.rstrip("/")
        if base.endswith("/bot"):
            return base[: -len("bot")] + "file/bot"
        return base + "/file/bot"


def _one_line(error: ValidationError) -> str:
    """A short message naming the variable and the problem, never the value."""
    first = error.errors()[0]
    name = ".".join(str(part) for part in first["loc"]).upper() or "settings"
    if first["type"] == "missing":
        if name == "TELEGRAM_BOT_TOKEN":
            return (
                "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and put it in the "
                "environment or in .env (see the README, section Telegram)"
            )
        return f"{name} is not set"
    message = str(first["msg"]).removeprefix("Value error, ")
    return f"{name} {message}" if first["type"] == "value_error" else f"{name}: {message}"


def load_settings() -> Settings:
    """Read the settings; a missing or bad value raises SettingsError with a one-line message."""
    try:
        return Settings()  # type: ignore[call-arg]  # pydantic-settings fills it from the env
    except ValidationError as error:
        raise SettingsError(_one_line(error)) from None


class _TokenOnly(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=ENV_FILE, env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )
    telegram_bot_token: str | None = None


def token_configured() -> bool:
    """Whether TELEGRAM_BOT_TOKEN is set (environment or .env), valid or not; never raises.

    A malformed token still counts: `python -m bot` then starts Telegram and says what is wrong,
    rather than quietly falling back to the console.
    """
    try:
        token = _TokenOnly().telegram_bot_token
    except Exception:  # an unreadable .env: not configured, and the console still works
        return False
    return bool(token and token.strip())
