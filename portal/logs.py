"""Structured logs: one JSON object a line on standard output, with personal data scrubbed out.

Nothing here imports Django, so gunicorn's own loggers (configured in deploy/gunicorn.conf.py before the
application loads) use the same formatter and filter as the portal.

What the portal writes to its logs is ids, paths and states, never what a resident typed. The filter is the
safety net for what other code puts into messages and exceptions (an IntegrityError quoting a key, an SMTP error
quoting a recipient): e-mail addresses, phone numbers, Finnish personal identity codes and the signed tokens in
manage and thanks links are replaced before a line is written.
"""

import json
import logging
import re
import time

from gunicorn.glogging import Logger as GunicornBaseLogger

REDACTIONS = [
    # Signed tokens in paths are bearer credentials: a workshop sign-up's manage link (its name, e-mail and needs,
    # and cancelling its seat) and a proposal's thanks page. The route names stay, so a line still says what it was.
    (re.compile(r"(/workshop-signup/)[^/?#\s\"']+"), r"\1[token]"),
    (re.compile(r"(/thanks/)[^?#\s\"']*[^/?#\s\"']"), r"\1[token]"),
    # user@example.fi, also percent- or plus-tagged local parts.
    (re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}"), "[email]"),
    # Finnish personal identity code (henkilötunnus): DDMMYY, century sign, individual number, check character.
    (re.compile(r"\b[0-3]\d[01]\d\d\d[-+ABCDEFUVWXY]\d{3}[0-9A-Y]\b"), "[id-code]"),
    # Phone numbers: +358 40 123 4567, 00358401234567, 040-123 4567, (06) 325 1111. Seven or more digits, starting
    # with + or 0 and not inside a word or a hyphenated run, so counts, durations and task ids are left alone.
    (re.compile(r"(?<![\w+-])(?:\+|00|\(0|0)\d[\d ()-]{5,}\d(?![\w-])"), "[phone]"),
]

# Attributes every LogRecord has; anything else on a record came in through `extra=` and is logged as a field.
STANDARD_ATTRIBUTES = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}
# Extras that are objects, not facts: Django's request logging passes the request, whose repr has the query string.
SKIPPED_EXTRAS = {"request", "server_time", "exc", "scope"}


def scrub(text):
    """Return text with e-mail addresses, personal identity codes and phone numbers replaced by placeholders."""
    for pattern, placeholder in REDACTIONS:
        text = pattern.sub(placeholder, text)
    return text


class PersonalDataFilter(logging.Filter):
    """Scrub personal data from a record's message, its exception and its string extras, in place.

    Attach it to handlers (not loggers), so every record that reaches a handler passes through it, whichever
    logger it started from.
    """

    def filter(self, record):
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        for name, value in list(vars(record).items()):
            if name not in STANDARD_ATTRIBUTES and isinstance(value, str):
                setattr(record, name, scrub(value))
        return True


def _json_value(value):
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, dict):
        return {str(key): _json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json_value(item) for item in value]
    return None


class JsonFormatter(logging.Formatter):
    """Format a record as one line of JSON: time, level, logger, message, process, extras and any exception."""

    converter = time.gmtime

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "process": record.process,
        }
        for name, value in vars(record).items():
            if name in STANDARD_ATTRIBUTES or name in SKIPPED_EXTRAS or name.startswith("_"):
                continue
            value = _json_value(value)
            if value is not None:
                entry[name] = value
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = record.stack_info
        return json.dumps(entry, ensure_ascii=False, default=str)


class GunicornLogger(GunicornBaseLogger):
    """Gunicorn's error and access logs as JSON lines, with the same scrubbing as the portal's own logs.

    An access line has the method, the path without its query string (search terms are a resident's text), the
    status, the size and the time taken. No client address and no user agent: they identify a person and the
    portal does not need them to run.
    """

    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(JsonFormatter())
                handler.addFilter(PersonalDataFilter())

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        # Scrubbed here too: the filter scrubs the message and string extras, not the values inside `http`.
        path = scrub(environ.get("PATH_INFO") or "")
        self.access_log.info(
            "%s %s %s",
            environ.get("REQUEST_METHOD"),
            path,
            getattr(resp, "status_code", None),
            extra={
                "http": {
                    "method": environ.get("REQUEST_METHOD"),
                    "path": path,
                    "status": getattr(resp, "status_code", None),
                    "bytes": getattr(resp, "sent", None),
                    "duration_ms": round(request_time.total_seconds() * 1000, 1),
                }
            },
        )
