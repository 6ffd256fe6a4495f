.global a
.global b
.global print
.global range
.global len
.global c
.global t
.global u
.global s
.global r
.global n
.global m
.global grid
.global rows
.global grow
.global mine
.global total
.global part
.global x

.func <module>
  LOAD_CONST 1                   # 0
  BUILD_LIST 1                   # 1
  STORE_GLOBAL a                 # 2
  LOAD_GLOBAL a                  # 3
  STORE_GLOBAL b                 # 4
  LOAD_GLOBAL a                  # 5
  LOAD_CONST 2                   # 6
  BUILD_LIST 1                   # 7
  INPLACE_ADD                    # 8
  STORE_GLOBAL a                 # 9
  LOAD_GLOBAL print              # 10
  LOAD_GLOBAL a                  # 11
  LOAD_GLOBAL b                  # 12
  LOAD_GLOBAL a                  # 13
  LOAD_GLOBAL b                  # 14
  COMPARE_OP is                  # 15
  CALL 3                         # 16
  POP_TOP                        # 17
  LOAD_GLOBAL a                  # 18
  LOAD_CONST 3                   # 19
  LOAD_CONST 4                   # 20
  BUILD_TUPLE 2                  # 21
  INPLACE_ADD                    # 22
  STORE_GLOBAL a                 # 23
  LOAD_GLOBAL a                  # 24
  LOAD_CONST "xy"                # 25
  INPLACE_ADD                    # 26
  STORE_GLOBAL a                 # 27
  LOAD_GLOBAL a                  # 28
  LOAD_GLOBAL range              # 29
  LOAD_CONST 2                   # 30
  CALL 1                         # 31
  INPLACE_ADD                    # 32
  STORE_GLOBAL a                 # 33
  LOAD_GLOBAL a                  # 34
  LOAD_CONST "k"                 # 35
  LOAD_CONST 1                   # 36
  BUILD_MAP 1                    # 37
  INPLACE_ADD                    # 38
  STORE_GLOBAL a                 # 39
  LOAD_GLOBAL print              # 40
  LOAD_GLOBAL b                  # 41
  CALL 1                         # 42
  POP_TOP                        # 43
  LOAD_GLOBAL a                  # 44
  LOAD_CONST 2                   # 45
  INPLACE_MULTIPLY               # 46
  STORE_GLOBAL a                 # 47
  LOAD_GLOBAL print              # 48
  LOAD_GLOBAL len                # 49
  LOAD_GLOBAL b                  # 50
  CALL 1                         # 51
  LOAD_GLOBAL a                  # 52
  LOAD_GLOBAL b                  # 53
  COMPARE_OP is                  # 54
  CALL 2                         # 55
  POP_TOP                        # 56
  LOAD_GLOBAL a                  # 57
  LOAD_CONST 0                   # 58
  INPLACE_MULTIPLY               # 59
  STORE_GLOBAL a                 # 60
  LOAD_GLOBAL print              # 61
  LOAD_GLOBAL a                  # 62
  LOAD_GLOBAL b                  # 63
  LOAD_GLOBAL a                  # 64
  LOAD_GLOBAL b                  # 65
  COMPARE_OP is                  # 66
  CALL 3                         # 67
  POP_TOP                        # 68
  LOAD_CONST 1                   # 69
  LOAD_CONST 2                   # 70
  BUILD_LIST 2                   # 71
  STORE_GLOBAL c                 # 72
  LOAD_GLOBAL c                  # 73
  LOAD_GLOBAL c                  # 74
  INPLACE_ADD                    # 75
  STORE_GLOBAL c                 # 76
  LOAD_GLOBAL print              # 77
  LOAD_GLOBAL c                  # 78
  CALL 1                         # 79
  POP_TOP                        # 80
  LOAD_CONST 1                   # 81
  BUILD_TUPLE 1                  # 82
  STORE_GLOBAL t                 # 83
  LOAD_GLOBAL t                  # 84
  STORE_GLOBAL u                 # 85
  LOAD_GLOBAL t                  # 86
  LOAD_CONST 2                   # 87
  BUILD_TUPLE 1                  # 88
  INPLACE_ADD                    # 89
  STORE_GLOBAL t                 # 90
  LOAD_GLOBAL print              # 91
  LOAD_GLOBAL t                  # 92
  LOAD_GLOBAL u                  # 93
  LOAD_GLOBAL t                  # 94
  LOAD_GLOBAL u                  # 95
  COMPARE_OP is                  # 96
  CALL 3                         # 97
  POP_TOP                        # 98
  LOAD_CONST "ab"                # 99
  STORE_GLOBAL s                 # 100
  LOAD_GLOBAL s                  # 101
  STORE_GLOBAL r                 # 102
  LOAD_GLOBAL s                  # 103
  LOAD_CONST "c"                 # 104
  INPLACE_ADD                    # 105
  STORE_GLOBAL s                 # 106
  LOAD_GLOBAL s                  # 107
  LOAD_CONST 2                   # 108
  INPLACE_MULTIPLY               # 109
  STORE_GLOBAL s                 # 110
  LOAD_GLOBAL print              # 111
  LOAD_GLOBAL s                  # 112
  LOAD_GLOBAL r                  # 113
  CALL 2                         # 114
  POP_TOP                        # 115
  LOAD_CONST 10                  # 116
  STORE_GLOBAL n                 # 117
  LOAD_GLOBAL n                  # 118
  STORE_GLOBAL m                 # 119
  LOAD_GLOBAL n                  # 120
  LOAD_CONST 5                   # 121
  INPLACE_ADD                    # 122
  STORE_GLOBAL n                 # 123
  LOAD_GLOBAL print              # 124
  LOAD_GLOBAL n                  # 125
  LOAD_GLOBAL m                  # 126
  CALL 2                         # 127
  POP_TOP                        # 128
  LOAD_CONST "row"               # 129
  LOAD_CONST 0                   # 130
  BUILD_LIST 1                   # 131
  BUILD_MAP 1                    # 132
  STORE_GLOBAL grid              # 133
  LOAD_GLOBAL grid               # 134
  DUP_TOP                        # 135
  LOAD_CONST "row"               # 136
  DUP_TOP                        # 137
  ROT_THREE                      # 138
  BINARY_SUBSCR                  # 139
  LOAD_CONST 1                   # 140
  BUILD_LIST 1                   # 141
  INPLACE_ADD                    # 142
  ROT_THREE                      # 143
  STORE_SUBSCR                   # 144
  LOAD_GLOBAL grid               # 145
  DUP_TOP                        # 146
  LOAD_CONST "row"               # 147
  DUP_TOP                        # 148
  ROT_THREE                      # 149
  BINARY_SUBSCR                  # 150
  LOAD_CONST 2                   # 151
  INPLACE_MULTIPLY               # 152
  ROT_THREE                      # 153
  STORE_SUBSCR                   # 154
  LOAD_GLOBAL print              # 155
  LOAD_GLOBAL grid               # 156
  CALL 1                         # 157
  POP_TOP                        # 158
  LOAD_CONST 0                   # 159
  BUILD_LIST 1                   # 160
  LOAD_CONST 1                   # 161
  BUILD_LIST 1                   # 162
  BUILD_LIST 2                   # 163
  STORE_GLOBAL rows              # 164
  LOAD_GLOBAL rows               # 165
  DUP_TOP                        # 166
  LOAD_CONST 1                   # 167
  DUP_TOP                        # 168
  ROT_THREE                      # 169
  BINARY_SUBSCR                  # 170
  LOAD_CONST 2                   # 171
  BUILD_LIST 1                   # 172
  INPLACE_ADD                    # 173
  ROT_THREE                      # 174
  STORE_SUBSCR                   # 175
  LOAD_GLOBAL print              # 176
  LOAD_GLOBAL rows               # 177
  CALL 1                         # 178
  POP_TOP                        # 179
  MAKE_FUNCTION grow             # 180
  STORE_GLOBAL grow              # 181
  BUILD_LIST 0                   # 182
  STORE_GLOBAL mine              # 183
  LOAD_GLOBAL print              # 184
  LOAD_GLOBAL grow               # 185
  LOAD_GLOBAL mine               # 186
  LOAD_CONST 3                   # 187
  CALL 2                         # 188
  LOAD_GLOBAL mine               # 189
  COMPARE_OP is                  # 190
  LOAD_GLOBAL mine               # 191
  CALL 2                         # 192
  POP_TOP                        # 193
  LOAD_CONST 0                   # 194
  STORE_GLOBAL total             # 195
  LOAD_CONST 1                   # 196
  BUILD_LIST 1                   # 197
  LOAD_CONST 2                   # 198
  LOAD_CONST 3                   # 199
  BUILD_LIST 2                   # 200
  BUILD_LIST 2                   # 201
  GET_ITER                       # 202
L203:
  FOR_ITER L212                  # 203
  STORE_GLOBAL part              # 204
  LOAD_GLOBAL total              # 205
  LOAD_GLOBAL len                # 206
  LOAD_GLOBAL part               # 207
  CALL 1                         # 208
  INPLACE_ADD                    # 209
  STORE_GLOBAL total             # 210
  JUMP L203                      # 211
L212:
  LOAD_GLOBAL print              # 212
  LOAD_GLOBAL total              # 213
  CALL 1                         # 214
  POP_TOP                        # 215
  LOAD_CONST 1.5                 # 216
  STORE_GLOBAL x                 # 217
  LOAD_GLOBAL x                  # 218
  LOAD_CONST 2                   # 219
  INPLACE_MULTIPLY               # 220
  STORE_GLOBAL x                 # 221
  LOAD_GLOBAL print              # 222
  LOAD_GLOBAL x                  # 223
  CALL 1                         # 224
  POP_TOP                        # 225
  LOAD_CONST None                # 226
  RETURN_VALUE                   # 227
.end

.func grow xs k
.locals i
  LOAD_GLOBAL range              # 0
  LOAD_FAST k                    # 1
  CALL 1                         # 2
  GET_ITER                       # 3
L4:
  FOR_ITER L12                   # 4
  STORE_FAST i                   # 5
  LOAD_FAST xs                   # 6
  LOAD_FAST i                    # 7
  BUILD_LIST 1                   # 8
  INPLACE_ADD                    # 9
  STORE_FAST xs                  # 10
  JUMP L4                        # 11
L12:
  LOAD_FAST xs                   # 12
  RETURN_VALUE                   # 13
  LOAD_CONST None                # 14
  RETURN_VALUE                   # 15
.end
