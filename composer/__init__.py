# SPDX-License-Identifier: GPL-3.0-or-later
"""Letter Composer core: campaigns, letters and messages. Never imports Qt."""

__version__ = "0.1.0"
