.global a
.global b
.global c
.global print
.global x
.global empty
.global other

.func <module>
  LOAD_CONST 1                   # 0
  BUILD_LIST 1                   # 1
  STORE_GLOBAL a                 # 2
  LOAD_GLOBAL a                  # 3
  STORE_GLOBAL b                 # 4
  LOAD_CONST 1                   # 5
  BUILD_LIST 1                   # 6
  STORE_GLOBAL c                 # 7
  LOAD_GLOBAL print              # 8
  LOAD_GLOBAL a                  # 9
  LOAD_GLOBAL b                  # 10
  COMPARE_OP is                  # 11
  LOAD_GLOBAL a                  # 12
  LOAD_GLOBAL c                  # 13
  COMPARE_OP is                  # 14
  LOAD_GLOBAL a                  # 15
  LOAD_GLOBAL c                  # 16
  COMPARE_OP ==                  # 17
  LOAD_GLOBAL a                  # 18
  LOAD_GLOBAL c                  # 19
  COMPARE_OP is_not              # 20
  CALL 4                         # 21
  POP_TOP                        # 22
  LOAD_CONST None                # 23
  STORE_GLOBAL x                 # 24
  LOAD_GLOBAL print              # 25
  LOAD_GLOBAL x                  # 26
  LOAD_CONST None                # 27
  COMPARE_OP is                  # 28
  LOAD_GLOBAL x                  # 29
  LOAD_CONST None                # 30
  COMPARE_OP ==                  # 31
  CALL 2                         # 32
  POP_TOP                        # 33
  LOAD_GLOBAL print              # 34
  LOAD_CONST True                # 35
  LOAD_CONST True                # 36
  COMPARE_OP is                  # 37
  LOAD_GLOBAL x                  # 38
  LOAD_CONST None                # 39
  COMPARE_OP is_not              # 40
  CALL 2                         # 41
  POP_TOP                        # 42
  BUILD_TUPLE 0                  # 43
  STORE_GLOBAL empty             # 44
  BUILD_TUPLE 0                  # 45
  STORE_GLOBAL other             # 46
  LOAD_GLOBAL print              # 47
  LOAD_GLOBAL empty              # 48
  LOAD_GLOBAL other              # 49
  COMPARE_OP is                  # 50
  LOAD_CONST 1                   # 51
  BUILD_TUPLE 1                  # 52
  LOAD_CONST 0                   # 53
  BINARY_MULTIPLY                # 54
  LOAD_GLOBAL empty              # 55
  COMPARE_OP is                  # 56
  BUILD_TUPLE 0                  # 57
  BUILD_TUPLE 0                  # 58
  BINARY_ADD                     # 59
  LOAD_GLOBAL empty              # 60
  COMPARE_OP is                  # 61
  LOAD_GLOBAL empty              # 62
  BUILD_TUPLE 0                  # 63
  COMPARE_OP ==                  # 64
  CALL 4                         # 65
  POP_TOP                        # 66
  LOAD_CONST None                # 67
  RETURN_VALUE                   # 68
.end
