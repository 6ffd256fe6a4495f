.global log
.global step
.global range
.global i
.global threading.Thread
.global t
.global print

.func <module>
  BUILD_LIST 0                   # 0
  STORE_GLOBAL log               # 1
  MAKE_FUNCTION step             # 2
  STORE_GLOBAL step              # 3
  LOAD_GLOBAL range              # 4
  LOAD_CONST 5                   # 5
  CALL 1                         # 6
  GET_ITER                       # 7
L8:
  FOR_ITER L23                   # 8
  STORE_GLOBAL i                 # 9
  LOAD_GLOBAL threading.Thread   # 10
  LOAD_GLOBAL step               # 11
  LOAD_GLOBAL i                  # 12
  BUILD_TUPLE 1                  # 13
  CALL_KW target,args 2          # 14
  STORE_GLOBAL t                 # 15
  LOAD_GLOBAL t                  # 16
  CALL_METHOD start 0            # 17
  POP_TOP                        # 18
  LOAD_GLOBAL t                  # 19
  CALL_METHOD join 0             # 20
  POP_TOP                        # 21
  JUMP L8                        # 22
L23:
  LOAD_GLOBAL print              # 23
  LOAD_GLOBAL log                # 24
  CALL 1                         # 25
  POP_TOP                        # 26
  LOAD_CONST None                # 27
  RETURN_VALUE                   # 28
.end

.func step i
  LOAD_GLOBAL log                # 0
  LOAD_FAST i                    # 1
  LOAD_FAST i                    # 2
  BINARY_MULTIPLY                # 3
  CALL_METHOD append 1           # 4
  POP_TOP                        # 5
  LOAD_CONST None                # 6
  RETURN_VALUE                   # 7
.end
