.global str
.global join
.global print
.global len
.global reverse

.func <module>
  MAKE_FUNCTION join             # 0
  STORE_GLOBAL join              # 1
  LOAD_GLOBAL print              # 2
  LOAD_GLOBAL join               # 3
  LOAD_CONST 1                   # 4
  LOAD_CONST 2                   # 5
  LOAD_CONST 3                   # 6
  BUILD_LIST 3                   # 7
  LOAD_CONST "-"                 # 8
  CALL 2                         # 9
  CALL 1                         # 10
  POP_TOP                        # 11
  LOAD_GLOBAL print              # 12
  LOAD_GLOBAL join               # 13
  LOAD_CONST "a"                 # 14
  BUILD_LIST 1                   # 15
  LOAD_CONST ", "                # 16
  CALL 2                         # 17
  CALL 1                         # 18
  POP_TOP                        # 19
  LOAD_GLOBAL print              # 20
  LOAD_GLOBAL join               # 21
  BUILD_LIST 0                   # 22
  LOAD_CONST ","                 # 23
  CALL 2                         # 24
  CALL 1                         # 25
  POP_TOP                        # 26
  MAKE_FUNCTION reverse          # 27
  STORE_GLOBAL reverse           # 28
  LOAD_GLOBAL print              # 29
  LOAD_GLOBAL reverse            # 30
  LOAD_CONST "gillab"            # 31
  CALL 1                         # 32
  CALL 1                         # 33
  POP_TOP                        # 34
  LOAD_CONST None                # 35
  RETURN_VALUE                   # 36
.end

.func join xs sep
.locals out first x
  LOAD_CONST ""                  # 0
  STORE_FAST out                 # 1
  LOAD_CONST True                # 2
  STORE_FAST first               # 3
  LOAD_FAST xs                   # 4
  GET_ITER                       # 5
L6:
  FOR_ITER L24                   # 6
  STORE_FAST x                   # 7
  LOAD_FAST first                # 8
  UNARY_NOT                      # 9
  POP_JUMP_IF_FALSE L15          # 10
  LOAD_FAST out                  # 11
  LOAD_FAST sep                  # 12
  INPLACE_ADD                    # 13
  STORE_FAST out                 # 14
L15:
  LOAD_FAST out                  # 15
  LOAD_GLOBAL str                # 16
  LOAD_FAST x                    # 17
  CALL 1                         # 18
  INPLACE_ADD                    # 19
  STORE_FAST out                 # 20
  LOAD_CONST False               # 21
  STORE_FAST first               # 22
  JUMP L6                        # 23
L24:
  LOAD_FAST out                  # 24
  RETURN_VALUE                   # 25
  LOAD_CONST None                # 26
  RETURN_VALUE                   # 27
.end

.func reverse s
.locals out i
  LOAD_CONST ""                  # 0
  STORE_FAST out                 # 1
  LOAD_GLOBAL len                # 2
  LOAD_FAST s                    # 3
  CALL 1                         # 4
  LOAD_CONST 1                   # 5
  BINARY_SUBTRACT                # 6
  STORE_FAST i                   # 7
L8:
  LOAD_FAST i                    # 8
  LOAD_CONST 0                   # 9
  COMPARE_OP >=                  # 10
  POP_JUMP_IF_FALSE L23          # 11
  LOAD_FAST out                  # 12
  LOAD_FAST s                    # 13
  LOAD_FAST i                    # 14
  BINARY_SUBSCR                  # 15
  INPLACE_ADD                    # 16
  STORE_FAST out                 # 17
  LOAD_FAST i                    # 18
  LOAD_CONST 1                   # 19
  BINARY_SUBTRACT                # 20
  STORE_FAST i                   # 21
  JUMP L8                        # 22
L23:
  LOAD_FAST out                  # 23
  RETURN_VALUE                   # 24
  LOAD_CONST None                # 25
  RETURN_VALUE                   # 26
.end
