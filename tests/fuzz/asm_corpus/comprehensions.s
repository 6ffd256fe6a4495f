.global range
.global squares
.global evens
.global print
.global pairs
.global flat
.global len
.global lengths
.global inverted
.global x
.global doubled
.global scale
.global table
.global row
.global calls
.global source
.global results
.global threading.Lock
.global lock
.global work
.global threading.Thread
.global threads
.global t
.global sorted

.func <module>
  MAKE_FUNCTION <listcomp>       # 0
  LOAD_GLOBAL range              # 1
  LOAD_CONST 10                  # 2
  CALL 1                         # 3
  GET_ITER                       # 4
  CALL 1                         # 5
  STORE_GLOBAL squares           # 6
  MAKE_FUNCTION <listcomp>       # 7
  LOAD_GLOBAL range              # 8
  LOAD_CONST 20                  # 9
  CALL 1                         # 10
  GET_ITER                       # 11
  CALL 1                         # 12
  STORE_GLOBAL evens             # 13
  LOAD_GLOBAL print              # 14
  LOAD_GLOBAL squares            # 15
  CALL 1                         # 16
  POP_TOP                        # 17
  LOAD_GLOBAL print              # 18
  LOAD_GLOBAL evens              # 19
  CALL 1                         # 20
  POP_TOP                        # 21
  MAKE_FUNCTION <listcomp>       # 22
  LOAD_GLOBAL range              # 23
  LOAD_CONST 3                   # 24
  CALL 1                         # 25
  GET_ITER                       # 26
  CALL 1                         # 27
  STORE_GLOBAL pairs             # 28
  LOAD_GLOBAL print              # 29
  LOAD_GLOBAL pairs              # 30
  CALL 1                         # 31
  POP_TOP                        # 32
  MAKE_FUNCTION <listcomp>       # 33
  LOAD_CONST 1                   # 34
  LOAD_CONST 2                   # 35
  BUILD_LIST 2                   # 36
  LOAD_CONST 3                   # 37
  BUILD_LIST 1                   # 38
  BUILD_LIST 0                   # 39
  LOAD_CONST 4                   # 40
  LOAD_CONST 5                   # 41
  LOAD_CONST 6                   # 42
  BUILD_LIST 3                   # 43
  BUILD_LIST 4                   # 44
  GET_ITER                       # 45
  CALL 1                         # 46
  STORE_GLOBAL flat              # 47
  LOAD_GLOBAL print              # 48
  LOAD_GLOBAL flat               # 49
  CALL 1                         # 50
  POP_TOP                        # 51
  LOAD_GLOBAL print              # 52
  MAKE_FUNCTION <listcomp>       # 53
  LOAD_GLOBAL range              # 54
  LOAD_CONST 30                  # 55
  CALL 1                         # 56
  GET_ITER                       # 57
  CALL 1                         # 58
  CALL 1                         # 59
  POP_TOP                        # 60
  MAKE_FUNCTION <dictcomp>       # 61
  LOAD_CONST "memory"            # 62
  LOAD_CONST "gc"                # 63
  LOAD_CONST "refcount"          # 64
  BUILD_LIST 3                   # 65
  GET_ITER                       # 66
  CALL 1                         # 67
  STORE_GLOBAL lengths           # 68
  LOAD_GLOBAL print              # 69
  LOAD_GLOBAL lengths            # 70
  CALL 1                         # 71
  POP_TOP                        # 72
  MAKE_FUNCTION <dictcomp>       # 73
  LOAD_GLOBAL lengths            # 74
  CALL_METHOD items 0            # 75
  GET_ITER                       # 76
  CALL 1                         # 77
  STORE_GLOBAL inverted          # 78
  LOAD_GLOBAL print              # 79
  LOAD_GLOBAL inverted           # 80
  CALL 1                         # 81
  POP_TOP                        # 82
  LOAD_CONST "outer"             # 83
  STORE_GLOBAL x                 # 84
  MAKE_FUNCTION <listcomp>       # 85
  LOAD_CONST 1                   # 86
  LOAD_CONST 2                   # 87
  LOAD_CONST 3                   # 88
  BUILD_LIST 3                   # 89
  GET_ITER                       # 90
  CALL 1                         # 91
  STORE_GLOBAL doubled           # 92
  LOAD_GLOBAL print              # 93
  LOAD_GLOBAL doubled            # 94
  LOAD_GLOBAL x                  # 95
  CALL 2                         # 96
  POP_TOP                        # 97
  MAKE_FUNCTION scale            # 98
  STORE_GLOBAL scale             # 99
  LOAD_GLOBAL print              # 100
  LOAD_GLOBAL scale              # 101
  LOAD_CONST 1                   # 102
  LOAD_CONST 2                   # 103
  LOAD_CONST 3                   # 104
  BUILD_LIST 3                   # 105
  LOAD_CONST 10                  # 106
  CALL 2                         # 107
  CALL 1                         # 108
  POP_TOP                        # 109
  MAKE_FUNCTION table            # 110
  STORE_GLOBAL table             # 111
  LOAD_GLOBAL table              # 112
  LOAD_CONST 4                   # 113
  CALL 1                         # 114
  GET_ITER                       # 115
L116:
  FOR_ITER L123                  # 116
  STORE_GLOBAL row               # 117
  LOAD_GLOBAL print              # 118
  LOAD_GLOBAL row                # 119
  CALL 1                         # 120
  POP_TOP                        # 121
  JUMP L116                      # 122
L123:
  BUILD_LIST 0                   # 123
  STORE_GLOBAL calls             # 124
  MAKE_FUNCTION source           # 125
  STORE_GLOBAL source            # 126
  LOAD_GLOBAL print              # 127
  MAKE_FUNCTION <listcomp>       # 128
  LOAD_GLOBAL source             # 129
  CALL 0                         # 130
  GET_ITER                       # 131
  CALL 1                         # 132
  LOAD_GLOBAL calls              # 133
  CALL 2                         # 134
  POP_TOP                        # 135
  BUILD_LIST 0                   # 136
  STORE_GLOBAL results           # 137
  LOAD_GLOBAL threading.Lock     # 138
  CALL 0                         # 139
  STORE_GLOBAL lock              # 140
  MAKE_FUNCTION work             # 141
  STORE_GLOBAL work              # 142
  MAKE_FUNCTION <listcomp>       # 143
  LOAD_GLOBAL range              # 144
  LOAD_CONST 4                   # 145
  CALL 1                         # 146
  GET_ITER                       # 147
  CALL 1                         # 148
  STORE_GLOBAL threads           # 149
  LOAD_GLOBAL threads            # 150
  GET_ITER                       # 151
L152:
  FOR_ITER L158                  # 152
  STORE_GLOBAL t                 # 153
  LOAD_GLOBAL t                  # 154
  CALL_METHOD start 0            # 155
  POP_TOP                        # 156
  JUMP L152                      # 157
L158:
  LOAD_GLOBAL threads            # 158
  GET_ITER                       # 159
L160:
  FOR_ITER L166                  # 160
  STORE_GLOBAL t                 # 161
  LOAD_GLOBAL t                  # 162
  CALL_METHOD join 0             # 163
  POP_TOP                        # 164
  JUMP L160                      # 165
L166:
  LOAD_GLOBAL print              # 166
  LOAD_GLOBAL sorted             # 167
  LOAD_GLOBAL results            # 168
  CALL 1                         # 169
  CALL 1                         # 170
  POP_TOP                        # 171
  LOAD_GLOBAL print              # 172
  MAKE_FUNCTION <listcomp>       # 173
  LOAD_CONST "gil"               # 174
  LOAD_CONST "lab"               # 175
  BINARY_ADD                     # 176
  GET_ITER                       # 177
  CALL 1                         # 178
  MAKE_FUNCTION <listcomp>       # 179
  BUILD_TUPLE 0                  # 180
  GET_ITER                       # 181
  CALL 1                         # 182
  MAKE_FUNCTION <dictcomp>       # 183
  BUILD_LIST 0                   # 184
  GET_ITER                       # 185
  CALL 1                         # 186
  CALL 3                         # 187
  POP_TOP                        # 188
  LOAD_CONST None                # 189
  RETURN_VALUE                   # 190
.end

.func <listcomp> .0
.locals .r n
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L11                   # 3
  STORE_FAST n                   # 4
  LOAD_FAST .r                   # 5
  LOAD_FAST n                    # 6
  LOAD_FAST n                    # 7
  BINARY_MULTIPLY                # 8
  LIST_APPEND                    # 9
  JUMP L3                        # 10
L11:
  LOAD_FAST .r                   # 11
  RETURN_VALUE                   # 12
.end

.func <listcomp> .0
.locals .r n
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L15                   # 3
  STORE_FAST n                   # 4
  LOAD_FAST n                    # 5
  LOAD_CONST 2                   # 6
  BINARY_MODULO                  # 7
  LOAD_CONST 0                   # 8
  COMPARE_OP ==                  # 9
  POP_JUMP_IF_FALSE L3           # 10
  LOAD_FAST .r                   # 11
  LOAD_FAST n                    # 12
  LIST_APPEND                    # 13
  JUMP L3                        # 14
L15:
  LOAD_FAST .r                   # 15
  RETURN_VALUE                   # 16
.end

.func <listcomp> .0
.locals .r a b
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L22                   # 3
  STORE_FAST a                   # 4
  LOAD_GLOBAL range              # 5
  LOAD_CONST 3                   # 6
  CALL 1                         # 7
  GET_ITER                       # 8
L9:
  FOR_ITER L21                   # 9
  STORE_FAST b                   # 10
  LOAD_FAST a                    # 11
  LOAD_FAST b                    # 12
  COMPARE_OP !=                  # 13
  POP_JUMP_IF_FALSE L9           # 14
  LOAD_FAST .r                   # 15
  LOAD_FAST a                    # 16
  LOAD_FAST b                    # 17
  BUILD_TUPLE 2                  # 18
  LIST_APPEND                    # 19
  JUMP L9                        # 20
L21:
  JUMP L3                        # 21
L22:
  LOAD_FAST .r                   # 22
  RETURN_VALUE                   # 23
.end

.func <listcomp> .0
.locals .r row x
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L14                   # 3
  STORE_FAST row                 # 4
  LOAD_FAST row                  # 5
  GET_ITER                       # 6
L7:
  FOR_ITER L13                   # 7
  STORE_FAST x                   # 8
  LOAD_FAST .r                   # 9
  LOAD_FAST x                    # 10
  LIST_APPEND                    # 11
  JUMP L7                        # 12
L13:
  JUMP L3                        # 13
L14:
  LOAD_FAST .r                   # 14
  RETURN_VALUE                   # 15
.end

.func <listcomp> .0
.locals .r x
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L17                   # 3
  STORE_FAST x                   # 4
  LOAD_FAST x                    # 5
  LOAD_CONST 2                   # 6
  BINARY_MODULO                  # 7
  POP_JUMP_IF_FALSE L3           # 8
  LOAD_FAST x                    # 9
  LOAD_CONST 3                   # 10
  BINARY_MODULO                  # 11
  POP_JUMP_IF_FALSE L3           # 12
  LOAD_FAST .r                   # 13
  LOAD_FAST x                    # 14
  LIST_APPEND                    # 15
  JUMP L3                        # 16
L17:
  LOAD_FAST .r                   # 17
  RETURN_VALUE                   # 18
.end

.func <dictcomp> .0
.locals .r word
  BUILD_MAP 0                    # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L14                   # 3
  STORE_FAST word                # 4
  LOAD_FAST word                 # 5
  LOAD_GLOBAL len                # 6
  LOAD_FAST word                 # 7
  CALL 1                         # 8
  ROT_TWO                        # 9
  LOAD_FAST .r                   # 10
  ROT_TWO                        # 11
  STORE_SUBSCR                   # 12
  JUMP L3                        # 13
L14:
  LOAD_FAST .r                   # 14
  RETURN_VALUE                   # 15
.end

.func <dictcomp> .0
.locals .r k v
  BUILD_MAP 0                    # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L14                   # 3
  UNPACK_SEQUENCE 2              # 4
  STORE_FAST k                   # 5
  STORE_FAST v                   # 6
  LOAD_FAST v                    # 7
  LOAD_FAST k                    # 8
  ROT_TWO                        # 9
  LOAD_FAST .r                   # 10
  ROT_TWO                        # 11
  STORE_SUBSCR                   # 12
  JUMP L3                        # 13
L14:
  LOAD_FAST .r                   # 14
  RETURN_VALUE                   # 15
.end

.func <listcomp> .0
.locals .r x
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L11                   # 3
  STORE_FAST x                   # 4
  LOAD_FAST .r                   # 5
  LOAD_FAST x                    # 6
  LOAD_CONST 2                   # 7
  BINARY_MULTIPLY                # 8
  LIST_APPEND                    # 9
  JUMP L3                        # 10
L11:
  LOAD_FAST .r                   # 11
  RETURN_VALUE                   # 12
.end

.func scale values factor
  LOAD_CLOSURE factor            # 0
  BUILD_TUPLE 1                  # 1
  MAKE_FUNCTION scale.<locals>.<listcomp> (closure) # 2
  LOAD_FAST values               # 3
  GET_ITER                       # 4
  CALL 1                         # 5
  RETURN_VALUE                   # 6
  LOAD_CONST None                # 7
  RETURN_VALUE                   # 8
.end

.func <listcomp> .0
.locals .r v
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L11                   # 3
  STORE_FAST v                   # 4
  LOAD_FAST .r                   # 5
  LOAD_FAST v                    # 6
  LOAD_DEREF factor              # 7
  BINARY_MULTIPLY                # 8
  LIST_APPEND                    # 9
  JUMP L3                        # 10
L11:
  LOAD_FAST .r                   # 11
  RETURN_VALUE                   # 12
.end

.func table n
  LOAD_CLOSURE n                 # 0
  BUILD_TUPLE 1                  # 1
  MAKE_FUNCTION table.<locals>.<listcomp> (closure) # 2
  LOAD_GLOBAL range              # 3
  LOAD_CONST 1                   # 4
  LOAD_DEREF n                   # 5
  LOAD_CONST 1                   # 6
  BINARY_ADD                     # 7
  CALL 2                         # 8
  GET_ITER                       # 9
  CALL 1                         # 10
  RETURN_VALUE                   # 11
  LOAD_CONST None                # 12
  RETURN_VALUE                   # 13
.end

.func <listcomp> .0
.locals .r
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L19                   # 3
  STORE_DEREF row                # 4
  LOAD_FAST .r                   # 5
  LOAD_CLOSURE row               # 6
  BUILD_TUPLE 1                  # 7
  MAKE_FUNCTION table.<locals>.<listcomp>.<locals>.<listcomp> (closure) # 8
  LOAD_GLOBAL range              # 9
  LOAD_CONST 1                   # 10
  LOAD_DEREF n                   # 11
  LOAD_CONST 1                   # 12
  BINARY_ADD                     # 13
  CALL 2                         # 14
  GET_ITER                       # 15
  CALL 1                         # 16
  LIST_APPEND                    # 17
  JUMP L3                        # 18
L19:
  LOAD_FAST .r                   # 19
  RETURN_VALUE                   # 20
.end

.func <listcomp> .0
.locals .r col
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L11                   # 3
  STORE_FAST col                 # 4
  LOAD_FAST .r                   # 5
  LOAD_DEREF row                 # 6
  LOAD_FAST col                  # 7
  BINARY_MULTIPLY                # 8
  LIST_APPEND                    # 9
  JUMP L3                        # 10
L11:
  LOAD_FAST .r                   # 11
  RETURN_VALUE                   # 12
.end

.func source
  LOAD_GLOBAL calls              # 0
  LOAD_CONST "source"            # 1
  CALL_METHOD append 1           # 2
  POP_TOP                        # 3
  LOAD_CONST 1                   # 4
  LOAD_CONST 2                   # 5
  LOAD_CONST 3                   # 6
  BUILD_LIST 3                   # 7
  RETURN_VALUE                   # 8
  LOAD_CONST None                # 9
  RETURN_VALUE                   # 10
.end

.func <listcomp> .0
.locals .r v
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L13                   # 3
  STORE_FAST v                   # 4
  LOAD_FAST .r                   # 5
  LOAD_FAST v                    # 6
  LOAD_GLOBAL len                # 7
  LOAD_GLOBAL calls              # 8
  CALL 1                         # 9
  BINARY_ADD                     # 10
  LIST_APPEND                    # 11
  JUMP L3                        # 12
L13:
  LOAD_FAST .r                   # 13
  RETURN_VALUE                   # 14
.end

.func work k
  LOAD_GLOBAL lock               # 0
  WITH_ENTER                     # 1
  POP_TOP                        # 2
  LOAD_GLOBAL results            # 3
  LOAD_FAST k                    # 4
  CALL_METHOD append 1           # 5
  POP_TOP                        # 6
  WITH_EXIT                      # 7
  LOAD_CONST None                # 8
  RETURN_VALUE                   # 9
.end

.func <listcomp> .0
.locals .r k
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L13                   # 3
  STORE_FAST k                   # 4
  LOAD_FAST .r                   # 5
  LOAD_GLOBAL threading.Thread   # 6
  LOAD_GLOBAL work               # 7
  LOAD_FAST k                    # 8
  BUILD_TUPLE 1                  # 9
  CALL_KW target,args 2          # 10
  LIST_APPEND                    # 11
  JUMP L3                        # 12
L13:
  LOAD_FAST .r                   # 13
  RETURN_VALUE                   # 14
.end

.func <listcomp> .0
.locals .r c
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L9                    # 3
  STORE_FAST c                   # 4
  LOAD_FAST .r                   # 5
  LOAD_FAST c                    # 6
  LIST_APPEND                    # 7
  JUMP L3                        # 8
L9:
  LOAD_FAST .r                   # 9
  RETURN_VALUE                   # 10
.end

.func <listcomp> .0
.locals .r t
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L9                    # 3
  STORE_FAST t                   # 4
  LOAD_FAST .r                   # 5
  LOAD_FAST t                    # 6
  LIST_APPEND                    # 7
  JUMP L3                        # 8
L9:
  LOAD_FAST .r                   # 9
  RETURN_VALUE                   # 10
.end

.func <dictcomp> .0
.locals .r k
  BUILD_MAP 0                    # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L12                   # 3
  STORE_FAST k                   # 4
  LOAD_FAST k                    # 5
  LOAD_CONST 0                   # 6
  ROT_TWO                        # 7
  LOAD_FAST .r                   # 8
  ROT_TWO                        # 9
  STORE_SUBSCR                   # 10
  JUMP L3                        # 11
L12:
  LOAD_FAST .r                   # 12
  RETURN_VALUE                   # 13
.end
