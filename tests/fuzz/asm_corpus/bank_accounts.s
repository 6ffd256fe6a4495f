.global threading.Lock
.global lock
.global accounts
.global transfer
.global print
.global threading.Thread
.global t

.func <module>
  LOAD_GLOBAL threading.Lock     # 0
  CALL 0                         # 1
  STORE_GLOBAL lock              # 2
  LOAD_CONST "alice"             # 3
  LOAD_CONST 100                 # 4
  LOAD_CONST "bob"               # 5
  LOAD_CONST 50                  # 6
  BUILD_MAP 2                    # 7
  STORE_GLOBAL accounts          # 8
  MAKE_FUNCTION transfer         # 9
  STORE_GLOBAL transfer          # 10
  LOAD_GLOBAL print              # 11
  LOAD_GLOBAL transfer           # 12
  LOAD_CONST "alice"             # 13
  LOAD_CONST "bob"               # 14
  LOAD_CONST 30                  # 15
  CALL 3                         # 16
  LOAD_GLOBAL accounts           # 17
  CALL 2                         # 18
  POP_TOP                        # 19
  LOAD_GLOBAL print              # 20
  LOAD_GLOBAL transfer           # 21
  LOAD_CONST "bob"               # 22
  LOAD_CONST "alice"             # 23
  LOAD_CONST 500                 # 24
  CALL 3                         # 25
  LOAD_GLOBAL accounts           # 26
  CALL 2                         # 27
  POP_TOP                        # 28
  LOAD_GLOBAL threading.Thread   # 29
  LOAD_GLOBAL transfer           # 30
  LOAD_CONST "bob"               # 31
  LOAD_CONST "alice"             # 32
  LOAD_CONST 80                  # 33
  BUILD_TUPLE 3                  # 34
  CALL_KW target,args 2          # 35
  STORE_GLOBAL t                 # 36
  LOAD_GLOBAL t                  # 37
  CALL_METHOD start 0            # 38
  POP_TOP                        # 39
  LOAD_GLOBAL t                  # 40
  CALL_METHOD join 0             # 41
  POP_TOP                        # 42
  LOAD_GLOBAL print              # 43
  LOAD_GLOBAL accounts           # 44
  LOAD_GLOBAL lock               # 45
  CALL_METHOD locked 0           # 46
  CALL 2                         # 47
  POP_TOP                        # 48
  LOAD_CONST None                # 49
  RETURN_VALUE                   # 50
.end

.func transfer src dst amount
  LOAD_GLOBAL lock               # 0
  WITH_ENTER                     # 1
  POP_TOP                        # 2
  LOAD_GLOBAL accounts           # 3
  LOAD_FAST src                  # 4
  BINARY_SUBSCR                  # 5
  LOAD_FAST amount               # 6
  COMPARE_OP <                   # 7
  POP_JUMP_IF_FALSE L13          # 8
  LOAD_CONST False               # 9
  ROT_TWO                        # 10
  WITH_EXIT                      # 11
  RETURN_VALUE                   # 12
L13:
  LOAD_GLOBAL accounts           # 13
  DUP_TOP                        # 14
  LOAD_FAST src                  # 15
  DUP_TOP                        # 16
  ROT_THREE                      # 17
  BINARY_SUBSCR                  # 18
  LOAD_FAST amount               # 19
  BINARY_SUBTRACT                # 20
  ROT_THREE                      # 21
  STORE_SUBSCR                   # 22
  LOAD_GLOBAL accounts           # 23
  DUP_TOP                        # 24
  LOAD_FAST dst                  # 25
  DUP_TOP                        # 26
  ROT_THREE                      # 27
  BINARY_SUBSCR                  # 28
  LOAD_FAST amount               # 29
  INPLACE_ADD                    # 30
  ROT_THREE                      # 31
  STORE_SUBSCR                   # 32
  LOAD_CONST True                # 33
  ROT_TWO                        # 34
  WITH_EXIT                      # 35
  RETURN_VALUE                   # 36
  WITH_EXIT                      # 37
  LOAD_CONST None                # 38
  RETURN_VALUE                   # 39
.end
