.global range
.global identity
.global len
.global mul
.global a
.global print

.func <module>
  MAKE_FUNCTION identity         # 0
  STORE_GLOBAL identity          # 1
  MAKE_FUNCTION mul              # 2
  STORE_GLOBAL mul               # 3
  LOAD_CONST 1                   # 4
  LOAD_CONST 2                   # 5
  BUILD_LIST 2                   # 6
  LOAD_CONST 3                   # 7
  LOAD_CONST 4                   # 8
  BUILD_LIST 2                   # 9
  BUILD_LIST 2                   # 10
  STORE_GLOBAL a                 # 11
  LOAD_GLOBAL print              # 12
  LOAD_GLOBAL mul                # 13
  LOAD_GLOBAL a                  # 14
  LOAD_GLOBAL identity           # 15
  LOAD_CONST 2                   # 16
  CALL 1                         # 17
  CALL 2                         # 18
  CALL 1                         # 19
  POP_TOP                        # 20
  LOAD_GLOBAL print              # 21
  LOAD_GLOBAL mul                # 22
  LOAD_GLOBAL a                  # 23
  LOAD_GLOBAL a                  # 24
  CALL 2                         # 25
  CALL 1                         # 26
  POP_TOP                        # 27
  LOAD_CONST None                # 28
  RETURN_VALUE                   # 29
.end

.func identity n
.locals m i row j
  BUILD_LIST 0                   # 0
  STORE_FAST m                   # 1
  LOAD_GLOBAL range              # 2
  LOAD_FAST n                    # 3
  CALL 1                         # 4
  GET_ITER                       # 5
L6:
  FOR_ITER L32                   # 6
  STORE_FAST i                   # 7
  BUILD_LIST 0                   # 8
  STORE_FAST row                 # 9
  LOAD_GLOBAL range              # 10
  LOAD_FAST n                    # 11
  CALL 1                         # 12
  GET_ITER                       # 13
L14:
  FOR_ITER L27                   # 14
  STORE_FAST j                   # 15
  LOAD_FAST row                  # 16
  LOAD_FAST i                    # 17
  LOAD_FAST j                    # 18
  COMPARE_OP ==                  # 19
  POP_JUMP_IF_FALSE L23          # 20
  LOAD_CONST 1                   # 21
  JUMP L24                       # 22
L23:
  LOAD_CONST 0                   # 23
L24:
  CALL_METHOD append 1           # 24
  POP_TOP                        # 25
  JUMP L14                       # 26
L27:
  LOAD_FAST m                    # 27
  LOAD_FAST row                  # 28
  CALL_METHOD append 1           # 29
  POP_TOP                        # 30
  JUMP L6                        # 31
L32:
  LOAD_FAST m                    # 32
  RETURN_VALUE                   # 33
  LOAD_CONST None                # 34
  RETURN_VALUE                   # 35
.end

.func mul a b
.locals n out i row j s k
  LOAD_GLOBAL len                # 0
  LOAD_FAST a                    # 1
  CALL 1                         # 2
  STORE_FAST n                   # 3
  BUILD_LIST 0                   # 4
  STORE_FAST out                 # 5
  LOAD_GLOBAL range              # 6
  LOAD_FAST n                    # 7
  CALL 1                         # 8
  GET_ITER                       # 9
L10:
  FOR_ITER L53                   # 10
  STORE_FAST i                   # 11
  BUILD_LIST 0                   # 12
  STORE_FAST row                 # 13
  LOAD_GLOBAL range              # 14
  LOAD_FAST n                    # 15
  CALL 1                         # 16
  GET_ITER                       # 17
L18:
  FOR_ITER L48                   # 18
  STORE_FAST j                   # 19
  LOAD_CONST 0                   # 20
  STORE_FAST s                   # 21
  LOAD_GLOBAL range              # 22
  LOAD_FAST n                    # 23
  CALL 1                         # 24
  GET_ITER                       # 25
L26:
  FOR_ITER L43                   # 26
  STORE_FAST k                   # 27
  LOAD_FAST s                    # 28
  LOAD_FAST a                    # 29
  LOAD_FAST i                    # 30
  BINARY_SUBSCR                  # 31
  LOAD_FAST k                    # 32
  BINARY_SUBSCR                  # 33
  LOAD_FAST b                    # 34
  LOAD_FAST k                    # 35
  BINARY_SUBSCR                  # 36
  LOAD_FAST j                    # 37
  BINARY_SUBSCR                  # 38
  BINARY_MULTIPLY                # 39
  INPLACE_ADD                    # 40
  STORE_FAST s                   # 41
  JUMP L26                       # 42
L43:
  LOAD_FAST row                  # 43
  LOAD_FAST s                    # 44
  CALL_METHOD append 1           # 45
  POP_TOP                        # 46
  JUMP L18                       # 47
L48:
  LOAD_FAST out                  # 48
  LOAD_FAST row                  # 49
  CALL_METHOD append 1           # 50
  POP_TOP                        # 51
  JUMP L10                       # 52
L53:
  LOAD_FAST out                  # 53
  RETURN_VALUE                   # 54
  LOAD_CONST None                # 55
  RETURN_VALUE                   # 56
.end
