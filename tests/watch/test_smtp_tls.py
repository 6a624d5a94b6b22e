"""SMTP with STARTTLS and login, as real servers want them: the certificate is verified (a
self-signed one made here is trusted through SSL_CERT_FILE), the credentials reach the server."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl

import pytest

from harmwatch.errors import InputError
from harmwatch.watch.delivery import SmtpSettings, send_email
from harmwatch.watch.tables import Delivery
from tests.watch.servers import MailHandler, free_port


def _cert(tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    crt, pem = tmp_path / "cert.pem", tmp_path / "key.pem"
    crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return crt, pem


@pytest.fixture
def tls_smtp(tmp_path):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    crt, pem = _cert(tmp_path)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(crt, pem)
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.login == b"hw" and auth_data.password == b"s3cret")

    handler = MailHandler()
    port = free_port()
    ctl = Controller(
        handler,
        hostname="127.0.0.1",
        port=port,
        tls_context=ctx,
        require_starttls=True,
        authenticator=authenticator,
        auth_require_tls=True,
    )
    ctl.start()
    handler.port, handler.logins, handler.cert = port, logins, crt
    yield handler
    ctl.stop()


def _delivery() -> Delivery:
    body = b"From: hw@example.org\r\nTo: ana@example.org\r\nSubject: t\r\nMessage-ID: <x@example.org>\r\n\r\nhello\r\n"
    return Delivery(recipient="mailto:ana@example.org", channel="email", key="<x@example.org>", body=body)


def test_starttls_and_login(tls_smtp, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_smtp.cert))
    smtp = SmtpSettings(
        host="127.0.0.1",
        port=tls_smtp.port,
        starttls=True,
        user="hw",
        password="s3cret",
        sender="hw@example.org",
        timeout=10,
    )
    send_email(_delivery(), smtp)
    assert tls_smtp.logins == [(b"hw", b"s3cret")] and len(tls_smtp.messages) == 1
    # a wrong password: refused (smtplib then tries its next mechanism, which this server lets hang)
    with pytest.raises(InputError, match="SMTP 127.0.0.1:.*(SMTPAuthenticationError|SMTPServerDisconnected)"):
        send_email(
            _delivery(), SmtpSettings("127.0.0.1", tls_smtp.port, True, "hw", "wrong", "hw@example.org", 3)
        )
    assert len(tls_smtp.messages) == 1


def test_an_untrusted_certificate_is_refused(tls_smtp):
    smtp = SmtpSettings("127.0.0.1", tls_smtp.port, True, "hw", "s3cret", "hw@example.org", 10)
    with pytest.raises(InputError, match="CERTIFICATE_VERIFY_FAILED|SSLCertVerificationError"):
        send_email(_delivery(), smtp)
    assert tls_smtp.logins == [] and tls_smtp.messages == []


def test_without_starttls_the_server_refuses(tls_smtp):
    smtp = SmtpSettings("127.0.0.1", tls_smtp.port, False, None, None, "hw@example.org", 10)
    with pytest.raises(InputError, match="SMTP 127.0.0.1"):
        send_email(_delivery(), smtp)
    assert tls_smtp.messages == []
