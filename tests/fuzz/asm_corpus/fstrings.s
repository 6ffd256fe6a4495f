.global name
.global n
.global print
.global d

.func <module>
  LOAD_CONST "gil"               # 0
  STORE_GLOBAL name              # 1
  LOAD_CONST 3                   # 2
  STORE_GLOBAL n                 # 3
  LOAD_GLOBAL print              # 4
  LOAD_GLOBAL name               # 5
  FORMAT_VALUE 0                 # 6
  LOAD_CONST " has "             # 7
  LOAD_GLOBAL n                  # 8
  FORMAT_VALUE 0                 # 9
  LOAD_CONST " locks"            # 10
  BUILD_STRING 4                 # 11
  CALL 1                         # 12
  POP_TOP                        # 13
  LOAD_GLOBAL print              # 14
  LOAD_GLOBAL n                  # 15
  LOAD_CONST 2                   # 16
  BINARY_MULTIPLY                # 17
  FORMAT_VALUE 0                 # 18
  LOAD_CONST " "                 # 19
  LOAD_GLOBAL n                  # 20
  LOAD_CONST 2                   # 21
  BINARY_POWER                   # 22
  FORMAT_VALUE 0                 # 23
  LOAD_CONST " "                 # 24
  LOAD_GLOBAL n                  # 25
  LOAD_CONST 2                   # 26
  BINARY_FLOOR_DIVIDE            # 27
  FORMAT_VALUE 0                 # 28
  BUILD_STRING 5                 # 29
  CALL 1                         # 30
  POP_TOP                        # 31
  LOAD_GLOBAL print              # 32
  LOAD_GLOBAL name               # 33
  FORMAT_VALUE 1                 # 34
  LOAD_CONST " and "             # 35
  LOAD_GLOBAL name               # 36
  FORMAT_VALUE 0                 # 37
  LOAD_CONST " and "             # 38
  LOAD_CONST 1                   # 39
  LOAD_CONST "a"                 # 40
  BUILD_LIST 2                   # 41
  FORMAT_VALUE 0                 # 42
  BUILD_STRING 5                 # 43
  CALL 1                         # 44
  POP_TOP                        # 45
  LOAD_GLOBAL print              # 46
  LOAD_CONST "{literal} "        # 47
  LOAD_GLOBAL n                  # 48
  FORMAT_VALUE 0                 # 49
  BUILD_STRING 2                 # 50
  CALL 1                         # 51
  POP_TOP                        # 52
  LOAD_GLOBAL print              # 53
  LOAD_CONST "nested "           # 54
  LOAD_GLOBAL n                  # 55
  FORMAT_VALUE 0                 # 56
  BUILD_STRING 1                 # 57
  FORMAT_VALUE 0                 # 58
  LOAD_CONST " ok"               # 59
  BUILD_STRING 3                 # 60
  CALL 1                         # 61
  POP_TOP                        # 62
  LOAD_CONST "k"                 # 63
  LOAD_CONST 1                   # 64
  BUILD_MAP 1                    # 65
  STORE_GLOBAL d                 # 66
  LOAD_GLOBAL print              # 67
  LOAD_GLOBAL d                  # 68
  LOAD_CONST "k"                 # 69
  BINARY_SUBSCR                  # 70
  FORMAT_VALUE 0                 # 71
  LOAD_CONST " "                 # 72
  LOAD_GLOBAL d                  # 73
  FORMAT_VALUE 0                 # 74
  BUILD_STRING 3                 # 75
  CALL 1                         # 76
  POP_TOP                        # 77
  LOAD_GLOBAL print              # 78
  LOAD_CONST ""                  # 79
  LOAD_CONST "empty"             # 80
  BINARY_ADD                     # 81
  CALL 1                         # 82
  POP_TOP                        # 83
  LOAD_CONST None                # 84
  RETURN_VALUE                   # 85
.end
