"""The owner pages, behind the owner PIN."""
