"""The Customers area: the list, a customer's detail, its dialogs and history."""
