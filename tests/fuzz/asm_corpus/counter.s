.global N
.global sys.setswitchinterval
.global counter
.global threading.Lock
.global start
.global range
.global worker
.global threads
.global i
.global threading.Thread
.global t
.global print

.func <module>
  LOAD_CONST 200000              # 0
  STORE_GLOBAL N                 # 1
  LOAD_GLOBAL sys.setswitchinterval # 2
  LOAD_CONST 1e-04               # 3
  CALL 1                         # 4
  POP_TOP                        # 5
  LOAD_CONST 0                   # 6
  STORE_GLOBAL counter           # 7
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
  FOR_ITER L38                   # 22
  STORE_GLOBAL i                 # 23
  LOAD_GLOBAL threading.Thread   # 24
  LOAD_GLOBAL worker             # 25
  LOAD_GLOBAL N                  # 26
  BUILD_TUPLE 1                  # 27
  CALL_KW target,args 2          # 28
  STORE_GLOBAL t                 # 29
  LOAD_GLOBAL threads            # 30
  LOAD_GLOBAL t                  # 31
  CALL_METHOD append 1           # 32
  POP_TOP                        # 33
  LOAD_GLOBAL t                  # 34
  CALL_METHOD start 0            # 35
  POP_TOP                        # 36
  JUMP L22                       # 37
L38:
  LOAD_GLOBAL start              # 38
  CALL_METHOD release 0          # 39
  POP_TOP                        # 40
  LOAD_GLOBAL threads            # 41
  GET_ITER                       # 42
L43:
  FOR_ITER L49                   # 43
  STORE_GLOBAL t                 # 44
  LOAD_GLOBAL t                  # 45
  CALL_METHOD join 0             # 46
  POP_TOP                        # 47
  JUMP L43                       # 48
L49:
  LOAD_GLOBAL print              # 49
  LOAD_CONST "counter = "        # 50
  LOAD_GLOBAL counter            # 51
  FORMAT_VALUE 0                 # 52
  LOAD_CONST " (expected "       # 53
  LOAD_CONST 2                   # 54
  LOAD_GLOBAL N                  # 55
  BINARY_MULTIPLY                # 56
  FORMAT_VALUE 0                 # 57
  LOAD_CONST ", lost "           # 58
  LOAD_CONST 2                   # 59
  LOAD_GLOBAL N                  # 60
  BINARY_MULTIPLY                # 61
  LOAD_GLOBAL counter            # 62
  BINARY_SUBTRACT                # 63
  FORMAT_VALUE 0                 # 64
  LOAD_CONST ")"                 # 65
  BUILD_STRING 7                 # 66
  CALL 1                         # 67
  POP_TOP                        # 68
  LOAD_GLOBAL print              # 69
  LOAD_CONST "result: counter="  # 70
  LOAD_GLOBAL counter            # 71
  FORMAT_VALUE 0                 # 72
  LOAD_CONST " expected="        # 73
  LOAD_CONST 2                   # 74
  LOAD_GLOBAL N                  # 75
  BINARY_MULTIPLY                # 76
  FORMAT_VALUE 0                 # 77
  LOAD_CONST " lost="            # 78
  LOAD_CONST 2                   # 79
  LOAD_GLOBAL N                  # 80
  BINARY_MULTIPLY                # 81
  LOAD_GLOBAL counter            # 82
  BINARY_SUBTRACT                # 83
  FORMAT_VALUE 0                 # 84
  BUILD_STRING 6                 # 85
  CALL 1                         # 86
  POP_TOP                        # 87
  LOAD_CONST None                # 88
  RETURN_VALUE                   # 89
.end

.func worker n
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
  FOR_ITER L15                   # 8
  STORE_FAST _                   # 9
  LOAD_GLOBAL counter            # 10
  LOAD_CONST 1                   # 11
  BINARY_ADD                     # 12
  STORE_GLOBAL counter           # 13
  JUMP L8                        # 14
L15:
  LOAD_CONST None                # 15
  RETURN_VALUE                   # 16
.end
