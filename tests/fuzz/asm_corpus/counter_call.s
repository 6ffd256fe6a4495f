.global N
.global sys.setswitchinterval
.global counter
.global threading.Lock
.global start
.global one
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
  LOAD_CONST 1e-06               # 3
  CALL 1                         # 4
  POP_TOP                        # 5
  LOAD_CONST 0                   # 6
  STORE_GLOBAL counter           # 7
  LOAD_GLOBAL threading.Lock     # 8
  CALL 0                         # 9
  STORE_GLOBAL start             # 10
  MAKE_FUNCTION one              # 11
  STORE_GLOBAL one               # 12
  MAKE_FUNCTION worker           # 13
  STORE_GLOBAL worker            # 14
  LOAD_GLOBAL start              # 15
  CALL_METHOD acquire 0          # 16
  POP_TOP                        # 17
  BUILD_LIST 0                   # 18
  STORE_GLOBAL threads           # 19
  LOAD_GLOBAL range              # 20
  LOAD_CONST 2                   # 21
  CALL 1                         # 22
  GET_ITER                       # 23
L24:
  FOR_ITER L40                   # 24
  STORE_GLOBAL i                 # 25
  LOAD_GLOBAL threading.Thread   # 26
  LOAD_GLOBAL worker             # 27
  LOAD_GLOBAL N                  # 28
  BUILD_TUPLE 1                  # 29
  CALL_KW target,args 2          # 30
  STORE_GLOBAL t                 # 31
  LOAD_GLOBAL threads            # 32
  LOAD_GLOBAL t                  # 33
  CALL_METHOD append 1           # 34
  POP_TOP                        # 35
  LOAD_GLOBAL t                  # 36
  CALL_METHOD start 0            # 37
  POP_TOP                        # 38
  JUMP L24                       # 39
L40:
  LOAD_GLOBAL start              # 40
  CALL_METHOD release 0          # 41
  POP_TOP                        # 42
  LOAD_GLOBAL threads            # 43
  GET_ITER                       # 44
L45:
  FOR_ITER L51                   # 45
  STORE_GLOBAL t                 # 46
  LOAD_GLOBAL t                  # 47
  CALL_METHOD join 0             # 48
  POP_TOP                        # 49
  JUMP L45                       # 50
L51:
  LOAD_GLOBAL print              # 51
  LOAD_CONST "counter = "        # 52
  LOAD_GLOBAL counter            # 53
  FORMAT_VALUE 0                 # 54
  LOAD_CONST " (expected "       # 55
  LOAD_CONST 2                   # 56
  LOAD_GLOBAL N                  # 57
  BINARY_MULTIPLY                # 58
  FORMAT_VALUE 0                 # 59
  LOAD_CONST ", lost "           # 60
  LOAD_CONST 2                   # 61
  LOAD_GLOBAL N                  # 62
  BINARY_MULTIPLY                # 63
  LOAD_GLOBAL counter            # 64
  BINARY_SUBTRACT                # 65
  FORMAT_VALUE 0                 # 66
  LOAD_CONST ")"                 # 67
  BUILD_STRING 7                 # 68
  CALL 1                         # 69
  POP_TOP                        # 70
  LOAD_GLOBAL print              # 71
  LOAD_CONST "result: counter="  # 72
  LOAD_GLOBAL counter            # 73
  FORMAT_VALUE 0                 # 74
  LOAD_CONST " expected="        # 75
  LOAD_CONST 2                   # 76
  LOAD_GLOBAL N                  # 77
  BINARY_MULTIPLY                # 78
  FORMAT_VALUE 0                 # 79
  LOAD_CONST " lost="            # 80
  LOAD_CONST 2                   # 81
  LOAD_GLOBAL N                  # 82
  BINARY_MULTIPLY                # 83
  LOAD_GLOBAL counter            # 84
  BINARY_SUBTRACT                # 85
  FORMAT_VALUE 0                 # 86
  BUILD_STRING 6                 # 87
  CALL 1                         # 88
  POP_TOP                        # 89
  LOAD_CONST None                # 90
  RETURN_VALUE                   # 91
.end

.func one
  LOAD_CONST 1                   # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
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
  FOR_ITER L16                   # 8
  STORE_FAST _                   # 9
  LOAD_GLOBAL counter            # 10
  LOAD_GLOBAL one                # 11
  CALL 0                         # 12
  BINARY_ADD                     # 13
  STORE_GLOBAL counter           # 14
  JUMP L8                        # 15
L16:
  LOAD_CONST None                # 16
  RETURN_VALUE                   # 17
.end
