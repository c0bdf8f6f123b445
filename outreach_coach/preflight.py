"""Before Qt starts: can a window open here? Qt's own answer is an abort with a cryptic line
("Could not load the Qt platform plugin xcb"), so the common causes are checked first and
explained in plain words. Qt-free on purpose: it runs before PySide6 is imported."""

from __future__ import annotations

import ctypes.util
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

# System libraries the Qt xcb platform plugin loads, with the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
}


def display_problem(
    environ: Mapping[str, str],
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
    platform: str = sys.platform,
) -> str:
    """Why the window cannot open, or "" when nothing is known to be missing."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return ""  # other systems bring their own; an explicit platform is the user's choice
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Outreach Coach "
            "from a desktop session. Without a screen, `outreach-coach check` works, and "
            "`QT_QPA_PLATFORM=offscreen outreach-coach --screenshot FILE.png` renders the window."
        )
    if environ.get("WAYLAND_DISPLAY"):
        return ""
    missing = [package for name, package in XCB_LIBRARIES.items() if find_library(name) is None]
    if not missing:
        return ""
    return (
        "The window needs system libraries that are not installed: "
        f"{', '.join(missing)}. On Debian or Ubuntu: sudo apt-get install {' '.join(missing)}"
    )
