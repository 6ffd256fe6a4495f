.global N
.global sys.setswitchinterval
.global counter
.global threading.Lock
.global lock
.global range
.global worker
.global threads
.global i
.global threading.Thread
.global t
.global print

.func <module>
  LOAD_CONST 50000               # 0
  STORE_GLOBAL N                 # 1
  LOAD_GLOBAL sys.setswitchinterval # 2
  LOAD_CONST 1e-04               # 3
  CALL 1                         # 4
  POP_TOP                        # 5
  LOAD_CONST 0                   # 6
  STORE_GLOBAL counter           # 7
  LOAD_GLOBAL threading.Lock     # 8
  CALL 0                         # 9
  STORE_GLOBAL lock              # 10
  MAKE_FUNCTION worker           # 11
  STORE_GLOBAL worker            # 12
  BUILD_LIST 0                   # 13
  STORE_GLOBAL threads           # 14
  LOAD_GLOBAL range              # 15
  LOAD_CONST 4                   # 16
  CALL 1                         # 17
  GET_ITER                       # 18
L19:
  FOR_ITER L35                   # 19
  STORE_GLOBAL i                 # 20
  LOAD_GLOBAL threading.Thread   # 21
  LOAD_GLOBAL worker             # 22
  LOAD_GLOBAL N                  # 23
  BUILD_TUPLE 1                  # 24
  CALL_KW target,args 2          # 25
  STORE_GLOBAL t                 # 26
  LOAD_GLOBAL threads            # 27
  LOAD_GLOBAL t                  # 28
  CALL_METHOD append 1           # 29
  POP_TOP                        # 30
  LOAD_GLOBAL t                  # 31
  CALL_METHOD start 0            # 32
  POP_TOP                        # 33
  JUMP L19                       # 34
L35:
  LOAD_GLOBAL threads            # 35
  GET_ITER                       # 36
L37:
  FOR_ITER L43                   # 37
  STORE_GLOBAL t                 # 38
  LOAD_GLOBAL t                  # 39
  CALL_METHOD join 0             # 40
  POP_TOP                        # 41
  JUMP L37                       # 42
L43:
  LOAD_GLOBAL print              # 43
  LOAD_CONST "counter = "        # 44
  LOAD_GLOBAL counter            # 45
  FORMAT_VALUE 0                 # 46
  LOAD_CONST " (expected "       # 47
  LOAD_CONST 4                   # 48
  LOAD_GLOBAL N                  # 49
  BINARY_MULTIPLY                # 50
  FORMAT_VALUE 0                 # 51
  LOAD_CONST ")"                 # 52
  BUILD_STRING 5                 # 53
  CALL 1                         # 54
  POP_TOP                        # 55
  LOAD_CONST None                # 56
  RETURN_VALUE                   # 57
.end

.func worker n
.locals _
  LOAD_GLOBAL range              # 0
  LOAD_FAST n                    # 1
  CALL 1                         # 2
  GET_ITER                       # 3
L4:
  FOR_ITER L15                   # 4
  STORE_FAST _                   # 5
  LOAD_GLOBAL lock               # 6
  WITH_ENTER                     # 7
  POP_TOP                        # 8
  LOAD_GLOBAL counter            # 9
  LOAD_CONST 1                   # 10
  BINARY_ADD                     # 11
  STORE_GLOBAL counter           # 12
  WITH_EXIT                      # 13
  JUMP L4                        # 14
L15:
  LOAD_CONST None                # 15
  RETURN_VALUE                   # 16
.end
