.global depth
.global print
.global sys.getrecursionlimit
.global sys.setrecursionlimit

.func <module>
  MAKE_FUNCTION depth            # 0
  STORE_GLOBAL depth             # 1
  LOAD_GLOBAL print              # 2
  LOAD_GLOBAL sys.getrecursionlimit # 3
  CALL 0                         # 4
  CALL 1                         # 5
  POP_TOP                        # 6
  LOAD_GLOBAL print              # 7
  LOAD_GLOBAL depth              # 8
  LOAD_CONST 998                 # 9
  CALL 1                         # 10
  CALL 1                         # 11
  POP_TOP                        # 12
  LOAD_GLOBAL sys.setrecursionlimit # 13
  LOAD_CONST 60                  # 14
  CALL 1                         # 15
  POP_TOP                        # 16
  LOAD_GLOBAL print              # 17
  LOAD_GLOBAL sys.getrecursionlimit # 18
  CALL 0                         # 19
  LOAD_GLOBAL depth              # 20
  LOAD_CONST 58                  # 21
  CALL 1                         # 22
  CALL 2                         # 23
  POP_TOP                        # 24
  LOAD_GLOBAL sys.setrecursionlimit # 25
  LOAD_CONST 3000                # 26
  CALL 1                         # 27
  POP_TOP                        # 28
  LOAD_GLOBAL print              # 29
  LOAD_GLOBAL depth              # 30
  LOAD_CONST 2500                # 31
  CALL 1                         # 32
  CALL 1                         # 33
  POP_TOP                        # 34
  LOAD_GLOBAL sys.setrecursionlimit # 35
  LOAD_CONST 1000                # 36
  CALL 1                         # 37
  POP_TOP                        # 38
  LOAD_GLOBAL print              # 39
  LOAD_GLOBAL depth              # 40
  LOAD_CONST 998                 # 41
  CALL 1                         # 42
  CALL 1                         # 43
  POP_TOP                        # 44
  LOAD_CONST None                # 45
  RETURN_VALUE                   # 46
.end

.func depth n
  LOAD_FAST n                    # 0
  LOAD_CONST 0                   # 1
  COMPARE_OP ==                  # 2
  POP_JUMP_IF_FALSE L6           # 3
  LOAD_CONST 0                   # 4
  RETURN_VALUE                   # 5
L6:
  LOAD_CONST 1                   # 6
  LOAD_GLOBAL depth              # 7
  LOAD_FAST n                    # 8
  LOAD_CONST 1                   # 9
  BINARY_SUBTRACT                # 10
  CALL 1                         # 11
  BINARY_ADD                     # 12
  RETURN_VALUE                   # 13
  LOAD_CONST None                # 14
  RETURN_VALUE                   # 15
.end
