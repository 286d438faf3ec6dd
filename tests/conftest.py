"""Hypothesis profiles: ``ci`` (default) keeps the suite fast; ``fuzz`` runs far more examples.

Select one with ``HYPOTHESIS_PROFILE=fuzz`` (``nox -s fuzz`` does). Tests that set their own
example count take the profile's when it is larger (see tests/robustness/test_properties.py).
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "20000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
