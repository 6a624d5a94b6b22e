"""How the English model multiplies its matrices: numpy's BLAS on one thread, not thinc's BLIS.

thinc runs spaCy's layers on ``NumpyOps``, whose matrix product is by default the BLIS library
bundled in the ``blis`` wheel. On the machines harmwatch is measured on (x86-64 with AVX-512) that
build is about three times slower than the OpenBLAS numpy ships (a 3000×288 by 288×384 product:
~20 ms against ~7 ms on one core), and the products are half of the model's time. With
``NumpyOps(use_blis=False)`` thinc hands them to ``numpy.dot``: the same model, the same
annotations (tags, heads, dependencies, entities and sentence starts were identical on every
English evaluation document), 25-30% less CPU for the parse. (The parser's step-by-step scoring
keeps BLIS through thinc's ``CBlas``, which Python cannot change.)

numpy's BLAS is limited to one thread: the batch runs one worker process per core, and BLAS
threads on top of them only compete for the same cores (and cost ~50% more CPU in all).

``HARMWATCH_GEMM=blis`` in the environment keeps thinc's default (e.g. where numpy is built on a
slow reference BLAS).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from harmwatch.errors import ConfigError

ENV = "HARMWATCH_GEMM"
CHOICES = ("numpy", "blis")


def gemm_backend() -> str:
    """The matrix product the model is loaded with: ``numpy`` (default) or ``blis``."""
    value = os.environ.get(ENV, "").strip().lower() or "numpy"
    if value not in CHOICES:
        raise ConfigError(f"{ENV}={value!r}: expected one of {', '.join(CHOICES)}")
    return value


def single_threaded_blas() -> None:
    """Limit the BLAS libraries loaded in this process (numpy's OpenBLAS) to one thread; forked
    workers inherit the limit."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


@contextmanager
def model_ops() -> Iterator[str]:
    """The scope in which to load a spaCy model so that its layers use :func:`gemm_backend`'s
    matrix product; yields the backend's name."""
    backend = gemm_backend()
    if backend == "blis":
        yield backend
        return
    from thinc.api import use_ops

    single_threaded_blas()
    with use_ops("numpy", use_blis=False):
        yield backend
