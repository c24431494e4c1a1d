"""claims: who said what, and how each outlet reported it.

The library holds all logic and never prints or exits. Data flows one way:
source -> Article -> Quote -> Statement -> Comparison; the CLI in ``cli/``
renders the results.
"""

__version__ = "0.1.0"
