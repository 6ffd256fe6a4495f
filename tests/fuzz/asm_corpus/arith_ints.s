.global print
.global x

.func <module>
  LOAD_GLOBAL print              # 0
  LOAD_CONST 1                   # 1
  LOAD_CONST 2                   # 2
  BINARY_ADD                     # 3
  LOAD_CONST 7                   # 4
  LOAD_CONST 10                  # 5
  BINARY_SUBTRACT                # 6
  LOAD_CONST 6                   # 7
  LOAD_CONST 7                   # 8
  BINARY_MULTIPLY                # 9
  CALL 3                         # 10
  POP_TOP                        # 11
  LOAD_GLOBAL print              # 12
  LOAD_CONST 7                   # 13
  LOAD_CONST 2                   # 14
  BINARY_FLOOR_DIVIDE            # 15
  LOAD_CONST -7                  # 16
  LOAD_CONST 2                   # 17
  BINARY_FLOOR_DIVIDE            # 18
  LOAD_CONST 7                   # 19
  LOAD_CONST -2                  # 20
  BINARY_FLOOR_DIVIDE            # 21
  LOAD_CONST -7                  # 22
  LOAD_CONST -2                  # 23
  BINARY_FLOOR_DIVIDE            # 24
  CALL 4                         # 25
  POP_TOP                        # 26
  LOAD_GLOBAL print              # 27
  LOAD_CONST 7                   # 28
  LOAD_CONST 3                   # 29
  BINARY_MODULO                  # 30
  LOAD_CONST -7                  # 31
  LOAD_CONST 3                   # 32
  BINARY_MODULO                  # 33
  LOAD_CONST 7                   # 34
  LOAD_CONST -3                  # 35
  BINARY_MODULO                  # 36
  LOAD_CONST -7                  # 37
  LOAD_CONST -3                  # 38
  BINARY_MODULO                  # 39
  CALL 4                         # 40
  POP_TOP                        # 41
  LOAD_GLOBAL print              # 42
  LOAD_CONST 2                   # 43
  LOAD_CONST 10                  # 44
  BINARY_POWER                   # 45
  LOAD_CONST 3                   # 46
  LOAD_CONST 0                   # 47
  BINARY_POWER                   # 48
  LOAD_CONST -2                  # 49
  LOAD_CONST 3                   # 50
  BINARY_POWER                   # 51
  LOAD_CONST 2                   # 52
  LOAD_CONST 62                  # 53
  BINARY_POWER                   # 54
  CALL 4                         # 55
  POP_TOP                        # 56
  LOAD_GLOBAL print              # 57
  LOAD_CONST 5                   # 58
  UNARY_NEGATIVE                 # 59
  LOAD_CONST -5                  # 60
  UNARY_NEGATIVE                 # 61
  LOAD_CONST 10                  # 62
  LOAD_CONST -3                  # 63
  BINARY_SUBTRACT                # 64
  CALL 3                         # 65
  POP_TOP                        # 66
  LOAD_CONST 9223372036854775807 # 67
  STORE_GLOBAL x                 # 68
  LOAD_GLOBAL print              # 69
  LOAD_GLOBAL x                  # 70
  LOAD_GLOBAL x                  # 71
  UNARY_NEGATIVE                 # 72
  LOAD_CONST 1                   # 73
  BINARY_SUBTRACT                # 74
  CALL 2                         # 75
  POP_TOP                        # 76
  LOAD_GLOBAL print              # 77
  LOAD_CONST 1                   # 78
  LOAD_CONST 2                   # 79
  LOAD_CONST 3                   # 80
  BINARY_MULTIPLY                # 81
  BINARY_ADD                     # 82
  LOAD_CONST 4                   # 83
  LOAD_CONST 2                   # 84
  BINARY_FLOOR_DIVIDE            # 85
  LOAD_CONST 3                   # 86
  BINARY_MODULO                  # 87
  BINARY_SUBTRACT                # 88
  CALL 1                         # 89
  POP_TOP                        # 90
  LOAD_CONST None                # 91
  RETURN_VALUE                   # 92
.end
