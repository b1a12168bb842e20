"""ensure_tex(): install TeX Live from Debian as root, otherwise stop with the exact command."""
import pytest

from report import tex_setup


def test_nothing_to_do_when_latexmk_exists(monkeypatch):
    monkeypatch.setattr(tex_setup.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(tex_setup.subprocess, "run", lambda *a, **k: pytest.fail("must not run anything"))
    tex_setup.ensure_tex()


def test_not_root_stops_with_the_packages(monkeypatch):
    monkeypatch.setattr(tex_setup.shutil, "which", lambda name: "/usr/bin/apt-get" if name == "apt-get" else None)
    monkeypatch.setattr(tex_setup.os, "geteuid", lambda: 1000)
    with pytest.raises(SystemExit) as exc:
        tex_setup.ensure_tex()
    message = str(exc.value)
    assert "apt-get install -y --no-install-recommends" in message
    for package in ("latexmk", "texlive-latex-extra", "texlive-science", "lmodern", "poppler-utils"):
        assert package in message


def test_root_with_apt_installs_from_debian(monkeypatch):
    installed, commands = [], []
    monkeypatch.setattr(tex_setup.shutil, "which",
                        lambda name: "/usr/bin/apt-get" if name == "apt-get" else (installed[0] if installed else None))
    monkeypatch.setattr(tex_setup.os, "geteuid", lambda: 0)

    def run(cmd, env):
        commands.append(cmd)
        assert env["DEBIAN_FRONTEND"] == "noninteractive"
        if "install" in cmd:
            installed.append("/usr/bin/latexmk")
        return type("Done", (), {"returncode": 0})()

    monkeypatch.setattr(tex_setup.subprocess, "run", run)
    tex_setup.ensure_tex()
    assert commands[0] == ["apt-get", "update"]
    assert commands[1][:4] == ["apt-get", "install", "-y", "--no-install-recommends"]
    assert set(tex_setup.PACKAGES) <= set(commands[1])
