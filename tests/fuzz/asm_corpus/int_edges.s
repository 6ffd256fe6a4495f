.global big
.global print

.func <module>
  LOAD_CONST 2                   # 0
  LOAD_CONST 62                  # 1
  BINARY_POWER                   # 2
  STORE_GLOBAL big               # 3
  LOAD_GLOBAL print              # 4
  LOAD_GLOBAL big                # 5
  LOAD_GLOBAL big                # 6
  LOAD_CONST 1                   # 7
  BINARY_SUBTRACT                # 8
  BINARY_ADD                     # 9
  CALL 1                         # 10
  POP_TOP                        # 11
  LOAD_GLOBAL print              # 12
  LOAD_CONST -9223372036854775807 # 13
  LOAD_CONST 1                   # 14
  BINARY_SUBTRACT                # 15
  CALL 1                         # 16
  POP_TOP                        # 17
  LOAD_GLOBAL print              # 18
  LOAD_CONST 31                  # 19
  LOAD_CONST 15                  # 20
  LOAD_CONST 5                   # 21
  LOAD_CONST 1000000             # 22
  CALL 4                         # 23
  POP_TOP                        # 24
  LOAD_GLOBAL print              # 25
  LOAD_CONST 10                  # 26
  LOAD_CONST 3                   # 27
  BINARY_FLOOR_DIVIDE            # 28
  LOAD_CONST 3                   # 29
  BINARY_MULTIPLY                # 30
  LOAD_CONST 10                  # 31
  LOAD_CONST 3                   # 32
  BINARY_MODULO                  # 33
  BINARY_ADD                     # 34
  CALL 1                         # 35
  POP_TOP                        # 36
  LOAD_GLOBAL print              # 37
  LOAD_CONST -1                  # 38
  LOAD_CONST 10                  # 39
  BINARY_FLOOR_DIVIDE            # 40
  LOAD_CONST -1                  # 41
  LOAD_CONST 10                  # 42
  BINARY_MODULO                  # 43
  CALL 2                         # 44
  POP_TOP                        # 45
  LOAD_CONST None                # 46
  RETURN_VALUE                   # 47
.end
