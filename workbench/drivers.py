"""Drivers of call-based variants: the programs that run a function through a driver.

A callbased variant turns a stdin/stdout problem into "implement `solve(...)`". Its
driver is hidden Python code that reads a test's stdin, calls the entry point (once per
test case) and prints the results in the original output format, so a candidate
function is scored on the original stdio tests:

    compose(candidate_code, variant.driver)   -> a stdin/stdout program
    traced(reference, driver, "solve")        -> the same, also reporting every call
    calls_from_output(stdout)                 -> (the program's own stdout, the calls)
    split_program(code)                       -> (function, driver) of one program
    function_only(code)                       -> the function without what else it holds

The function's code and the driver run in two namespaces of their own: the function's
module is named "solution" (as call problems' code is), so test code under an
`if __name__ == "__main__":` guard does not run, and a helper of the driver cannot
replace a helper of the function that has the same name. `split_program` and
`with_imports` tidy what a small model wrote (both parts in one block, `import sys`
forgotten). Stdlib only.
"""

from __future__ import annotations

import ast
import builtins
import json
import re

MARK = "@@workbench-call@@"
# Each traced call writes exactly "\n" + MARK + a JSON array + "\n" to stdout; removing
# those chunks gives back the stdout the driver wrote, byte for byte.
_CHUNK = re.compile("\n" + re.escape(MARK) + "([^\n]*)\n")
MAX_TRACED = 50

_LOADER = """\
_wb_solution = {{"__name__": "solution", "__builtins__": __builtins__}}
exec(compile({code!r}, "<program>", "exec", dont_inherit=True), _wb_solution)
if not callable(_wb_solution.get({entry!r})):
    raise NameError("the program defines no function {entry}")
_wb_entry = _wb_solution[{entry!r}]
"""

_TRACER = """\
def _wb_traced(fn, limit):
    import json
    import sys

    count = [0]

    def call(*args, **kwargs):
        # The arguments are shown as they were passed, before the call can change them.
        shown = ", ".join([repr(a) for a in args] + ["%s=%r" % kv for kv in kwargs.items()])
        result = fn(*args, **kwargs)
        if count[0] < limit:
            count[0] += 1
            sys.stdout.write("\\n" + {mark!r} + json.dumps([shown, repr(result)]) + "\\n")
            sys.stdout.flush()
        return result

    return call


_wb_entry = _wb_traced(_wb_entry, {limit})
"""

_DRIVER = """\
_wb_driver = {{"__name__": "__main__", "__builtins__": __builtins__, {entry!r}: _wb_entry}}
exec(compile({driver!r}, "<driver>", "exec", dont_inherit=True), _wb_driver)
"""


def compose(function_code: str, driver: str, entry_point: str = "solve") -> str:
    """The stdin/stdout program that scores `function_code` through `driver`.

    A function that does not compile is returned as it is, so that the sandbox reports
    a syntax error, as it would for any other program."""
    if not _compiles(function_code):
        return function_code
    return _LOADER.format(code=function_code, entry=entry_point) + _DRIVER.format(
        driver=driver, entry=entry_point
    )


def traced(
    function_code: str, driver: str, entry_point: str = "solve", limit: int = MAX_TRACED
) -> str:
    """Like `compose`, but the first `limit` calls of the entry point are also written
    to stdout as marked lines that `calls_from_output` reads back."""
    if not _compiles(function_code):
        return function_code
    return (
        _LOADER.format(code=function_code, entry=entry_point)
        + _TRACER.format(mark=MARK, limit=int(limit))
        + _DRIVER.format(driver=driver, entry=entry_point)
    )


def calls_from_output(stdout: str) -> tuple[str, list[tuple[str, str]]]:
    """A traced program's stdout split into what the driver printed and the calls:
    (arguments as written in a call, repr of the result) each, in call order."""
    calls: list[tuple[str, str]] = []
    for m in _CHUNK.finditer(stdout):
        try:
            shown, result = json.loads(m.group(1))
        except (ValueError, TypeError):
            continue  # not one of ours: the driver printed something that looks like it
        calls.append((str(shown), str(result)))
    return _CHUNK.sub("", stdout), calls


def _compiles(code: str) -> bool:
    try:
        compile(code, "<program>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


# --- splitting one program into function and driver ------------------------------------------

# Modules small models use without importing them; `with_imports` adds the import.
MODULES = {"sys", "math", "collections", "itertools", "heapq", "bisect", "functools", "re"}
TYPING = {"Any", "Deque", "DefaultDict", "Dict", "Iterable", "List", "Optional", "Sequence"}
TYPING |= {"Set", "Tuple", "Union"}


def defines(tree: ast.Module, entry_point: str) -> ast.FunctionDef | None:
    """The top-level function `entry_point` of a module, if it has one."""
    return next(
        (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == entry_point), None
    )


def split_program(code: str, entry_point: str = "solve") -> tuple[str, str]:
    """A program that defines `entry_point` and calls it, as (function, driver): the
    function with the imports and top-level definitions it uses (transitively), and the
    driver: everything but the function (it runs in a namespace of its own, so it keeps
    its own copies of shared helpers). ValueError when there is no driver code."""
    tree = ast.parse(code)
    entry, keep = _function_part(tree, entry_point)
    driver = [n for n in tree.body if n is not entry]
    if all(id(n) in keep for n in driver):
        raise ValueError(f"no driver code besides the definition of {entry_point}")
    return function_only(code, entry_point), _source(code, driver)


def function_only(code: str, entry_point: str = "solve") -> str:
    """`entry_point` with the imports and top-level definitions it uses (transitively):
    what else a code block holds (a `main`, test calls) is left out."""
    tree = ast.parse(code)
    _, keep = _function_part(tree, entry_point)
    return _source(code, [n for n in tree.body if id(n) in keep])


def _function_part(tree: ast.Module, entry_point: str) -> tuple[ast.FunctionDef, set[int]]:
    entry = defines(tree, entry_point)
    if entry is None:
        raise ValueError(f"no top-level function {entry_point}")
    imports = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    named = {name: node for node in tree.body for name in _bound_by(node)}
    needed: list[ast.stmt] = []
    todo: list[ast.stmt] = [entry]
    while todo:
        for name in _loads(todo.pop()):
            dep = named.get(name)
            if dep is not None and dep is not entry and all(dep is not n for n in needed):
                needed.append(dep)
                todo.append(dep)
    return entry, {id(n) for n in [*imports, *needed, entry]}


def _bound_by(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    if isinstance(node, ast.Assign | ast.AnnAssign):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return [t.id for t in targets if isinstance(t, ast.Name)]
    return []


def _loads(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _source(code: str, nodes: list[ast.stmt]) -> str:
    lines = code.splitlines()
    parts = []
    for node in nodes:
        first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        parts.append("\n".join(lines[first - 1 : node.end_lineno]))
    return "\n\n".join(parts) + "\n"


def with_imports(code: str) -> str:
    """`code` with an import of each module in MODULES, and of each name in TYPING, that it
    uses but never binds."""
    tree = ast.parse(code)
    free = _loads(tree) - _bound_in(tree)
    head = "".join(f"import {m}\n" for m in sorted(free & MODULES))
    if free & TYPING:
        head += f"from typing import {', '.join(sorted(free & TYPING))}\n"
    return head + ("\n" if head else "") + code.strip("\n") + "\n"


def with_definitions(code: str, source: str, but: str = "solve") -> str:
    """`code` with the top-level definitions of `source` (constants, helpers; `but`
    excepted) that it uses but does not define, and those they use, in `source`'s order,
    after `code`'s leading imports (small models copy a computation but not its constants)."""
    tree, origin = ast.parse(code), ast.parse(source)
    named = {n: node for node in origin.body for n in _bound_by(node) if n != but}
    needed: list[ast.stmt] = []
    todo = sorted(_loads(tree) - _bound_in(tree) - set(dir(builtins)))
    while todo:
        dep = named.get(todo.pop())
        if dep is not None and all(dep is not n for n in needed):
            needed.append(dep)
            todo += sorted(_loads(dep))
    if not needed:
        return code
    added = _source(source, [n for n in origin.body if any(n is d for d in needed)])
    lines = code.splitlines()
    at = next(
        (n.lineno - 1 for n in tree.body if not isinstance(n, ast.Import | ast.ImportFrom)),
        len(lines),
    )
    return "\n".join([*lines[:at], added, *lines[at:]]).strip("\n") + "\n"


def _bound_in(tree: ast.AST) -> set[str]:
    bound: set[str] = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load):
            bound.add(n.id)
        elif isinstance(n, ast.alias):
            bound.add((n.asname or n.name).split(".")[0])
        elif isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(n.name)
        elif isinstance(n, ast.arg):
            bound.add(n.arg)
    return bound
