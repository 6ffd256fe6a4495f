.global add
.global print
.global greet
.global nothing
.global early

.func <module>
  MAKE_FUNCTION add              # 0
  STORE_GLOBAL add               # 1
  MAKE_FUNCTION greet            # 2
  STORE_GLOBAL greet             # 3
  MAKE_FUNCTION nothing          # 4
  STORE_GLOBAL nothing           # 5
  LOAD_GLOBAL print              # 6
  LOAD_GLOBAL add                # 7
  LOAD_CONST 2                   # 8
  LOAD_CONST 3                   # 9
  CALL 2                         # 10
  LOAD_GLOBAL add                # 11
  LOAD_CONST "a"                 # 12
  LOAD_CONST "b"                 # 13
  CALL 2                         # 14
  LOAD_GLOBAL add                # 15
  LOAD_CONST 1                   # 16
  BUILD_LIST 1                   # 17
  LOAD_CONST 2                   # 18
  BUILD_LIST 1                   # 19
  CALL 2                         # 20
  CALL 3                         # 21
  POP_TOP                        # 22
  LOAD_GLOBAL greet              # 23
  LOAD_CONST "world"             # 24
  LOAD_CONST "hello"             # 25
  CALL 2                         # 26
  POP_TOP                        # 27
  LOAD_GLOBAL greet              # 28
  LOAD_CONST "hi"                # 29
  LOAD_CONST "there"             # 30
  CALL_KW greeting,name 2        # 31
  POP_TOP                        # 32
  LOAD_GLOBAL greet              # 33
  LOAD_CONST "you"               # 34
  LOAD_CONST "hey"               # 35
  CALL_KW greeting 2             # 36
  POP_TOP                        # 37
  LOAD_GLOBAL print              # 38
  LOAD_GLOBAL nothing            # 39
  CALL 0                         # 40
  CALL 1                         # 41
  POP_TOP                        # 42
  MAKE_FUNCTION early            # 43
  STORE_GLOBAL early             # 44
  LOAD_GLOBAL print              # 45
  LOAD_GLOBAL early              # 46
  LOAD_CONST 5                   # 47
  CALL 1                         # 48
  LOAD_GLOBAL early              # 49
  LOAD_CONST -5                  # 50
  CALL 1                         # 51
  LOAD_GLOBAL early              # 52
  LOAD_CONST 0                   # 53
  CALL 1                         # 54
  CALL 3                         # 55
  POP_TOP                        # 56
  LOAD_CONST None                # 57
  RETURN_VALUE                   # 58
.end

.func add a b
  LOAD_FAST a                    # 0
  LOAD_FAST b                    # 1
  BINARY_ADD                     # 2
  RETURN_VALUE                   # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end

.func greet name greeting
  LOAD_GLOBAL print              # 0
  LOAD_FAST greeting             # 1
  LOAD_CONST ", "                # 2
  BINARY_ADD                     # 3
  LOAD_FAST name                 # 4
  BINARY_ADD                     # 5
  CALL 1                         # 6
  POP_TOP                        # 7
  LOAD_CONST None                # 8
  RETURN_VALUE                   # 9
.end

.func nothing
  LOAD_CONST None                # 0
  RETURN_VALUE                   # 1
.end

.func early x
  LOAD_FAST x                    # 0
  LOAD_CONST 0                   # 1
  COMPARE_OP >                   # 2
  POP_JUMP_IF_FALSE L7           # 3
  LOAD_CONST "positive"          # 4
  RETURN_VALUE                   # 5
  JUMP L13                       # 6
L7:
  LOAD_FAST x                    # 7
  LOAD_CONST 0                   # 8
  COMPARE_OP <                   # 9
  POP_JUMP_IF_FALSE L13          # 10
  LOAD_CONST "negative"          # 11
  RETURN_VALUE                   # 12
L13:
  LOAD_CONST "zero"              # 13
  RETURN_VALUE                   # 14
  LOAD_CONST None                # 15
  RETURN_VALUE                   # 16
.end
