"""Every user-facing error, in one place, each with a code and a hint for the fix.

Modelled on spaCy's ``Errors`` table: code that raises says ``raise WhimbrelError(E.E001, path=...)``
and the message text lives here, so wording stays consistent and searchable.
"""
from __future__ import annotations

import re


class E:
    # reading (E0xx)
    E001 = "cannot read file: {reason}"
    E002 = "not valid UTF-8 text (byte {pos}); convert it to UTF-8 first"
    E003 = "looks like a binary file, not text or HTML"
    E004 = "empty document: no text after cleaning"
    E005 = "malformed JSON on this line: {reason}"
    E006 = "JSONL story has neither 'text' nor 'html' (keys: {keys})"
    E007 = "JSONL story field '{field}' must be {expected}, got {got}"
    E008 = "no such file or directory"
    E009 = "unsupported file type '{suffix}' (expected .txt, .html, .htm, .jsonl, .warc, .warc.gz, .parquet)"
    E010 = "invalid date '{value}': {reason}"
    E011 = "WARC record could not be read: {reason}"
    E012 = "duplicate document id '{doc_id}': already read from {first}; this input was not used"
    E013 = "'{path}' is {what}: whimbrel never writes onto its own input; choose another {option}"
    # evaluation / data (E1xx)
    E101 = "gold file is not a PLOVER gold-standard list: {reason}"
    E102 = "data file {name} is invalid: {reason}"
    E103 = "cannot import gazetteer {path}: {reason} (expected a GeoNames dump: allCountries.txt, XX.txt, citiesN.txt or .zip)"
    E104 = "news gold corpus: {reason}"
    E105 = "unknown coder pass '{name}' (the passes are: {known})"
    E106 = "--ablate {reason}"
    # store (E2xx)
    E201 = "database error: {reason}"
    E202 = "no event with id {event_id}"
    E203 = "database schema version {version} is not the one this whimbrel reads ({supported}): run `whimbrel ingest` with this version to migrate it, or upgrade whimbrel"
    E204 = "invalid {option} '{value}': {reason}"
    E205 = "cannot import {path}: {reason}"
    # output and command line (E3xx)
    E301 = "cannot write {path}: {reason}"
    E302 = "database {path} is locked by another whimbrel process ({reason}); wait for it to finish, or query a copy of the file"
    E303 = "format '{fmt}' cannot be written for schema '{schema}' (use {allowed})"
    E304 = "the web app needs its extra: pip install 'whimbrel[web]' ({reason})"
    E305 = "the query took longer than {seconds} s and was stopped; narrow the filter (dates, actor, category)"
    E306 = "invalid parameter {name}={value}: {reason}"
    E307 = "the Ray engine is not available: {reason} (pip install whimbrel[ray])"
    E308 = "Ray run failed: {reason}"
    E309 = "cannot join the Ray cluster at {address}: {reason} (is `ray start` running there, and is its token, RAY_AUTH_TOKEN or ~/.ray/auth_token, set here too? docs/scale.md)"
    # internal (E9xx): a bug met on one document; the batch goes on and the document is recorded
    E900 = "internal error in stage '{stage}' ({kind}: {reason}); the document was skipped: please report it"


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: object) -> str:
    """``text`` safe to show on a terminal or write as UTF-8: control characters, escape sequences
    and lone surrogates (undecodable file-name bytes) become visible escapes (``\\x1b``, ``\\udcff``).

    Why: file names and JSONL ids are input, and input may hold a terminal escape sequence that
    would otherwise rewrite the user's screen, or bytes that cannot be encoded at all.
    """
    s = str(text)
    if not _CONTROL.search(s):
        return s
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii")
                        if not 0xD800 <= ord(m.group()) <= 0xDFFF else f"\\u{ord(m.group()):04x}", s)


class WhimbrelError(Exception):
    """An error about one input or one request; ``origin`` names the input (and line)."""

    def __init__(self, template: str, origin: str | None = None, **kwargs):
        self.code = next((k for k, v in vars(E).items() if v == template), "E000")
        self.origin = printable(origin) if origin is not None else None
        self.message = printable(template.format(**{k: printable(v) if isinstance(v, str) else v for k, v in kwargs.items()}))
        super().__init__(f"{self.origin}: [{self.code}] {self.message}" if origin else f"[{self.code}] {self.message}")


class InputError(WhimbrelError):
    """Bad input: the batch records it as a reject and goes on."""


class Rejected(InputError):
    """An input the library rejected, raised to a Python caller who asked for rejects to be raised
    (the default of whimbrel.code, whimbrel.extract and Pipeline): ``reject`` holds the Reject."""

    def __init__(self, reject):
        Exception.__init__(self, str(reject))
        self.code, self.origin, self.message, self.reject = reject.code, reject.origin, reject.message, reject
