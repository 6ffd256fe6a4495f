.global out
.global range
.global i
.global s
.global print
.global len

.func <module>
  BUILD_LIST 0                   # 0
  STORE_GLOBAL out               # 1
  LOAD_GLOBAL range              # 2
  LOAD_CONST 1                   # 3
  LOAD_CONST 31                  # 4
  CALL 2                         # 5
  GET_ITER                       # 6
L7:
  FOR_ITER L40                   # 7
  STORE_GLOBAL i                 # 8
  LOAD_CONST ""                  # 9
  STORE_GLOBAL s                 # 10
  LOAD_GLOBAL i                  # 11
  LOAD_CONST 3                   # 12
  BINARY_MODULO                  # 13
  LOAD_CONST 0                   # 14
  COMPARE_OP ==                  # 15
  POP_JUMP_IF_FALSE L21          # 16
  LOAD_GLOBAL s                  # 17
  LOAD_CONST "Fizz"              # 18
  INPLACE_ADD                    # 19
  STORE_GLOBAL s                 # 20
L21:
  LOAD_GLOBAL i                  # 21
  LOAD_CONST 5                   # 22
  BINARY_MODULO                  # 23
  LOAD_CONST 0                   # 24
  COMPARE_OP ==                  # 25
  POP_JUMP_IF_FALSE L31          # 26
  LOAD_GLOBAL s                  # 27
  LOAD_CONST "Buzz"              # 28
  INPLACE_ADD                    # 29
  STORE_GLOBAL s                 # 30
L31:
  LOAD_GLOBAL out                # 31
  LOAD_GLOBAL s                  # 32
  POP_JUMP_IF_FALSE L36          # 33
  LOAD_GLOBAL s                  # 34
  JUMP L37                       # 35
L36:
  LOAD_GLOBAL i                  # 36
L37:
  CALL_METHOD append 1           # 37
  POP_TOP                        # 38
  JUMP L7                        # 39
L40:
  LOAD_GLOBAL print              # 40
  LOAD_GLOBAL out                # 41
  CALL 1                         # 42
  POP_TOP                        # 43
  LOAD_GLOBAL print              # 44
  LOAD_GLOBAL len                # 45
  LOAD_GLOBAL out                # 46
  CALL 1                         # 47
  FORMAT_VALUE 0                 # 48
  LOAD_CONST " items, last "     # 49
  LOAD_GLOBAL out                # 50
  LOAD_CONST -1                  # 51
  BINARY_SUBSCR                  # 52
  FORMAT_VALUE 1                 # 53
  BUILD_STRING 3                 # 54
  CALL 1                         # 55
  POP_TOP                        # 56
  LOAD_CONST None                # 57
  RETURN_VALUE                   # 58
.end
