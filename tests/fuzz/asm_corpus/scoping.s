.global x
.global reads
.global writes
.global param
.global print
.global range
.global counter_loop

.func <module>
  LOAD_CONST "global"            # 0
  STORE_GLOBAL x                 # 1
  MAKE_FUNCTION reads            # 2
  STORE_GLOBAL reads             # 3
  MAKE_FUNCTION writes           # 4
  STORE_GLOBAL writes            # 5
  MAKE_FUNCTION param            # 6
  STORE_GLOBAL param             # 7
  LOAD_GLOBAL print              # 8
  LOAD_GLOBAL reads              # 9
  CALL 0                         # 10
  LOAD_GLOBAL writes             # 11
  CALL 0                         # 12
  LOAD_GLOBAL param              # 13
  LOAD_CONST "arg"               # 14
  CALL 1                         # 15
  LOAD_GLOBAL x                  # 16
  CALL 4                         # 17
  POP_TOP                        # 18
  MAKE_FUNCTION counter_loop     # 19
  STORE_GLOBAL counter_loop      # 20
  LOAD_GLOBAL print              # 21
  LOAD_GLOBAL counter_loop       # 22
  CALL 0                         # 23
  CALL 1                         # 24
  POP_TOP                        # 25
  LOAD_CONST None                # 26
  RETURN_VALUE                   # 27
.end

.func reads
  LOAD_GLOBAL x                  # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
.end

.func writes
.locals x
  LOAD_CONST "local"             # 0
  STORE_FAST x                   # 1
  LOAD_FAST x                    # 2
  RETURN_VALUE                   # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end

.func param x
  LOAD_FAST x                    # 0
  LOAD_CONST "!"                 # 1
  BINARY_ADD                     # 2
  STORE_FAST x                   # 3
  LOAD_FAST x                    # 4
  RETURN_VALUE                   # 5
  LOAD_CONST None                # 6
  RETURN_VALUE                   # 7
.end

.func counter_loop
.locals n i
  LOAD_CONST 0                   # 0
  STORE_FAST n                   # 1
  LOAD_GLOBAL range              # 2
  LOAD_CONST 5                   # 3
  CALL 1                         # 4
  GET_ITER                       # 5
L6:
  FOR_ITER L13                   # 6
  STORE_FAST i                   # 7
  LOAD_FAST n                    # 8
  LOAD_FAST i                    # 9
  BINARY_ADD                     # 10
  STORE_FAST n                   # 11
  JUMP L6                        # 12
L13:
  LOAD_FAST n                    # 13
  RETURN_VALUE                   # 14
  LOAD_CONST None                # 15
  RETURN_VALUE                   # 16
.end
