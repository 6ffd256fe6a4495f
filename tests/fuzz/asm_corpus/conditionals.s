.global str
.global classify
.global range
.global i
.global print
.global x

.func <module>
  MAKE_FUNCTION classify         # 0
  STORE_GLOBAL classify          # 1
  LOAD_GLOBAL range              # 2
  LOAD_CONST 1                   # 3
  LOAD_CONST 16                  # 4
  CALL 2                         # 5
  GET_ITER                       # 6
L7:
  FOR_ITER L16                   # 7
  STORE_GLOBAL i                 # 8
  LOAD_GLOBAL print              # 9
  LOAD_GLOBAL classify           # 10
  LOAD_GLOBAL i                  # 11
  CALL 1                         # 12
  CALL 1                         # 13
  POP_TOP                        # 14
  JUMP L7                        # 15
L16:
  LOAD_CONST 3                   # 16
  STORE_GLOBAL x                 # 17
  LOAD_GLOBAL print              # 18
  LOAD_GLOBAL x                  # 19
  LOAD_CONST 2                   # 20
  COMPARE_OP >                   # 21
  POP_JUMP_IF_FALSE L25          # 22
  LOAD_CONST "big"               # 23
  JUMP L26                       # 24
L25:
  LOAD_CONST "small"             # 25
L26:
  LOAD_GLOBAL x                  # 26
  UNARY_NOT                      # 27
  POP_JUMP_IF_FALSE L31          # 28
  LOAD_CONST "yes"               # 29
  JUMP L32                       # 30
L31:
  LOAD_CONST "no"                # 31
L32:
  CALL 2                         # 32
  POP_TOP                        # 33
  LOAD_GLOBAL x                  # 34
  POP_JUMP_IF_FALSE L40          # 35
  LOAD_GLOBAL print              # 36
  LOAD_CONST "one-line if"       # 37
  CALL 1                         # 38
  POP_TOP                        # 39
L40:
  BUILD_LIST 0                   # 40
  POP_JUMP_IF_FALSE L47          # 41
  LOAD_GLOBAL print              # 42
  LOAD_CONST "no"                # 43
  CALL 1                         # 44
  POP_TOP                        # 45
  JUMP L58                       # 46
L47:
  BUILD_MAP 0                    # 47
  POP_JUMP_IF_FALSE L54          # 48
  LOAD_GLOBAL print              # 49
  LOAD_CONST "no"                # 50
  CALL 1                         # 51
  POP_TOP                        # 52
  JUMP L58                       # 53
L54:
  LOAD_GLOBAL print              # 54
  LOAD_CONST "empty containers are false" # 55
  CALL 1                         # 56
  POP_TOP                        # 57
L58:
  LOAD_CONST None                # 58
  RETURN_VALUE                   # 59
.end

.func classify n
  LOAD_FAST n                    # 0
  LOAD_CONST 15                  # 1
  BINARY_MODULO                  # 2
  LOAD_CONST 0                   # 3
  COMPARE_OP ==                  # 4
  POP_JUMP_IF_FALSE L9           # 5
  LOAD_CONST "FizzBuzz"          # 6
  RETURN_VALUE                   # 7
  JUMP L31                       # 8
L9:
  LOAD_FAST n                    # 9
  LOAD_CONST 3                   # 10
  BINARY_MODULO                  # 11
  LOAD_CONST 0                   # 12
  COMPARE_OP ==                  # 13
  POP_JUMP_IF_FALSE L18          # 14
  LOAD_CONST "Fizz"              # 15
  RETURN_VALUE                   # 16
  JUMP L31                       # 17
L18:
  LOAD_FAST n                    # 18
  LOAD_CONST 5                   # 19
  BINARY_MODULO                  # 20
  LOAD_CONST 0                   # 21
  COMPARE_OP ==                  # 22
  POP_JUMP_IF_FALSE L27          # 23
  LOAD_CONST "Buzz"              # 24
  RETURN_VALUE                   # 25
  JUMP L31                       # 26
L27:
  LOAD_GLOBAL str                # 27
  LOAD_FAST n                    # 28
  CALL 1                         # 29
  RETURN_VALUE                   # 30
L31:
  LOAD_CONST None                # 31
  RETURN_VALUE                   # 32
.end
