"""`python -m cleanarticle`; guarded, because spawned worker processes import the main module."""

import sys

from cleanarticle.cli import main

if __name__ == "__main__":
    sys.exit(main())
