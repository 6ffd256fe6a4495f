.global print

.func <module>
  LOAD_GLOBAL print              # 0
  CALL 0                         # 1
  POP_TOP                        # 2
  LOAD_GLOBAL print              # 3
  LOAD_CONST "a"                 # 4
  LOAD_CONST "b"                 # 5
  LOAD_CONST "c"                 # 6
  CALL 3                         # 7
  POP_TOP                        # 8
  LOAD_GLOBAL print              # 9
  LOAD_CONST "a"                 # 10
  LOAD_CONST "b"                 # 11
  LOAD_CONST ""                  # 12
  CALL_KW sep 3                  # 13
  POP_TOP                        # 14
  LOAD_GLOBAL print              # 15
  LOAD_CONST "a"                 # 16
  LOAD_CONST "b"                 # 17
  LOAD_CONST ", "                # 18
  LOAD_CONST "!\n"               # 19
  CALL_KW sep,end 4              # 20
  POP_TOP                        # 21
  LOAD_GLOBAL print              # 22
  LOAD_CONST "no newline"        # 23
  LOAD_CONST ""                  # 24
  CALL_KW end 2                  # 25
  POP_TOP                        # 26
  LOAD_GLOBAL print              # 27
  LOAD_CONST " then this"        # 28
  CALL 1                         # 29
  POP_TOP                        # 30
  LOAD_GLOBAL print              # 31
  LOAD_CONST 1                   # 32
  LOAD_CONST 2.5                 # 33
  LOAD_CONST None                # 34
  LOAD_CONST True                # 35
  LOAD_CONST "s"                 # 36
  LOAD_CONST 1                   # 37
  BUILD_LIST 1                   # 38
  LOAD_CONST 2                   # 39
  BUILD_TUPLE 1                  # 40
  LOAD_CONST 3                   # 41
  LOAD_CONST 4                   # 42
  BUILD_MAP 1                    # 43
  CALL 8                         # 44
  POP_TOP                        # 45
  LOAD_GLOBAL print              # 46
  LOAD_CONST "-"                 # 47
  CALL_KW sep 1                  # 48
  POP_TOP                        # 49
  LOAD_GLOBAL print              # 50
  LOAD_CONST "x"                 # 51
  LOAD_CONST None                # 52
  CALL_KW end 2                  # 53
  POP_TOP                        # 54
  LOAD_GLOBAL print              # 55
  LOAD_CONST "y"                 # 56
  LOAD_CONST None                # 57
  CALL_KW sep 2                  # 58
  POP_TOP                        # 59
  LOAD_GLOBAL print              # 60
  LOAD_CONST "flushed"           # 61
  LOAD_CONST True                # 62
  CALL_KW flush 2                # 63
  POP_TOP                        # 64
  LOAD_GLOBAL print              # 65
  LOAD_CONST "a"                 # 66
  LOAD_CONST "b"                 # 67
  LOAD_CONST "-"                 # 68
  LOAD_CONST "!\n"               # 69
  LOAD_CONST False               # 70
  CALL_KW sep,end,flush 5        # 71
  POP_TOP                        # 72
  LOAD_GLOBAL print              # 73
  LOAD_CONST "zero"              # 74
  LOAD_CONST 0                   # 75
  CALL_KW flush 2                # 76
  POP_TOP                        # 77
  LOAD_CONST None                # 78
  RETURN_VALUE                   # 79
.end
