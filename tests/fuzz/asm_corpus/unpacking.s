.global a
.global b
.global c
.global print
.global x
.global y
.global first
.global second
.global pairs
.global n
.global word
.global i
.global j
.global k

.func <module>
  LOAD_CONST 1                   # 0
  LOAD_CONST 2                   # 1
  LOAD_CONST 3                   # 2
  BUILD_TUPLE 2                  # 3
  BUILD_TUPLE 2                  # 4
  UNPACK_SEQUENCE 2              # 5
  STORE_GLOBAL a                 # 6
  UNPACK_SEQUENCE 2              # 7
  STORE_GLOBAL b                 # 8
  STORE_GLOBAL c                 # 9
  LOAD_GLOBAL print              # 10
  LOAD_GLOBAL a                  # 11
  LOAD_GLOBAL b                  # 12
  LOAD_GLOBAL c                  # 13
  CALL 3                         # 14
  POP_TOP                        # 15
  LOAD_CONST "xy"                # 16
  LOAD_CONST 0                   # 17
  BINARY_SUBSCR                  # 18
  LOAD_CONST "xy"                # 19
  LOAD_CONST 1                   # 20
  BINARY_SUBSCR                  # 21
  BUILD_TUPLE 2                  # 22
  UNPACK_SEQUENCE 2              # 23
  STORE_GLOBAL x                 # 24
  STORE_GLOBAL y                 # 25
  LOAD_GLOBAL print              # 26
  LOAD_GLOBAL x                  # 27
  LOAD_GLOBAL y                  # 28
  CALL 2                         # 29
  POP_TOP                        # 30
  LOAD_CONST 10                  # 31
  LOAD_CONST 20                  # 32
  BUILD_LIST 2                   # 33
  UNPACK_SEQUENCE 2              # 34
  STORE_GLOBAL first             # 35
  STORE_GLOBAL second            # 36
  LOAD_GLOBAL print              # 37
  LOAD_GLOBAL first              # 38
  LOAD_GLOBAL second             # 39
  BINARY_ADD                     # 40
  CALL 1                         # 41
  POP_TOP                        # 42
  LOAD_CONST 1                   # 43
  LOAD_CONST "one"               # 44
  BUILD_TUPLE 2                  # 45
  LOAD_CONST 2                   # 46
  LOAD_CONST "two"               # 47
  BUILD_TUPLE 2                  # 48
  BUILD_LIST 2                   # 49
  STORE_GLOBAL pairs             # 50
  LOAD_GLOBAL pairs              # 51
  GET_ITER                       # 52
L53:
  FOR_ITER L63                   # 53
  UNPACK_SEQUENCE 2              # 54
  STORE_GLOBAL n                 # 55
  STORE_GLOBAL word              # 56
  LOAD_GLOBAL print              # 57
  LOAD_GLOBAL n                  # 58
  LOAD_GLOBAL word               # 59
  CALL 2                         # 60
  POP_TOP                        # 61
  JUMP L53                       # 62
L63:
  LOAD_CONST 0                   # 63
  DUP_TOP                        # 64
  STORE_GLOBAL i                 # 65
  DUP_TOP                        # 66
  STORE_GLOBAL j                 # 67
  STORE_GLOBAL k                 # 68
  LOAD_GLOBAL i                  # 69
  LOAD_CONST 1                   # 70
  INPLACE_ADD                    # 71
  STORE_GLOBAL i                 # 72
  LOAD_GLOBAL print              # 73
  LOAD_GLOBAL i                  # 74
  LOAD_GLOBAL j                  # 75
  LOAD_GLOBAL k                  # 76
  CALL 3                         # 77
  POP_TOP                        # 78
  LOAD_CONST None                # 79
  RETURN_VALUE                   # 80
.end
