"""A stand-in for the Telegram Bot API on 127.0.0.1, for tests, the benchmark and trying the bot.

It speaks the Bot API as python-telegram-bot does (form-encoded POSTs to `/bot<token>/<method>`),
hands out updates through `getUpdates`, records every call, and can answer a call with an error
(a 429 with `retry_after`, say). Point the bot at it with `TELEGRAM_BASE_URL=<stand-in>.base_url`.
Like Telegram it keeps the webhook that `setWebhook` set (see `webhook`) and refuses `getUpdates`
with 409 Conflict until `deleteWebhook`; it never posts to the webhook itself (a test posts to the
bot's webhook server directly).

    python -m bot.telegram.standin   # prints the settings to use, then chat as user 1 on stdin
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_ID = 7_000_000_001
BOT_USERNAME = "ArticleQABot"

JSON = dict[str, Any]
# Telegram's rule for setWebhook's secret_token.
_SECRET_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass(frozen=True)
class Webhook:
    """The webhook a bot set with setWebhook, as Telegram keeps it."""

    url: str
    secret_token: str | None
    allowed_updates: list[str] | None


@dataclass(frozen=True)
class Call:
    """One Bot API call as the stand-in received it: strings as sent, other values as JSON text."""

    method: str
    params: dict[str, str]
    at: float  # time.monotonic() on arrival
    result: Any = None  # what the stand-in answered (a Message for sendMessage), None on error

    def json(self, name: str) -> Any:
        """A parameter decoded from JSON (reply_markup, results, ...), None when absent."""
        raw = self.params.get(name)
        return None if raw is None else json.loads(raw)


@dataclass
class _Failure:
    status: int
    description: str
    retry_after: int | None
    times: int
    chat_id: str | None = None
    delay: float = 0.0


@dataclass
class _State:
    updates: list[JSON] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    chats: dict[int, JSON] = field(default_factory=dict)
    failures: dict[str, list[_Failure]] = field(default_factory=dict)
    webhook: Webhook | None = None


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, as Telegram counts entity offsets and lengths."""
    return len(text.encode("utf-16-le")) // 2


class StandinBotApi:
    """The stand-in server. Use as a context manager, or call `start()` and `stop()`."""

    def __init__(self, token: str, username: str = BOT_USERNAME, bot_id: int = BOT_ID) -> None:
        self.token = token
        self.username = username
        self.bot_id = bot_id
        self._state = _State()
        self._changed = threading.Condition()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._server: _Server | None = None
        self._stopped = False
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> str:
        """Listen on a free port of 127.0.0.1; returns the base URL (ends in /bot)."""
        standin = self

        class Handler(_Handler):
            api = standin

        server = _Server(("127.0.0.1", 0), Handler)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        """Stop listening and wake any long poll."""
        self._stopped = True
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        with self._changed:
            self._changed.notify_all()

    def __enter__(self) -> StandinBotApi:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """TELEGRAM_BASE_URL for a bot talking to this stand-in."""
        assert self._server is not None, "start() the stand-in first"
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    # -- what the bot did --------------------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        """Every call so far, in arrival order."""
        with self._changed:
            return list(self._state.calls)

    def calls_to(self, method: str) -> list[Call]:
        """The calls of one method."""
        return [call for call in self.calls if call.method == method]

    def sent_to(self, chat_id: int) -> list[Call]:
        """The sendMessage calls to one chat."""
        return [
            call for call in self.calls_to("sendMessage") if call.params["chat_id"] == str(chat_id)
        ]

    @property
    def webhook(self) -> Webhook | None:
        """The webhook set now (None: none, or deleted): getUpdates answers 409 while one is set."""
        with self._changed:
            return self._state.webhook

    def wait_for(self, condition: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Wait until `condition()` holds (checked after every call); False on time-out."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(min(left, 0.1))
        return True

    def wait_for_calls(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Wait for at least `count` calls of `method`; returns them (raises on time-out)."""
        if not self.wait_for(lambda: len(self.calls_to(method)) >= count, timeout):
            got = len(self.calls_to(method))
            raise TimeoutError(f"{got} of {count} {method} calls after {timeout} s")
        return self.calls_to(method)

    def fail(
        self,
        method: str,
        *,
        status: int = 429,
        description: str = "Too Many Requests: retry after 1",
        retry_after: int | None = 1,
        times: int = 1,
        chat_id: int | None = None,
        delay: float = 0.0,
    ) -> None:
        """Answer the next `times` calls of `method` (to `chat_id`, if given) with this error.

        With `status=200` the call succeeds, `delay` seconds late: a slow reply.
        """
        chat = None if chat_id is None else str(chat_id)
        with self._changed:
            failure = _Failure(status, description, retry_after, times, chat, delay)
            self._state.failures.setdefault(method, []).append(failure)

    # -- what users do -----------------------------------------------------------------------

    @staticmethod
    def user(user_id: int, first_name: str = "Ada") -> JSON:
        """A human user object."""
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}

    @staticmethod
    def private_chat(user_id: int) -> JSON:
        """The private chat with a user (its id is the user's)."""
        return {"id": user_id, "type": "private", "first_name": "Ada"}

    @staticmethod
    def group_chat(chat_id: int, title: str = "Readers", kind: str = "supergroup") -> JSON:
        """A group or supergroup (negative ids, as Telegram's)."""
        return {"id": chat_id, "type": kind, "title": title}

    def bot_user(self) -> JSON:
        """The bot's own user object, as getMe returns it."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Article QA",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }

    def entities(self, text: str) -> list[JSON]:
        """The entities Telegram would find: a leading /command, and @mentions."""
        found: list[JSON] = []
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            found.append({"type": "bot_command", "offset": 0, "length": utf16_len(command)})
        position = 0
        for word in text.split():
            position = text.index(word, position)
            if word.startswith("@") and len(word) > 1:
                mention = word.rstrip("?!.,;:")
                found.append(
                    {
                        "type": "mention",
                        "offset": utf16_len(text[:position]),
                        "length": utf16_len(mention),
                    }
                )
            position += len(word)
        return found

    def push(self, update: JSON) -> int:
        """Queue a raw update (its update_id is assigned here); returns the update id."""
        with self._changed:
            update_id = next(self._update_ids)
            self._state.updates.append({"update_id": update_id, **update})
            self._changed.notify_all()
            return update_id

    def take_updates(self) -> list[JSON]:
        """Remove and return the queued updates (for tests that process updates themselves)."""
        with self._changed:
            taken, self._state.updates = self._state.updates, []
            return taken

    def message(
        self,
        chat: JSON,
        text: str,
        *,
        user: JSON | None = None,
        reply_to: JSON | None = None,
        entities: list[JSON] | None = None,
    ) -> JSON:
        """A user writes `text` in `chat`; returns the message (queued as an update)."""
        with self._changed:
            self._state.chats[chat["id"]] = chat
        message: JSON = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user or self.user(chat["id"] if chat["type"] == "private" else 1),
            "text": text,
        }
        found = self.entities(text) if entities is None else entities
        if found:
            message["entities"] = found
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        self.push({"message": message})
        return message

    def press(self, sent: Call, data: str, user: JSON | None = None) -> None:
        """A user presses the inline button with `data` under the bot's message `sent`."""
        chat = self._chat(int(sent.params["chat_id"]))
        self.push(
            {
                "callback_query": {
                    "id": str(next(self._message_ids)),
                    "from": user or self.user(chat["id"] if chat["type"] == "private" else 1),
                    "chat_instance": "ci-1",
                    "data": data,
                    "message": self.message_object(sent),
                }
            }
        )

    def inline(self, query: str, user: JSON | None = None) -> None:
        """A user types `@bot query` in some chat."""
        self.push(
            {
                "inline_query": {
                    "id": str(next(self._message_ids)),
                    "from": user or self.user(1),
                    "query": query,
                    "offset": "",
                }
            }
        )

    def message_object(self, sent: Call) -> JSON:
        """The Message the bot's sendMessage call produced (as Telegram returned it)."""
        assert isinstance(sent.result, dict), f"{sent.method} returned no message"
        return dict(sent.result)

    # -- the Bot API -------------------------------------------------------------------------

    def _chat(self, chat_id: int) -> JSON:
        with self._changed:
            known = self._state.chats.get(chat_id)
        return known or self.private_chat(chat_id)

    def handle(self, token: str, method: str, params: dict[str, str]) -> tuple[int, JSON]:
        """Answer one Bot API call: HTTP status and JSON body."""
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        if method == "getUpdates":
            if self.webhook is not None:
                self._record(Call(method, dict(params), time.monotonic()))
                return _error(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            return 200, {"ok": True, "result": self._get_updates(params)}
        with self._changed:
            queue = self._state.failures.get(method, [])
            chat = params.get("chat_id")
            failure = next((f for f in queue if f.chat_id in {None, chat}), None)
            if failure is not None:
                failure.times -= 1
                if failure.times <= 0:
                    queue.remove(failure)
        if failure is not None and failure.delay:
            time.sleep(failure.delay)
        if failure is not None and failure.status == 200:
            failure = None
        with self._changed:
            result = None if failure is not None else self._result(method, params)
            recorded = None if isinstance(result, tuple) else result
            self._state.calls.append(Call(method, params, time.monotonic(), recorded))
            self._changed.notify_all()
        if failure is not None:
            return _error(failure.status, failure.description, failure.retry_after)
        if isinstance(result, tuple):
            return result
        return 200, {"ok": True, "result": result}

    def _record(self, call: Call) -> None:
        with self._changed:
            self._state.calls.append(call)
            self._changed.notify_all()

    def _set_webhook(self, params: dict[str, str]) -> Any:
        """setWebhook: an empty url removes the webhook, as in Telegram. Caller holds the lock."""
        url = params.get("url", "")
        secret = params.get("secret_token")
        if not url:
            self._state.webhook = None
            return True
        if not url.startswith("https://"):
            return _error(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        if secret is not None and not _SECRET_TOKEN.fullmatch(secret):
            return _error(400, "Bad Request: secret token contains unallowed characters")
        allowed = params.get("allowed_updates")
        self._state.webhook = Webhook(url, secret, None if allowed is None else json.loads(allowed))
        return True

    def _webhook_info(self) -> JSON:
        hook = self._state.webhook
        info: JSON = {
            "url": hook.url if hook is not None else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._state.updates),
        }
        if hook is not None and hook.allowed_updates is not None:
            info["allowed_updates"] = hook.allowed_updates
        return info

    def _result(self, method: str, params: dict[str, str]) -> Any:
        if method == "getMe":
            return self.bot_user()
        if method == "setWebhook":
            return self._set_webhook(params)
        if method == "deleteWebhook":
            self._state.webhook = None
            if params.get("drop_pending_updates") == "true":
                self._state.updates = []
            return True
        if method == "getWebhookInfo":
            return self._webhook_info()
        if method in {"sendMessage", "editMessageText"}:
            text = params.get("text", "")
            if utf16_len(text) > 4096:
                return _error(400, "Bad Request: message is too long")
            if method == "editMessageText" and "inline_message_id" in params:
                return True
            chat = self._chat(int(params["chat_id"]))
            message: JSON = {
                "message_id": int(params["message_id"])
                if "message_id" in params
                else next(self._message_ids),
                "date": int(time.time()),
                "chat": chat,
                "from": self.bot_user(),
                "text": text,
            }
            if "reply_markup" in params:
                message["reply_markup"] = json.loads(params["reply_markup"])
            return message
        # setMyCommands, answerCallbackQuery, answerInlineQuery, close, ...
        return True

    def _get_updates(self, params: dict[str, str]) -> list[JSON]:
        offset = int(params.get("offset", "0") or 0)
        timeout = float(params.get("timeout", "0") or 0)
        deadline = time.monotonic() + timeout
        with self._changed:
            # Recorded on arrival, so a test sees polling start without waiting out the long poll.
            self._state.calls.append(Call("getUpdates", dict(params), time.monotonic()))
            self._changed.notify_all()
            # Telegram forgets updates below the offset: they were confirmed.
            self._state.updates = [u for u in self._state.updates if u["update_id"] >= offset]
            while not self._state.updates and not self._stopped:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._changed.wait(min(left, 0.5))
            return list(self._state.updates[:100])


def _error(status: int, description: str, retry_after: int | None = None) -> tuple[int, JSON]:
    """An error answer as Telegram gives it: HTTP status and body."""
    body: JSON = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return status, body


class _Server(ThreadingHTTPServer):
    request_queue_size = 1024  # a burst of connections otherwise meets resets
    daemon_threads = True


class _Handler(BaseHTTPRequestHandler):
    api: StandinBotApi
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else ~40 ms a call (Nagle and delayed ACK)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8")
        prefix, _, method = self.path.rpartition("/")
        token = prefix.removeprefix("/bot")
        if "multipart/form-data" in (self.headers.get("Content-Type") or ""):
            params: dict[str, str] = {}
        else:
            params = dict(parse_qsl(body, keep_blank_values=True))
        status, answer = self.api.handle(token, method, params)
        data = json.dumps(answer).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the bot stopped waiting (a long poll cut short at shutdown)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the request line carries the token."""


def _chat_on_stdin(api: StandinBotApi) -> None:  # pragma: no cover - interactive
    seen = 0
    chat = api.private_chat(1)
    print("Type a message as user 1 (Ctrl-D to quit).", file=sys.stderr)
    for line in sys.stdin:
        api.message(chat, line.rstrip("\n"))
        api.wait_for(lambda before=seen: len(api.sent_to(1)) > before, timeout=5)  # type: ignore[misc]
        for call in api.sent_to(1)[seen:]:
            print(call.params["text"], end="\n\n")
        seen = len(api.sent_to(1))


def main() -> None:  # pragma: no cover - interactive
    """Run a stand-in until Ctrl-D, echoing what the bot sends to user 1."""
    token = "123456:" + "S" * 35
    with StandinBotApi(token) as api:
        print(f"TELEGRAM_BOT_TOKEN={token} TELEGRAM_BASE_URL={api.base_url} python -m bot telegram")
        _chat_on_stdin(api)


if __name__ == "__main__":  # pragma: no cover
    main()
