# SPDX-License-Identifier: GPL-3.0-or-later
"""Letter templates: sandbox, compile and render, alternative wordings, code cache, dates."""
