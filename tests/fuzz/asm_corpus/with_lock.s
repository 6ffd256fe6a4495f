.global threading.Lock
.global lock
.global print
.global guarded
.global range
.global i
.global held

.func <module>
  LOAD_GLOBAL threading.Lock     # 0
  CALL 0                         # 1
  STORE_GLOBAL lock              # 2
  LOAD_GLOBAL print              # 3
  LOAD_GLOBAL lock               # 4
  CALL_METHOD locked 0           # 5
  CALL 1                         # 6
  POP_TOP                        # 7
  LOAD_GLOBAL lock               # 8
  WITH_ENTER                     # 9
  POP_TOP                        # 10
  LOAD_GLOBAL print              # 11
  LOAD_CONST "inside"            # 12
  LOAD_GLOBAL lock               # 13
  CALL_METHOD locked 0           # 14
  CALL 2                         # 15
  POP_TOP                        # 16
  WITH_EXIT                      # 17
  LOAD_GLOBAL print              # 18
  LOAD_CONST "after"             # 19
  LOAD_GLOBAL lock               # 20
  CALL_METHOD locked 0           # 21
  CALL 2                         # 22
  POP_TOP                        # 23
  MAKE_FUNCTION guarded          # 24
  STORE_GLOBAL guarded           # 25
  LOAD_GLOBAL print              # 26
  LOAD_GLOBAL guarded            # 27
  LOAD_CONST 1                   # 28
  CALL 1                         # 29
  LOAD_GLOBAL lock               # 30
  CALL_METHOD locked 0           # 31
  CALL 2                         # 32
  POP_TOP                        # 33
  LOAD_GLOBAL print              # 34
  LOAD_GLOBAL guarded            # 35
  LOAD_CONST 0                   # 36
  CALL 1                         # 37
  LOAD_GLOBAL lock               # 38
  CALL_METHOD locked 0           # 39
  CALL 2                         # 40
  POP_TOP                        # 41
  LOAD_GLOBAL range              # 42
  LOAD_CONST 3                   # 43
  CALL 1                         # 44
  GET_ITER                       # 45
L46:
  FOR_ITER L73                   # 46
  STORE_GLOBAL i                 # 47
  LOAD_GLOBAL lock               # 48
  WITH_ENTER                     # 49
  POP_TOP                        # 50
  LOAD_GLOBAL i                  # 51
  LOAD_CONST 1                   # 52
  COMPARE_OP ==                  # 53
  POP_JUMP_IF_FALSE L57          # 54
  WITH_EXIT                      # 55
  JUMP L46                       # 56
L57:
  LOAD_GLOBAL i                  # 57
  LOAD_CONST 2                   # 58
  COMPARE_OP ==                  # 59
  POP_JUMP_IF_FALSE L64          # 60
  WITH_EXIT                      # 61
  POP_TOP                        # 62
  JUMP L73                       # 63
L64:
  LOAD_GLOBAL print              # 64
  LOAD_CONST "loop"              # 65
  LOAD_GLOBAL i                  # 66
  LOAD_GLOBAL lock               # 67
  CALL_METHOD locked 0           # 68
  CALL 3                         # 69
  POP_TOP                        # 70
  WITH_EXIT                      # 71
  JUMP L46                       # 72
L73:
  LOAD_GLOBAL print              # 73
  LOAD_CONST "end"               # 74
  LOAD_GLOBAL lock               # 75
  CALL_METHOD locked 0           # 76
  CALL 2                         # 77
  POP_TOP                        # 78
  LOAD_GLOBAL lock               # 79
  WITH_ENTER                     # 80
  STORE_GLOBAL held              # 81
  LOAD_GLOBAL print              # 82
  LOAD_GLOBAL held               # 83
  LOAD_GLOBAL lock               # 84
  CALL_METHOD locked 0           # 85
  CALL 2                         # 86
  POP_TOP                        # 87
  WITH_EXIT                      # 88
  LOAD_CONST None                # 89
  RETURN_VALUE                   # 90
.end

.func guarded x
  LOAD_GLOBAL lock               # 0
  WITH_ENTER                     # 1
  POP_TOP                        # 2
  LOAD_FAST x                    # 3
  LOAD_CONST 0                   # 4
  COMPARE_OP >                   # 5
  POP_JUMP_IF_FALSE L11          # 6
  LOAD_CONST "returned under the lock" # 7
  ROT_TWO                        # 8
  WITH_EXIT                      # 9
  RETURN_VALUE                   # 10
L11:
  WITH_EXIT                      # 11
  LOAD_CONST "fell through"      # 12
  RETURN_VALUE                   # 13
  LOAD_CONST None                # 14
  RETURN_VALUE                   # 15
.end
