.global range
.global i
.global row
.global j
.global str
.global print
.global found

.func <module>
  LOAD_GLOBAL range              # 0
  LOAD_CONST 1                   # 1
  LOAD_CONST 4                   # 2
  CALL 2                         # 3
  GET_ITER                       # 4
L5:
  FOR_ITER L32                   # 5
  STORE_GLOBAL i                 # 6
  LOAD_CONST ""                  # 7
  STORE_GLOBAL row               # 8
  LOAD_GLOBAL range              # 9
  LOAD_CONST 1                   # 10
  LOAD_CONST 4                   # 11
  CALL 2                         # 12
  GET_ITER                       # 13
L14:
  FOR_ITER L27                   # 14
  STORE_GLOBAL j                 # 15
  LOAD_GLOBAL row                # 16
  LOAD_GLOBAL str                # 17
  LOAD_GLOBAL i                  # 18
  LOAD_GLOBAL j                  # 19
  BINARY_MULTIPLY                # 20
  CALL 1                         # 21
  LOAD_CONST " "                 # 22
  BINARY_ADD                     # 23
  INPLACE_ADD                    # 24
  STORE_GLOBAL row               # 25
  JUMP L14                       # 26
L27:
  LOAD_GLOBAL print              # 27
  LOAD_GLOBAL row                # 28
  CALL 1                         # 29
  POP_TOP                        # 30
  JUMP L5                        # 31
L32:
  LOAD_CONST None                # 32
  STORE_GLOBAL found             # 33
  LOAD_GLOBAL range              # 34
  LOAD_CONST 10                  # 35
  CALL 1                         # 36
  GET_ITER                       # 37
L38:
  FOR_ITER L66                   # 38
  STORE_GLOBAL i                 # 39
  LOAD_GLOBAL range              # 40
  LOAD_CONST 10                  # 41
  CALL 1                         # 42
  GET_ITER                       # 43
L44:
  FOR_ITER L59                   # 44
  STORE_GLOBAL j                 # 45
  LOAD_GLOBAL i                  # 46
  LOAD_GLOBAL j                  # 47
  BINARY_MULTIPLY                # 48
  LOAD_CONST 42                  # 49
  COMPARE_OP ==                  # 50
  POP_JUMP_IF_FALSE L58          # 51
  LOAD_GLOBAL i                  # 52
  LOAD_GLOBAL j                  # 53
  BUILD_TUPLE 2                  # 54
  STORE_GLOBAL found             # 55
  POP_TOP                        # 56
  JUMP L59                       # 57
L58:
  JUMP L44                       # 58
L59:
  LOAD_GLOBAL found              # 59
  LOAD_CONST None                # 60
  COMPARE_OP is_not              # 61
  POP_JUMP_IF_FALSE L65          # 62
  POP_TOP                        # 63
  JUMP L66                       # 64
L65:
  JUMP L38                       # 65
L66:
  LOAD_GLOBAL print              # 66
  LOAD_GLOBAL found              # 67
  CALL 1                         # 68
  POP_TOP                        # 69
  LOAD_CONST None                # 70
  RETURN_VALUE                   # 71
.end
