.global data
.global total
.global user
.global print
.global grid

.func <module>
  LOAD_CONST "users"             # 0
  LOAD_CONST "name"              # 1
  LOAD_CONST "ann"               # 2
  LOAD_CONST "age"               # 3
  LOAD_CONST 31                  # 4
  BUILD_MAP 2                    # 5
  LOAD_CONST "name"              # 6
  LOAD_CONST "bob"               # 7
  LOAD_CONST "age"               # 8
  LOAD_CONST 25                  # 9
  BUILD_MAP 2                    # 10
  BUILD_LIST 2                   # 11
  BUILD_MAP 1                    # 12
  STORE_GLOBAL data              # 13
  LOAD_CONST 0                   # 14
  STORE_GLOBAL total             # 15
  LOAD_GLOBAL data               # 16
  LOAD_CONST "users"             # 17
  BINARY_SUBSCR                  # 18
  GET_ITER                       # 19
L20:
  FOR_ITER L38                   # 20
  STORE_GLOBAL user              # 21
  LOAD_GLOBAL total              # 22
  LOAD_GLOBAL user               # 23
  LOAD_CONST "age"               # 24
  BINARY_SUBSCR                  # 25
  INPLACE_ADD                    # 26
  STORE_GLOBAL total             # 27
  LOAD_GLOBAL print              # 28
  LOAD_GLOBAL user               # 29
  LOAD_CONST "name"              # 30
  BINARY_SUBSCR                  # 31
  LOAD_GLOBAL user               # 32
  LOAD_CONST "age"               # 33
  BINARY_SUBSCR                  # 34
  CALL 2                         # 35
  POP_TOP                        # 36
  JUMP L20                       # 37
L38:
  LOAD_GLOBAL print              # 38
  LOAD_GLOBAL total              # 39
  LOAD_GLOBAL data               # 40
  CALL 2                         # 41
  POP_TOP                        # 42
  LOAD_GLOBAL data               # 43
  LOAD_CONST "users"             # 44
  BINARY_SUBSCR                  # 45
  LOAD_CONST 1                   # 46
  BINARY_SUBSCR                  # 47
  DUP_TOP                        # 48
  LOAD_CONST "age"               # 49
  DUP_TOP                        # 50
  ROT_THREE                      # 51
  BINARY_SUBSCR                  # 52
  LOAD_CONST 1                   # 53
  INPLACE_ADD                    # 54
  ROT_THREE                      # 55
  STORE_SUBSCR                   # 56
  LOAD_GLOBAL print              # 57
  LOAD_GLOBAL data               # 58
  LOAD_CONST "users"             # 59
  BINARY_SUBSCR                  # 60
  LOAD_CONST 1                   # 61
  BINARY_SUBSCR                  # 62
  CALL 1                         # 63
  POP_TOP                        # 64
  LOAD_CONST 0                   # 65
  BUILD_LIST 1                   # 66
  LOAD_CONST 3                   # 67
  BINARY_MULTIPLY                # 68
  LOAD_CONST 0                   # 69
  BUILD_LIST 1                   # 70
  LOAD_CONST 3                   # 71
  BINARY_MULTIPLY                # 72
  BUILD_LIST 2                   # 73
  STORE_GLOBAL grid              # 74
  LOAD_CONST 7                   # 75
  LOAD_GLOBAL grid               # 76
  LOAD_CONST 1                   # 77
  BINARY_SUBSCR                  # 78
  LOAD_CONST 2                   # 79
  STORE_SUBSCR                   # 80
  LOAD_GLOBAL print              # 81
  LOAD_GLOBAL grid               # 82
  CALL 1                         # 83
  POP_TOP                        # 84
  LOAD_CONST None                # 85
  RETURN_VALUE                   # 86
.end
