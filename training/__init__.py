"""Training and evaluation outside the package: the family corpus, the detector's training
script and the quality reports (`make train`, `make quality`). Nothing here ships."""
