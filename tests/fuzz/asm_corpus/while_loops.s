.global i
.global total
.global print
.global n

.func <module>
  LOAD_CONST 0                   # 0
  STORE_GLOBAL i                 # 1
  LOAD_CONST 0                   # 2
  STORE_GLOBAL total             # 3
L4:
  LOAD_GLOBAL i                  # 4
  LOAD_CONST 10                  # 5
  COMPARE_OP <                   # 6
  POP_JUMP_IF_FALSE L29          # 7
  LOAD_GLOBAL i                  # 8
  LOAD_CONST 1                   # 9
  INPLACE_ADD                    # 10
  STORE_GLOBAL i                 # 11
  LOAD_GLOBAL i                  # 12
  LOAD_CONST 2                   # 13
  BINARY_MODULO                  # 14
  LOAD_CONST 0                   # 15
  COMPARE_OP ==                  # 16
  POP_JUMP_IF_FALSE L19          # 17
  JUMP L4                        # 18
L19:
  LOAD_GLOBAL i                  # 19
  LOAD_CONST 7                   # 20
  COMPARE_OP >                   # 21
  POP_JUMP_IF_FALSE L24          # 22
  JUMP L29                       # 23
L24:
  LOAD_GLOBAL total              # 24
  LOAD_GLOBAL i                  # 25
  INPLACE_ADD                    # 26
  STORE_GLOBAL total             # 27
  JUMP L4                        # 28
L29:
  LOAD_GLOBAL print              # 29
  LOAD_GLOBAL i                  # 30
  LOAD_GLOBAL total              # 31
  CALL 2                         # 32
  POP_TOP                        # 33
  LOAD_CONST 0                   # 34
  STORE_GLOBAL n                 # 35
L36:
  LOAD_GLOBAL n                  # 36
  LOAD_CONST 1                   # 37
  INPLACE_ADD                    # 38
  STORE_GLOBAL n                 # 39
  LOAD_GLOBAL n                  # 40
  LOAD_CONST 5                   # 41
  COMPARE_OP ==                  # 42
  POP_JUMP_IF_FALSE L45          # 43
  JUMP L46                       # 44
L45:
  JUMP L36                       # 45
L46:
  LOAD_GLOBAL print              # 46
  LOAD_GLOBAL n                  # 47
  CALL 1                         # 48
  POP_TOP                        # 49
  LOAD_CONST None                # 50
  RETURN_VALUE                   # 51
.end
