.global x
.global print
.global sys.getrefcount
.global y
.global holder
.global d
.global inside
.global keep
.global g1
.global g2
.global a
.global b
.global c
.global id

.func <module>
  BUILD_LIST 0                   # 0
  STORE_GLOBAL x                 # 1
  LOAD_GLOBAL print              # 2
  LOAD_GLOBAL sys.getrefcount    # 3
  LOAD_GLOBAL x                  # 4
  CALL 1                         # 5
  CALL 1                         # 6
  POP_TOP                        # 7
  LOAD_GLOBAL x                  # 8
  STORE_GLOBAL y                 # 9
  LOAD_GLOBAL print              # 10
  LOAD_GLOBAL sys.getrefcount    # 11
  LOAD_GLOBAL x                  # 12
  CALL 1                         # 13
  CALL 1                         # 14
  POP_TOP                        # 15
  LOAD_GLOBAL x                  # 16
  LOAD_GLOBAL x                  # 17
  BUILD_LIST 2                   # 18
  STORE_GLOBAL holder            # 19
  LOAD_GLOBAL print              # 20
  LOAD_GLOBAL sys.getrefcount    # 21
  LOAD_GLOBAL x                  # 22
  CALL 1                         # 23
  CALL 1                         # 24
  POP_TOP                        # 25
  LOAD_CONST "key"               # 26
  LOAD_GLOBAL x                  # 27
  BUILD_MAP 1                    # 28
  STORE_GLOBAL d                 # 29
  LOAD_GLOBAL print              # 30
  LOAD_GLOBAL sys.getrefcount    # 31
  LOAD_GLOBAL x                  # 32
  CALL 1                         # 33
  CALL 1                         # 34
  POP_TOP                        # 35
  DELETE_GLOBAL holder           # 36
  LOAD_GLOBAL print              # 37
  LOAD_GLOBAL sys.getrefcount    # 38
  LOAD_GLOBAL x                  # 39
  CALL 1                         # 40
  CALL 1                         # 41
  POP_TOP                        # 42
  LOAD_GLOBAL d                  # 43
  LOAD_CONST "key"               # 44
  DELETE_SUBSCR                  # 45
  LOAD_GLOBAL print              # 46
  LOAD_GLOBAL sys.getrefcount    # 47
  LOAD_GLOBAL x                  # 48
  CALL 1                         # 49
  CALL 1                         # 50
  POP_TOP                        # 51
  DELETE_GLOBAL y                # 52
  LOAD_GLOBAL print              # 53
  LOAD_GLOBAL sys.getrefcount    # 54
  LOAD_GLOBAL x                  # 55
  CALL 1                         # 56
  CALL 1                         # 57
  POP_TOP                        # 58
  MAKE_FUNCTION inside           # 59
  STORE_GLOBAL inside            # 60
  LOAD_GLOBAL print              # 61
  LOAD_GLOBAL inside             # 62
  LOAD_GLOBAL x                  # 63
  CALL 1                         # 64
  CALL 1                         # 65
  POP_TOP                        # 66
  MAKE_FUNCTION keep             # 67
  STORE_GLOBAL keep              # 68
  LOAD_GLOBAL keep               # 69
  LOAD_GLOBAL x                  # 70
  CALL 1                         # 71
  STORE_GLOBAL g1                # 72
  LOAD_GLOBAL print              # 73
  LOAD_GLOBAL sys.getrefcount    # 74
  LOAD_GLOBAL x                  # 75
  CALL 1                         # 76
  CALL 1                         # 77
  POP_TOP                        # 78
  LOAD_GLOBAL keep               # 79
  LOAD_GLOBAL x                  # 80
  CALL 1                         # 81
  STORE_GLOBAL g2                # 82
  LOAD_GLOBAL print              # 83
  LOAD_GLOBAL sys.getrefcount    # 84
  LOAD_GLOBAL x                  # 85
  CALL 1                         # 86
  CALL 1                         # 87
  POP_TOP                        # 88
  DELETE_GLOBAL g1               # 89
  DELETE_GLOBAL g2               # 90
  LOAD_GLOBAL print              # 91
  LOAD_GLOBAL sys.getrefcount    # 92
  LOAD_GLOBAL x                  # 93
  CALL 1                         # 94
  CALL 1                         # 95
  POP_TOP                        # 96
  LOAD_CONST 1                   # 97
  LOAD_CONST 2                   # 98
  BUILD_LIST 2                   # 99
  STORE_GLOBAL a                 # 100
  LOAD_CONST 1                   # 101
  LOAD_CONST 2                   # 102
  BUILD_LIST 2                   # 103
  STORE_GLOBAL b                 # 104
  LOAD_GLOBAL a                  # 105
  STORE_GLOBAL c                 # 106
  LOAD_GLOBAL print              # 107
  LOAD_GLOBAL a                  # 108
  LOAD_GLOBAL b                  # 109
  COMPARE_OP ==                  # 110
  LOAD_GLOBAL a                  # 111
  LOAD_GLOBAL b                  # 112
  COMPARE_OP is                  # 113
  LOAD_GLOBAL id                 # 114
  LOAD_GLOBAL a                  # 115
  CALL 1                         # 116
  LOAD_GLOBAL id                 # 117
  LOAD_GLOBAL b                  # 118
  CALL 1                         # 119
  COMPARE_OP ==                  # 120
  LOAD_GLOBAL a                  # 121
  LOAD_GLOBAL c                  # 122
  COMPARE_OP is                  # 123
  LOAD_GLOBAL id                 # 124
  LOAD_GLOBAL a                  # 125
  CALL 1                         # 126
  LOAD_GLOBAL id                 # 127
  LOAD_GLOBAL c                  # 128
  CALL 1                         # 129
  COMPARE_OP ==                  # 130
  CALL 5                         # 131
  POP_TOP                        # 132
  LOAD_CONST None                # 133
  RETURN_VALUE                   # 134
.end

.func inside obj
  LOAD_GLOBAL sys.getrefcount    # 0
  LOAD_FAST obj                  # 1
  CALL 1                         # 2
  RETURN_VALUE                   # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end

.func keep obj
.locals get
  LOAD_CLOSURE obj               # 0
  BUILD_TUPLE 1                  # 1
  MAKE_FUNCTION keep.<locals>.get (closure) # 2
  STORE_FAST get                 # 3
  LOAD_FAST get                  # 4
  RETURN_VALUE                   # 5
  LOAD_CONST None                # 6
  RETURN_VALUE                   # 7
.end

.func get
  LOAD_DEREF obj                 # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
.end
