.global len
.global range
.global bubble
.global print

.func <module>
  MAKE_FUNCTION bubble           # 0
  STORE_GLOBAL bubble            # 1
  LOAD_GLOBAL print              # 2
  LOAD_GLOBAL bubble             # 3
  LOAD_CONST 5                   # 4
  LOAD_CONST 2                   # 5
  LOAD_CONST 9                   # 6
  LOAD_CONST 1                   # 7
  LOAD_CONST 5                   # 8
  LOAD_CONST 6                   # 9
  LOAD_CONST -3                  # 10
  LOAD_CONST 0                   # 11
  BUILD_LIST 8                   # 12
  CALL 1                         # 13
  CALL 1                         # 14
  POP_TOP                        # 15
  LOAD_GLOBAL print              # 16
  LOAD_GLOBAL bubble             # 17
  LOAD_CONST "pear"              # 18
  LOAD_CONST "apple"             # 19
  LOAD_CONST "fig"               # 20
  BUILD_LIST 3                   # 21
  CALL 1                         # 22
  CALL 1                         # 23
  POP_TOP                        # 24
  LOAD_GLOBAL print              # 25
  LOAD_GLOBAL bubble             # 26
  BUILD_LIST 0                   # 27
  CALL 1                         # 28
  CALL 1                         # 29
  POP_TOP                        # 30
  LOAD_CONST None                # 31
  RETURN_VALUE                   # 32
.end

.func bubble xs
.locals n i swapped j
  LOAD_GLOBAL len                # 0
  LOAD_FAST xs                   # 1
  CALL 1                         # 2
  STORE_FAST n                   # 3
  LOAD_GLOBAL range              # 4
  LOAD_FAST n                    # 5
  CALL 1                         # 6
  GET_ITER                       # 7
L8:
  FOR_ITER L59                   # 8
  STORE_FAST i                   # 9
  LOAD_CONST False               # 10
  STORE_FAST swapped             # 11
  LOAD_GLOBAL range              # 12
  LOAD_FAST n                    # 13
  LOAD_CONST 1                   # 14
  BINARY_SUBTRACT                # 15
  LOAD_FAST i                    # 16
  BINARY_SUBTRACT                # 17
  CALL 1                         # 18
  GET_ITER                       # 19
L20:
  FOR_ITER L53                   # 20
  STORE_FAST j                   # 21
  LOAD_FAST xs                   # 22
  LOAD_FAST j                    # 23
  BINARY_SUBSCR                  # 24
  LOAD_FAST xs                   # 25
  LOAD_FAST j                    # 26
  LOAD_CONST 1                   # 27
  BINARY_ADD                     # 28
  BINARY_SUBSCR                  # 29
  COMPARE_OP >                   # 30
  POP_JUMP_IF_FALSE L52          # 31
  LOAD_FAST xs                   # 32
  LOAD_FAST j                    # 33
  LOAD_CONST 1                   # 34
  BINARY_ADD                     # 35
  BINARY_SUBSCR                  # 36
  LOAD_FAST xs                   # 37
  LOAD_FAST j                    # 38
  BINARY_SUBSCR                  # 39
  BUILD_TUPLE 2                  # 40
  UNPACK_SEQUENCE 2              # 41
  LOAD_FAST xs                   # 42
  LOAD_FAST j                    # 43
  STORE_SUBSCR                   # 44
  LOAD_FAST xs                   # 45
  LOAD_FAST j                    # 46
  LOAD_CONST 1                   # 47
  BINARY_ADD                     # 48
  STORE_SUBSCR                   # 49
  LOAD_CONST True                # 50
  STORE_FAST swapped             # 51
L52:
  JUMP L20                       # 52
L53:
  LOAD_FAST swapped              # 53
  UNARY_NOT                      # 54
  POP_JUMP_IF_FALSE L58          # 55
  POP_TOP                        # 56
  JUMP L59                       # 57
L58:
  JUMP L8                        # 58
L59:
  LOAD_FAST xs                   # 59
  RETURN_VALUE                   # 60
  LOAD_CONST None                # 61
  RETURN_VALUE                   # 62
.end
