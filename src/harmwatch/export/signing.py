"""Signed exports: a manifest (sha256 and size of each exported file) and its ed25519 signature.

Public API::

    new_key_pair(prefix: Path) -> tuple[Path, Path]      # PREFIX.key (private, PEM), PREFIX.pub
    sign_files(files: list[Path], key: Path) -> Path     # writes FILE.manifest.json and .sig beside
    verify_dir(directory: Path, public_key: Path) -> list[str]   # problems; [] when all verify
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from harmwatch import __version__
from harmwatch.errors import InputError

MANIFEST_SUFFIX = ".manifest.json"


def new_key_pair(prefix: Path) -> tuple[Path, Path]:
    private = Ed25519PrivateKey.generate()
    key_path, pub_path = prefix.with_name(prefix.name + ".key"), prefix.with_name(prefix.name + ".pub")
    if key_path.exists() or pub_path.exists():
        raise InputError(f"{key_path} or {pub_path} exists: not overwritten")
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    pub_path.write_bytes(
        private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return key_path, pub_path


def _load_private(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as e:
        raise InputError(f"{path}: not a readable ed25519 private key ({e})") from e
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(f"{path}: not an ed25519 private key")
    return key


def _load_public(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError) as e:
        raise InputError(f"{path}: not a readable ed25519 public key ({e})") from e
    if not isinstance(key, Ed25519PublicKey):
        raise InputError(f"{path}: not an ed25519 public key")
    return key


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def sign_files(files: list[Path], key: Path) -> Path:
    """Write ``<first file>.manifest.json`` (names relative to its folder) and its ``.sig``."""
    private = _load_private(key)
    folder = files[0].parent
    manifest = {
        "tool": f"harmwatch {__version__}",
        "files": {f.name: {"sha256": _digest(f), "bytes": f.stat().st_size} for f in files},
    }
    data = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
    path = folder / (files[0].name + MANIFEST_SUFFIX)
    path.write_bytes(data)
    path.with_name(path.name + ".sig").write_bytes(private.sign(data).hex().encode("ascii") + b"\n")
    return path


def verify_dir(directory: Path, public_key: Path) -> list[str]:
    """Check every manifest in ``directory``: its signature, then each listed file's sha256."""
    key = _load_public(public_key)
    manifests = sorted(directory.glob("*" + MANIFEST_SUFFIX))
    if not manifests:
        return [f"{directory}: no signed manifest (*{MANIFEST_SUFFIX}) found"]
    problems: list[str] = []
    for m in manifests:
        sig_path = m.with_name(m.name + ".sig")
        data = m.read_bytes()
        try:
            key.verify(bytes.fromhex(sig_path.read_text().strip()), data)
        except (OSError, ValueError, InvalidSignature):
            problems.append(
                f"{m.name}: signature does not verify (manifest or signature changed, or another key)"
            )
            continue
        for name, want in json.loads(data)["files"].items():
            f = directory / name
            if not f.is_file():
                problems.append(f"{name}: missing")
            elif _digest(f) != want["sha256"]:
                problems.append(f"{name}: changed since it was signed")
    return problems
