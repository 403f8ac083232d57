# The two commands of the README: `make run` and `make test`. Both work on a fresh
# Debian 12 machine as root (they install what is missing).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

# Qt's xcb platform (a real screen) and its libraries; Debian 12 desktops often lack some.
RUN_DEBS := python3-venv libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 \
	libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 \
	libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xkb1 libdbus-1-3 libcups2 fonts-dejavu-core
# Offscreen Qt for the tests; DejaVu carries Cyrillic and Kazakh letters; a real Secret
# Service keyring (gnome-keyring on its own D-Bus session) for the password tests;
# poppler-utils reads back the PDFs the tests write; minisign checks signatures both ways.
# microsocks: a real SOCKS5 proxy for tests/mail/test_proxy.py.
# A real screen where one matters (tests/ui/test_screens.py): Xvfb, the openbox window
# manager, xprop (x11-utils) to see them ready, and the xcb libraries of RUN_DEBS.
# The accessibility bus (tests/ui/atspi/): at-spi2-core's bus and registry, a client on
# Debian's python3 with GObject introspection's Atspi, xdotool to type real keys, and
# Orca (the screen reader) for a smoke test of what it says.
TEST_DEBS := python3-venv libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 \
	libxkbcommon0 libx11-6 libxcb1 libdbus-1-3 libcups2 fonts-dejavu-core \
	dbus dbus-daemon gnome-keyring libsecret-tools poppler-utils minisign microsocks \
	xvfb openbox x11-utils libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 \
	libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 \
	dovecot-core postfix at-spi2-core python3-gi gir1.2-atspi-2.0 xdotool orca
# The sign-in tests (tests/oauth): Dovecot's oauth2 passdb and Postfix submission, started
# by the tests on loopback; the OpenID provider is the npm package oidc-provider, installed
# from its lock file with the machine's Node.js and npm.
OAUTH_RIG := tests/oauth/rig

LANGUAGES := en fr nl de es ru kk  # en: its plural forms only
QM := $(foreach l,$(LANGUAGES),translations/letter_composer_$(l).qm)

.PHONY: run test lint clean translations bundle bench

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# The interface's translations, compiled from the .ts sources.
translations/letter_composer_%.qm: translations/letter_composer_%.ts $(BIN)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run:
	./scripts/ensure-debs.sh $(RUN_DEBS)
	$(MAKE) --no-print-directory $(BIN)/.installed translations
	$(BIN)/letter-composer

$(OAUTH_RIG)/node_modules/.package-lock.json: $(OAUTH_RIG)/package-lock.json
	cd $(OAUTH_RIG) && npm ci --no-audit --no-fund --silent

test:
	./scripts/ensure-debs.sh $(TEST_DEBS)
	$(MAKE) --no-print-directory $(BIN)/.installed translations $(OAUTH_RIG)/node_modules/.package-lock.json
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen ./scripts/with-keyring.sh $(BIN)/pytest

# The installer: a one-folder app (PyInstaller) and a .deb, both in dist/.
bundle:
	$(MAKE) --no-print-directory $(BIN)/.installed translations
	$(BIN)/pip install --quiet 'pyinstaller>=6.3'
	PYINSTALLER_CONFIG_DIR=$(CURDIR)/build/pyinstaller-cache $(BIN)/pyinstaller --noconfirm \
		--log-level WARN --distpath dist --workpath build/pyinstaller composer.spec
	BUILD_PYTHON=$(BIN)/python ./packaging/linux/build-deb.sh

# Speed and memory against baselines measured in the same run (never fails the build).
bench:
	$(MAKE) --no-print-directory $(BIN)/.installed translations bundle
	$(BIN)/python bench/run.py

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache translations/*.qm $(OAUTH_RIG)/node_modules
