.global stack
.global range
.global i
.global print
.global queue
.global head
.global len
.global item

.func <module>
  BUILD_LIST 0                   # 0
  STORE_GLOBAL stack             # 1
  LOAD_GLOBAL range              # 2
  LOAD_CONST 5                   # 3
  CALL 1                         # 4
  GET_ITER                       # 5
L6:
  FOR_ITER L13                   # 6
  STORE_GLOBAL i                 # 7
  LOAD_GLOBAL stack              # 8
  LOAD_GLOBAL i                  # 9
  CALL_METHOD append 1           # 10
  POP_TOP                        # 11
  JUMP L6                        # 12
L13:
  LOAD_GLOBAL stack              # 13
  POP_JUMP_IF_FALSE L22          # 14
  LOAD_GLOBAL print              # 15
  LOAD_CONST "pop"               # 16
  LOAD_GLOBAL stack              # 17
  CALL_METHOD pop 0              # 18
  CALL 2                         # 19
  POP_TOP                        # 20
  JUMP L13                       # 21
L22:
  LOAD_CONST 1                   # 22
  LOAD_CONST 2                   # 23
  LOAD_CONST 3                   # 24
  BUILD_LIST 3                   # 25
  STORE_GLOBAL queue             # 26
  LOAD_CONST 0                   # 27
  STORE_GLOBAL head              # 28
L29:
  LOAD_GLOBAL head               # 29
  LOAD_GLOBAL len                # 30
  LOAD_GLOBAL queue              # 31
  CALL 1                         # 32
  COMPARE_OP <                   # 33
  POP_JUMP_IF_FALSE L54          # 34
  LOAD_GLOBAL queue              # 35
  LOAD_GLOBAL head               # 36
  BINARY_SUBSCR                  # 37
  STORE_GLOBAL item              # 38
  LOAD_GLOBAL head               # 39
  LOAD_CONST 1                   # 40
  INPLACE_ADD                    # 41
  STORE_GLOBAL head              # 42
  LOAD_GLOBAL item               # 43
  LOAD_CONST 3                   # 44
  COMPARE_OP <                   # 45
  POP_JUMP_IF_FALSE L53          # 46
  LOAD_GLOBAL queue              # 47
  LOAD_GLOBAL item               # 48
  LOAD_CONST 10                  # 49
  BINARY_ADD                     # 50
  CALL_METHOD append 1           # 51
  POP_TOP                        # 52
L53:
  JUMP L29                       # 53
L54:
  LOAD_GLOBAL print              # 54
  LOAD_GLOBAL queue              # 55
  CALL 1                         # 56
  POP_TOP                        # 57
  LOAD_CONST None                # 58
  RETURN_VALUE                   # 59
.end
