.global print
.global main
.global __name__ = "__main__"

.func <module>
  MAKE_FUNCTION main             # 0
  STORE_GLOBAL main              # 1
  LOAD_GLOBAL __name__           # 2
  LOAD_CONST "__main__"          # 3
  COMPARE_OP ==                  # 4
  POP_JUMP_IF_FALSE L9           # 5
  LOAD_GLOBAL main               # 6
  CALL 0                         # 7
  POP_TOP                        # 8
L9:
  LOAD_GLOBAL print              # 9
  LOAD_GLOBAL __name__           # 10
  CALL 1                         # 11
  POP_TOP                        # 12
  LOAD_CONST None                # 13
  RETURN_VALUE                   # 14
.end

.func main
  LOAD_GLOBAL print              # 0
  LOAD_CONST "running main"      # 1
  CALL 1                         # 2
  POP_TOP                        # 3
  LOAD_CONST 0                   # 4
  RETURN_VALUE                   # 5
  LOAD_CONST None                # 6
  RETURN_VALUE                   # 7
.end
