.global N
.global sys.setswitchinterval
.global shared
.global range
.global i
.global results
.global threading.Lock
.global start
.global len
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
  BUILD_LIST 0                   # 6
  STORE_GLOBAL shared            # 7
  LOAD_GLOBAL range              # 8
  LOAD_CONST 16                  # 9
  CALL 1                         # 10
  GET_ITER                       # 11
L12:
  FOR_ITER L19                   # 12
  STORE_GLOBAL i                 # 13
  LOAD_GLOBAL shared             # 14
  LOAD_GLOBAL i                  # 15
  CALL_METHOD append 1           # 16
  POP_TOP                        # 17
  JUMP L12                       # 18
L19:
  BUILD_LIST 0                   # 19
  STORE_GLOBAL results           # 20
  LOAD_GLOBAL threading.Lock     # 21
  CALL 0                         # 22
  STORE_GLOBAL start             # 23
  MAKE_FUNCTION writer           # 24
  STORE_GLOBAL writer            # 25
  MAKE_FUNCTION reader           # 26
  STORE_GLOBAL reader            # 27
  LOAD_GLOBAL start              # 28
  CALL_METHOD acquire 0          # 29
  POP_TOP                        # 30
  LOAD_GLOBAL threading.Thread   # 31
  LOAD_GLOBAL writer             # 32
  LOAD_GLOBAL N                  # 33
  BUILD_TUPLE 1                  # 34
  CALL_KW target,args 2          # 35
  LOAD_GLOBAL threading.Thread   # 36
  LOAD_GLOBAL reader             # 37
  LOAD_GLOBAL N                  # 38
  BUILD_TUPLE 1                  # 39
  CALL_KW target,args 2          # 40
  BUILD_LIST 2                   # 41
  STORE_GLOBAL threads           # 42
  LOAD_GLOBAL threads            # 43
  GET_ITER                       # 44
L45:
  FOR_ITER L51                   # 45
  STORE_GLOBAL t                 # 46
  LOAD_GLOBAL t                  # 47
  CALL_METHOD start 0            # 48
  POP_TOP                        # 49
  JUMP L45                       # 50
L51:
  LOAD_GLOBAL start              # 51
  CALL_METHOD release 0          # 52
  POP_TOP                        # 53
  LOAD_GLOBAL threads            # 54
  GET_ITER                       # 55
L56:
  FOR_ITER L62                   # 56
  STORE_GLOBAL t                 # 57
  LOAD_GLOBAL t                  # 58
  CALL_METHOD join 0             # 59
  POP_TOP                        # 60
  JUMP L56                       # 61
L62:
  LOAD_GLOBAL print              # 62
  LOAD_GLOBAL N                  # 63
  FORMAT_VALUE 0                 # 64
  LOAD_CONST " reads of shared[i], " # 65
  LOAD_GLOBAL results            # 66
  LOAD_CONST 0                   # 67
  BINARY_SUBSCR                  # 68
  FORMAT_VALUE 0                 # 69
  LOAD_CONST " bad"              # 70
  BUILD_STRING 4                 # 71
  CALL 1                         # 72
  POP_TOP                        # 73
  LOAD_GLOBAL print              # 74
  LOAD_CONST "result: reads="    # 75
  LOAD_GLOBAL N                  # 76
  FORMAT_VALUE 0                 # 77
  LOAD_CONST " bad="             # 78
  LOAD_GLOBAL results            # 79
  LOAD_CONST 0                   # 80
  BINARY_SUBSCR                  # 81
  FORMAT_VALUE 0                 # 82
  BUILD_STRING 4                 # 83
  CALL 1                         # 84
  POP_TOP                        # 85
  LOAD_CONST None                # 86
  RETURN_VALUE                   # 87
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
  FOR_ITER L33                   # 8
  STORE_FAST i                   # 9
  LOAD_GLOBAL len                # 10
  LOAD_GLOBAL shared             # 11
  CALL 1                         # 12
  LOAD_CONST 64                  # 13
  COMPARE_OP >=                  # 14
  POP_JUMP_IF_FALSE L26          # 15
L16:
  LOAD_GLOBAL len                # 16
  LOAD_GLOBAL shared             # 17
  CALL 1                         # 18
  LOAD_CONST 16                  # 19
  COMPARE_OP >                   # 20
  POP_JUMP_IF_FALSE L26          # 21
  LOAD_GLOBAL shared             # 22
  CALL_METHOD pop 0              # 23
  POP_TOP                        # 24
  JUMP L16                       # 25
L26:
  LOAD_GLOBAL shared             # 26
  LOAD_FAST i                    # 27
  LOAD_CONST 64                  # 28
  BINARY_MODULO                  # 29
  CALL_METHOD append 1           # 30
  POP_TOP                        # 31
  JUMP L8                        # 32
L33:
  LOAD_CONST None                # 33
  RETURN_VALUE                   # 34
.end

.func reader n
.locals bad i x
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
  FOR_ITER L41                   # 10
  STORE_FAST i                   # 11
  LOAD_GLOBAL shared             # 12
  LOAD_FAST i                    # 13
  LOAD_CONST 7                   # 14
  BINARY_MULTIPLY                # 15
  LOAD_CONST 16                  # 16
  BINARY_MODULO                  # 17
  BINARY_SUBSCR                  # 18
  STORE_FAST x                   # 19
  LOAD_FAST x                    # 20
  LOAD_CONST None                # 21
  COMPARE_OP is                  # 22
  DUP_TOP                        # 23
  POP_JUMP_IF_TRUE L35           # 24
  POP_TOP                        # 25
  LOAD_FAST x                    # 26
  LOAD_CONST 0                   # 27
  COMPARE_OP <                   # 28
  DUP_TOP                        # 29
  POP_JUMP_IF_TRUE L35           # 30
  POP_TOP                        # 31
  LOAD_FAST x                    # 32
  LOAD_CONST 64                  # 33
  COMPARE_OP >=                  # 34
L35:
  POP_JUMP_IF_FALSE L40          # 35
  LOAD_FAST bad                  # 36
  LOAD_CONST 1                   # 37
  BINARY_ADD                     # 38
  STORE_FAST bad                 # 39
L40:
  JUMP L10                       # 40
L41:
  LOAD_GLOBAL results            # 41
  LOAD_FAST bad                  # 42
  CALL_METHOD append 1           # 43
  POP_TOP                        # 44
  LOAD_CONST None                # 45
  RETURN_VALUE                   # 46
.end
