.global range
.global len
.global find
.global first_even
.global print
.global i

.func <module>
  MAKE_FUNCTION find             # 0
  STORE_GLOBAL find              # 1
  MAKE_FUNCTION first_even       # 2
  STORE_GLOBAL first_even        # 3
  LOAD_GLOBAL print              # 4
  LOAD_GLOBAL find               # 5
  LOAD_CONST 5                   # 6
  LOAD_CONST 6                   # 7
  LOAD_CONST 7                   # 8
  BUILD_LIST 3                   # 9
  LOAD_CONST 7                   # 10
  CALL 2                         # 11
  LOAD_GLOBAL find               # 12
  LOAD_CONST 5                   # 13
  LOAD_CONST 6                   # 14
  LOAD_CONST 7                   # 15
  BUILD_LIST 3                   # 16
  LOAD_CONST 9                   # 17
  CALL 2                         # 18
  CALL 2                         # 19
  POP_TOP                        # 20
  LOAD_GLOBAL print              # 21
  LOAD_GLOBAL first_even         # 22
  LOAD_CONST 1                   # 23
  LOAD_CONST 3                   # 24
  LOAD_CONST 8                   # 25
  LOAD_CONST 9                   # 26
  BUILD_LIST 4                   # 27
  CALL 1                         # 28
  LOAD_GLOBAL first_even         # 29
  LOAD_CONST 1                   # 30
  LOAD_CONST 3                   # 31
  BUILD_LIST 2                   # 32
  CALL 1                         # 33
  CALL 2                         # 34
  POP_TOP                        # 35
  LOAD_CONST 0                   # 36
  STORE_GLOBAL i                 # 37
L38:
  LOAD_GLOBAL i                  # 38
  LOAD_CONST 100                 # 39
  COMPARE_OP <                   # 40
  POP_JUMP_IF_FALSE L54          # 41
  LOAD_GLOBAL i                  # 42
  LOAD_GLOBAL i                  # 43
  BINARY_MULTIPLY                # 44
  LOAD_CONST 50                  # 45
  COMPARE_OP >                   # 46
  POP_JUMP_IF_FALSE L49          # 47
  JUMP L54                       # 48
L49:
  LOAD_GLOBAL i                  # 49
  LOAD_CONST 1                   # 50
  INPLACE_ADD                    # 51
  STORE_GLOBAL i                 # 52
  JUMP L38                       # 53
L54:
  LOAD_GLOBAL print              # 54
  LOAD_GLOBAL i                  # 55
  CALL 1                         # 56
  POP_TOP                        # 57
  LOAD_CONST None                # 58
  RETURN_VALUE                   # 59
.end

.func find xs target
.locals i
  LOAD_GLOBAL range              # 0
  LOAD_GLOBAL len                # 1
  LOAD_FAST xs                   # 2
  CALL 1                         # 3
  CALL 1                         # 4
  GET_ITER                       # 5
L6:
  FOR_ITER L19                   # 6
  STORE_FAST i                   # 7
  LOAD_FAST xs                   # 8
  LOAD_FAST i                    # 9
  BINARY_SUBSCR                  # 10
  LOAD_FAST target               # 11
  COMPARE_OP ==                  # 12
  POP_JUMP_IF_FALSE L18          # 13
  LOAD_FAST i                    # 14
  ROT_TWO                        # 15
  POP_TOP                        # 16
  RETURN_VALUE                   # 17
L18:
  JUMP L6                        # 18
L19:
  LOAD_CONST -1                  # 19
  RETURN_VALUE                   # 20
  LOAD_CONST None                # 21
  RETURN_VALUE                   # 22
.end

.func first_even xs
.locals x
  LOAD_FAST xs                   # 0
  GET_ITER                       # 1
L2:
  FOR_ITER L15                   # 2
  STORE_FAST x                   # 3
  LOAD_FAST x                    # 4
  LOAD_CONST 2                   # 5
  BINARY_MODULO                  # 6
  LOAD_CONST 0                   # 7
  COMPARE_OP ==                  # 8
  POP_JUMP_IF_FALSE L14          # 9
  LOAD_FAST x                    # 10
  ROT_TWO                        # 11
  POP_TOP                        # 12
  RETURN_VALUE                   # 13
L14:
  JUMP L2                        # 14
L15:
  LOAD_CONST None                # 15
  RETURN_VALUE                   # 16
  LOAD_CONST None                # 17
  RETURN_VALUE                   # 18
.end
