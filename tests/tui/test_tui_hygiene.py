"""Textual is loaded only when the review workstation opens, never by the CLI or services."""

from __future__ import annotations

import subprocess
import sys

CORE = ("workstation.cli.main", "workstation.services.ui_facade", "workstation.services.review",
        "workstation.services.decisions", "vault.session")


def test_the_cli_and_the_services_do_not_load_textual_or_rich() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}: importlib.import_module(name)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "[]"


def test_importing_the_ui_package_removes_textual_debug_and_log_settings() -> None:
    code = (
        "import os\n"
        "os.environ['TEXTUAL'] = 'devtools,debug'\n"
        "os.environ['TEXTUAL_LOG'] = '/nonexistent/textual.log'\n"
        "import workstation.tui.app\n"
        "from textual import constants\n"
        "print(constants.LOG_FILE, 'TEXTUAL' in os.environ)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "None False"
