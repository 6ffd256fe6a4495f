.global total
.global xs
.global d
.global y
.global print
.global z
.global f

.func <module>
  LOAD_CONST 1                   # 0
  LOAD_CONST 2                   # 1
  BINARY_ADD                     # 2
  LOAD_CONST 3                   # 3
  BINARY_ADD                     # 4
  STORE_GLOBAL total             # 5
  LOAD_CONST 1                   # 6
  LOAD_CONST 2                   # 7
  LOAD_CONST 3                   # 8
  BUILD_LIST 3                   # 9
  STORE_GLOBAL xs                # 10
  LOAD_CONST "a"                 # 11
  LOAD_CONST 1                   # 12
  LOAD_CONST "b"                 # 13
  LOAD_CONST 2                   # 14
  BUILD_MAP 2                    # 15
  STORE_GLOBAL d                 # 16
  LOAD_CONST 1                   # 17
  LOAD_CONST 2                   # 18
  BINARY_ADD                     # 19
  STORE_GLOBAL y                 # 20
  LOAD_GLOBAL print              # 21
  LOAD_GLOBAL total              # 22
  LOAD_GLOBAL xs                 # 23
  LOAD_GLOBAL d                  # 24
  LOAD_GLOBAL y                  # 25
  CALL 4                         # 26
  POP_TOP                        # 27
  LOAD_GLOBAL print              # 28
  LOAD_CONST "semicolons"        # 29
  CALL 1                         # 30
  POP_TOP                        # 31
  LOAD_CONST 4                   # 32
  STORE_GLOBAL z                 # 33
  LOAD_GLOBAL print              # 34
  LOAD_GLOBAL z                  # 35
  CALL 1                         # 36
  POP_TOP                        # 37
  MAKE_FUNCTION f                # 38
  STORE_GLOBAL f                 # 39
  LOAD_GLOBAL print              # 40
  LOAD_GLOBAL f                  # 41
  LOAD_CONST 6                   # 42
  LOAD_CONST 7                   # 43
  CALL 2                         # 44
  CALL 1                         # 45
  POP_TOP                        # 46
  LOAD_CONST None                # 47
  RETURN_VALUE                   # 48
.end

.func f a b
  LOAD_FAST a                    # 0
  LOAD_FAST b                    # 1
  BINARY_MULTIPLY                # 2
  RETURN_VALUE                   # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end
