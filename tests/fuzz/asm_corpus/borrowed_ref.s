.global N
.global sys.setswitchinterval
.global shared
.global results
.global threading.Lock
.global start
.global range
.global writer
.global reader
.global threading.Thread
.global threads
.global t
.global print

.func <module>
  LOAD_CONST 100000              # 0
  STORE_GLOBAL N                 # 1
  LOAD_GLOBAL sys.setswitchinterval # 2
  LOAD_CONST 1e-04               # 3
  CALL 1                         # 4
  POP_TOP                        # 5
  LOAD_CONST 1000                # 6
  BUILD_LIST 1                   # 7
  STORE_GLOBAL shared            # 8
  BUILD_LIST 0                   # 9
  STORE_GLOBAL results           # 10
  LOAD_GLOBAL threading.Lock     # 11
  CALL 0                         # 12
  STORE_GLOBAL start             # 13
  MAKE_FUNCTION writer           # 14
  STORE_GLOBAL writer            # 15
  MAKE_FUNCTION reader           # 16
  STORE_GLOBAL reader            # 17
  LOAD_GLOBAL start              # 18
  CALL_METHOD acquire 0          # 19
  POP_TOP                        # 20
  LOAD_GLOBAL threading.Thread   # 21
  LOAD_GLOBAL writer             # 22
  LOAD_GLOBAL N                  # 23
  BUILD_TUPLE 1                  # 24
  CALL_KW target,args 2          # 25
  LOAD_GLOBAL threading.Thread   # 26
  LOAD_GLOBAL reader             # 27
  LOAD_GLOBAL N                  # 28
  BUILD_TUPLE 1                  # 29
  CALL_KW target,args 2          # 30
  BUILD_LIST 2                   # 31
  STORE_GLOBAL threads           # 32
  LOAD_GLOBAL threads            # 33
  GET_ITER                       # 34
L35:
  FOR_ITER L41                   # 35
  STORE_GLOBAL t                 # 36
  LOAD_GLOBAL t                  # 37
  CALL_METHOD start 0            # 38
  POP_TOP                        # 39
  JUMP L35                       # 40
L41:
  LOAD_GLOBAL start              # 41
  CALL_METHOD release 0          # 42
  POP_TOP                        # 43
  LOAD_GLOBAL threads            # 44
  GET_ITER                       # 45
L46:
  FOR_ITER L52                   # 46
  STORE_GLOBAL t                 # 47
  LOAD_GLOBAL t                  # 48
  CALL_METHOD join 0             # 49
  POP_TOP                        # 50
  JUMP L46                       # 51
L52:
  LOAD_GLOBAL print              # 52
  LOAD_GLOBAL N                  # 53
  FORMAT_VALUE 0                 # 54
  LOAD_CONST " reads of shared[0], " # 55
  LOAD_GLOBAL results            # 56
  LOAD_CONST 0                   # 57
  BINARY_SUBSCR                  # 58
  FORMAT_VALUE 0                 # 59
  LOAD_CONST " of a freed or never-stored value" # 60
  BUILD_STRING 4                 # 61
  CALL 1                         # 62
  POP_TOP                        # 63
  LOAD_GLOBAL print              # 64
  LOAD_CONST "result: reads="    # 65
  LOAD_GLOBAL N                  # 66
  FORMAT_VALUE 0                 # 67
  LOAD_CONST " bad="             # 68
  LOAD_GLOBAL results            # 69
  LOAD_CONST 0                   # 70
  BINARY_SUBSCR                  # 71
  FORMAT_VALUE 0                 # 72
  BUILD_STRING 4                 # 73
  CALL 1                         # 74
  POP_TOP                        # 75
  LOAD_CONST None                # 76
  RETURN_VALUE                   # 77
.end

.func writer n
.locals i
  LOAD_GLOBAL start              # 0
  WITH_ENTER                     # 1
  POP_TOP                        # 2
  WITH_EXIT                      # 3
  LOAD_GLOBAL range              # 4
  LOAD_FAST n                    # 5
  CALL 1                         # 6
  GET_ITER                       # 7
L8:
  FOR_ITER L17                   # 8
  STORE_FAST i                   # 9
  LOAD_CONST 1001                # 10
  LOAD_FAST i                    # 11
  BINARY_ADD                     # 12
  LOAD_GLOBAL shared             # 13
  LOAD_CONST 0                   # 14
  STORE_SUBSCR                   # 15
  JUMP L8                        # 16
L17:
  LOAD_CONST None                # 17
  RETURN_VALUE                   # 18
.end

.func reader n
.locals bad _ x
  LOAD_GLOBAL start              # 0
  WITH_ENTER                     # 1
  POP_TOP                        # 2
  WITH_EXIT                      # 3
  LOAD_CONST 0                   # 4
  STORE_FAST bad                 # 5
  LOAD_GLOBAL range              # 6
  LOAD_FAST n                    # 7
  CALL 1                         # 8
  GET_ITER                       # 9
L10:
  FOR_ITER L31                   # 10
  STORE_FAST _                   # 11
  LOAD_GLOBAL shared             # 12
  LOAD_CONST 0                   # 13
  BINARY_SUBSCR                  # 14
  STORE_FAST x                   # 15
  LOAD_FAST x                    # 16
  LOAD_CONST None                # 17
  COMPARE_OP is                  # 18
  DUP_TOP                        # 19
  POP_JUMP_IF_TRUE L25           # 20
  POP_TOP                        # 21
  LOAD_FAST x                    # 22
  LOAD_CONST 1000                # 23
  COMPARE_OP <                   # 24
L25:
  POP_JUMP_IF_FALSE L30          # 25
  LOAD_FAST bad                  # 26
  LOAD_CONST 1                   # 27
  BINARY_ADD                     # 28
  STORE_FAST bad                 # 29
L30:
  JUMP L10                       # 30
L31:
  LOAD_GLOBAL results            # 31
  LOAD_FAST bad                  # 32
  CALL_METHOD append 1           # 33
  POP_TOP                        # 34
  LOAD_CONST None                # 35
  RETURN_VALUE                   # 36
.end
