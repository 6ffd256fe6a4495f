.global xs
.global sorted
.global ys
.global print
.global range
.global words

.func <module>
  LOAD_CONST 5                   # 0
  LOAD_CONST 3                   # 1
  LOAD_CONST 9                   # 2
  LOAD_CONST 1                   # 3
  LOAD_CONST 3                   # 4
  LOAD_CONST 7                   # 5
  BUILD_LIST 6                   # 6
  STORE_GLOBAL xs                # 7
  LOAD_GLOBAL sorted             # 8
  LOAD_GLOBAL xs                 # 9
  CALL 1                         # 10
  STORE_GLOBAL ys                # 11
  LOAD_GLOBAL print              # 12
  LOAD_GLOBAL ys                 # 13
  CALL 1                         # 14
  POP_TOP                        # 15
  LOAD_GLOBAL print              # 16
  LOAD_GLOBAL xs                 # 17
  CALL 1                         # 18
  POP_TOP                        # 19
  LOAD_GLOBAL print              # 20
  LOAD_GLOBAL sorted             # 21
  LOAD_CONST 2.5                 # 22
  LOAD_CONST 1                   # 23
  LOAD_CONST -3                  # 24
  LOAD_CONST 0.5                 # 25
  BUILD_TUPLE 4                  # 26
  CALL 1                         # 27
  CALL 1                         # 28
  POP_TOP                        # 29
  LOAD_GLOBAL print              # 30
  LOAD_GLOBAL sorted             # 31
  LOAD_CONST "banana"            # 32
  CALL 1                         # 33
  CALL 1                         # 34
  POP_TOP                        # 35
  LOAD_GLOBAL print              # 36
  LOAD_GLOBAL sorted             # 37
  LOAD_GLOBAL range              # 38
  LOAD_CONST 5                   # 39
  LOAD_CONST 0                   # 40
  LOAD_CONST -1                  # 41
  CALL 3                         # 42
  CALL 1                         # 43
  CALL 1                         # 44
  POP_TOP                        # 45
  LOAD_GLOBAL print              # 46
  LOAD_GLOBAL sorted             # 47
  LOAD_CONST "b"                 # 48
  LOAD_CONST 1                   # 49
  LOAD_CONST "a"                 # 50
  LOAD_CONST 2                   # 51
  LOAD_CONST "c"                 # 52
  LOAD_CONST 3                   # 53
  BUILD_MAP 3                    # 54
  CALL 1                         # 55
  CALL 1                         # 56
  POP_TOP                        # 57
  LOAD_GLOBAL print              # 58
  LOAD_GLOBAL sorted             # 59
  BUILD_LIST 0                   # 60
  CALL 1                         # 61
  CALL 1                         # 62
  POP_TOP                        # 63
  LOAD_CONST "pear"              # 64
  LOAD_CONST "apple"             # 65
  LOAD_CONST "fig"               # 66
  BUILD_LIST 3                   # 67
  STORE_GLOBAL words             # 68
  LOAD_GLOBAL print              # 69
  LOAD_GLOBAL sorted             # 70
  LOAD_GLOBAL words              # 71
  CALL 1                         # 72
  LOAD_GLOBAL words              # 73
  CALL 2                         # 74
  POP_TOP                        # 75
  LOAD_CONST None                # 76
  RETURN_VALUE                   # 77
.end
