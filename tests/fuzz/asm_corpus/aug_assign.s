.global x
.global print
.global y
.global z
.global s
.global xs
.global d

.func <module>
  LOAD_CONST 10                  # 0
  STORE_GLOBAL x                 # 1
  LOAD_GLOBAL x                  # 2
  LOAD_CONST 5                   # 3
  INPLACE_ADD                    # 4
  STORE_GLOBAL x                 # 5
  LOAD_GLOBAL x                  # 6
  LOAD_CONST 3                   # 7
  BINARY_SUBTRACT                # 8
  STORE_GLOBAL x                 # 9
  LOAD_GLOBAL x                  # 10
  LOAD_CONST 2                   # 11
  INPLACE_MULTIPLY               # 12
  STORE_GLOBAL x                 # 13
  LOAD_GLOBAL x                  # 14
  LOAD_CONST 5                   # 15
  BINARY_FLOOR_DIVIDE            # 16
  STORE_GLOBAL x                 # 17
  LOAD_GLOBAL x                  # 18
  LOAD_CONST 3                   # 19
  BINARY_MODULO                  # 20
  STORE_GLOBAL x                 # 21
  LOAD_GLOBAL print              # 22
  LOAD_GLOBAL x                  # 23
  CALL 1                         # 24
  POP_TOP                        # 25
  LOAD_CONST 2                   # 26
  STORE_GLOBAL y                 # 27
  LOAD_GLOBAL y                  # 28
  LOAD_CONST 8                   # 29
  BINARY_POWER                   # 30
  STORE_GLOBAL y                 # 31
  LOAD_GLOBAL print              # 32
  LOAD_GLOBAL y                  # 33
  CALL 1                         # 34
  POP_TOP                        # 35
  LOAD_CONST 7                   # 36
  STORE_GLOBAL z                 # 37
  LOAD_GLOBAL z                  # 38
  LOAD_CONST 2                   # 39
  BINARY_TRUE_DIVIDE             # 40
  STORE_GLOBAL z                 # 41
  LOAD_GLOBAL print              # 42
  LOAD_GLOBAL z                  # 43
  CALL 1                         # 44
  POP_TOP                        # 45
  LOAD_CONST "a"                 # 46
  STORE_GLOBAL s                 # 47
  LOAD_GLOBAL s                  # 48
  LOAD_CONST "b"                 # 49
  INPLACE_ADD                    # 50
  STORE_GLOBAL s                 # 51
  LOAD_GLOBAL s                  # 52
  LOAD_CONST 3                   # 53
  INPLACE_MULTIPLY               # 54
  STORE_GLOBAL s                 # 55
  LOAD_GLOBAL print              # 56
  LOAD_GLOBAL s                  # 57
  CALL 1                         # 58
  POP_TOP                        # 59
  LOAD_CONST 1                   # 60
  LOAD_CONST 2                   # 61
  LOAD_CONST 3                   # 62
  BUILD_LIST 3                   # 63
  STORE_GLOBAL xs                # 64
  LOAD_GLOBAL xs                 # 65
  DUP_TOP                        # 66
  LOAD_CONST 0                   # 67
  DUP_TOP                        # 68
  ROT_THREE                      # 69
  BINARY_SUBSCR                  # 70
  LOAD_CONST 10                  # 71
  INPLACE_ADD                    # 72
  ROT_THREE                      # 73
  STORE_SUBSCR                   # 74
  LOAD_GLOBAL xs                 # 75
  DUP_TOP                        # 76
  LOAD_CONST -1                  # 77
  DUP_TOP                        # 78
  ROT_THREE                      # 79
  BINARY_SUBSCR                  # 80
  LOAD_CONST 5                   # 81
  INPLACE_MULTIPLY               # 82
  ROT_THREE                      # 83
  STORE_SUBSCR                   # 84
  LOAD_GLOBAL print              # 85
  LOAD_GLOBAL xs                 # 86
  CALL 1                         # 87
  POP_TOP                        # 88
  LOAD_CONST "k"                 # 89
  LOAD_CONST 1                   # 90
  BUILD_MAP 1                    # 91
  STORE_GLOBAL d                 # 92
  LOAD_GLOBAL d                  # 93
  DUP_TOP                        # 94
  LOAD_CONST "k"                 # 95
  DUP_TOP                        # 96
  ROT_THREE                      # 97
  BINARY_SUBSCR                  # 98
  LOAD_CONST 1                   # 99
  INPLACE_ADD                    # 100
  ROT_THREE                      # 101
  STORE_SUBSCR                   # 102
  LOAD_GLOBAL print              # 103
  LOAD_GLOBAL d                  # 104
  CALL 1                         # 105
  POP_TOP                        # 106
  LOAD_CONST None                # 107
  RETURN_VALUE                   # 108
.end
