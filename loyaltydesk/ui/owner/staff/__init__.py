"""Staff: who may sign in, as owner or cashier."""
