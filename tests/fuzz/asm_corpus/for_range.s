.global range
.global i
.global print
.global len
.global total

.func <module>
  LOAD_GLOBAL range              # 0
  LOAD_CONST 3                   # 1
  CALL 1                         # 2
  GET_ITER                       # 3
L4:
  FOR_ITER L12                   # 4
  STORE_GLOBAL i                 # 5
  LOAD_GLOBAL print              # 6
  LOAD_GLOBAL i                  # 7
  LOAD_CONST " "                 # 8
  CALL_KW end 2                  # 9
  POP_TOP                        # 10
  JUMP L4                        # 11
L12:
  LOAD_GLOBAL print              # 12
  CALL 0                         # 13
  POP_TOP                        # 14
  LOAD_GLOBAL range              # 15
  LOAD_CONST 2                   # 16
  LOAD_CONST 6                   # 17
  CALL 2                         # 18
  GET_ITER                       # 19
L20:
  FOR_ITER L28                   # 20
  STORE_GLOBAL i                 # 21
  LOAD_GLOBAL print              # 22
  LOAD_GLOBAL i                  # 23
  LOAD_CONST ","                 # 24
  CALL_KW end 2                  # 25
  POP_TOP                        # 26
  JUMP L20                       # 27
L28:
  LOAD_GLOBAL print              # 28
  CALL 0                         # 29
  POP_TOP                        # 30
  LOAD_GLOBAL range              # 31
  LOAD_CONST 10                  # 32
  LOAD_CONST 0                   # 33
  LOAD_CONST -3                  # 34
  CALL 3                         # 35
  GET_ITER                       # 36
L37:
  FOR_ITER L45                   # 37
  STORE_GLOBAL i                 # 38
  LOAD_GLOBAL print              # 39
  LOAD_GLOBAL i                  # 40
  LOAD_CONST " "                 # 41
  CALL_KW end 2                  # 42
  POP_TOP                        # 43
  JUMP L37                       # 44
L45:
  LOAD_GLOBAL print              # 45
  CALL 0                         # 46
  POP_TOP                        # 47
  LOAD_GLOBAL range              # 48
  LOAD_CONST 0                   # 49
  LOAD_CONST 10                  # 50
  LOAD_CONST 4                   # 51
  CALL 3                         # 52
  GET_ITER                       # 53
L54:
  FOR_ITER L61                   # 54
  STORE_GLOBAL i                 # 55
  LOAD_GLOBAL print              # 56
  LOAD_GLOBAL i                  # 57
  CALL 1                         # 58
  POP_TOP                        # 59
  JUMP L54                       # 60
L61:
  LOAD_GLOBAL print              # 61
  LOAD_GLOBAL len                # 62
  LOAD_GLOBAL range              # 63
  LOAD_CONST 10                  # 64
  CALL 1                         # 65
  CALL 1                         # 66
  LOAD_GLOBAL len                # 67
  LOAD_GLOBAL range              # 68
  LOAD_CONST 0                   # 69
  LOAD_CONST 10                  # 70
  LOAD_CONST 3                   # 71
  CALL 3                         # 72
  CALL 1                         # 73
  LOAD_GLOBAL len                # 74
  LOAD_GLOBAL range              # 75
  LOAD_CONST 5                   # 76
  LOAD_CONST 0                   # 77
  CALL 2                         # 78
  CALL 1                         # 79
  LOAD_GLOBAL range              # 80
  LOAD_CONST 4                   # 81
  CALL 1                         # 82
  LOAD_GLOBAL range              # 83
  LOAD_CONST 1                   # 84
  LOAD_CONST 9                   # 85
  LOAD_CONST 2                   # 86
  CALL 3                         # 87
  CALL 5                         # 88
  POP_TOP                        # 89
  LOAD_GLOBAL range              # 90
  LOAD_CONST 0                   # 91
  CALL 1                         # 92
  GET_ITER                       # 93
L94:
  FOR_ITER L101                  # 94
  STORE_GLOBAL i                 # 95
  LOAD_GLOBAL print              # 96
  LOAD_CONST "never"             # 97
  CALL 1                         # 98
  POP_TOP                        # 99
  JUMP L94                       # 100
L101:
  LOAD_CONST 0                   # 101
  STORE_GLOBAL total             # 102
  LOAD_GLOBAL range              # 103
  LOAD_CONST 1                   # 104
  LOAD_CONST 101                 # 105
  CALL 2                         # 106
  GET_ITER                       # 107
L108:
  FOR_ITER L115                  # 108
  STORE_GLOBAL i                 # 109
  LOAD_GLOBAL total              # 110
  LOAD_GLOBAL i                  # 111
  INPLACE_ADD                    # 112
  STORE_GLOBAL total             # 113
  JUMP L108                      # 114
L115:
  LOAD_GLOBAL print              # 115
  LOAD_GLOBAL total              # 116
  CALL 1                         # 117
  POP_TOP                        # 118
  LOAD_CONST None                # 119
  RETURN_VALUE                   # 120
.end
