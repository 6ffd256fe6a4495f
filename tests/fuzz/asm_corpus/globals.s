.global counter
.global bump
.global read
.global shadow
.global range
.global _
.global print
.global a
.global b
.global set_many

.func <module>
  LOAD_CONST 0                   # 0
  STORE_GLOBAL counter           # 1
  MAKE_FUNCTION bump             # 2
  STORE_GLOBAL bump              # 3
  MAKE_FUNCTION read             # 4
  STORE_GLOBAL read              # 5
  MAKE_FUNCTION shadow           # 6
  STORE_GLOBAL shadow            # 7
  LOAD_GLOBAL range              # 8
  LOAD_CONST 5                   # 9
  CALL 1                         # 10
  GET_ITER                       # 11
L12:
  FOR_ITER L18                   # 12
  STORE_GLOBAL _                 # 13
  LOAD_GLOBAL bump               # 14
  CALL 0                         # 15
  POP_TOP                        # 16
  JUMP L12                       # 17
L18:
  LOAD_GLOBAL print              # 18
  LOAD_GLOBAL counter            # 19
  LOAD_GLOBAL read               # 20
  CALL 0                         # 21
  LOAD_GLOBAL shadow             # 22
  CALL 0                         # 23
  LOAD_GLOBAL counter            # 24
  CALL 4                         # 25
  POP_TOP                        # 26
  MAKE_FUNCTION set_many         # 27
  STORE_GLOBAL set_many          # 28
  LOAD_GLOBAL set_many           # 29
  CALL 0                         # 30
  POP_TOP                        # 31
  LOAD_GLOBAL print              # 32
  LOAD_GLOBAL a                  # 33
  LOAD_GLOBAL b                  # 34
  CALL 2                         # 35
  POP_TOP                        # 36
  LOAD_CONST None                # 37
  RETURN_VALUE                   # 38
.end

.func bump
  LOAD_GLOBAL counter            # 0
  LOAD_CONST 1                   # 1
  INPLACE_ADD                    # 2
  STORE_GLOBAL counter           # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end

.func read
  LOAD_GLOBAL counter            # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
.end

.func shadow
.locals counter
  LOAD_CONST 100                 # 0
  STORE_FAST counter             # 1
  LOAD_FAST counter              # 2
  RETURN_VALUE                   # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end

.func set_many
  LOAD_CONST 1                   # 0
  STORE_GLOBAL a                 # 1
  LOAD_CONST 2                   # 2
  STORE_GLOBAL b                 # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end
