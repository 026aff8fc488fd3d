"""Signals of the certificates app, for higher layers (reports sends webhooks on them).

Both are sent after the transaction that issued or revoked the certificate has committed (never
for a rolled-back write), with `send_robust`: a failing receiver is logged and never undoes or
interrupts the issue or the revocation.

- `certificate_issued(sender=Certificate, certificate=...)`: a new certificate was issued for a
  completion (not sent when `certificate_issue` returns an existing one);
- `certificate_revoked(sender=Certificate, certificate=..., revocation=...)`: HR revoked it.
"""

from __future__ import annotations

from django.dispatch import Signal

certificate_issued = Signal()
certificate_revoked = Signal()
