"""Fixtures for the Telegram tests: a fake token, the Bot API stand-in, applications over it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

import pytest
from telegram.ext import Application
from tg_support import StandinRequest, assert_replies_valid, make_settings

from bot.engine import Engine
from bot.telegram.app import ALLOWED_UPDATES, build_application, register_commands
from bot.telegram.standin import StandinBotApi


@pytest.fixture(autouse=True)
def telegram_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy for loopback, no timedelta warnings (tests/conftest.py already clears our settings)."""
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def token() -> str:
    """An obviously fake token of the right shape, made here."""
    return "123456:" + "A" * 35


@pytest.fixture
def standin(token: str) -> Iterator[StandinBotApi]:
    """A Bot API stand-in on 127.0.0.1; at the end, every HTML reply it received must parse."""
    with StandinBotApi(token) as api:
        yield api
    assert_replies_valid(api)


@pytest.fixture
def offline_api(token: str) -> Iterator[StandinBotApi]:
    """A stand-in that is never started: handler tests call it in-process."""
    api = StandinBotApi(token)
    yield api
    assert_replies_valid(api)


@pytest.fixture
async def offline_app(
    token: str, offline_api: StandinBotApi, engine: Engine, request: pytest.FixtureRequest
) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """An initialised Application over `offline_api`; `deliver(app, api)` feeds it."""
    marker = request.node.get_closest_marker("settings")
    overrides = marker.kwargs if marker else {}
    app = build_application(
        make_settings(token, **overrides), engine, request=StandinRequest(offline_api)
    )
    async with app:
        await register_commands(app)
        yield app


@pytest.fixture
async def live_app(
    token: str, standin: StandinBotApi, engine: Engine, request: pytest.FixtureRequest
) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """The real Application polling the stand-in over HTTP, as `run_polling` runs it."""
    marker = request.node.get_closest_marker("settings")
    overrides = marker.kwargs if marker else {}
    app = build_application(make_settings(token, standin.base_url, **overrides), engine)
    async with app:
        await register_commands(app)  # post_init runs only inside run_polling
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0, timeout=timedelta(seconds=1), allowed_updates=ALLOWED_UPDATES
        )
        await app.start()
        yield app
        await app.updater.stop()
        await app.stop()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "settings(**values): Settings overrides for the app fixtures"
    )
