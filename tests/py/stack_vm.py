# A tiny stack machine, as gillab's and CPython's interpreters are at heart:
# instructions push and pop a value stack; jumps make loops.
def run(code, trace=False):
    stack = []
    env = {}
    pc = 0
    steps = 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "PUSH":
            stack.append(arg)
        elif op == "LOAD":
            stack.append(env[arg])
        elif op == "STORE":
            env[arg] = stack.pop()
        elif op == "ADD":
            b, a = stack.pop(), stack.pop()
            stack.append(a + b)
        elif op == "SUB":
            b, a = stack.pop(), stack.pop()
            stack.append(a - b)
        elif op == "MUL":
            b, a = stack.pop(), stack.pop()
            stack.append(a * b)
        elif op == "JUMP_IF_ZERO":
            if stack.pop() == 0:
                pc = arg
        elif op == "JUMP":
            pc = arg
        elif op == "PRINT":
            print("out:", stack.pop())
        else:
            raise ValueError("bad opcode " + op)
        if trace:
            print(pc, op, arg, stack)
    return env, steps


# factorial of 5: acc = 1; n = 5; while n != 0: acc *= n; n -= 1
program = [
    ("PUSH", 1), ("STORE", "acc"),
    ("PUSH", 5), ("STORE", "n"),
    ("LOAD", "n"), ("JUMP_IF_ZERO", 15),
    ("LOAD", "acc"), ("LOAD", "n"), ("MUL", None), ("STORE", "acc"),
    ("LOAD", "n"), ("PUSH", 1), ("SUB", None), ("STORE", "n"),
    ("JUMP", 4),
    ("LOAD", "acc"), ("PRINT", None),
]
env, steps = run(program)
print(env, steps)
run([("PUSH", 2), ("PUSH", 3), ("ADD", None), ("PRINT", None)], trace=True)
try:
    run([("NOPE", None)])
except ValueError as e:
    print("ValueError:", e)
