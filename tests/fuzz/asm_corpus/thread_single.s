.global results
.global range
.global work
.global threading.Thread
.global t
.global u
.global print

.func <module>
  BUILD_LIST 0                   # 0
  STORE_GLOBAL results           # 1
  MAKE_FUNCTION work             # 2
  STORE_GLOBAL work              # 3
  LOAD_GLOBAL threading.Thread   # 4
  LOAD_GLOBAL work               # 5
  LOAD_CONST 1000                # 6
  LOAD_CONST "a"                 # 7
  BUILD_TUPLE 2                  # 8
  CALL_KW target,args 2          # 9
  STORE_GLOBAL t                 # 10
  LOAD_GLOBAL t                  # 11
  CALL_METHOD start 0            # 12
  POP_TOP                        # 13
  LOAD_GLOBAL t                  # 14
  CALL_METHOD join 0             # 15
  POP_TOP                        # 16
  LOAD_GLOBAL threading.Thread   # 17
  LOAD_GLOBAL work               # 18
  LOAD_CONST 10                  # 19
  LOAD_CONST "b"                 # 20
  BUILD_LIST 2                   # 21
  CALL_KW target,args 2          # 22
  STORE_GLOBAL u                 # 23
  LOAD_GLOBAL u                  # 24
  CALL_METHOD start 0            # 25
  POP_TOP                        # 26
  LOAD_GLOBAL u                  # 27
  CALL_METHOD join 0             # 28
  POP_TOP                        # 29
  LOAD_GLOBAL print              # 30
  LOAD_GLOBAL results            # 31
  CALL 1                         # 32
  POP_TOP                        # 33
  LOAD_CONST None                # 34
  RETURN_VALUE                   # 35
.end

.func work n tag
.locals total i
  LOAD_CONST 0                   # 0
  STORE_FAST total               # 1
  LOAD_GLOBAL range              # 2
  LOAD_FAST n                    # 3
  CALL 1                         # 4
  GET_ITER                       # 5
L6:
  FOR_ITER L13                   # 6
  STORE_FAST i                   # 7
  LOAD_FAST total                # 8
  LOAD_FAST i                    # 9
  INPLACE_ADD                    # 10
  STORE_FAST total               # 11
  JUMP L6                        # 12
L13:
  LOAD_GLOBAL results            # 13
  LOAD_FAST tag                  # 14
  LOAD_FAST total                # 15
  BUILD_TUPLE 2                  # 16
  CALL_METHOD append 1           # 17
  POP_TOP                        # 18
  LOAD_CONST None                # 19
  RETURN_VALUE                   # 20
.end
