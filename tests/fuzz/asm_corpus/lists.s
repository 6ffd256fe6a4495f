.global xs
.global print
.global len
.global ys
.global empty

.func <module>
  LOAD_CONST 3                   # 0
  LOAD_CONST 1                   # 1
  LOAD_CONST 2                   # 2
  BUILD_LIST 3                   # 3
  STORE_GLOBAL xs                # 4
  LOAD_GLOBAL xs                 # 5
  LOAD_CONST 5                   # 6
  CALL_METHOD append 1           # 7
  POP_TOP                        # 8
  LOAD_GLOBAL print              # 9
  LOAD_GLOBAL xs                 # 10
  LOAD_GLOBAL len                # 11
  LOAD_GLOBAL xs                 # 12
  CALL 1                         # 13
  LOAD_GLOBAL xs                 # 14
  LOAD_CONST 0                   # 15
  BINARY_SUBSCR                  # 16
  LOAD_GLOBAL xs                 # 17
  LOAD_CONST -1                  # 18
  BINARY_SUBSCR                  # 19
  CALL 4                         # 20
  POP_TOP                        # 21
  LOAD_CONST 10                  # 22
  LOAD_GLOBAL xs                 # 23
  LOAD_CONST 1                   # 24
  STORE_SUBSCR                   # 25
  LOAD_GLOBAL print              # 26
  LOAD_GLOBAL xs                 # 27
  CALL 1                         # 28
  POP_TOP                        # 29
  LOAD_GLOBAL print              # 30
  LOAD_GLOBAL xs                 # 31
  CALL_METHOD pop 0              # 32
  LOAD_GLOBAL xs                 # 33
  CALL 2                         # 34
  POP_TOP                        # 35
  LOAD_GLOBAL print              # 36
  LOAD_CONST 1                   # 37
  LOAD_CONST 2                   # 38
  BUILD_LIST 2                   # 39
  LOAD_CONST 3                   # 40
  BUILD_LIST 1                   # 41
  BINARY_ADD                     # 42
  LOAD_CONST 0                   # 43
  BUILD_LIST 1                   # 44
  LOAD_CONST 4                   # 45
  BINARY_MULTIPLY                # 46
  BUILD_LIST 0                   # 47
  BUILD_LIST 0                   # 48
  BINARY_ADD                     # 49
  CALL 3                         # 50
  POP_TOP                        # 51
  LOAD_CONST 1                   # 52
  LOAD_CONST 2                   # 53
  BUILD_LIST 2                   # 54
  LOAD_CONST 3                   # 55
  LOAD_CONST 4                   # 56
  LOAD_CONST 5                   # 57
  BUILD_LIST 2                   # 58
  BUILD_LIST 2                   # 59
  BUILD_LIST 2                   # 60
  STORE_GLOBAL ys                # 61
  LOAD_GLOBAL print              # 62
  LOAD_GLOBAL ys                 # 63
  LOAD_GLOBAL ys                 # 64
  LOAD_CONST 1                   # 65
  BINARY_SUBSCR                  # 66
  LOAD_CONST 1                   # 67
  BINARY_SUBSCR                  # 68
  LOAD_CONST 0                   # 69
  BINARY_SUBSCR                  # 70
  CALL 2                         # 71
  POP_TOP                        # 72
  LOAD_CONST "two"               # 73
  LOAD_GLOBAL ys                 # 74
  LOAD_CONST 0                   # 75
  BINARY_SUBSCR                  # 76
  LOAD_CONST 1                   # 77
  STORE_SUBSCR                   # 78
  LOAD_GLOBAL print              # 79
  LOAD_GLOBAL ys                 # 80
  CALL 1                         # 81
  POP_TOP                        # 82
  LOAD_GLOBAL print              # 83
  LOAD_CONST 3                   # 84
  LOAD_GLOBAL xs                 # 85
  COMPARE_OP in                  # 86
  LOAD_CONST 99                  # 87
  LOAD_GLOBAL xs                 # 88
  COMPARE_OP in                  # 89
  LOAD_CONST 1                   # 90
  LOAD_CONST 2                   # 91
  BUILD_LIST 2                   # 92
  LOAD_CONST 1                   # 93
  LOAD_CONST 2                   # 94
  BUILD_LIST 2                   # 95
  COMPARE_OP ==                  # 96
  LOAD_CONST 1                   # 97
  BUILD_LIST 1                   # 98
  LOAD_CONST 2                   # 99
  BUILD_LIST 1                   # 100
  COMPARE_OP !=                  # 101
  CALL 4                         # 102
  POP_TOP                        # 103
  BUILD_LIST 0                   # 104
  STORE_GLOBAL empty             # 105
  LOAD_GLOBAL print              # 106
  LOAD_GLOBAL empty              # 107
  LOAD_GLOBAL len                # 108
  LOAD_GLOBAL empty              # 109
  CALL 1                         # 110
  LOAD_GLOBAL empty              # 111
  UNARY_NOT                      # 112
  CALL 3                         # 113
  POP_TOP                        # 114
  LOAD_CONST None                # 115
  RETURN_VALUE                   # 116
.end
