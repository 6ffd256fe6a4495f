.global x
.global y
.global print
.global xs
.global d
.global len
.global p
.global q
.global r
.global m
.global drop_first
.global rebind

.func <module>
  LOAD_CONST 1                   # 0
  LOAD_CONST 2                   # 1
  LOAD_CONST 3                   # 2
  BUILD_LIST 3                   # 3
  STORE_GLOBAL x                 # 4
  LOAD_GLOBAL x                  # 5
  STORE_GLOBAL y                 # 6
  DELETE_GLOBAL x                # 7
  LOAD_GLOBAL print              # 8
  LOAD_GLOBAL y                  # 9
  CALL 1                         # 10
  POP_TOP                        # 11
  LOAD_CONST 0                   # 12
  LOAD_CONST 1                   # 13
  LOAD_CONST 2                   # 14
  LOAD_CONST 3                   # 15
  LOAD_CONST 4                   # 16
  LOAD_CONST 5                   # 17
  LOAD_CONST 6                   # 18
  LOAD_CONST 7                   # 19
  LOAD_CONST 8                   # 20
  LOAD_CONST 9                   # 21
  BUILD_LIST 10                  # 22
  STORE_GLOBAL xs                # 23
  LOAD_GLOBAL xs                 # 24
  LOAD_CONST 0                   # 25
  DELETE_SUBSCR                  # 26
  LOAD_GLOBAL print              # 27
  LOAD_GLOBAL xs                 # 28
  CALL 1                         # 29
  POP_TOP                        # 30
  LOAD_GLOBAL xs                 # 31
  LOAD_CONST -1                  # 32
  DELETE_SUBSCR                  # 33
  LOAD_GLOBAL print              # 34
  LOAD_GLOBAL xs                 # 35
  CALL 1                         # 36
  POP_TOP                        # 37
  LOAD_GLOBAL xs                 # 38
  LOAD_CONST 2                   # 39
  LOAD_CONST 4                   # 40
  BUILD_SLICE 2                  # 41
  DELETE_SUBSCR                  # 42
  LOAD_GLOBAL print              # 43
  LOAD_GLOBAL xs                 # 44
  CALL 1                         # 45
  POP_TOP                        # 46
  LOAD_GLOBAL xs                 # 47
  LOAD_CONST None                # 48
  LOAD_CONST None                # 49
  LOAD_CONST 2                   # 50
  BUILD_SLICE 3                  # 51
  DELETE_SUBSCR                  # 52
  LOAD_GLOBAL print              # 53
  LOAD_GLOBAL xs                 # 54
  CALL 1                         # 55
  POP_TOP                        # 56
  LOAD_GLOBAL xs                 # 57
  LOAD_CONST None                # 58
  LOAD_CONST None                # 59
  BUILD_SLICE 2                  # 60
  DELETE_SUBSCR                  # 61
  LOAD_GLOBAL print              # 62
  LOAD_GLOBAL xs                 # 63
  CALL 1                         # 64
  POP_TOP                        # 65
  LOAD_CONST "a"                 # 66
  LOAD_CONST 1                   # 67
  LOAD_CONST "b"                 # 68
  LOAD_CONST 2                   # 69
  LOAD_CONST "c"                 # 70
  LOAD_CONST 3                   # 71
  BUILD_MAP 3                    # 72
  STORE_GLOBAL d                 # 73
  LOAD_GLOBAL d                  # 74
  LOAD_CONST "b"                 # 75
  DELETE_SUBSCR                  # 76
  LOAD_GLOBAL print              # 77
  LOAD_GLOBAL d                  # 78
  LOAD_CONST "b"                 # 79
  LOAD_GLOBAL d                  # 80
  COMPARE_OP in                  # 81
  LOAD_GLOBAL len                # 82
  LOAD_GLOBAL d                  # 83
  CALL 1                         # 84
  CALL 3                         # 85
  POP_TOP                        # 86
  LOAD_CONST 1                   # 87
  LOAD_CONST 2                   # 88
  LOAD_CONST 3                   # 89
  BUILD_TUPLE 3                  # 90
  UNPACK_SEQUENCE 3              # 91
  STORE_GLOBAL p                 # 92
  STORE_GLOBAL q                 # 93
  STORE_GLOBAL r                 # 94
  DELETE_GLOBAL p                # 95
  DELETE_GLOBAL q                # 96
  LOAD_GLOBAL print              # 97
  LOAD_GLOBAL r                  # 98
  CALL 1                         # 99
  POP_TOP                        # 100
  LOAD_CONST 1                   # 101
  LOAD_CONST 2                   # 102
  BUILD_LIST 2                   # 103
  LOAD_CONST 3                   # 104
  LOAD_CONST 4                   # 105
  BUILD_LIST 2                   # 106
  BUILD_LIST 2                   # 107
  STORE_GLOBAL m                 # 108
  LOAD_GLOBAL m                  # 109
  LOAD_CONST 0                   # 110
  BINARY_SUBSCR                  # 111
  LOAD_CONST 1                   # 112
  DELETE_SUBSCR                  # 113
  LOAD_GLOBAL m                  # 114
  LOAD_CONST 1                   # 115
  DELETE_SUBSCR                  # 116
  LOAD_GLOBAL print              # 117
  LOAD_GLOBAL m                  # 118
  CALL 1                         # 119
  POP_TOP                        # 120
  MAKE_FUNCTION drop_first       # 121
  STORE_GLOBAL drop_first        # 122
  LOAD_GLOBAL print              # 123
  LOAD_GLOBAL drop_first         # 124
  LOAD_CONST 5                   # 125
  LOAD_CONST 6                   # 126
  LOAD_CONST 7                   # 127
  BUILD_LIST 3                   # 128
  CALL 1                         # 129
  CALL 1                         # 130
  POP_TOP                        # 131
  MAKE_FUNCTION rebind           # 132
  STORE_GLOBAL rebind            # 133
  LOAD_GLOBAL print              # 134
  LOAD_GLOBAL rebind             # 135
  CALL 0                         # 136
  CALL 1                         # 137
  POP_TOP                        # 138
  LOAD_CONST None                # 139
  RETURN_VALUE                   # 140
.end

.func drop_first items
.locals first
  LOAD_FAST items                # 0
  LOAD_CONST 0                   # 1
  BINARY_SUBSCR                  # 2
  STORE_FAST first               # 3
  LOAD_FAST items                # 4
  LOAD_CONST 0                   # 5
  DELETE_SUBSCR                  # 6
  DELETE_FAST first              # 7
  LOAD_FAST items                # 8
  RETURN_VALUE                   # 9
  LOAD_CONST None                # 10
  RETURN_VALUE                   # 11
.end

.func rebind
.locals v
  LOAD_CONST 1                   # 0
  STORE_FAST v                   # 1
  DELETE_FAST v                  # 2
  LOAD_CONST 2                   # 3
  STORE_FAST v                   # 4
  LOAD_FAST v                    # 5
  RETURN_VALUE                   # 6
  LOAD_CONST None                # 7
  RETURN_VALUE                   # 8
.end
