"""The check before Qt starts: a missing display or missing xcb libraries become plain words."""

from __future__ import annotations

from outreach_coach.preflight import XCB_LIBRARIES, display_problem


def _all_present(name: str) -> str | None:
    return f"lib{name}.so"


def test_no_display_is_explained_with_what_still_works() -> None:
    problem = display_problem({}, _all_present, "linux")
    assert "No display found" in problem
    assert "offscreen" in problem


def test_missing_xcb_libraries_are_named_with_their_packages() -> None:
    def without_cursor(name: str) -> str | None:
        return None if name in ("xcb-cursor", "xkbcommon-x11") else f"lib{name}.so"

    problem = display_problem({"DISPLAY": ":0"}, without_cursor, "linux")
    assert "apt-get install libxcb-cursor0 libxkbcommon-x11-0" in problem
    assert "libxcb-icccm4" not in problem


def test_nothing_to_say_when_the_window_can_open() -> None:
    assert display_problem({"DISPLAY": ":0"}, _all_present, "linux") == ""
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, lambda _: None, "linux") == ""
    assert display_problem({}, lambda _: None, "darwin") == ""
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, lambda _: None, "linux") == ""


def test_this_machine_has_the_libraries_ci_installs() -> None:
    # .ci/run installs the packages; the real lookup must find them by the names used here
    import ctypes.util

    assert all(ctypes.util.find_library(name) for name in XCB_LIBRARIES)
