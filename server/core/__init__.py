"""Pure core: strings in, small records out. No Flask, SQLite or network."""
