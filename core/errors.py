"""One small error tree. Every error says what went wrong and what the user can do about it.

The CLI turns any ``FilingcheckError`` into a one-line message and exit status 2; anything else
is a bug and keeps its traceback.
"""


class FilingcheckError(Exception):
    """Base of every error this project raises on purpose."""


class TransportError(FilingcheckError):
    """EDGAR (or the mirror) could not be reached or answered badly: retry later or check setup."""


class NotFoundError(FilingcheckError):
    """A ticker, CIK, filing, document or stored body does not exist where it was looked for."""


class ParsingError(FilingcheckError):
    """A document or response could not be read (malformed, truncated, unknown layout)."""


class ValidationError(FilingcheckError):
    """Input or configuration breaks a rule (bad identity, unsafe path, unknown form...)."""
