.global print

.func <module>
  LOAD_GLOBAL print              # 0
  LOAD_CONST True                # 1
  LOAD_CONST False               # 2
  LOAD_CONST True                # 3
  UNARY_NOT                      # 4
  LOAD_CONST 0                   # 5
  UNARY_NOT                      # 6
  LOAD_CONST ""                  # 7
  UNARY_NOT                      # 8
  LOAD_CONST 1                   # 9
  BUILD_LIST 1                   # 10
  UNARY_NOT                      # 11
  CALL 6                         # 12
  POP_TOP                        # 13
  LOAD_GLOBAL print              # 14
  LOAD_CONST True                # 15
  LOAD_CONST 1                   # 16
  BINARY_ADD                     # 17
  LOAD_CONST True                # 18
  LOAD_CONST 3                   # 19
  BINARY_MULTIPLY                # 20
  LOAD_CONST False               # 21
  LOAD_CONST 1                   # 22
  BINARY_SUBTRACT                # 23
  CALL 3                         # 24
  POP_TOP                        # 25
  LOAD_GLOBAL print              # 26
  LOAD_CONST 1                   # 27
  LOAD_CONST 1.0                 # 28
  COMPARE_OP ==                  # 29
  LOAD_CONST 2                   # 30
  LOAD_CONST 2                   # 31
  COMPARE_OP !=                  # 32
  LOAD_CONST 3                   # 33
  LOAD_CONST 4                   # 34
  COMPARE_OP <                   # 35
  LOAD_CONST 4                   # 36
  LOAD_CONST 4                   # 37
  COMPARE_OP <=                  # 38
  LOAD_CONST "a"                 # 39
  LOAD_CONST "b"                 # 40
  COMPARE_OP <                   # 41
  LOAD_CONST "abc"               # 42
  LOAD_CONST "abd"               # 43
  COMPARE_OP >                   # 44
  CALL 6                         # 45
  POP_TOP                        # 46
  LOAD_GLOBAL print              # 47
  LOAD_CONST True                # 48
  DUP_TOP                        # 49
  POP_JUMP_IF_FALSE L53          # 50
  POP_TOP                        # 51
  LOAD_CONST 3                   # 52
L53:
  LOAD_CONST 0                   # 53
  DUP_TOP                        # 54
  POP_JUMP_IF_FALSE L58          # 55
  POP_TOP                        # 56
  LOAD_CONST 3                   # 57
L58:
  LOAD_CONST 0                   # 58
  DUP_TOP                        # 59
  POP_JUMP_IF_TRUE L63           # 60
  POP_TOP                        # 61
  LOAD_CONST "x"                 # 62
L63:
  LOAD_CONST ""                  # 63
  DUP_TOP                        # 64
  POP_JUMP_IF_TRUE L72           # 65
  POP_TOP                        # 66
  LOAD_CONST 0                   # 67
  DUP_TOP                        # 68
  POP_JUMP_IF_TRUE L72           # 69
  POP_TOP                        # 70
  LOAD_CONST None                # 71
L72:
  LOAD_CONST 1                   # 72
  DUP_TOP                        # 73
  POP_JUMP_IF_TRUE L77           # 74
  POP_TOP                        # 75
  LOAD_CONST 2                   # 76
L77:
  CALL 5                         # 77
  POP_TOP                        # 78
  LOAD_GLOBAL print              # 79
  LOAD_CONST None                # 80
  LOAD_CONST None                # 81
  COMPARE_OP is                  # 82
  LOAD_CONST None                # 83
  LOAD_CONST None                # 84
  COMPARE_OP is_not              # 85
  BUILD_LIST 0                   # 86
  BUILD_LIST 0                   # 87
  COMPARE_OP ==                  # 88
  BUILD_TUPLE 0                  # 89
  BUILD_TUPLE 0                  # 90
  COMPARE_OP ==                  # 91
  CALL 4                         # 92
  POP_TOP                        # 93
  LOAD_CONST None                # 94
  RETURN_VALUE                   # 95
.end
