import sys

from cleanarticle.cli import main

sys.exit(main())
