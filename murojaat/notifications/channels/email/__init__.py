"""E-mail through Django's configured mail backend (EMAIL_BACKEND)."""
