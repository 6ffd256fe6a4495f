.global area
.global size
.global print

.func <module>
  MAKE_FUNCTION area             # 0
  STORE_GLOBAL area              # 1
  LOAD_CONST 3                   # 2
  STORE_GLOBAL size              # 3
  LOAD_GLOBAL print              # 4
  LOAD_GLOBAL area               # 5
  LOAD_GLOBAL size               # 6
  LOAD_CONST 4                   # 7
  CALL 2                         # 8
  CALL 1                         # 9
  POP_TOP                        # 10
  LOAD_CONST None                # 11
  RETURN_VALUE                   # 12
.end

.func area w h
  LOAD_FAST w                    # 0
  LOAD_FAST h                    # 1
  BINARY_MULTIPLY                # 2
  RETURN_VALUE                   # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end
