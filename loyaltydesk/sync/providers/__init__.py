"""One module per hosted loyalty API, each written to the letter of its document."""
