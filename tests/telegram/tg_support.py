"""Helpers of the Telegram tests: settings, an in-process request object, waiting, checking."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from pydantic import SecretStr
from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData
from tg_html import check_telegram_html

from bot.settings import Settings
from bot.telegram.standin import StandinBotApi


def make_settings(token: str, base_url: str = "http://127.0.0.1:9/bot", **values: Any) -> Settings:
    """Settings as the tests want them, never read from the environment or a file."""
    defaults: dict[str, Any] = {
        "telegram_messages_per_second": 1000.0,  # Telegram's 30/s would make a burst take 10 s
        "telegram_group_messages_per_minute": 0.0,
    }
    return Settings(
        _env_file=None,
        telegram_bot_token=SecretStr(token),
        telegram_base_url=base_url,
        **{**defaults, **values},
    )


def assert_replies_valid(api: StandinBotApi) -> None:
    """Every HTML text the bot sent parses as Telegram HTML and fits in one message."""
    for call in api.calls:
        texts: list[str] = []
        if (
            call.method in {"sendMessage", "editMessageText"}
            and call.params.get("parse_mode") == "HTML"
        ):
            texts.append(call.params["text"])
        if call.method == "answerInlineQuery":
            for result in call.json("results"):
                content = result["input_message_content"]
                assert content.get("parse_mode") == "HTML"
                texts.append(content["message_text"])
        for text in texts:
            check_telegram_html(text)
            assert len(text.encode("utf-16-le")) // 2 <= 4096


class StandinRequest(BaseRequest):
    """A request object that hands calls straight to a stand-in: handler tests need no sockets."""

    def __init__(self, api: StandinBotApi) -> None:
        self.api = api

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        prefix, _, api_method = url.rpartition("/")
        token = prefix.rpartition("/bot")[2]
        params = dict(parse_qsl(request_data.url_encoded_parameters())) if request_data else {}
        status, body = self.api.handle(token, api_method, params)
        return status, json.dumps(body).encode()


async def deliver(app: Application, api: StandinBotApi) -> None:  # type: ignore[type-arg]
    """Process every update queued at the stand-in, one after the other, handlers included."""
    for data in api.take_updates():
        await app.process_update(Update.de_json(data, app.bot))


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Wait (without blocking the event loop) until `condition()` holds; fail on time-out."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.01)
