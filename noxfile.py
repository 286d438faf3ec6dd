"""Developer sessions: `nox -s tests`, `nox -s lint`, `nox -s bench`."""

import nox

nox.options.sessions = ["tests", "lint"]
nox.options.default_venv_backend = "venv"


@nox.session
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff>=0.6")
    session.run("ruff", "check", "src", "tests", "benchmarks", "noxfile.py")


@nox.session
def bench(session: nox.Session) -> None:
    """Regenerates docs/benchmarks.md against the peers on ../shared/bench."""
    session.install("--upgrade", "pip")  # older pip cannot resolve newspaper4k with trafilatura
    session.install("-e", ".[bench]")
    session.run("python", "benchmarks/evaluate.py", *session.posargs)
