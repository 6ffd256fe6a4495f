.global t
.global print
.global len
.global a
.global b
.global c
.global x
.global y
.global p
.global q
.global r

.func <module>
  LOAD_CONST 1                   # 0
  LOAD_CONST 2                   # 1
  LOAD_CONST 3                   # 2
  BUILD_TUPLE 3                  # 3
  STORE_GLOBAL t                 # 4
  LOAD_GLOBAL print              # 5
  LOAD_GLOBAL t                  # 6
  LOAD_GLOBAL t                  # 7
  LOAD_CONST 0                   # 8
  BINARY_SUBSCR                  # 9
  LOAD_GLOBAL t                  # 10
  LOAD_CONST -1                  # 11
  BINARY_SUBSCR                  # 12
  LOAD_GLOBAL len                # 13
  LOAD_GLOBAL t                  # 14
  CALL 1                         # 15
  CALL 4                         # 16
  POP_TOP                        # 17
  LOAD_GLOBAL print              # 18
  LOAD_CONST 1                   # 19
  BUILD_TUPLE 1                  # 20
  BUILD_TUPLE 0                  # 21
  LOAD_CONST 1                   # 22
  LOAD_CONST "a"                 # 23
  LOAD_CONST None                # 24
  BUILD_TUPLE 3                  # 25
  CALL 3                         # 26
  POP_TOP                        # 27
  LOAD_GLOBAL t                  # 28
  UNPACK_SEQUENCE 3              # 29
  STORE_GLOBAL a                 # 30
  STORE_GLOBAL b                 # 31
  STORE_GLOBAL c                 # 32
  LOAD_GLOBAL print              # 33
  LOAD_GLOBAL a                  # 34
  LOAD_GLOBAL b                  # 35
  LOAD_GLOBAL c                  # 36
  CALL 3                         # 37
  POP_TOP                        # 38
  LOAD_CONST 1                   # 39
  LOAD_CONST 2                   # 40
  BUILD_TUPLE 2                  # 41
  UNPACK_SEQUENCE 2              # 42
  STORE_GLOBAL x                 # 43
  STORE_GLOBAL y                 # 44
  LOAD_GLOBAL y                  # 45
  LOAD_GLOBAL x                  # 46
  BUILD_TUPLE 2                  # 47
  UNPACK_SEQUENCE 2              # 48
  STORE_GLOBAL x                 # 49
  STORE_GLOBAL y                 # 50
  LOAD_GLOBAL print              # 51
  LOAD_GLOBAL x                  # 52
  LOAD_GLOBAL y                  # 53
  CALL 2                         # 54
  POP_TOP                        # 55
  LOAD_GLOBAL print              # 56
  LOAD_GLOBAL t                  # 57
  LOAD_CONST 4                   # 58
  LOAD_CONST 5                   # 59
  BUILD_TUPLE 2                  # 60
  BINARY_ADD                     # 61
  LOAD_GLOBAL t                  # 62
  LOAD_CONST 1                   # 63
  LOAD_CONST 2                   # 64
  LOAD_CONST 3                   # 65
  BUILD_TUPLE 3                  # 66
  COMPARE_OP ==                  # 67
  CALL 2                         # 68
  POP_TOP                        # 69
  LOAD_CONST 1                   # 70
  LOAD_CONST 2                   # 71
  BUILD_TUPLE 2                  # 72
  STORE_GLOBAL p                 # 73
  LOAD_GLOBAL print              # 74
  LOAD_GLOBAL p                  # 75
  CALL 1                         # 76
  POP_TOP                        # 77
  LOAD_CONST 7                   # 78
  LOAD_CONST 8                   # 79
  BUILD_LIST 2                   # 80
  UNPACK_SEQUENCE 2              # 81
  STORE_GLOBAL q                 # 82
  STORE_GLOBAL r                 # 83
  LOAD_GLOBAL print              # 84
  LOAD_GLOBAL q                  # 85
  LOAD_GLOBAL r                  # 86
  CALL 2                         # 87
  POP_TOP                        # 88
  LOAD_CONST None                # 89
  RETURN_VALUE                   # 90
.end
