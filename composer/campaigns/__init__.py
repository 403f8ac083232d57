# SPDX-License-Identifier: GPL-3.0-or-later
"""Campaign bundles: safe reading, the model and its checks, the library, prepared data."""
