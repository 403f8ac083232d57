# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's own data on disk: the SQLite store and the supporter's drafts."""
