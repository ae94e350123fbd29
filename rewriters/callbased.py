"""`callbased`: a stdin/stdout problem restated as "implement `def solve(...)`".

The LLM's job is kept small (one call): given the Input and Output sections, the first
example and the first reference solution, it writes `solve` (one test case, no I/O, the
reference's logic) and a driver (reads stdin, calls `solve`, prints in the output
format). Everything else is mechanical: the answer's two code blocks are checked with
`ast`; the function run through the driver must pass every original test in the
sandbox; a stand-in `solve` that returns None must not (else the driver ignores it); the
examples in the new statement are the calls the driver really makes on the examples'
inputs (`workbench.drivers.traced`), never the LLM's. Candidates are later scored on the
original tests through the same driver (`workbench.drivers.compose`).
"""

from __future__ import annotations

import ast
import contextlib
import re

from workbench.drivers import (
    calls_from_output,
    compose,
    function_only,
    split_program,
    traced,
    with_definitions,
    with_imports,
)
from workbench.execution import Executor
from workbench.execution.grading import compare_output
from workbench.problems import Outcome, Problem, Variant
from workbench.prompting import render_instructions
from workbench.rewritable import stdio_statement
from workbench.rewriting import Ask, Rejected, Rewriter, Tools
from workbench.statement_markdown import Statement, StatementError

ENTRY = "solve"
KEY = "split"
MAX_NEW_TOKENS = 512
CALLS_PER_EXAMPLE = 3
CALLS_IN_ALL = 6
LONGEST_CALL = 300  # characters of a shown call or result; longer ones are not shown
_BLOCK = re.compile(r"```[ \t]*(?:python|py)?[ \t]*\n(.*?)(?:\n[ \t]*```|\Z)", re.S | re.I)
_IO_CALLS = {"input", "print", "open", "exit", "quit"}
_IO_STREAMS = {"stdin", "stdout", "stderr"}
_NONE_SOLVE = "def solve(*args, **kwargs):\n    return None\n"


class Callbased(Rewriter):
    name = "callbased"
    io = "stdio"

    def applicable(self, problem: Problem) -> str | None:
        why = super().applicable(problem)
        if why:
            return why
        if not problem.solutions:
            return f"{problem.id} has no reference solution to turn into a function"
        try:
            st = stdio_statement(problem)
        except StatementError as exc:
            return f"{problem.id}: the statement has no sections ({exc})"
        if not st.examples and not problem.examples:
            return f"{problem.id} has no example to show calls from"
        return None

    def asks(self, problem: Problem) -> list[Ask]:
        st = stdio_statement(problem)
        first_input, first_output = _examples(problem, st)[0]
        prompt = render_instructions(
            self.name,
            {
                "input_format": st.input,
                "output_format": st.output,
                "example_input": first_input,
                "example_output": first_output,
                "reference": problem.solutions[0],
            },
        )
        return [Ask(KEY, prompt, max_new_tokens=MAX_NEW_TOKENS)]

    def build(self, problem: Problem, answers: dict[str, str], tools: Tools) -> Variant:
        prefill = self.asks(problem)[0].prompt.prefill
        function, driver = split_answer(answers[KEY], prefill, problem.solutions[0])
        fn = check_function(function)
        check_driver(driver)
        executor = tools.executor or Executor(workers=1)
        try:
            validate(problem, function, driver, executor)
            st = stdio_statement(problem)
            calls, multi = example_calls(problem, st, function, driver, executor)
        finally:
            if tools.executor is None:
                executor.close()
        starter = starter_code(function, fn)
        one_case = multi or "test case" in st.input.lower()
        statement = render_statement(st, starter, calls, one_case)
        return Variant(
            problem_id=problem.id,
            variant=self.name,
            statement=statement,
            starter_code=starter,
            entry_point=ENTRY,
            driver=driver,
            provenance={"reference": function, "example_calls": len(calls)},
        )

    def checks(self, problem: Problem, variant: Variant, tools: Tools) -> dict[str, str | None]:
        legend = stdio_statement(problem).legend
        reference = str(variant.provenance.get("reference", ""))
        return {
            "legend kept": None if legend in variant.statement else "the legend changed",
            "starter code": _starter_errors(variant.starter_code or "", reference),
            "calls shown": (
                None
                if f">>> {ENTRY}(" in variant.statement
                else "the statement shows no call of solve"
            ),
            # build raised Rejected unless the reference passed every test through the driver
            "reference through the driver": None,
        }


# --- the answer -----------------------------------------------------------------------------


def split_answer(text: str, prefill: str, reference: str = "") -> tuple[str, str]:
    """The function and the driver from the model's answer (the prefill put back where the
    answer continues it): the first code block that defines `solve`, and the next block,
    or, when the model wrote both into one block, its top-level code split mechanically.
    Modules used but not imported (sys, math, List, ...) are imported, and the function
    gets the reference's top-level definitions it uses but lacks. Rejected("form") when
    there is no such block or one does not parse."""
    # An endpoint that cannot prefill writes the whole answer itself.
    # A continuation often starts with a space token: "def solve( a" reads badly.
    answer = text if re.search(rf"^\s*def {ENTRY}\(", text, re.M) else prefill + text.lstrip(" ")
    blocks = [b.strip("\n") for b in _BLOCK.findall(answer) if b.strip()]
    first = next((n for n, b in enumerate(blocks) if re.search(rf"^def {ENTRY}\(", b, re.M)), None)
    if first is None:
        raise Rejected("form", f"no ```python block defines {ENTRY} ({len(blocks)} blocks)")
    _parse("the function", blocks[first])
    if first + 1 < len(blocks):
        function, driver = function_only(blocks[first], ENTRY), blocks[first + 1]
    else:
        try:
            function, driver = split_program(blocks[first], ENTRY)
        except ValueError as exc:
            raise Rejected("form", f"one code block: {exc}") from None
    _parse("the driver", driver)
    # The references read bytes (sys.stdin.buffer); solve is to get str, as a caller would.
    driver = re.sub(r"\bsys\.stdin\.buffer\b", "sys.stdin", driver)
    # A reference that does not parse has nothing to lend.
    with contextlib.suppress(SyntaxError):
        function = with_definitions(function, reference, ENTRY)
    return with_imports(function), with_imports(driver)


def _parse(what: str, code: str) -> None:
    try:
        ast.parse(code)
    except SyntaxError as exc:
        raise Rejected("form", f"{what} does not parse: {exc.msg} (line {exc.lineno})") from None


def check_function(code: str) -> ast.FunctionDef:
    """`solve` at the top level of the function block, with parameters, a docstring and
    no I/O; Rejected("function") otherwise."""
    tree = ast.parse(code)
    fn = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == ENTRY), None)
    if fn is None:
        raise Rejected("function", f"the first block does not define {ENTRY}")
    if not (fn.args.posonlyargs or fn.args.args or fn.args.kwonlyargs):
        raise Rejected("function", f"{ENTRY} has no parameters")
    if ast.get_docstring(fn) is None:
        raise Rejected("function", f"{ENTRY} has no docstring")
    io = _io_in(tree)
    if io:
        raise Rejected("function", f"the function block does I/O ({io})")
    return fn


def _io_in(tree: ast.AST) -> str | None:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in _IO_CALLS
        ):
            return f"{node.func.id}()"
        if isinstance(node, ast.Attribute) and node.attr in _IO_STREAMS:
            return f"sys.{node.attr}"
        if isinstance(node, ast.ImportFrom) and any(a.name in _IO_STREAMS for a in node.names):
            return "from sys import a stream"
    return None


def check_driver(code: str) -> None:
    """The driver calls `solve` and does not define it; Rejected("driver") otherwise."""
    tree = ast.parse(code)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and node.name == ENTRY
        ):
            raise Rejected("driver", f"the driver defines {ENTRY} itself")
    called = any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == ENTRY
        for n in ast.walk(tree)
    )
    if not called:
        raise Rejected("driver", f"the driver never calls {ENTRY}")


# --- running it -----------------------------------------------------------------------------


def validate(problem: Problem, function: str, driver: str, executor: Executor) -> None:
    """The function through the driver passes every test (public ones first, so a broken
    answer costs one short run), and a `solve` that returns None passes not all public
    tests (else the driver prints answers of its own)."""
    program = compose(function, driver, ENTRY)
    public = problem.public_tests or [0]
    rest = [i for i in range(len(problem.tests)) if i not in public]
    for indices in (public, rest):
        for r in executor.run(program, problem, indices):
            if not r.passed:
                raise Rejected(
                    "reference through the driver",
                    f"fails test {r.test}: {r.outcome.value} {r.detail}".strip(),
                )
    stand_in = executor.run(compose(_NONE_SOLVE, driver, ENTRY), problem, public)
    if all(r.passed for r in stand_in):
        raise Rejected("driver", f"the output does not depend on {ENTRY}'s results")


def example_calls(
    problem: Problem, st: Statement, function: str, driver: str, executor: Executor
) -> tuple[list[tuple[str, str]], bool]:
    """The calls the driver makes on the examples' inputs (at most CALLS_PER_EXAMPLE per
    example and CALLS_IN_ALL in all), and whether an example made more than one call."""
    examples = _examples(problem, st)
    program = traced(function, driver, ENTRY)
    runs = executor.outputs(program, [inp for inp, _ in examples])
    chosen: list[tuple[str, str]] = []
    multi = False
    for k, ((_, expected), run) in enumerate(zip(examples, runs, strict=True), 1):
        outcome, stdout, detail, _ = run
        if outcome is not Outcome.PASSED:
            raise Rejected("examples", f"example {k}: {outcome.value} {detail}".strip())
        clean, calls = calls_from_output(stdout)
        ok, why = compare_output(clean, expected)
        if not ok:
            raise Rejected("examples", f"example {k}: {why}")
        multi = multi or len(calls) > 1
        shown = [c for c in calls if max(len(c[0]), len(c[1])) <= LONGEST_CALL]
        chosen += shown[: min(CALLS_PER_EXAMPLE, CALLS_IN_ALL - len(chosen))]
    if not chosen:
        raise Rejected("examples", f"no short call of {ENTRY} on the examples' inputs")
    if any(_has_bytes(args) for args, _ in chosen):
        raise Rejected("examples", f"{ENTRY} gets bytes: the driver must pass str")
    if all(result == "None" for _, result in chosen):
        raise Rejected("examples", f"{ENTRY} returns None: the driver must print its results")
    return chosen, multi


def _has_bytes(args: str) -> bool:
    try:
        tree = ast.parse(f"f({args})")
    except SyntaxError:
        return False  # an object whose repr is not Python: nothing to say about bytes
    return any(isinstance(n, ast.Constant) and isinstance(n.value, bytes) for n in ast.walk(tree))


def _examples(problem: Problem, st: Statement) -> list[tuple[str, str]]:
    if problem.examples:
        return [(e.input, e.output) for e in problem.examples]
    return [(e.input, e.output) for e in st.examples]


# --- the variant ----------------------------------------------------------------------------


def starter_code(code: str, fn: ast.FunctionDef) -> str:
    """The imports before `solve`, then its signature and docstring (the body cut off at
    the docstring's end, by `ast` positions)."""
    lines = code.splitlines()
    tree = ast.parse(code)
    imports = [
        ast.get_source_segment(code, n) or ""
        for n in tree.body
        if isinstance(n, ast.Import | ast.ImportFrom) and n.lineno < fn.lineno
    ]
    doc = fn.body[0]
    assert doc.end_lineno is not None and doc.end_col_offset is not None
    first = fn.decorator_list[0].lineno if fn.decorator_list else fn.lineno
    head = lines[first - 1 : doc.end_lineno]
    head[-1] = head[-1][: doc.end_col_offset]
    signature = "\n".join(head)
    return ("\n".join(imports) + "\n\n\n" if imports else "") + signature + "\n"


def _starter_errors(starter: str, reference: str) -> str | None:
    try:
        got, want = _parameters(starter), _parameters(reference)
    except SyntaxError as exc:
        return f"does not parse: {exc.msg}"
    if got is None:
        return f"does not define {ENTRY}"
    return None if got == want else f"parameters {got} differ from the function's {want}"


def _parameters(code: str) -> list[str] | None:
    for node in ast.parse(code).body:
        if isinstance(node, ast.FunctionDef) and node.name == ENTRY:
            a = node.args
            return [p.arg for p in a.posonlyargs + a.args + a.kwonlyargs]
    return None


def render_statement(
    st: Statement, starter: str, calls: list[tuple[str, str]], one_case: bool
) -> str:
    """The legend verbatim, then the function to implement, then the traced calls."""
    gets = "one test case" if one_case else "the whole input"
    shown = "\n".join(f">>> {ENTRY}({args})\n{result}" for args, result in calls)
    return (
        f"{st.legend}\n\n## Function\n\nImplement the function `{ENTRY}`:\n\n"
        f"```python\n{starter.rstrip()}\n```\n\n"
        f"Each call of `{ENTRY}` gets {gets}; input reading and output printing are done "
        f"for you.\n\n## Examples\n\n```python\n{shown}\n```\n"
    )
