"""The supporter's mail account: settings, the password in the keyring, provider table."""
