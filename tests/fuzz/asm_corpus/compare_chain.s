.global print
.global f
.global x

.func <module>
  MAKE_FUNCTION f                # 0
  STORE_GLOBAL f                 # 1
  LOAD_GLOBAL print              # 2
  LOAD_CONST 1                   # 3
  LOAD_CONST 2                   # 4
  DUP_TOP                        # 5
  ROT_THREE                      # 6
  COMPARE_OP <                   # 7
  DUP_TOP                        # 8
  POP_JUMP_IF_FALSE L14          # 9
  POP_TOP                        # 10
  LOAD_CONST 3                   # 11
  COMPARE_OP <                   # 12
  JUMP L16                       # 13
L14:
  ROT_TWO                        # 14
  POP_TOP                        # 15
L16:
  LOAD_CONST 3                   # 16
  LOAD_CONST 2                   # 17
  DUP_TOP                        # 18
  ROT_THREE                      # 19
  COMPARE_OP >                   # 20
  DUP_TOP                        # 21
  POP_JUMP_IF_FALSE L27          # 22
  POP_TOP                        # 23
  LOAD_CONST 1                   # 24
  COMPARE_OP >                   # 25
  JUMP L29                       # 26
L27:
  ROT_TWO                        # 27
  POP_TOP                        # 28
L29:
  LOAD_CONST 1                   # 29
  LOAD_CONST 3                   # 30
  DUP_TOP                        # 31
  ROT_THREE                      # 32
  COMPARE_OP <                   # 33
  DUP_TOP                        # 34
  POP_JUMP_IF_FALSE L40          # 35
  POP_TOP                        # 36
  LOAD_CONST 2                   # 37
  COMPARE_OP <                   # 38
  JUMP L42                       # 39
L40:
  ROT_TWO                        # 40
  POP_TOP                        # 41
L42:
  CALL 3                         # 42
  POP_TOP                        # 43
  LOAD_GLOBAL print              # 44
  LOAD_GLOBAL f                  # 45
  LOAD_CONST 1                   # 46
  CALL 1                         # 47
  LOAD_GLOBAL f                  # 48
  LOAD_CONST 2                   # 49
  CALL 1                         # 50
  DUP_TOP                        # 51
  ROT_THREE                      # 52
  COMPARE_OP <                   # 53
  DUP_TOP                        # 54
  POP_JUMP_IF_FALSE L71          # 55
  POP_TOP                        # 56
  LOAD_GLOBAL f                  # 57
  LOAD_CONST 0                   # 58
  CALL 1                         # 59
  DUP_TOP                        # 60
  ROT_THREE                      # 61
  COMPARE_OP <                   # 62
  DUP_TOP                        # 63
  POP_JUMP_IF_FALSE L71          # 64
  POP_TOP                        # 65
  LOAD_GLOBAL f                  # 66
  LOAD_CONST 5                   # 67
  CALL 1                         # 68
  COMPARE_OP <                   # 69
  JUMP L73                       # 70
L71:
  ROT_TWO                        # 71
  POP_TOP                        # 72
L73:
  CALL 1                         # 73
  POP_TOP                        # 74
  LOAD_CONST 5                   # 75
  STORE_GLOBAL x                 # 76
  LOAD_GLOBAL print              # 77
  LOAD_CONST 0                   # 78
  LOAD_GLOBAL x                  # 79
  DUP_TOP                        # 80
  ROT_THREE                      # 81
  COMPARE_OP <=                  # 82
  DUP_TOP                        # 83
  POP_JUMP_IF_FALSE L89          # 84
  POP_TOP                        # 85
  LOAD_CONST 10                  # 86
  COMPARE_OP <                   # 87
  JUMP L91                       # 88
L89:
  ROT_TWO                        # 89
  POP_TOP                        # 90
L91:
  LOAD_CONST 0                   # 91
  LOAD_GLOBAL x                  # 92
  DUP_TOP                        # 93
  ROT_THREE                      # 94
  COMPARE_OP <=                  # 95
  DUP_TOP                        # 96
  POP_JUMP_IF_FALSE L102         # 97
  POP_TOP                        # 98
  LOAD_CONST 5                   # 99
  COMPARE_OP <                   # 100
  JUMP L104                      # 101
L102:
  ROT_TWO                        # 102
  POP_TOP                        # 103
L104:
  LOAD_GLOBAL x                  # 104
  LOAD_CONST 5                   # 105
  DUP_TOP                        # 106
  ROT_THREE                      # 107
  COMPARE_OP ==                  # 108
  DUP_TOP                        # 109
  POP_JUMP_IF_FALSE L115         # 110
  POP_TOP                        # 111
  LOAD_CONST 5.0                 # 112
  COMPARE_OP ==                  # 113
  JUMP L117                      # 114
L115:
  ROT_TWO                        # 115
  POP_TOP                        # 116
L117:
  CALL 3                         # 117
  POP_TOP                        # 118
  LOAD_CONST None                # 119
  RETURN_VALUE                   # 120
.end

.func f x
  LOAD_GLOBAL print              # 0
  LOAD_CONST "eval"              # 1
  LOAD_FAST x                    # 2
  CALL 2                         # 3
  POP_TOP                        # 4
  LOAD_FAST x                    # 5
  RETURN_VALUE                   # 6
  LOAD_CONST None                # 7
  RETURN_VALUE                   # 8
.end
