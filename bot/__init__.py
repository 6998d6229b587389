"""The chat side: the engine and its faces (console, Telegram, command line)."""
