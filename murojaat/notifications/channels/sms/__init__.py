"""SMS through the gateway chosen by settings.SMS_BACKEND (console, file, eskiz)."""
