.global threading.Lock
.global range
.global threading.Thread
.global run_workers
.global print
.global make_job
.global results
.global k
.global t

.func <module>
  MAKE_FUNCTION run_workers      # 0
  STORE_GLOBAL run_workers       # 1
  LOAD_GLOBAL print              # 2
  LOAD_GLOBAL run_workers        # 3
  LOAD_CONST 4                   # 4
  LOAD_CONST 1000                # 5
  CALL 2                         # 6
  CALL 1                         # 7
  POP_TOP                        # 8
  MAKE_FUNCTION make_job         # 9
  STORE_GLOBAL make_job          # 10
  BUILD_LIST 0                   # 11
  STORE_GLOBAL results           # 12
  LOAD_GLOBAL range              # 13
  LOAD_CONST 5                   # 14
  CALL 1                         # 15
  GET_ITER                       # 16
L17:
  FOR_ITER L33                   # 17
  STORE_GLOBAL k                 # 18
  LOAD_GLOBAL threading.Thread   # 19
  LOAD_GLOBAL make_job           # 20
  LOAD_GLOBAL results            # 21
  LOAD_GLOBAL k                  # 22
  CALL 2                         # 23
  CALL_KW target 1               # 24
  STORE_GLOBAL t                 # 25
  LOAD_GLOBAL t                  # 26
  CALL_METHOD start 0            # 27
  POP_TOP                        # 28
  LOAD_GLOBAL t                  # 29
  CALL_METHOD join 0             # 30
  POP_TOP                        # 31
  JUMP L17                       # 32
L33:
  LOAD_GLOBAL print              # 33
  LOAD_GLOBAL results            # 34
  CALL 1                         # 35
  POP_TOP                        # 36
  LOAD_CONST None                # 37
  RETURN_VALUE                   # 38
.end

.func run_workers n_threads per_thread
.locals work threads _ t
  LOAD_CONST 0                   # 0
  STORE_DEREF total              # 1
  LOAD_GLOBAL threading.Lock     # 2
  CALL 0                         # 3
  STORE_DEREF lock               # 4
  LOAD_CLOSURE lock              # 5
  LOAD_CLOSURE per_thread        # 6
  LOAD_CLOSURE total             # 7
  BUILD_TUPLE 3                  # 8
  MAKE_FUNCTION run_workers.<locals>.work (closure) # 9
  STORE_FAST work                # 10
  BUILD_LIST 0                   # 11
  STORE_FAST threads             # 12
  LOAD_GLOBAL range              # 13
  LOAD_FAST n_threads            # 14
  CALL 1                         # 15
  GET_ITER                       # 16
L17:
  FOR_ITER L26                   # 17
  STORE_FAST _                   # 18
  LOAD_FAST threads              # 19
  LOAD_GLOBAL threading.Thread   # 20
  LOAD_FAST work                 # 21
  CALL_KW target 1               # 22
  CALL_METHOD append 1           # 23
  POP_TOP                        # 24
  JUMP L17                       # 25
L26:
  LOAD_FAST threads              # 26
  GET_ITER                       # 27
L28:
  FOR_ITER L34                   # 28
  STORE_FAST t                   # 29
  LOAD_FAST t                    # 30
  CALL_METHOD start 0            # 31
  POP_TOP                        # 32
  JUMP L28                       # 33
L34:
  LOAD_FAST threads              # 34
  GET_ITER                       # 35
L36:
  FOR_ITER L42                   # 36
  STORE_FAST t                   # 37
  LOAD_FAST t                    # 38
  CALL_METHOD join 0             # 39
  POP_TOP                        # 40
  JUMP L36                       # 41
L42:
  LOAD_DEREF total               # 42
  RETURN_VALUE                   # 43
  LOAD_CONST None                # 44
  RETURN_VALUE                   # 45
.end

.func work
.locals _
  LOAD_GLOBAL range              # 0
  LOAD_DEREF per_thread          # 1
  CALL 1                         # 2
  GET_ITER                       # 3
L4:
  FOR_ITER L15                   # 4
  STORE_FAST _                   # 5
  LOAD_DEREF lock                # 6
  WITH_ENTER                     # 7
  POP_TOP                        # 8
  LOAD_DEREF total               # 9
  LOAD_CONST 1                   # 10
  INPLACE_ADD                    # 11
  STORE_DEREF total              # 12
  WITH_EXIT                      # 13
  JUMP L4                        # 14
L15:
  LOAD_CONST None                # 15
  RETURN_VALUE                   # 16
.end

.func make_job results k
.locals job
  LOAD_CLOSURE k                 # 0
  LOAD_CLOSURE results           # 1
  BUILD_TUPLE 2                  # 2
  MAKE_FUNCTION make_job.<locals>.job (closure) # 3
  STORE_FAST job                 # 4
  LOAD_FAST job                  # 5
  RETURN_VALUE                   # 6
  LOAD_CONST None                # 7
  RETURN_VALUE                   # 8
.end

.func job
  LOAD_DEREF results             # 0
  LOAD_DEREF k                   # 1
  LOAD_DEREF k                   # 2
  BINARY_MULTIPLY                # 3
  CALL_METHOD append 1           # 4
  POP_TOP                        # 5
  LOAD_CONST None                # 6
  RETURN_VALUE                   # 7
.end
