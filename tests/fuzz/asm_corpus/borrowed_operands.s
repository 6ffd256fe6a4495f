.global range
.global print
.global subscripts
.global sorted
.global methods
.global branches
.global arithmetic
.global shadowing

.func <module>
  MAKE_FUNCTION subscripts       # 0
  STORE_GLOBAL subscripts        # 1
  MAKE_FUNCTION methods          # 2
  STORE_GLOBAL methods           # 3
  MAKE_FUNCTION branches         # 4
  STORE_GLOBAL branches          # 5
  MAKE_FUNCTION arithmetic       # 6
  STORE_GLOBAL arithmetic        # 7
  MAKE_FUNCTION shadowing        # 8
  STORE_GLOBAL shadowing         # 9
  LOAD_GLOBAL subscripts         # 10
  CALL 0                         # 11
  POP_TOP                        # 12
  LOAD_GLOBAL methods            # 13
  CALL 0                         # 14
  POP_TOP                        # 15
  LOAD_GLOBAL branches           # 16
  CALL 0                         # 17
  POP_TOP                        # 18
  LOAD_GLOBAL arithmetic         # 19
  CALL 0                         # 20
  POP_TOP                        # 21
  LOAD_GLOBAL shadowing          # 22
  CALL 0                         # 23
  POP_TOP                        # 24
  LOAD_CONST None                # 25
  RETURN_VALUE                   # 26
.end

.func subscripts
.locals xs d t s total i k rows row
  LOAD_CONST 10                  # 0
  LOAD_CONST 20                  # 1
  LOAD_CONST 30                  # 2
  BUILD_LIST 3                   # 3
  STORE_FAST xs                  # 4
  LOAD_CONST "a"                 # 5
  LOAD_CONST 1                   # 6
  LOAD_CONST "b"                 # 7
  LOAD_CONST 2                   # 8
  BUILD_MAP 2                    # 9
  STORE_FAST d                   # 10
  LOAD_CONST 7                   # 11
  LOAD_CONST 8                   # 12
  LOAD_CONST 9                   # 13
  BUILD_TUPLE 3                  # 14
  STORE_FAST t                   # 15
  LOAD_CONST "hello"             # 16
  STORE_FAST s                   # 17
  LOAD_CONST 0                   # 18
  STORE_FAST total               # 19
  LOAD_GLOBAL range              # 20
  LOAD_CONST 3                   # 21
  CALL 1                         # 22
  GET_ITER                       # 23
L24:
  FOR_ITER L43                   # 24
  STORE_FAST i                   # 25
  LOAD_FAST total                # 26
  LOAD_FAST xs                   # 27
  LOAD_FAST i                    # 28
  BINARY_SUBSCR                  # 29
  LOAD_FAST t                    # 30
  LOAD_FAST i                    # 31
  BINARY_SUBSCR                  # 32
  BINARY_ADD                     # 33
  INPLACE_ADD                    # 34
  STORE_FAST total               # 35
  LOAD_FAST total                # 36
  LOAD_FAST xs                   # 37
  LOAD_CONST -1                  # 38
  BINARY_SUBSCR                  # 39
  INPLACE_ADD                    # 40
  STORE_FAST total               # 41
  JUMP L24                       # 42
L43:
  LOAD_CONST "a"                 # 43
  LOAD_CONST "b"                 # 44
  BUILD_LIST 2                   # 45
  GET_ITER                       # 46
L47:
  FOR_ITER L56                   # 47
  STORE_FAST k                   # 48
  LOAD_FAST total                # 49
  LOAD_FAST d                    # 50
  LOAD_FAST k                    # 51
  BINARY_SUBSCR                  # 52
  INPLACE_ADD                    # 53
  STORE_FAST total               # 54
  JUMP L47                       # 55
L56:
  LOAD_GLOBAL print              # 56
  LOAD_FAST total                # 57
  LOAD_FAST s                    # 58
  LOAD_CONST 1                   # 59
  BINARY_SUBSCR                  # 60
  LOAD_FAST s                    # 61
  LOAD_CONST -1                  # 62
  BINARY_SUBSCR                  # 63
  LOAD_FAST d                    # 64
  LOAD_CONST "b"                 # 65
  BINARY_SUBSCR                  # 66
  LOAD_FAST t                    # 67
  LOAD_CONST 0                   # 68
  BINARY_SUBSCR                  # 69
  CALL 5                         # 70
  POP_TOP                        # 71
  LOAD_CONST 1                   # 72
  LOAD_CONST 2                   # 73
  BUILD_LIST 2                   # 74
  LOAD_CONST 3                   # 75
  LOAD_CONST 4                   # 76
  BUILD_LIST 2                   # 77
  BUILD_LIST 2                   # 78
  STORE_FAST rows                # 79
  LOAD_GLOBAL range              # 80
  LOAD_CONST 2                   # 81
  CALL 1                         # 82
  GET_ITER                       # 83
L84:
  FOR_ITER L101                  # 84
  STORE_FAST i                   # 85
  LOAD_FAST rows                 # 86
  LOAD_FAST i                    # 87
  BINARY_SUBSCR                  # 88
  STORE_FAST row                 # 89
  LOAD_GLOBAL print              # 90
  LOAD_FAST row                  # 91
  LOAD_CONST 0                   # 92
  BINARY_SUBSCR                  # 93
  LOAD_FAST row                  # 94
  LOAD_CONST 1                   # 95
  BINARY_SUBSCR                  # 96
  BINARY_ADD                     # 97
  CALL 1                         # 98
  POP_TOP                        # 99
  JUMP L84                       # 100
L101:
  LOAD_CONST None                # 101
  RETURN_VALUE                   # 102
.end

.func methods
.locals xs i v d w keys key vals
  BUILD_LIST 0                   # 0
  STORE_FAST xs                  # 1
  LOAD_GLOBAL range              # 2
  LOAD_CONST 5                   # 3
  CALL 1                         # 4
  GET_ITER                       # 5
L6:
  FOR_ITER L17                   # 6
  STORE_FAST i                   # 7
  LOAD_FAST xs                   # 8
  LOAD_FAST i                    # 9
  CALL_METHOD append 1           # 10
  POP_TOP                        # 11
  LOAD_FAST xs                   # 12
  LOAD_CONST "x"                 # 13
  CALL_METHOD append 1           # 14
  POP_TOP                        # 15
  JUMP L6                        # 16
L17:
  LOAD_GLOBAL print              # 17
  LOAD_FAST xs                   # 18
  CALL 1                         # 19
  POP_TOP                        # 20
L21:
  LOAD_FAST xs                   # 21
  POP_JUMP_IF_FALSE L36          # 22
  LOAD_FAST xs                   # 23
  CALL_METHOD pop 0              # 24
  STORE_FAST v                   # 25
  LOAD_FAST v                    # 26
  LOAD_CONST "x"                 # 27
  COMPARE_OP ==                  # 28
  POP_JUMP_IF_FALSE L31          # 29
  JUMP L21                       # 30
L31:
  LOAD_GLOBAL print              # 31
  LOAD_FAST v                    # 32
  CALL 1                         # 33
  POP_TOP                        # 34
  JUMP L21                       # 35
L36:
  BUILD_MAP 0                    # 36
  STORE_FAST d                   # 37
  LOAD_CONST "a"                 # 38
  LOAD_CONST "b"                 # 39
  LOAD_CONST "a"                 # 40
  BUILD_LIST 3                   # 41
  GET_ITER                       # 42
L43:
  FOR_ITER L55                   # 43
  STORE_FAST w                   # 44
  LOAD_FAST d                    # 45
  LOAD_FAST w                    # 46
  LOAD_CONST 0                   # 47
  CALL_METHOD get 2              # 48
  LOAD_CONST 1                   # 49
  BINARY_ADD                     # 50
  LOAD_FAST d                    # 51
  LOAD_FAST w                    # 52
  STORE_SUBSCR                   # 53
  JUMP L43                       # 54
L55:
  LOAD_FAST d                    # 55
  CALL_METHOD keys 0             # 56
  STORE_FAST keys                # 57
  LOAD_GLOBAL print              # 58
  LOAD_FAST d                    # 59
  LOAD_GLOBAL sorted             # 60
  LOAD_FAST keys                 # 61
  CALL 1                         # 62
  CALL 2                         # 63
  POP_TOP                        # 64
  LOAD_CONST "a"                 # 65
  STORE_FAST key                 # 66
  LOAD_GLOBAL print              # 67
  LOAD_FAST d                    # 68
  LOAD_FAST key                  # 69
  CALL_METHOD pop 1              # 70
  LOAD_FAST d                    # 71
  LOAD_FAST d                    # 72
  LOAD_CONST "b"                 # 73
  CALL_METHOD pop 1              # 74
  LOAD_FAST d                    # 75
  CALL 4                         # 76
  POP_TOP                        # 77
  LOAD_FAST d                    # 78
  CALL_METHOD values 0           # 79
  STORE_FAST vals                # 80
  LOAD_GLOBAL print              # 81
  LOAD_GLOBAL sorted             # 82
  LOAD_FAST vals                 # 83
  CALL 1                         # 84
  CALL 1                         # 85
  POP_TOP                        # 86
  LOAD_CONST None                # 87
  RETURN_VALUE                   # 88
.end

.func branches
.locals n empty full zero text flag
  LOAD_CONST 0                   # 0
  STORE_FAST n                   # 1
  BUILD_LIST 0                   # 2
  STORE_FAST empty               # 3
  LOAD_CONST 0                   # 4
  BUILD_LIST 1                   # 5
  STORE_FAST full                # 6
  LOAD_CONST 0                   # 7
  STORE_FAST zero                # 8
  LOAD_CONST ""                  # 9
  STORE_FAST text                # 10
  LOAD_FAST empty                # 11
  POP_JUMP_IF_FALSE L17          # 12
  LOAD_FAST n                    # 13
  LOAD_CONST 1                   # 14
  INPLACE_ADD                    # 15
  STORE_FAST n                   # 16
L17:
  LOAD_FAST full                 # 17
  POP_JUMP_IF_FALSE L23          # 18
  LOAD_FAST n                    # 19
  LOAD_CONST 10                  # 20
  INPLACE_ADD                    # 21
  STORE_FAST n                   # 22
L23:
  LOAD_FAST zero                 # 23
  UNARY_NOT                      # 24
  POP_JUMP_IF_FALSE L30          # 25
  LOAD_FAST n                    # 26
  LOAD_CONST 100                 # 27
  INPLACE_ADD                    # 28
  STORE_FAST n                   # 29
L30:
  LOAD_FAST text                 # 30
  POP_JUMP_IF_FALSE L36          # 31
  LOAD_FAST n                    # 32
  LOAD_CONST 1000                # 33
  INPLACE_ADD                    # 34
  STORE_FAST n                   # 35
L36:
  LOAD_CONST True                # 36
  STORE_FAST flag                # 37
L38:
  LOAD_FAST flag                 # 38
  POP_JUMP_IF_FALSE L49          # 39
  LOAD_FAST n                    # 40
  LOAD_CONST 1                   # 41
  INPLACE_ADD                    # 42
  STORE_FAST n                   # 43
  LOAD_FAST n                    # 44
  LOAD_CONST 115                 # 45
  COMPARE_OP <                   # 46
  STORE_FAST flag                # 47
  JUMP L38                       # 48
L49:
  LOAD_GLOBAL print              # 49
  LOAD_FAST n                    # 50
  CALL 1                         # 51
  POP_TOP                        # 52
  LOAD_CONST None                # 53
  RETURN_VALUE                   # 54
.end

.func arithmetic
.locals total i a b c d e f big neg s n
  LOAD_CONST 0                   # 0
  STORE_FAST total               # 1
  LOAD_GLOBAL range              # 2
  LOAD_CONST 1                   # 3
  LOAD_CONST 30                  # 4
  CALL 2                         # 5
  GET_ITER                       # 6
L7:
  FOR_ITER L63                   # 7
  STORE_FAST i                   # 8
  LOAD_FAST i                    # 9
  LOAD_CONST 7                   # 10
  BINARY_MODULO                  # 11
  STORE_FAST a                   # 12
  LOAD_FAST i                    # 13
  LOAD_CONST 3                   # 14
  BINARY_FLOOR_DIVIDE            # 15
  STORE_FAST b                   # 16
  LOAD_FAST i                    # 17
  LOAD_FAST i                    # 18
  BINARY_MULTIPLY                # 19
  LOAD_FAST a                    # 20
  BINARY_SUBTRACT                # 21
  STORE_FAST c                   # 22
  LOAD_FAST b                    # 23
  LOAD_CONST 2                   # 24
  BINARY_POWER                   # 25
  STORE_FAST d                   # 26
  LOAD_FAST i                    # 27
  LOAD_CONST 4                   # 28
  BINARY_TRUE_DIVIDE             # 29
  STORE_FAST e                   # 30
  LOAD_CONST 2                   # 31
  LOAD_FAST i                    # 32
  BINARY_POWER                   # 33
  STORE_FAST f                   # 34
  LOAD_FAST total                # 35
  LOAD_FAST a                    # 36
  LOAD_FAST b                    # 37
  BINARY_ADD                     # 38
  LOAD_FAST c                    # 39
  BINARY_ADD                     # 40
  LOAD_FAST d                    # 41
  BINARY_ADD                     # 42
  LOAD_FAST f                    # 43
  BINARY_ADD                     # 44
  INPLACE_ADD                    # 45
  STORE_FAST total               # 46
  LOAD_FAST i                    # 47
  LOAD_CONST 10                  # 48
  BINARY_MODULO                  # 49
  LOAD_CONST 0                   # 50
  COMPARE_OP ==                  # 51
  POP_JUMP_IF_FALSE L62          # 52
  LOAD_GLOBAL print              # 53
  LOAD_FAST a                    # 54
  LOAD_FAST b                    # 55
  LOAD_FAST c                    # 56
  LOAD_FAST d                    # 57
  LOAD_FAST e                    # 58
  LOAD_FAST f                    # 59
  CALL 6                         # 60
  POP_TOP                        # 61
L62:
  JUMP L7                        # 62
L63:
  LOAD_CONST 2                   # 63
  LOAD_CONST 62                  # 64
  BINARY_POWER                   # 65
  STORE_FAST big                 # 66
  LOAD_CONST -7                  # 67
  STORE_FAST neg                 # 68
  LOAD_GLOBAL print              # 69
  LOAD_FAST total                # 70
  LOAD_FAST big                  # 71
  LOAD_CONST 3                   # 72
  BINARY_FLOOR_DIVIDE            # 73
  LOAD_FAST neg                  # 74
  LOAD_CONST 3                   # 75
  BINARY_MODULO                  # 76
  LOAD_FAST neg                  # 77
  LOAD_CONST 2                   # 78
  BINARY_FLOOR_DIVIDE            # 79
  LOAD_CONST 7                   # 80
  LOAD_CONST 2                   # 81
  BINARY_TRUE_DIVIDE             # 82
  LOAD_CONST 2.5                 # 83
  LOAD_CONST 2                   # 84
  BINARY_MULTIPLY                # 85
  CALL 6                         # 86
  POP_TOP                        # 87
  LOAD_CONST "ab"                # 88
  STORE_FAST s                   # 89
  LOAD_CONST 3                   # 90
  STORE_FAST n                   # 91
  LOAD_GLOBAL print              # 92
  LOAD_FAST s                    # 93
  LOAD_FAST n                    # 94
  BINARY_MULTIPLY                # 95
  LOAD_FAST s                    # 96
  LOAD_FAST s                    # 97
  BINARY_ADD                     # 98
  CALL 2                         # 99
  POP_TOP                        # 100
  LOAD_CONST None                # 101
  RETURN_VALUE                   # 102
.end

.func shadowing
.locals xs ys
  LOAD_CONST 1                   # 0
  LOAD_CONST 2                   # 1
  LOAD_CONST 3                   # 2
  BUILD_LIST 3                   # 3
  STORE_FAST xs                  # 4
  LOAD_FAST xs                   # 5
  STORE_FAST ys                  # 6
  LOAD_CONST 4                   # 7
  LOAD_CONST 5                   # 8
  LOAD_CONST 6                   # 9
  BUILD_LIST 3                   # 10
  STORE_FAST xs                  # 11
  LOAD_GLOBAL print              # 12
  LOAD_FAST ys                   # 13
  LOAD_CONST 0                   # 14
  BINARY_SUBSCR                  # 15
  LOAD_FAST xs                   # 16
  LOAD_CONST 0                   # 17
  BINARY_SUBSCR                  # 18
  CALL 2                         # 19
  POP_TOP                        # 20
  LOAD_FAST ys                   # 21
  LOAD_FAST xs                   # 22
  CALL_METHOD pop 0              # 23
  CALL_METHOD append 1           # 24
  POP_TOP                        # 25
  LOAD_GLOBAL print              # 26
  LOAD_FAST ys                   # 27
  LOAD_FAST xs                   # 28
  CALL 2                         # 29
  POP_TOP                        # 30
  LOAD_CONST None                # 31
  RETURN_VALUE                   # 32
.end
