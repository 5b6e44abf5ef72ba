"""Training of the models the package ships (not installed with it): `python -m train.ner`."""
