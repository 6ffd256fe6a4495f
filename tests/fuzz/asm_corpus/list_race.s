.global N
.global sys.setswitchinterval
.global shared
.global threading.Lock
.global start
.global range
.global worker
.global threads
.global i
.global threading.Thread
.global t
.global kept
.global x
.global print
.global len

.func <module>
  LOAD_CONST 100000              # 0
  STORE_GLOBAL N                 # 1
  LOAD_GLOBAL sys.setswitchinterval # 2
  LOAD_CONST 1e-04               # 3
  CALL 1                         # 4
  POP_TOP                        # 5
  BUILD_LIST 0                   # 6
  STORE_GLOBAL shared            # 7
  LOAD_GLOBAL threading.Lock     # 8
  CALL 0                         # 9
  STORE_GLOBAL start             # 10
  MAKE_FUNCTION worker           # 11
  STORE_GLOBAL worker            # 12
  LOAD_GLOBAL start              # 13
  CALL_METHOD acquire 0          # 14
  POP_TOP                        # 15
  BUILD_LIST 0                   # 16
  STORE_GLOBAL threads           # 17
  LOAD_GLOBAL range              # 18
  LOAD_CONST 2                   # 19
  CALL 1                         # 20
  GET_ITER                       # 21
L22:
  FOR_ITER L39                   # 22
  STORE_GLOBAL i                 # 23
  LOAD_GLOBAL threading.Thread   # 24
  LOAD_GLOBAL worker             # 25
  LOAD_GLOBAL N                  # 26
  LOAD_GLOBAL i                  # 27
  BUILD_TUPLE 2                  # 28
  CALL_KW target,args 2          # 29
  STORE_GLOBAL t                 # 30
  LOAD_GLOBAL threads            # 31
  LOAD_GLOBAL t                  # 32
  CALL_METHOD append 1           # 33
  POP_TOP                        # 34
  LOAD_GLOBAL t                  # 35
  CALL_METHOD start 0            # 36
  POP_TOP                        # 37
  JUMP L22                       # 38
L39:
  LOAD_GLOBAL start              # 39
  CALL_METHOD release 0          # 40
  POP_TOP                        # 41
  LOAD_GLOBAL threads            # 42
  GET_ITER                       # 43
L44:
  FOR_ITER L50                   # 44
  STORE_GLOBAL t                 # 45
  LOAD_GLOBAL t                  # 46
  CALL_METHOD join 0             # 47
  POP_TOP                        # 48
  JUMP L44                       # 49
L50:
  LOAD_CONST 0                   # 50
  STORE_GLOBAL kept              # 51
  LOAD_GLOBAL shared             # 52
  GET_ITER                       # 53
L54:
  FOR_ITER L71                   # 54
  STORE_GLOBAL x                 # 55
  LOAD_GLOBAL x                  # 56
  LOAD_CONST 0                   # 57
  COMPARE_OP ==                  # 58
  DUP_TOP                        # 59
  POP_JUMP_IF_TRUE L65           # 60
  POP_TOP                        # 61
  LOAD_GLOBAL x                  # 62
  LOAD_CONST 1                   # 63
  COMPARE_OP ==                  # 64
L65:
  POP_JUMP_IF_FALSE L70          # 65
  LOAD_GLOBAL kept               # 66
  LOAD_CONST 1                   # 67
  BINARY_ADD                     # 68
  STORE_GLOBAL kept              # 69
L70:
  JUMP L54                       # 70
L71:
  LOAD_GLOBAL print              # 71
  LOAD_CONST "length = "         # 72
  LOAD_GLOBAL len                # 73
  LOAD_GLOBAL shared             # 74
  CALL 1                         # 75
  FORMAT_VALUE 0                 # 76
  LOAD_CONST ", items kept = "   # 77
  LOAD_GLOBAL kept               # 78
  FORMAT_VALUE 0                 # 79
  LOAD_CONST " (expected "       # 80
  LOAD_CONST 2                   # 81
  LOAD_GLOBAL N                  # 82
  BINARY_MULTIPLY                # 83
  FORMAT_VALUE 0                 # 84
  LOAD_CONST ", lost "           # 85
  LOAD_CONST 2                   # 86
  LOAD_GLOBAL N                  # 87
  BINARY_MULTIPLY                # 88
  LOAD_GLOBAL kept               # 89
  BINARY_SUBTRACT                # 90
  FORMAT_VALUE 0                 # 91
  LOAD_CONST ")"                 # 92
  BUILD_STRING 9                 # 93
  CALL 1                         # 94
  POP_TOP                        # 95
  LOAD_GLOBAL print              # 96
  LOAD_CONST "result: length="   # 97
  LOAD_GLOBAL len                # 98
  LOAD_GLOBAL shared             # 99
  CALL 1                         # 100
  FORMAT_VALUE 0                 # 101
  LOAD_CONST " kept="            # 102
  LOAD_GLOBAL kept               # 103
  FORMAT_VALUE 0                 # 104
  LOAD_CONST " expected="        # 105
  LOAD_CONST 2                   # 106
  LOAD_GLOBAL N                  # 107
  BINARY_MULTIPLY                # 108
  FORMAT_VALUE 0                 # 109
  LOAD_CONST " lost="            # 110
  LOAD_CONST 2                   # 111
  LOAD_GLOBAL N                  # 112
  BINARY_MULTIPLY                # 113
  LOAD_GLOBAL kept               # 114
  BINARY_SUBTRACT                # 115
  FORMAT_VALUE 0                 # 116
  BUILD_STRING 8                 # 117
  CALL 1                         # 118
  POP_TOP                        # 119
  LOAD_CONST None                # 120
  RETURN_VALUE                   # 121
.end

.func worker n me
.locals _
  LOAD_GLOBAL start              # 0
  WITH_ENTER                     # 1
  POP_TOP                        # 2
  WITH_EXIT                      # 3
  LOAD_GLOBAL range              # 4
  LOAD_FAST n                    # 5
  CALL 1                         # 6
  GET_ITER                       # 7
L8:
  FOR_ITER L22                   # 8
  STORE_FAST _                   # 9
  LOAD_GLOBAL shared             # 10
  LOAD_FAST me                   # 11
  CALL_METHOD append 1           # 12
  POP_TOP                        # 13
  LOAD_GLOBAL shared             # 14
  LOAD_FAST me                   # 15
  CALL_METHOD append 1           # 16
  POP_TOP                        # 17
  LOAD_GLOBAL shared             # 18
  CALL_METHOD pop 0              # 19
  POP_TOP                        # 20
  JUMP L8                        # 21
L22:
  LOAD_CONST None                # 22
  RETURN_VALUE                   # 23
.end
