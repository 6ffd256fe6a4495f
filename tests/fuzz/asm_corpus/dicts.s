.global d
.global print
.global len
.global k
.global v

.func <module>
  LOAD_CONST "one"               # 0
  LOAD_CONST 1                   # 1
  LOAD_CONST "two"               # 2
  LOAD_CONST 2                   # 3
  BUILD_MAP 2                    # 4
  STORE_GLOBAL d                 # 5
  LOAD_CONST 3                   # 6
  LOAD_GLOBAL d                  # 7
  LOAD_CONST "three"             # 8
  STORE_SUBSCR                   # 9
  LOAD_GLOBAL print              # 10
  LOAD_GLOBAL d                  # 11
  LOAD_GLOBAL len                # 12
  LOAD_GLOBAL d                  # 13
  CALL 1                         # 14
  LOAD_GLOBAL d                  # 15
  LOAD_CONST "two"               # 16
  BINARY_SUBSCR                  # 17
  CALL 3                         # 18
  POP_TOP                        # 19
  LOAD_GLOBAL print              # 20
  LOAD_GLOBAL d                  # 21
  LOAD_CONST "one"               # 22
  CALL_METHOD get 1              # 23
  LOAD_GLOBAL d                  # 24
  LOAD_CONST "four"              # 25
  CALL_METHOD get 1              # 26
  LOAD_GLOBAL d                  # 27
  LOAD_CONST "four"              # 28
  LOAD_CONST 4                   # 29
  CALL_METHOD get 2              # 30
  CALL 3                         # 31
  POP_TOP                        # 32
  LOAD_GLOBAL print              # 33
  LOAD_CONST "one"               # 34
  LOAD_GLOBAL d                  # 35
  COMPARE_OP in                  # 36
  LOAD_CONST "four"              # 37
  LOAD_GLOBAL d                  # 38
  COMPARE_OP in                  # 39
  LOAD_CONST "four"              # 40
  LOAD_GLOBAL d                  # 41
  COMPARE_OP not_in              # 42
  CALL 3                         # 43
  POP_TOP                        # 44
  LOAD_CONST 100                 # 45
  LOAD_GLOBAL d                  # 46
  LOAD_CONST "one"               # 47
  STORE_SUBSCR                   # 48
  LOAD_GLOBAL print              # 49
  LOAD_GLOBAL d                  # 50
  CALL 1                         # 51
  POP_TOP                        # 52
  LOAD_GLOBAL print              # 53
  LOAD_GLOBAL d                  # 54
  LOAD_CONST "two"               # 55
  CALL_METHOD pop 1              # 56
  LOAD_GLOBAL d                  # 57
  CALL 2                         # 58
  POP_TOP                        # 59
  LOAD_GLOBAL print              # 60
  LOAD_GLOBAL d                  # 61
  LOAD_CONST "zzz"               # 62
  LOAD_CONST "default"           # 63
  CALL_METHOD pop 2              # 64
  CALL 1                         # 65
  POP_TOP                        # 66
  LOAD_GLOBAL print              # 67
  BUILD_MAP 0                    # 68
  LOAD_CONST 1                   # 69
  LOAD_CONST "a"                 # 70
  LOAD_CONST 1                   # 71
  LOAD_CONST 2                   # 72
  BUILD_TUPLE 2                  # 73
  LOAD_CONST 3                   # 74
  BUILD_LIST 1                   # 75
  BUILD_MAP 2                    # 76
  LOAD_CONST True                # 77
  LOAD_CONST 1                   # 78
  BUILD_MAP 1                    # 79
  CALL 3                         # 80
  POP_TOP                        # 81
  LOAD_GLOBAL d                  # 82
  GET_ITER                       # 83
L84:
  FOR_ITER L92                   # 84
  STORE_GLOBAL k                 # 85
  LOAD_GLOBAL print              # 86
  LOAD_CONST "key"               # 87
  LOAD_GLOBAL k                  # 88
  CALL 2                         # 89
  POP_TOP                        # 90
  JUMP L84                       # 91
L92:
  LOAD_GLOBAL d                  # 92
  CALL_METHOD items 0            # 93
  GET_ITER                       # 94
L95:
  FOR_ITER L106                  # 95
  UNPACK_SEQUENCE 2              # 96
  STORE_GLOBAL k                 # 97
  STORE_GLOBAL v                 # 98
  LOAD_GLOBAL print              # 99
  LOAD_GLOBAL k                  # 100
  LOAD_CONST "->"                # 101
  LOAD_GLOBAL v                  # 102
  CALL 3                         # 103
  POP_TOP                        # 104
  JUMP L95                       # 105
L106:
  LOAD_GLOBAL d                  # 106
  CALL_METHOD values 0           # 107
  GET_ITER                       # 108
L109:
  FOR_ITER L117                  # 109
  STORE_GLOBAL v                 # 110
  LOAD_GLOBAL print              # 111
  LOAD_CONST "value"             # 112
  LOAD_GLOBAL v                  # 113
  CALL 2                         # 114
  POP_TOP                        # 115
  JUMP L109                      # 116
L117:
  LOAD_CONST None                # 117
  RETURN_VALUE                   # 118
.end
