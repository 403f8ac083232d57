"""Letter templates: sandbox, compile and render, alternative wordings, code cache, dates."""
