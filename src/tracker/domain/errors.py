"""Errors a user can cause; each message is one line for the user.

Pure (no SQLAlchemy), so the lean command paths can raise them too.
"""


class ServiceError(Exception):
    """A request that cannot be carried out."""


class NotFound(ServiceError):
    pass


class InvalidTransition(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else changed the record since it was read."""


def unknown_status(status: str, known: tuple[str, ...]) -> ServiceError:
    return ServiceError(f"unknown status {status!r}: one of {', '.join(known)}")


def invalid_transition(cid: int, src: str, dst: str, allowed: frozenset[str]) -> InvalidTransition:
    names = ", ".join(sorted(allowed)) or "none"
    return InvalidTransition(
        f"cannot change commitment {cid} from {src} to {dst} (allowed from {src}: {names})"
    )


def version_conflict(cid: int, expected: int, actual: int) -> ConflictError:
    return ConflictError(
        f"commitment {cid} was changed by someone else since you read it "
        f"(version {expected} → {actual}): reload and try again"
    )


def concurrent_conflict(cid: int) -> ConflictError:
    return ConflictError(
        f"commitment {cid} was changed by someone else at the same time: "
        "your change was not saved; reload and try again"
    )
