"""The app's own data on disk: the SQLite store and the supporter's drafts."""
