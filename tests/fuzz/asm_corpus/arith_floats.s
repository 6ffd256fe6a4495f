.global print
.global abs
.global x
.global range
.global i

.func <module>
  LOAD_GLOBAL print              # 0
  LOAD_CONST 0.1                 # 1
  LOAD_CONST 0.2                 # 2
  BINARY_ADD                     # 3
  LOAD_CONST 1                   # 4
  LOAD_CONST 3                   # 5
  BINARY_TRUE_DIVIDE             # 6
  LOAD_CONST 2                   # 7
  LOAD_CONST 2                   # 8
  BINARY_TRUE_DIVIDE             # 9
  LOAD_CONST 7                   # 10
  LOAD_CONST 2                   # 11
  BINARY_TRUE_DIVIDE             # 12
  CALL 4                         # 13
  POP_TOP                        # 14
  LOAD_GLOBAL print              # 15
  LOAD_CONST 1e+20               # 16
  LOAD_CONST 1e+16               # 17
  LOAD_CONST 1e+15               # 18
  LOAD_CONST 1.5e-07             # 19
  LOAD_CONST 1e-04               # 20
  LOAD_CONST 123456789.123       # 21
  CALL 6                         # 22
  POP_TOP                        # 23
  LOAD_GLOBAL print              # 24
  LOAD_CONST 2                   # 25
  LOAD_CONST -1                  # 26
  BINARY_POWER                   # 27
  LOAD_CONST 10                  # 28
  LOAD_CONST 3.0                 # 29
  BINARY_FLOOR_DIVIDE            # 30
  LOAD_CONST 10                  # 31
  LOAD_CONST 3.5                 # 32
  BINARY_MODULO                  # 33
  LOAD_CONST 0.0                 # 34
  UNARY_NEGATIVE                 # 35
  LOAD_CONST 3.0                 # 36
  LOAD_CONST 2                   # 37
  BINARY_MULTIPLY                # 38
  CALL 5                         # 39
  POP_TOP                        # 40
  LOAD_GLOBAL print              # 41
  LOAD_GLOBAL abs                # 42
  LOAD_CONST 2.5                 # 43
  UNARY_NEGATIVE                 # 44
  CALL 1                         # 45
  LOAD_GLOBAL abs                # 46
  LOAD_CONST -3                  # 47
  CALL 1                         # 48
  LOAD_GLOBAL abs                # 49
  LOAD_CONST 4                   # 50
  CALL 1                         # 51
  CALL 3                         # 52
  POP_TOP                        # 53
  LOAD_CONST 1.0                 # 54
  STORE_GLOBAL x                 # 55
  LOAD_GLOBAL range              # 56
  LOAD_CONST 10                  # 57
  CALL 1                         # 58
  GET_ITER                       # 59
L60:
  FOR_ITER L67                   # 60
  STORE_GLOBAL i                 # 61
  LOAD_GLOBAL x                  # 62
  LOAD_CONST 1.5                 # 63
  BINARY_MULTIPLY                # 64
  STORE_GLOBAL x                 # 65
  JUMP L60                       # 66
L67:
  LOAD_GLOBAL print              # 67
  LOAD_GLOBAL x                  # 68
  CALL 1                         # 69
  POP_TOP                        # 70
  LOAD_CONST None                # 71
  RETURN_VALUE                   # 72
.end
