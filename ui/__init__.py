# SPDX-License-Identifier: GPL-3.0-or-later
"""Letter Composer's Qt face: thin widgets that call the core in `composer`."""
