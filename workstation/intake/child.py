"""Entry point of the extraction child: `python -m workstation.intake.child KIND`.

Reads one line of JSON limits then the document on stdin, confines itself, parses,
and writes one reply on stdout. It exits quietly on any failure: a traceback could
quote the document, so none is ever printed.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any, BinaryIO, TypeVar, cast

from workstation.confined.child import enter, exit_quietly
from workstation.confined.limits import ChildLimits
from workstation.intake import protocol
from workstation.intake.outcome import Inspected, Parsed, Refused, is_out_of_memory

_Result = TypeVar("_Result")

Parser = Callable[[bytes, ChildLimits], Parsed]
Inspector = Callable[[bytes, ChildLimits], list[Any]]
INSPECT_PREFIX = "inspect-"
UNPACK_PREFIX = "unpack-"
UNPACKER_MODULES = {
    "zip": "archive_members",
    "tar": "archive_members",
    "eml": "mail_members",
    "mbox": "mail_members",
    "msg": "msg_members",
}
INSPECTORS_MODULE = "workstation.intake.guarded_inspectors"

PARSER_MODULES = {
    "txt": "text",
    "md": "text",
    "eml": "email_msg",
    "msg": "msg_text",
    "html": "html_text",
    "docx": "docx_text",
    "pdf": "pdf_text",
    "xlsx": "xlsx_text",
    "ods": "ods_text",
    "odt": "odt_text",
    "rtf": "rtf_text",
    "pptx": "pptx_text",
    "csv": "csv_text",
    "image": "image_text",
}


def main(argv: list[str]) -> int:
    """Run one extraction or inspection; the exit status is 0 whenever a reply was written."""
    reply, limits = enter()
    job = argv[1]
    if job.startswith(UNPACK_PREFIX):
        _send_members(reply, _unpack(job.removeprefix(UNPACK_PREFIX), limits))
    elif job.startswith(INSPECT_PREFIX):
        _send_inspection(reply, _inspect(job.removeprefix(INSPECT_PREFIX), limits))
    else:
        _send(reply, _extract(job, limits))
    return 0


def _inspect(kind: str, limits: ChildLimits) -> Inspected | Refused:
    """Like `_extract`, for the fingerprint pass's look at metadata and hidden content."""
    try:
        inspector = cast(Inspector, importlib.import_module(INSPECTORS_MODULE).INSPECTORS[kind])
    except (ImportError, MemoryError) as exc:
        return Refused("memory" if _short_of_memory(exc) else "crashed")
    data = _document()
    if isinstance(data, Refused):
        return data
    return guarded(lambda: Inspected(inspector(data, limits)))


def _unpack(archive_kind: str, limits: ChildLimits) -> list[Any] | Refused:
    """List and take out an archive's members (`archive_members`), each judged alone."""
    try:
        module = importlib.import_module(f"workstation.intake.{UNPACKER_MODULES[archive_kind]}")
        unpack = module.unpack
    except (ImportError, MemoryError, KeyError) as exc:
        return Refused("memory" if _short_of_memory(exc) else "crashed")
    data = _document()
    if isinstance(data, Refused):
        return data
    return guarded(lambda: list(unpack(data, archive_kind, limits)))


def _send_members(reply: BinaryIO, outcome: list[Any] | Refused) -> None:
    try:
        for piece in protocol.encode_members(outcome):
            reply.write(piece)
    except MemoryError:
        reply.write(protocol.encode(Refused("memory")))
    reply.flush()


def _send_inspection(reply: BinaryIO, outcome: Inspected | Refused) -> None:
    try:
        reply.write(protocol.encode_inspection(outcome))
    except MemoryError:
        reply.write(protocol.encode_inspection(Refused("memory")))
    reply.flush()


def _extract(kind: str, limits: ChildLimits) -> Parsed | Refused:
    """Load the parser before reading the document, so its failures quote nothing."""
    try:
        parser = _parser_for(kind)
    except (ImportError, MemoryError) as exc:
        return Refused("memory" if _short_of_memory(exc) else "crashed")
    data = _document()
    if isinstance(data, Refused):
        return data
    return run_parser(parser, data, limits)


def _document() -> bytes | Refused:
    """The document's bytes from stdin, read only once the parser is loaded."""
    try:
        return sys.stdin.buffer.read()
    except MemoryError:
        return Refused("memory")


def run_parser(parser: Parser, data: bytes, limits: ChildLimits) -> Parsed | Refused:
    """Parse, turning every failure into a reason code and nothing more."""
    parsed = guarded(lambda: parser(data, limits))
    if isinstance(parsed, Refused):
        return parsed
    if len(parsed.text) > limits.max_text_chars:
        return Refused("text_too_large")
    return parsed


def guarded(work: Callable[[], _Result]) -> _Result | Refused:
    """Run a parser's work, turning every failure into a reason code and nothing more."""
    try:
        return work()
    except Refused as refusal:
        return refusal
    except RecursionError:
        return Refused("too_deep")
    except Exception as exc:
        return Refused("memory" if is_out_of_memory(exc) else "unreadable")


def _parser_for(kind: str) -> Parser:
    """Import only the parser this kind needs: start-up time is most of the cost."""
    module = importlib.import_module(f"workstation.intake.{PARSER_MODULES[kind]}")
    return cast(Parser, module.parse)


def _short_of_memory(exc: BaseException) -> bool:
    """Whether an import failed for lack of address space (a library would not map)."""
    return isinstance(exc, MemoryError) or "map segment" in str(exc) or "memory" in str(exc)


def _send(reply: BinaryIO, outcome: Parsed | Refused) -> None:
    try:
        reply.write(protocol.encode(outcome))
    except MemoryError:
        reply.write(protocol.encode(Refused("memory")))
    reply.flush()


if __name__ == "__main__":
    exit_quietly(lambda: main(sys.argv))
