"""Certificate issuing, PDF rendering, verification, expiry, revocation and bulk export."""
