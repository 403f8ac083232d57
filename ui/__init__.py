"""Letter Composer's Qt face: thin widgets that call the core in `composer`."""
