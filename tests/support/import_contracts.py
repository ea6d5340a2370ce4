"""A custom import-linter contract type: `stdlib_only` (used by `.importlinter`).

import-linter's `forbidden` contract needs every forbidden package named; "imports nothing but
the standard library" cannot be written as a list, so this contract checks each direct import of
the source modules against `sys.stdlib_module_names` (plus the source package itself). See
import-linter's "Custom contract types" documentation for the Contract API used here.
"""

from __future__ import annotations

import sys

from importlinter import Contract, ContractCheck, fields, output


class StdlibOnlyContract(Contract):
    """`source_modules` (packages) import only the standard library and themselves."""

    type_name = "stdlib_only"
    source_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        offenders: list[tuple[str, str]] = []
        for package in self.source_modules:  # type: ignore[attr-defined]
            modules = {package} | graph.find_descendants(package)
            for module in sorted(modules):
                for imported in sorted(graph.find_modules_directly_imported_by(module)):
                    root = imported.split(".")[0]
                    if root != package.split(".")[0] and root not in sys.stdlib_module_names:
                        offenders.append((module, imported))
        return ContractCheck(kept=not offenders, metadata={"offenders": offenders})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for importer, imported in check.metadata["offenders"]:
            output.print_error(f"{importer} imports {imported} (not the standard library)",
                               bold=False)
            output.new_line()
