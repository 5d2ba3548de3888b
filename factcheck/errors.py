"""The one exception tree of factcheck.

Owns: every error the library raises on purpose. The CLI turns any of them into one line on
stderr and exit status 2. Errors carry fields (path, line, field, url), not only strings, so
callers can format or inspect them.

    FactcheckError
    ├── UsageError            bad option values, unknown format or status
    ├── ConfigError           a bad key or value in the configuration (path, key)
    ├── DocumentError         an article that cannot be read (path)
    ├── FactFileError         a fact file that does not validate (path, line, field)
    ├── StoreError            the SQLite store is missing, corrupt or of another version
    └── FetchError            a URL that cannot be fetched or is refused (url)
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class: a problem with the input or environment, reported as one line."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(FactcheckError):
    pass


class ConfigError(FactcheckError):
    def __init__(self, message: str, path: str | None = None, key: str | None = None,
                 line: int | None = None) -> None:
        where = path or ""
        if path and line:
            where = f"{path}:{line}"
        text = f"{where}: {message}" if where else message
        super().__init__(text)
        self.path = path
        self.key = key
        self.line = line


class DocumentError(FactcheckError):
    def __init__(self, message: str, path: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class FactFileError(FactcheckError):
    def __init__(self, message: str, path: str, line: int | None = None,
                 field: str | None = None) -> None:
        where = f"{path}:{line}" if line else path
        what = f" (field '{field}')" if field else ""
        super().__init__(f"{where}: {message}{what}")
        self.reason = message  # the words without the place, for ``file:line: field: reason``
        self.path = path
        self.line = line
        self.field = field


class StoreError(FactcheckError):
    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path


class FetchError(FactcheckError):
    def __init__(self, message: str, url: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.status = status
