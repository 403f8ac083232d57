# SPDX-License-Identifier: GPL-3.0-or-later
"""The supporter's mail account: settings, the password in the keyring, provider table."""
