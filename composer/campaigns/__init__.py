"""Campaign bundles: safe reading, the model and its checks, the library, prepared data."""
