.global str
.global describe
.global print

.func <module>
  MAKE_FUNCTION describe         # 0
  STORE_GLOBAL describe          # 1
  LOAD_GLOBAL print              # 2
  LOAD_GLOBAL describe           # 3
  LOAD_CONST "box"               # 4
  LOAD_CONST 3                   # 5
  LOAD_CONST "red"               # 6
  CALL 3                         # 7
  CALL 1                         # 8
  POP_TOP                        # 9
  LOAD_GLOBAL print              # 10
  LOAD_GLOBAL describe           # 11
  LOAD_CONST "blue"              # 12
  LOAD_CONST "ball"              # 13
  LOAD_CONST 1                   # 14
  CALL_KW color,kind,size 3      # 15
  CALL 1                         # 16
  POP_TOP                        # 17
  LOAD_GLOBAL print              # 18
  LOAD_GLOBAL describe           # 19
  LOAD_CONST "cup"               # 20
  LOAD_CONST "green"             # 21
  LOAD_CONST 2                   # 22
  CALL_KW color,size 3           # 23
  CALL 1                         # 24
  POP_TOP                        # 25
  LOAD_CONST None                # 26
  RETURN_VALUE                   # 27
.end

.func describe kind size color
  LOAD_FAST kind                 # 0
  LOAD_CONST ":"                 # 1
  BINARY_ADD                     # 2
  LOAD_GLOBAL str                # 3
  LOAD_FAST size                 # 4
  CALL 1                         # 5
  BINARY_ADD                     # 6
  LOAD_CONST ":"                 # 7
  BINARY_ADD                     # 8
  LOAD_FAST color                # 9
  BINARY_ADD                     # 10
  RETURN_VALUE                   # 11
  LOAD_CONST None                # 12
  RETURN_VALUE                   # 13
.end
