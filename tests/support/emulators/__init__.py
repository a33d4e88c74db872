"""Hosted loyalty APIs emulated from their documents: real HTTP servers on 127.0.0.1."""
