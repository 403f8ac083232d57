"""Mail: addresses, the message, SMTP, sending, the outbox and the Sent list."""
