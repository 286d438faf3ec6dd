"""Developer sessions: `nox -s tests lint typecheck golden bench fuzz integrations report`."""

import os
import shutil

import nox
import nox.command

nox.options.sessions = ["tests", "lint", "typecheck"]
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
def typecheck(session: nox.Session) -> None:
    """mypy on src/ (settings in pyproject.toml), with the stubs of the runtime dependencies
    and FastWARC (typed), which the batch reader imports."""
    session.install("-e", ".[warc]", "mypy>=1.10", "types-python-dateutil", "types-tqdm")
    session.run("mypy", *session.posargs)


@nox.session
def golden(session: nox.Session) -> None:
    """Rewrites the golden outputs in tests/golden/ (review and commit the diff with the change)."""
    session.install("-e", ".")
    session.run("python", "-m", "tests.golden", "--update", *session.posargs)


@nox.session
def integrations(session: nox.Session) -> None:
    """The engine tests (datatrove, Spark in local[2], Scrapy): heavy installs, so not in tests.

    pandas<3: PySpark's pandas bridge is not ready for pandas 3. orjson, warcio, faust-cchardet
    and python-magic are what datatrove's JsonlReader and WarcReader need (datatrove[io] without
    its heavy `datasets`). CLEANARTICLE_REQUIRE_ENGINES makes a missing engine fail, not skip.
    """
    session.install("-e", ".[test,warc,datatrove,spark,scrapy]", "pandas<3")
    session.install("orjson", "warcio", "faust-cchardet", "python-magic")
    session.env["CLEANARTICLE_REQUIRE_ENGINES"] = "1"
    session.run("pytest", "tests/integrations", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """The robustness properties with far more inputs, then atheris if it installs here.

    `nox -s fuzz` tries about 100,000 inputs (FUZZ_EXAMPLES per hypothesis test, 10,000 by
    default, and FUZZ_ATHERIS_RUNS atheris runs, 20,000) and prints how many it tried.
    """
    session.install("-e", ".[test]")
    tmp = session.create_tmp()
    counts = {"hypothesis": f"{tmp}/hypothesis.count", "atheris": f"{tmp}/atheris.count"}
    for path in counts.values():
        open(path, "w").close()
    session.env.update(
        HYPOTHESIS_PROFILE="fuzz",
        FUZZ_EXAMPLES=os.environ.get("FUZZ_EXAMPLES", "10000"),
        FUZZ_COUNT_FILE=counts["hypothesis"],
        FUZZ_ATHERIS_COUNT_FILE=counts["atheris"],
    )
    session.run("pytest", "tests/robustness/test_properties.py", "-p", "no:cacheprovider")
    try:
        session.install("atheris")
    except nox.command.CommandFailed:
        session.warn("atheris does not install here: only the hypothesis properties ran")
    else:
        runs = os.environ.get("FUZZ_ATHERIS_RUNS", "20000")
        session.run(
            "python", "tests/robustness/fuzz_atheris.py", f"-runs={runs}",
            f"-artifact_prefix={tmp}/", *session.posargs,
        )  # fmt: skip
    tried = {name: _count(path) for name, path in counts.items()}
    session.log(f"fuzz: {sum(tried.values())} inputs tried ({tried})")


def _count(path: str) -> int:
    with open(path, encoding="utf-8") as lines:
        return sum(int(line.split()[1]) for line in lines if line.strip())


@nox.session
def bench(session: nox.Session) -> None:
    """Regenerates docs/benchmarks.md against the peers on ../shared/bench."""
    session.install("--upgrade", "pip")  # older pip cannot resolve newspaper4k with trafilatura
    session.install("-e", ".[bench]")
    session.run("python", "benchmarks/evaluate.py", *session.posargs)


@nox.session
def report(session: nox.Session) -> None:
    """The visual report in headless Chromium (Debian package `chromium`, and `chromium-driver`
    for the hover/focus/toggle checks): for every page in samples/ and every golden page, the
    DOM Chromium builds holds one highlight per cut and the side panel lists every rule.

    `nox -s report -- --screenshot` also redraws docs/report.png (shown in the README).
    """
    if not any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")):
        session.skip("no Chromium installed: apt-get install chromium chromium-driver")
    session.install("-e", ".[test]", "selenium>=4.10")
    session.env["CLEANARTICLE_REPORT_PAGES"] = "all"
    tests = ("tests/explain/test_report_browser.py", "tests/explain/test_report_interactive.py")
    session.run("pytest", *tests, "-p", "no:cacheprovider", "-rs")
    if "--screenshot" in session.posargs:
        session.run("python", "-m", "tests.explain.chromium", "docs-screenshot")
