.global text
.global counts
.global word
.global ch
.global w
.global c
.global print
.global len

.func <module>
  LOAD_CONST "the quick brown fox jumps over the lazy dog the end" # 0
  STORE_GLOBAL text              # 1
  BUILD_MAP 0                    # 2
  STORE_GLOBAL counts            # 3
  LOAD_CONST ""                  # 4
  STORE_GLOBAL word              # 5
  LOAD_GLOBAL text               # 6
  LOAD_CONST " "                 # 7
  BINARY_ADD                     # 8
  GET_ITER                       # 9
L10:
  FOR_ITER L37                   # 10
  STORE_GLOBAL ch                # 11
  LOAD_GLOBAL ch                 # 12
  LOAD_CONST " "                 # 13
  COMPARE_OP ==                  # 14
  POP_JUMP_IF_FALSE L32          # 15
  LOAD_GLOBAL word               # 16
  LOAD_CONST ""                  # 17
  COMPARE_OP !=                  # 18
  POP_JUMP_IF_FALSE L29          # 19
  LOAD_GLOBAL counts             # 20
  LOAD_GLOBAL word               # 21
  LOAD_CONST 0                   # 22
  CALL_METHOD get 2              # 23
  LOAD_CONST 1                   # 24
  BINARY_ADD                     # 25
  LOAD_GLOBAL counts             # 26
  LOAD_GLOBAL word               # 27
  STORE_SUBSCR                   # 28
L29:
  LOAD_CONST ""                  # 29
  STORE_GLOBAL word              # 30
  JUMP L36                       # 31
L32:
  LOAD_GLOBAL word               # 32
  LOAD_GLOBAL ch                 # 33
  INPLACE_ADD                    # 34
  STORE_GLOBAL word              # 35
L36:
  JUMP L10                       # 36
L37:
  LOAD_GLOBAL counts             # 37
  CALL_METHOD items 0            # 38
  GET_ITER                       # 39
L40:
  FOR_ITER L54                   # 40
  UNPACK_SEQUENCE 2              # 41
  STORE_GLOBAL w                 # 42
  STORE_GLOBAL c                 # 43
  LOAD_GLOBAL c                  # 44
  LOAD_CONST 1                   # 45
  COMPARE_OP >                   # 46
  POP_JUMP_IF_FALSE L53          # 47
  LOAD_GLOBAL print              # 48
  LOAD_GLOBAL w                  # 49
  LOAD_GLOBAL c                  # 50
  CALL 2                         # 51
  POP_TOP                        # 52
L53:
  JUMP L40                       # 53
L54:
  LOAD_GLOBAL print              # 54
  LOAD_GLOBAL len                # 55
  LOAD_GLOBAL counts             # 56
  CALL 1                         # 57
  CALL 1                         # 58
  POP_TOP                        # 59
  LOAD_CONST None                # 60
  RETURN_VALUE                   # 61
.end
