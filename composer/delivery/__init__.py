# SPDX-License-Identifier: GPL-3.0-or-later
"""Every other way to deliver: mail-app and webmail links, postal letters."""
