.global a
.global b
.global c
.global print
.global x

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
  LOAD_CONST None                # 43
  RETURN_VALUE                   # 44
.end
