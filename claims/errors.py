"""The one exception family the CLI turns into a one-line error."""


class ClaimsError(Exception):
    """Base class: a problem the user can fix (bad path, bad argument, bad database)."""


class InputError(ClaimsError):
    """A path or file given to ingest/extract cannot be used as an article."""


class DatabaseError(ClaimsError):
    """The database file cannot be opened or is not a claims database."""


class NotFound(ClaimsError):
    """An outlet, article, statement or speaker named on the command line does not exist."""
