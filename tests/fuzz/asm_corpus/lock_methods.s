.global threading.Lock
.global Lock
.global l
.global print
.global a
.global b
.global m

.func <module>
  LOAD_GLOBAL threading.Lock     # 0
  STORE_GLOBAL Lock              # 1
  LOAD_GLOBAL Lock               # 2
  CALL 0                         # 3
  STORE_GLOBAL l                 # 4
  LOAD_GLOBAL print              # 5
  LOAD_GLOBAL l                  # 6
  CALL_METHOD acquire 0          # 7
  LOAD_GLOBAL l                  # 8
  CALL_METHOD locked 0           # 9
  CALL 2                         # 10
  POP_TOP                        # 11
  LOAD_GLOBAL l                  # 12
  CALL_METHOD release 0          # 13
  POP_TOP                        # 14
  LOAD_GLOBAL print              # 15
  LOAD_GLOBAL l                  # 16
  CALL_METHOD locked 0           # 17
  CALL 1                         # 18
  POP_TOP                        # 19
  LOAD_GLOBAL Lock               # 20
  CALL 0                         # 21
  STORE_GLOBAL a                 # 22
  LOAD_GLOBAL Lock               # 23
  CALL 0                         # 24
  STORE_GLOBAL b                 # 25
  LOAD_GLOBAL a                  # 26
  WITH_ENTER                     # 27
  POP_TOP                        # 28
  LOAD_GLOBAL b                  # 29
  WITH_ENTER                     # 30
  POP_TOP                        # 31
  LOAD_GLOBAL print              # 32
  LOAD_GLOBAL a                  # 33
  CALL_METHOD locked 0           # 34
  LOAD_GLOBAL b                  # 35
  CALL_METHOD locked 0           # 36
  CALL 2                         # 37
  POP_TOP                        # 38
  WITH_EXIT                      # 39
  WITH_EXIT                      # 40
  LOAD_GLOBAL print              # 41
  LOAD_GLOBAL a                  # 42
  CALL_METHOD locked 0           # 43
  LOAD_GLOBAL b                  # 44
  CALL_METHOD locked 0           # 45
  CALL 2                         # 46
  POP_TOP                        # 47
  LOAD_GLOBAL Lock               # 48
  CALL 0                         # 49
  STORE_GLOBAL m                 # 50
  LOAD_GLOBAL print              # 51
  LOAD_GLOBAL m                  # 52
  LOAD_CONST False               # 53
  CALL_METHOD acquire 1          # 54
  LOAD_GLOBAL m                  # 55
  LOAD_CONST False               # 56
  CALL_METHOD acquire 1          # 57
  LOAD_GLOBAL m                  # 58
  LOAD_CONST False               # 59
  CALL_METHOD_KW acquire:blocking 1 # 60
  CALL 3                         # 61
  POP_TOP                        # 62
  LOAD_GLOBAL print              # 63
  LOAD_GLOBAL m                  # 64
  LOAD_CONST 0.01                # 65
  CALL_METHOD_KW acquire:timeout 1 # 66
  LOAD_GLOBAL m                  # 67
  LOAD_CONST True                # 68
  LOAD_CONST 0.01                # 69
  CALL_METHOD acquire 2          # 70
  LOAD_GLOBAL m                  # 71
  LOAD_CONST True                # 72
  LOAD_CONST 0                   # 73
  CALL_METHOD_KW acquire:timeout 2 # 74
  CALL 3                         # 75
  POP_TOP                        # 76
  LOAD_GLOBAL m                  # 77
  CALL_METHOD release 0          # 78
  POP_TOP                        # 79
  LOAD_GLOBAL print              # 80
  LOAD_GLOBAL m                  # 81
  LOAD_CONST True                # 82
  LOAD_CONST 1                   # 83
  CALL_METHOD_KW acquire:blocking,timeout 2 # 84
  LOAD_GLOBAL m                  # 85
  CALL_METHOD locked 0           # 86
  CALL 2                         # 87
  POP_TOP                        # 88
  LOAD_GLOBAL m                  # 89
  CALL_METHOD release 0          # 90
  POP_TOP                        # 91
  LOAD_CONST None                # 92
  RETURN_VALUE                   # 93
.end
