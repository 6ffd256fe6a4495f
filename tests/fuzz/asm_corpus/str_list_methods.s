.global line
.global words
.global print
.global csv
.global rows
.global int
.global xs
.global alias
.global names
.global len
.global copy

.func <module>
  LOAD_CONST "  the quick  brown fox  " # 0
  STORE_GLOBAL line              # 1
  LOAD_GLOBAL line               # 2
  CALL_METHOD split 0            # 3
  STORE_GLOBAL words             # 4
  LOAD_GLOBAL print              # 5
  LOAD_GLOBAL words              # 6
  LOAD_GLOBAL line               # 7
  CALL_METHOD strip 0            # 8
  LOAD_GLOBAL line               # 9
  CALL_METHOD lstrip 0           # 10
  LOAD_GLOBAL line               # 11
  CALL_METHOD rstrip 0           # 12
  LOAD_CONST "|"                 # 13
  BINARY_ADD                     # 14
  CALL 4                         # 15
  POP_TOP                        # 16
  LOAD_GLOBAL print              # 17
  LOAD_CONST ","                 # 18
  LOAD_GLOBAL words              # 19
  CALL_METHOD join 1             # 20
  LOAD_CONST "-"                 # 21
  LOAD_CONST "abc"               # 22
  CALL_METHOD join 1             # 23
  LOAD_CONST ""                  # 24
  BUILD_LIST 0                   # 25
  CALL_METHOD join 1             # 26
  LOAD_CONST " "                 # 27
  LOAD_CONST "a"                 # 28
  LOAD_CONST "b"                 # 29
  BUILD_TUPLE 2                  # 30
  CALL_METHOD join 1             # 31
  CALL 4                         # 32
  POP_TOP                        # 33
  LOAD_GLOBAL print              # 34
  LOAD_CONST "a,b,,c"            # 35
  LOAD_CONST ","                 # 36
  CALL_METHOD split 1            # 37
  LOAD_CONST "a b c"             # 38
  LOAD_CONST " "                 # 39
  LOAD_CONST 1                   # 40
  CALL_METHOD split 2            # 41
  LOAD_CONST "k=v=w"             # 42
  LOAD_CONST "="                 # 43
  LOAD_CONST 1                   # 44
  CALL_METHOD split 2            # 45
  LOAD_CONST "x"                 # 46
  LOAD_CONST ","                 # 47
  CALL_METHOD split 1            # 48
  CALL 4                         # 49
  POP_TOP                        # 50
  LOAD_GLOBAL print              # 51
  LOAD_CONST "xxhixx"            # 52
  LOAD_CONST "x"                 # 53
  CALL_METHOD strip 1            # 54
  LOAD_CONST "Hello"             # 55
  CALL_METHOD upper 0            # 56
  LOAD_CONST "Hello"             # 57
  CALL_METHOD lower 0            # 58
  LOAD_CONST "MiXeD 42"          # 59
  CALL_METHOD lower 0            # 60
  CALL 4                         # 61
  POP_TOP                        # 62
  LOAD_GLOBAL print              # 63
  LOAD_CONST "report.txt"        # 64
  LOAD_CONST ".txt"              # 65
  CALL_METHOD endswith 1         # 66
  LOAD_CONST "report.txt"        # 67
  LOAD_CONST "rep"               # 68
  CALL_METHOD startswith 1       # 69
  LOAD_CONST "a"                 # 70
  LOAD_CONST "b"                 # 71
  LOAD_CONST "a"                 # 72
  BUILD_TUPLE 2                  # 73
  CALL_METHOD startswith 1       # 74
  CALL 3                         # 75
  POP_TOP                        # 76
  LOAD_GLOBAL print              # 77
  LOAD_CONST "hello"             # 78
  LOAD_CONST "l"                 # 79
  LOAD_CONST "L"                 # 80
  CALL_METHOD replace 2          # 81
  LOAD_CONST "hello"             # 82
  LOAD_CONST "l"                 # 83
  LOAD_CONST "L"                 # 84
  LOAD_CONST 1                   # 85
  CALL_METHOD replace 3          # 86
  LOAD_CONST "ab"                # 87
  LOAD_CONST ""                  # 88
  LOAD_CONST "-"                 # 89
  CALL_METHOD replace 2          # 90
  CALL 3                         # 91
  POP_TOP                        # 92
  LOAD_GLOBAL print              # 93
  LOAD_CONST "banana"            # 94
  LOAD_CONST "an"                # 95
  CALL_METHOD find 1             # 96
  LOAD_CONST "banana"            # 97
  LOAD_CONST "x"                 # 98
  CALL_METHOD find 1             # 99
  LOAD_CONST "banana"            # 100
  LOAD_CONST "an"                # 101
  CALL_METHOD count 1            # 102
  LOAD_CONST "banana"            # 103
  LOAD_CONST "a"                 # 104
  CALL_METHOD count 1            # 105
  CALL 4                         # 106
  POP_TOP                        # 107
  LOAD_GLOBAL print              # 108
  LOAD_CONST "{} + {} = {}"      # 109
  LOAD_CONST 1                   # 110
  LOAD_CONST 2                   # 111
  LOAD_CONST 3                   # 112
  CALL_METHOD format 3           # 113
  LOAD_CONST "{1}{0}"            # 114
  LOAD_CONST "a"                 # 115
  LOAD_CONST "b"                 # 116
  CALL_METHOD format 2           # 117
  LOAD_CONST "{{}} {!r}"         # 118
  LOAD_CONST "x"                 # 119
  CALL_METHOD format 1           # 120
  CALL 3                         # 121
  POP_TOP                        # 122
  LOAD_CONST "name,score\nada,95\nalan,88" # 123
  STORE_GLOBAL csv               # 124
  MAKE_FUNCTION <listcomp>       # 125
  LOAD_GLOBAL csv                # 126
  LOAD_CONST "\n"                # 127
  CALL_METHOD split 1            # 128
  LOAD_CONST 1                   # 129
  LOAD_CONST None                # 130
  BUILD_SLICE 2                  # 131
  BINARY_SUBSCR                  # 132
  GET_ITER                       # 133
  CALL 1                         # 134
  STORE_GLOBAL rows              # 135
  LOAD_GLOBAL print              # 136
  LOAD_GLOBAL rows               # 137
  MAKE_FUNCTION <dictcomp>       # 138
  LOAD_GLOBAL rows               # 139
  GET_ITER                       # 140
  CALL 1                         # 141
  CALL 2                         # 142
  POP_TOP                        # 143
  LOAD_CONST 3                   # 144
  LOAD_CONST 1                   # 145
  LOAD_CONST 4                   # 146
  LOAD_CONST 1                   # 147
  LOAD_CONST 5                   # 148
  LOAD_CONST 9                   # 149
  LOAD_CONST 2                   # 150
  LOAD_CONST 6                   # 151
  BUILD_LIST 8                   # 152
  STORE_GLOBAL xs                # 153
  LOAD_GLOBAL xs                 # 154
  STORE_GLOBAL alias             # 155
  LOAD_GLOBAL xs                 # 156
  CALL_METHOD sort 0             # 157
  POP_TOP                        # 158
  LOAD_GLOBAL print              # 159
  LOAD_GLOBAL xs                 # 160
  LOAD_GLOBAL alias              # 161
  LOAD_GLOBAL xs                 # 162
  COMPARE_OP is                  # 163
  CALL 2                         # 164
  POP_TOP                        # 165
  LOAD_GLOBAL xs                 # 166
  LOAD_CONST True                # 167
  CALL_METHOD_KW sort:reverse 1  # 168
  POP_TOP                        # 169
  LOAD_GLOBAL print              # 170
  LOAD_GLOBAL xs                 # 171
  CALL 1                         # 172
  POP_TOP                        # 173
  LOAD_CONST "bob"               # 174
  LOAD_CONST "Al"                # 175
  LOAD_CONST "christine"         # 176
  BUILD_LIST 3                   # 177
  STORE_GLOBAL names             # 178
  LOAD_GLOBAL names              # 179
  LOAD_GLOBAL len                # 180
  CALL_METHOD_KW sort:key 1      # 181
  POP_TOP                        # 182
  LOAD_GLOBAL print              # 183
  LOAD_GLOBAL names              # 184
  CALL 1                         # 185
  POP_TOP                        # 186
  LOAD_GLOBAL xs                 # 187
  LOAD_CONST 0                   # 188
  LOAD_CONST 0                   # 189
  BUILD_LIST 2                   # 190
  CALL_METHOD extend 1           # 191
  POP_TOP                        # 192
  LOAD_GLOBAL xs                 # 193
  LOAD_CONST 0                   # 194
  LOAD_CONST 100                 # 195
  CALL_METHOD insert 2           # 196
  POP_TOP                        # 197
  LOAD_GLOBAL xs                 # 198
  LOAD_CONST -1                  # 199
  LOAD_CONST 50                  # 200
  CALL_METHOD insert 2           # 201
  POP_TOP                        # 202
  LOAD_GLOBAL xs                 # 203
  LOAD_CONST 99                  # 204
  LOAD_CONST 7                   # 205
  CALL_METHOD insert 2           # 206
  POP_TOP                        # 207
  LOAD_GLOBAL print              # 208
  LOAD_GLOBAL xs                 # 209
  LOAD_GLOBAL xs                 # 210
  LOAD_CONST 5                   # 211
  CALL_METHOD index 1            # 212
  LOAD_GLOBAL xs                 # 213
  LOAD_CONST 0                   # 214
  CALL_METHOD count 1            # 215
  LOAD_GLOBAL xs                 # 216
  LOAD_CONST 42                  # 217
  CALL_METHOD count 1            # 218
  CALL 4                         # 219
  POP_TOP                        # 220
  LOAD_GLOBAL xs                 # 221
  LOAD_CONST 0                   # 222
  CALL_METHOD remove 1           # 223
  POP_TOP                        # 224
  LOAD_GLOBAL xs                 # 225
  CALL_METHOD reverse 0          # 226
  POP_TOP                        # 227
  LOAD_GLOBAL print              # 228
  LOAD_GLOBAL xs                 # 229
  CALL 1                         # 230
  POP_TOP                        # 231
  LOAD_GLOBAL xs                 # 232
  CALL_METHOD copy 0             # 233
  STORE_GLOBAL copy              # 234
  LOAD_GLOBAL xs                 # 235
  CALL_METHOD clear 0            # 236
  POP_TOP                        # 237
  LOAD_GLOBAL print              # 238
  LOAD_GLOBAL xs                 # 239
  LOAD_GLOBAL copy               # 240
  LOAD_GLOBAL alias              # 241
  CALL 3                         # 242
  POP_TOP                        # 243
  LOAD_CONST None                # 244
  RETURN_VALUE                   # 245
.end

.func <listcomp> .0
.locals .r row
  BUILD_LIST 0                   # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L11                   # 3
  STORE_FAST row                 # 4
  LOAD_FAST .r                   # 5
  LOAD_FAST row                  # 6
  LOAD_CONST ","                 # 7
  CALL_METHOD split 1            # 8
  LIST_APPEND                    # 9
  JUMP L3                        # 10
L11:
  LOAD_FAST .r                   # 11
  RETURN_VALUE                   # 12
.end

.func <dictcomp> .0
.locals .r name score
  BUILD_MAP 0                    # 0
  STORE_FAST .r                  # 1
  LOAD_FAST .0                   # 2
L3:
  FOR_ITER L16                   # 3
  UNPACK_SEQUENCE 2              # 4
  STORE_FAST name                # 5
  STORE_FAST score               # 6
  LOAD_FAST name                 # 7
  LOAD_GLOBAL int                # 8
  LOAD_FAST score                # 9
  CALL 1                         # 10
  ROT_TWO                        # 11
  LOAD_FAST .r                   # 12
  ROT_TWO                        # 13
  STORE_SUBSCR                   # 14
  JUMP L3                        # 15
L16:
  LOAD_FAST .r                   # 16
  RETURN_VALUE                   # 17
.end
