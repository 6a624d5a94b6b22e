"""Very large regular expressions compiled once per machine, then loaded from the cache folder.

spaCy's French tokenizer matches hyphenated and elided words with one pattern of 1.4 million
characters (hundreds of alternatives, each repeating Unicode letter classes), which its module
compiles when it is imported: 2.3 CPU seconds, in every process that first meets a French text,
before any text is read. Python cannot pickle a compiled pattern (pickling recompiles it), but
the compiled program is a list of integers: :func:`cached_big_patterns` stores that program in
the cache folder (:mod:`harmwatch.cache`) the first time and builds the pattern from it
afterwards (milliseconds). The program is the one ``re`` itself builds, so the pattern is the same
(``==`` on two patterns compares their programs); the file is keyed by the pattern, its flags
and the Python version, and anything unexpected (a file from elsewhere, another Python, a cache
folder that cannot be written) falls back to compiling as usual.
"""

from __future__ import annotations

import array
import hashlib
import marshal
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BIG = 100_000  # characters: only patterns this long are worth a file (spaCy's others take ms)
_FOLDER = "regex"


def _key(pattern: str, flags: int) -> str:
    h = hashlib.sha256()
    magic = re._constants.MAGIC  # type: ignore[attr-defined]  # the compiled programs' version
    for part in (sys.version, str(magic), str(int(flags))):
        h.update(part.encode("utf-8") + b"\0")
    h.update(pattern.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def _path(key: str) -> Path | None:
    from harmwatch.cache import cache_file
    from harmwatch.errors import ConfigError

    try:
        return cache_file(f"{_FOLDER}/{key}.bin")
    except ConfigError:  # no writable cache folder: compile as usual
        return None


def _load(path: Path, pattern: str, key: str) -> re.Pattern[str] | None:
    import _sre

    try:
        stored_key, flags, code, groups, groupindex, indexgroup = marshal.loads(path.read_bytes())
        if stored_key != key:
            return None
        program = array.array("I", code).tolist()
        return _sre.compile(pattern, flags, program, groups, groupindex, indexgroup)
    except Exception:  # missing, truncated, or refused by _sre's validation: compile again
        return None


def _compile_and_store(path: Path | None, pattern: str, flags: int, key: str) -> re.Pattern[str]:
    """What ``re._compiler.compile`` does, keeping the program it builds."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    all_flags = int(flags | parsed.state.flags)
    compiled = _sre.compile(pattern, all_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    if path is not None:
        blob = marshal.dumps(
            (
                key,
                all_flags,
                array.array("I", code).tobytes(),
                parsed.state.groups - 1,
                groupindex,
                tuple(indexgroup),
            )
        )
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_bytes(blob)
            os.replace(tmp, path)  # whole or absent, whichever process writes it
        except OSError:
            tmp.unlink(missing_ok=True)
    return compiled


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache folder when it was compiled before."""
    try:
        key = _key(pattern, flags)
        path = _path(key)
        if path is not None and path.exists():
            loaded = _load(path, pattern, key)
            if loaded is not None:
                return loaded
        return _compile_and_store(path, pattern, flags, key)
    except Exception:  # another Python's internals: compile as usual
        return _REAL_COMPILE(pattern, flags)


_REAL_COMPILE = re.compile


@contextmanager
def cached_big_patterns() -> Iterator[None]:
    """Within the block, ``re.compile`` of a pattern of at least ``BIG`` characters goes through
    :func:`compile_cached` (e.g. while a spaCy language module is imported); shorter ones, and
    ``re``'s other entry points, are untouched."""

    def compile_(pattern, flags=0):
        if isinstance(pattern, str) and len(pattern) >= BIG and not flags & re.DEBUG:
            return compile_cached(pattern, flags)
        return _REAL_COMPILE(pattern, flags)

    re.compile = compile_
    try:
        yield
    finally:
        re.compile = _REAL_COMPILE
