.global gcd
.global collatz
.global print
.global best
.global arg
.global range
.global i
.global s

.func <module>
  MAKE_FUNCTION gcd              # 0
  STORE_GLOBAL gcd               # 1
  MAKE_FUNCTION collatz          # 2
  STORE_GLOBAL collatz           # 3
  LOAD_GLOBAL print              # 4
  LOAD_GLOBAL gcd                # 5
  LOAD_CONST 48                  # 6
  LOAD_CONST 18                  # 7
  CALL 2                         # 8
  LOAD_GLOBAL gcd                # 9
  LOAD_CONST 17                  # 10
  LOAD_CONST 5                   # 11
  CALL 2                         # 12
  LOAD_GLOBAL gcd                # 13
  LOAD_CONST 0                   # 14
  LOAD_CONST 9                   # 15
  CALL 2                         # 16
  CALL 3                         # 17
  POP_TOP                        # 18
  LOAD_CONST 0                   # 19
  STORE_GLOBAL best              # 20
  LOAD_CONST 0                   # 21
  STORE_GLOBAL arg               # 22
  LOAD_GLOBAL range              # 23
  LOAD_CONST 1                   # 24
  LOAD_CONST 1000                # 25
  CALL 2                         # 26
  GET_ITER                       # 27
L28:
  FOR_ITER L43                   # 28
  STORE_GLOBAL i                 # 29
  LOAD_GLOBAL collatz            # 30
  LOAD_GLOBAL i                  # 31
  CALL 1                         # 32
  STORE_GLOBAL s                 # 33
  LOAD_GLOBAL s                  # 34
  LOAD_GLOBAL best               # 35
  COMPARE_OP >                   # 36
  POP_JUMP_IF_FALSE L42          # 37
  LOAD_GLOBAL s                  # 38
  STORE_GLOBAL best              # 39
  LOAD_GLOBAL i                  # 40
  STORE_GLOBAL arg               # 41
L42:
  JUMP L28                       # 42
L43:
  LOAD_GLOBAL print              # 43
  LOAD_GLOBAL arg                # 44
  LOAD_GLOBAL best               # 45
  CALL 2                         # 46
  POP_TOP                        # 47
  LOAD_CONST None                # 48
  RETURN_VALUE                   # 49
.end

.func gcd a b
L0:
  LOAD_FAST b                    # 0
  LOAD_CONST 0                   # 1
  COMPARE_OP !=                  # 2
  POP_JUMP_IF_FALSE L13          # 3
  LOAD_FAST b                    # 4
  LOAD_FAST a                    # 5
  LOAD_FAST b                    # 6
  BINARY_MODULO                  # 7
  BUILD_TUPLE 2                  # 8
  UNPACK_SEQUENCE 2              # 9
  STORE_FAST a                   # 10
  STORE_FAST b                   # 11
  JUMP L0                        # 12
L13:
  LOAD_FAST a                    # 13
  RETURN_VALUE                   # 14
  LOAD_CONST None                # 15
  RETURN_VALUE                   # 16
.end

.func collatz n
.locals steps
  LOAD_CONST 0                   # 0
  STORE_FAST steps               # 1
L2:
  LOAD_FAST n                    # 2
  LOAD_CONST 1                   # 3
  COMPARE_OP !=                  # 4
  POP_JUMP_IF_FALSE L28          # 5
  LOAD_FAST n                    # 6
  LOAD_CONST 2                   # 7
  BINARY_MODULO                  # 8
  LOAD_CONST 0                   # 9
  COMPARE_OP ==                  # 10
  POP_JUMP_IF_FALSE L17          # 11
  LOAD_FAST n                    # 12
  LOAD_CONST 2                   # 13
  BINARY_FLOOR_DIVIDE            # 14
  STORE_FAST n                   # 15
  JUMP L23                       # 16
L17:
  LOAD_CONST 3                   # 17
  LOAD_FAST n                    # 18
  BINARY_MULTIPLY                # 19
  LOAD_CONST 1                   # 20
  BINARY_ADD                     # 21
  STORE_FAST n                   # 22
L23:
  LOAD_FAST steps                # 23
  LOAD_CONST 1                   # 24
  INPLACE_ADD                    # 25
  STORE_FAST steps               # 26
  JUMP L2                        # 27
L28:
  LOAD_FAST steps                # 28
  RETURN_VALUE                   # 29
  LOAD_CONST None                # 30
  RETURN_VALUE                   # 31
.end
