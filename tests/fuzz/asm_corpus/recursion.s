.global fact
.global fib
.global hanoi
.global print

.func <module>
  MAKE_FUNCTION fact             # 0
  STORE_GLOBAL fact              # 1
  MAKE_FUNCTION fib              # 2
  STORE_GLOBAL fib               # 3
  MAKE_FUNCTION hanoi            # 4
  STORE_GLOBAL hanoi             # 5
  LOAD_GLOBAL print              # 6
  LOAD_GLOBAL fact               # 7
  LOAD_CONST 10                  # 8
  CALL 1                         # 9
  LOAD_GLOBAL fact               # 10
  LOAD_CONST 20                  # 11
  CALL 1                         # 12
  CALL 2                         # 13
  POP_TOP                        # 14
  LOAD_GLOBAL print              # 15
  LOAD_GLOBAL fib                # 16
  LOAD_CONST 20                  # 17
  CALL 1                         # 18
  CALL 1                         # 19
  POP_TOP                        # 20
  LOAD_GLOBAL print              # 21
  LOAD_GLOBAL hanoi              # 22
  LOAD_CONST 10                  # 23
  LOAD_CONST "A"                 # 24
  LOAD_CONST "B"                 # 25
  LOAD_CONST "C"                 # 26
  CALL 4                         # 27
  CALL 1                         # 28
  POP_TOP                        # 29
  LOAD_CONST None                # 30
  RETURN_VALUE                   # 31
.end

.func fact n
  LOAD_FAST n                    # 0
  LOAD_CONST 1                   # 1
  COMPARE_OP <=                  # 2
  POP_JUMP_IF_FALSE L6           # 3
  LOAD_CONST 1                   # 4
  RETURN_VALUE                   # 5
L6:
  LOAD_FAST n                    # 6
  LOAD_GLOBAL fact               # 7
  LOAD_FAST n                    # 8
  LOAD_CONST 1                   # 9
  BINARY_SUBTRACT                # 10
  CALL 1                         # 11
  BINARY_MULTIPLY                # 12
  RETURN_VALUE                   # 13
  LOAD_CONST None                # 14
  RETURN_VALUE                   # 15
.end

.func fib n
  LOAD_FAST n                    # 0
  LOAD_CONST 2                   # 1
  COMPARE_OP <                   # 2
  POP_JUMP_IF_FALSE L6           # 3
  LOAD_FAST n                    # 4
  RETURN_VALUE                   # 5
L6:
  LOAD_GLOBAL fib                # 6
  LOAD_FAST n                    # 7
  LOAD_CONST 1                   # 8
  BINARY_SUBTRACT                # 9
  CALL 1                         # 10
  LOAD_GLOBAL fib                # 11
  LOAD_FAST n                    # 12
  LOAD_CONST 2                   # 13
  BINARY_SUBTRACT                # 14
  CALL 1                         # 15
  BINARY_ADD                     # 16
  RETURN_VALUE                   # 17
  LOAD_CONST None                # 18
  RETURN_VALUE                   # 19
.end

.func hanoi n a b c
  LOAD_FAST n                    # 0
  LOAD_CONST 0                   # 1
  COMPARE_OP ==                  # 2
  POP_JUMP_IF_FALSE L6           # 3
  LOAD_CONST 0                   # 4
  RETURN_VALUE                   # 5
L6:
  LOAD_GLOBAL hanoi              # 6
  LOAD_FAST n                    # 7
  LOAD_CONST 1                   # 8
  BINARY_SUBTRACT                # 9
  LOAD_FAST a                    # 10
  LOAD_FAST c                    # 11
  LOAD_FAST b                    # 12
  CALL 4                         # 13
  LOAD_CONST 1                   # 14
  BINARY_ADD                     # 15
  LOAD_GLOBAL hanoi              # 16
  LOAD_FAST n                    # 17
  LOAD_CONST 1                   # 18
  BINARY_SUBTRACT                # 19
  LOAD_FAST c                    # 20
  LOAD_FAST b                    # 21
  LOAD_FAST a                    # 22
  CALL 4                         # 23
  BINARY_ADD                     # 24
  RETURN_VALUE                   # 25
  LOAD_CONST None                # 26
  RETURN_VALUE                   # 27
.end
