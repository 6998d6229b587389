"""Settings: the token checked and never shown, `.env` read, nothing built at import."""

from __future__ import annotations

import importlib.util
from importlib.machinery import ModuleSpec
from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings, token_configured
from bot.telegram import run


def test_missing_token(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN is not set"):
        load_settings()
    assert not token_configured()


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param("", id="empty"),
        pytest.param("12345", id="digits-only"),
        pytest.param("abc:" + "A" * 35, id="letters-before-colon"),
        pytest.param("123456:" + "A" * 20, id="too-short"),
        pytest.param("123456:" + "A" * 34 + "=", id="bad-character"),
        pytest.param("123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", id="documentation-example"),
        pytest.param("123456:your_token_here_aaaaaaaaaaaaaaaaaaaaaa", id="placeholder"),
        pytest.param("123456:changeme_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", id="changeme"),
    ],
)
def test_bad_tokens_are_refused_without_being_shown(
    bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", bad)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith("TELEGRAM_BOT_TOKEN")
    assert "\n" not in message
    if bad:
        assert bad not in message


def test_token_from_env_is_secret(monkeypatch: pytest.MonkeyPatch, token: str) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", f"  {token} ")
    settings = load_settings()
    assert settings.token == token
    assert token not in repr(settings)
    assert token not in str(settings.model_dump())
    assert token_configured()


def test_token_and_knowledge_from_dotenv(tmp_path: Path, token: str) -> None:
    (tmp_path / ".env").write_text(
        f"TELEGRAM_BOT_TOKEN={token}\nKNOWLEDGE=packs/a, packs/b\nOTHER_TOOL=1\n", encoding="utf-8"
    )
    assert token_configured()
    settings = load_settings()
    assert settings.token == token
    assert settings.knowledge == [Path("packs/a"), Path("packs/b")]


def test_token_configured_never_raises(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"\xff\xfe\x00garbage=\n")
    assert token_configured() in {True, False}


def test_defaults_and_derived_urls(monkeypatch: pytest.MonkeyPatch, token: str) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    settings = load_settings()
    assert settings.telegram_base_url == "https://api.telegram.org/bot"
    assert settings.base_file_url == "https://api.telegram.org/file/bot"
    assert settings.telegram_messages_per_second == 30
    assert settings.webhook_url is None
    monkeypatch.setenv("TELEGRAM_BASE_URL", "http://127.0.0.1:8081/bot")
    assert load_settings().base_file_url == "http://127.0.0.1:8081/file/bot"


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        pytest.param(
            {"WEBHOOK_URL": "https://bot.example.org/hook"}, "WEBHOOK_SECRET", id="no-secret"
        ),
        pytest.param(
            {"WEBHOOK_URL": "http://bot.example.org/hook", "WEBHOOK_SECRET": "s3cret"},
            "WEBHOOK_URL must be an https",
            id="plain-http",
        ),
        pytest.param(
            {"WEBHOOK_URL": "https://bot.example.org/hook", "WEBHOOK_SECRET": "bad secret!"},
            "WEBHOOK_SECRET",
            id="bad-secret",
        ),
        pytest.param({"TELEGRAM_BASE_URL": "api.telegram.org"}, "TELEGRAM_BASE_URL", id="base-url"),
        pytest.param({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL", id="log-level"),
    ],
)
def test_bad_settings(
    values: dict[str, str], problem: str, monkeypatch: pytest.MonkeyPatch, token: str
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=problem) as caught:
        load_settings()
    assert "bad secret!" not in str(caught.value)


def test_webhook_settings(monkeypatch: pytest.MonkeyPatch, token: str) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org/hook")
    monkeypatch.setenv("WEBHOOK_SECRET", "s3cret-Value_1")
    settings = load_settings()
    assert settings.webhook_secret is not None
    assert "s3cret" not in repr(settings)


def test_run_without_token_says_so_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(None) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: TELEGRAM_BOT_TOKEN is not set")
    assert err.count("\n") == 1


def test_run_with_broken_knowledge(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, token: str
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    assert run([tmp_path / "missing-pack"]) == 2
    err = capsys.readouterr().err
    assert "missing-pack" in err
    assert token not in err


def test_webhook_without_tornado_says_what_to_install(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, token: str
) -> None:
    # tornado is installed with the project, so hide it: this is a deployment without the extra.
    find_spec = importlib.util.find_spec

    def without_tornado(name: str, package: str | None = None) -> ModuleSpec | None:
        return None if name == "tornado" else find_spec(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", without_tornado)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", token)
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org/hook")
    monkeypatch.setenv("WEBHOOK_SECRET", "s3cret")
    assert run(None) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: WEBHOOK_URL is set")
    assert "python-telegram-bot[webhooks]" in err
    assert err.count("\n") == 1
    assert "s3cret" not in err
