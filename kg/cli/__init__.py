"""cli: the `kg` command, thin click commands over the library, one module per command group.
Enters: arguments. Leaves: printed results and `Error: <file>: <problem>` lines with non-zero exits.
May import anything in kg; nothing imports it (but kg.__main__)."""
