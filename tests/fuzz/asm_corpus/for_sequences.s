.global ch
.global print
.global x
.global a
.global b
.global xs

.func <module>
  LOAD_CONST "abc"               # 0
  GET_ITER                       # 1
L2:
  FOR_ITER L9                    # 2
  STORE_GLOBAL ch                # 3
  LOAD_GLOBAL print              # 4
  LOAD_GLOBAL ch                 # 5
  CALL 1                         # 6
  POP_TOP                        # 7
  JUMP L2                        # 8
L9:
  LOAD_CONST 1                   # 9
  LOAD_CONST "two"               # 10
  LOAD_CONST 3                   # 11
  BUILD_TUPLE 1                  # 12
  BUILD_LIST 3                   # 13
  GET_ITER                       # 14
L15:
  FOR_ITER L22                   # 15
  STORE_GLOBAL x                 # 16
  LOAD_GLOBAL print              # 17
  LOAD_GLOBAL x                  # 18
  CALL 1                         # 19
  POP_TOP                        # 20
  JUMP L15                       # 21
L22:
  LOAD_CONST 1                   # 22
  LOAD_CONST 2                   # 23
  BUILD_TUPLE 2                  # 24
  LOAD_CONST 3                   # 25
  LOAD_CONST 4                   # 26
  BUILD_TUPLE 2                  # 27
  BUILD_LIST 2                   # 28
  GET_ITER                       # 29
L30:
  FOR_ITER L41                   # 30
  UNPACK_SEQUENCE 2              # 31
  STORE_GLOBAL a                 # 32
  STORE_GLOBAL b                 # 33
  LOAD_GLOBAL print              # 34
  LOAD_GLOBAL a                  # 35
  LOAD_GLOBAL b                  # 36
  BINARY_ADD                     # 37
  CALL 1                         # 38
  POP_TOP                        # 39
  JUMP L30                       # 40
L41:
  LOAD_CONST 1                   # 41
  LOAD_CONST 2                   # 42
  LOAD_CONST 3                   # 43
  BUILD_LIST 3                   # 44
  STORE_GLOBAL xs                # 45
  LOAD_GLOBAL xs                 # 46
  GET_ITER                       # 47
L48:
  FOR_ITER L64                   # 48
  STORE_GLOBAL x                 # 49
  LOAD_GLOBAL x                  # 50
  LOAD_CONST 2                   # 51
  COMPARE_OP ==                  # 52
  POP_JUMP_IF_FALSE L58          # 53
  LOAD_GLOBAL xs                 # 54
  LOAD_CONST 4                   # 55
  CALL_METHOD append 1           # 56
  POP_TOP                        # 57
L58:
  LOAD_GLOBAL print              # 58
  LOAD_CONST "x"                 # 59
  LOAD_GLOBAL x                  # 60
  CALL 2                         # 61
  POP_TOP                        # 62
  JUMP L48                       # 63
L64:
  LOAD_GLOBAL print              # 64
  LOAD_GLOBAL xs                 # 65
  CALL 1                         # 66
  POP_TOP                        # 67
  LOAD_CONST None                # 68
  RETURN_VALUE                   # 69
.end
