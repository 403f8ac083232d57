# SPDX-License-Identifier: GPL-3.0-or-later
"""Mail: addresses, the message, SMTP, sending, the outbox and the Sent list."""
