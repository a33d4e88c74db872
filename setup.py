"""Packages: everything under loyaltydesk/, plus the top-level resources/ folder installed as
``loyaltydesk.resources`` (pyproject.toml alone cannot add a mapped package to a find)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["loyaltydesk", "loyaltydesk.*"]), "loyaltydesk.resources"],
    package_dir={"loyaltydesk.resources": "resources"},
)
