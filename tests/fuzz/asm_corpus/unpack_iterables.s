.global a
.global b
.global print
.global x
.global y
.global range
.global p
.global q
.global k1
.global k2
.global m
.global n
.global o
.global key
.global first
.global last
.global i
.global c

.func <module>
  LOAD_CONST "hi"                # 0
  UNPACK_SEQUENCE 2              # 1
  STORE_GLOBAL a                 # 2
  STORE_GLOBAL b                 # 3
  LOAD_GLOBAL print              # 4
  LOAD_GLOBAL a                  # 5
  LOAD_GLOBAL b                  # 6
  CALL 2                         # 7
  POP_TOP                        # 8
  LOAD_CONST "xy"                # 9
  LOAD_CONST "ab"                # 10
  BUILD_LIST 2                   # 11
  GET_ITER                       # 12
L13:
  FOR_ITER L24                   # 13
  UNPACK_SEQUENCE 2              # 14
  STORE_GLOBAL x                 # 15
  STORE_GLOBAL y                 # 16
  LOAD_GLOBAL print              # 17
  LOAD_GLOBAL y                  # 18
  LOAD_GLOBAL x                  # 19
  BINARY_ADD                     # 20
  CALL 1                         # 21
  POP_TOP                        # 22
  JUMP L13                       # 23
L24:
  LOAD_GLOBAL range              # 24
  LOAD_CONST 2                   # 25
  CALL 1                         # 26
  UNPACK_SEQUENCE 2              # 27
  STORE_GLOBAL p                 # 28
  STORE_GLOBAL q                 # 29
  LOAD_GLOBAL print              # 30
  LOAD_GLOBAL p                  # 31
  LOAD_GLOBAL q                  # 32
  CALL 2                         # 33
  POP_TOP                        # 34
  LOAD_CONST "u"                 # 35
  LOAD_CONST 1                   # 36
  LOAD_CONST "v"                 # 37
  LOAD_CONST 2                   # 38
  BUILD_MAP 2                    # 39
  UNPACK_SEQUENCE 2              # 40
  STORE_GLOBAL k1                # 41
  STORE_GLOBAL k2                # 42
  LOAD_GLOBAL print              # 43
  LOAD_GLOBAL k1                 # 44
  LOAD_GLOBAL k2                 # 45
  CALL 2                         # 46
  POP_TOP                        # 47
  LOAD_CONST "ab"                # 48
  LOAD_CONST "c"                 # 49
  BUILD_TUPLE 2                  # 50
  UNPACK_SEQUENCE 2              # 51
  UNPACK_SEQUENCE 2              # 52
  STORE_GLOBAL m                 # 53
  STORE_GLOBAL n                 # 54
  STORE_GLOBAL o                 # 55
  LOAD_GLOBAL print              # 56
  LOAD_GLOBAL m                  # 57
  LOAD_GLOBAL n                  # 58
  LOAD_GLOBAL o                  # 59
  CALL 3                         # 60
  POP_TOP                        # 61
  LOAD_CONST "w"                 # 62
  LOAD_CONST "ok"                # 63
  BUILD_MAP 1                    # 64
  CALL_METHOD items 0            # 65
  GET_ITER                       # 66
L67:
  FOR_ITER L80                   # 67
  UNPACK_SEQUENCE 2              # 68
  STORE_GLOBAL key               # 69
  UNPACK_SEQUENCE 2              # 70
  STORE_GLOBAL first             # 71
  STORE_GLOBAL last              # 72
  LOAD_GLOBAL print              # 73
  LOAD_GLOBAL key                # 74
  LOAD_GLOBAL first              # 75
  LOAD_GLOBAL last               # 76
  CALL 3                         # 77
  POP_TOP                        # 78
  JUMP L67                       # 79
L80:
  LOAD_CONST 0                   # 80
  LOAD_CONST "a"                 # 81
  BUILD_TUPLE 2                  # 82
  LOAD_CONST 1                   # 83
  LOAD_CONST "b"                 # 84
  BUILD_TUPLE 2                  # 85
  BUILD_LIST 2                   # 86
  GET_ITER                       # 87
L88:
  FOR_ITER L99                   # 88
  UNPACK_SEQUENCE 2              # 89
  STORE_GLOBAL i                 # 90
  UNPACK_SEQUENCE 1              # 91
  STORE_GLOBAL c                 # 92
  LOAD_GLOBAL print              # 93
  LOAD_GLOBAL i                  # 94
  LOAD_GLOBAL c                  # 95
  CALL 2                         # 96
  POP_TOP                        # 97
  JUMP L88                       # 98
L99:
  LOAD_CONST None                # 99
  RETURN_VALUE                   # 100
.end
