"""The shop's data: customer import and export, backups."""
