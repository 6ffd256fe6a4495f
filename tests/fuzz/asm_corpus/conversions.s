.global print
.global int
.global float
.global bool
.global str
.global repr
.global round
.global divmod
.global ord
.global chr
.global hash

.func <module>
  LOAD_GLOBAL print              # 0
  LOAD_GLOBAL int                # 1
  LOAD_CONST "42"                # 2
  CALL 1                         # 3
  LOAD_GLOBAL int                # 4
  LOAD_CONST "-7"                # 5
  CALL 1                         # 6
  LOAD_GLOBAL int                # 7
  LOAD_CONST " 12 "              # 8
  CALL 1                         # 9
  LOAD_GLOBAL int                # 10
  LOAD_CONST "1_000"             # 11
  CALL 1                         # 12
  LOAD_GLOBAL int                # 13
  LOAD_CONST 3.9                 # 14
  CALL 1                         # 15
  LOAD_GLOBAL int                # 16
  LOAD_CONST 3.9                 # 17
  UNARY_NEGATIVE                 # 18
  CALL 1                         # 19
  LOAD_GLOBAL int                # 20
  LOAD_CONST True                # 21
  CALL 1                         # 22
  CALL 7                         # 23
  POP_TOP                        # 24
  LOAD_GLOBAL print              # 25
  LOAD_GLOBAL int                # 26
  LOAD_CONST "ff"                # 27
  LOAD_CONST 16                  # 28
  CALL 2                         # 29
  LOAD_GLOBAL int                # 30
  LOAD_CONST "0b101"             # 31
  LOAD_CONST 0                   # 32
  CALL 2                         # 33
  LOAD_GLOBAL int                # 34
  LOAD_CONST "0x1F"              # 35
  LOAD_CONST 16                  # 36
  CALL 2                         # 37
  LOAD_GLOBAL int                # 38
  LOAD_CONST "777"               # 39
  LOAD_CONST 8                   # 40
  CALL 2                         # 41
  LOAD_GLOBAL int                # 42
  CALL 0                         # 43
  CALL 5                         # 44
  POP_TOP                        # 45
  LOAD_GLOBAL print              # 46
  LOAD_GLOBAL float              # 47
  LOAD_CONST "1.5"               # 48
  CALL 1                         # 49
  LOAD_GLOBAL float              # 50
  LOAD_CONST 2                   # 51
  CALL 1                         # 52
  LOAD_GLOBAL float              # 53
  LOAD_CONST " -1e3 "            # 54
  CALL 1                         # 55
  LOAD_GLOBAL float              # 56
  LOAD_CONST "inf"               # 57
  CALL 1                         # 58
  LOAD_GLOBAL float              # 59
  LOAD_CONST "-inf"              # 60
  CALL 1                         # 61
  LOAD_GLOBAL float              # 62
  CALL 0                         # 63
  CALL 6                         # 64
  POP_TOP                        # 65
  LOAD_GLOBAL print              # 66
  LOAD_GLOBAL bool               # 67
  LOAD_CONST 0                   # 68
  CALL 1                         # 69
  LOAD_GLOBAL bool               # 70
  LOAD_CONST ""                  # 71
  CALL 1                         # 72
  LOAD_GLOBAL bool               # 73
  BUILD_LIST 0                   # 74
  CALL 1                         # 75
  LOAD_GLOBAL bool               # 76
  LOAD_CONST 0                   # 77
  BUILD_LIST 1                   # 78
  CALL 1                         # 79
  LOAD_GLOBAL bool               # 80
  LOAD_CONST "False"             # 81
  CALL 1                         # 82
  LOAD_GLOBAL bool               # 83
  CALL 0                         # 84
  CALL 6                         # 85
  POP_TOP                        # 86
  LOAD_GLOBAL print              # 87
  LOAD_GLOBAL str                # 88
  LOAD_CONST 12                  # 89
  CALL 1                         # 90
  LOAD_GLOBAL str                # 91
  LOAD_CONST 1.5                 # 92
  CALL 1                         # 93
  LOAD_GLOBAL str                # 94
  LOAD_CONST None                # 95
  CALL 1                         # 96
  LOAD_GLOBAL str                # 97
  LOAD_CONST 1                   # 98
  LOAD_CONST "a"                 # 99
  BUILD_LIST 2                   # 100
  CALL 1                         # 101
  LOAD_GLOBAL repr               # 102
  LOAD_CONST "a"                 # 103
  CALL 1                         # 104
  CALL 5                         # 105
  POP_TOP                        # 106
  LOAD_GLOBAL print              # 107
  LOAD_GLOBAL round              # 108
  LOAD_CONST 0.5                 # 109
  CALL 1                         # 110
  LOAD_GLOBAL round              # 111
  LOAD_CONST 1.5                 # 112
  CALL 1                         # 113
  LOAD_GLOBAL round              # 114
  LOAD_CONST 2.5                 # 115
  CALL 1                         # 116
  LOAD_GLOBAL round              # 117
  LOAD_CONST 0.5                 # 118
  UNARY_NEGATIVE                 # 119
  CALL 1                         # 120
  LOAD_GLOBAL round              # 121
  LOAD_CONST 1.5                 # 122
  UNARY_NEGATIVE                 # 123
  CALL 1                         # 124
  CALL 5                         # 125
  POP_TOP                        # 126
  LOAD_GLOBAL print              # 127
  LOAD_GLOBAL round              # 128
  LOAD_CONST 2.675               # 129
  LOAD_CONST 2                   # 130
  CALL 2                         # 131
  LOAD_GLOBAL round              # 132
  LOAD_CONST 3.14159             # 133
  LOAD_CONST 3                   # 134
  CALL 2                         # 135
  LOAD_GLOBAL round              # 136
  LOAD_CONST 1234                # 137
  LOAD_CONST -2                  # 138
  CALL 2                         # 139
  LOAD_GLOBAL round              # 140
  LOAD_CONST 1250                # 141
  LOAD_CONST -2                  # 142
  CALL 2                         # 143
  LOAD_GLOBAL round              # 144
  LOAD_CONST 1350                # 145
  LOAD_CONST -2                  # 146
  CALL 2                         # 147
  CALL 5                         # 148
  POP_TOP                        # 149
  LOAD_GLOBAL print              # 150
  LOAD_GLOBAL round              # 151
  LOAD_CONST 7                   # 152
  CALL 1                         # 153
  LOAD_GLOBAL round              # 154
  LOAD_CONST 0.1                 # 155
  LOAD_CONST 0.2                 # 156
  BINARY_ADD                     # 157
  LOAD_CONST 10                  # 158
  CALL 2                         # 159
  LOAD_GLOBAL round              # 160
  LOAD_CONST 12.5                # 161
  LOAD_CONST -1                  # 162
  CALL 2                         # 163
  LOAD_GLOBAL round              # 164
  LOAD_CONST 2.5                 # 165
  UNARY_NEGATIVE                 # 166
  CALL 1                         # 167
  CALL 4                         # 168
  POP_TOP                        # 169
  LOAD_GLOBAL print              # 170
  LOAD_GLOBAL divmod             # 171
  LOAD_CONST 7                   # 172
  LOAD_CONST 2                   # 173
  CALL 2                         # 174
  LOAD_GLOBAL divmod             # 175
  LOAD_CONST -7                  # 176
  LOAD_CONST 2                   # 177
  CALL 2                         # 178
  LOAD_GLOBAL divmod             # 179
  LOAD_CONST 7                   # 180
  LOAD_CONST -2                  # 181
  CALL 2                         # 182
  LOAD_GLOBAL divmod             # 183
  LOAD_CONST 7.5                 # 184
  LOAD_CONST 2                   # 185
  CALL 2                         # 186
  CALL 4                         # 187
  POP_TOP                        # 188
  LOAD_GLOBAL print              # 189
  LOAD_GLOBAL ord                # 190
  LOAD_CONST "a"                 # 191
  CALL 1                         # 192
  LOAD_GLOBAL ord                # 193
  LOAD_CONST "A"                 # 194
  CALL 1                         # 195
  LOAD_GLOBAL chr                # 196
  LOAD_CONST 97                  # 197
  CALL 1                         # 198
  LOAD_GLOBAL chr                # 199
  LOAD_CONST 65                  # 200
  CALL 1                         # 201
  LOAD_GLOBAL chr                # 202
  LOAD_CONST 66                  # 203
  CALL 1                         # 204
  BINARY_ADD                     # 205
  LOAD_GLOBAL ord                # 206
  LOAD_CONST "é"                # 207
  CALL 1                         # 208
  LOAD_GLOBAL chr                # 209
  LOAD_CONST 233                 # 210
  CALL 1                         # 211
  CALL 6                         # 212
  POP_TOP                        # 213
  LOAD_GLOBAL print              # 214
  LOAD_GLOBAL hash               # 215
  LOAD_CONST 1                   # 216
  CALL 1                         # 217
  LOAD_GLOBAL hash               # 218
  LOAD_CONST -1                  # 219
  CALL 1                         # 220
  LOAD_GLOBAL hash               # 221
  LOAD_CONST 0                   # 222
  CALL 1                         # 223
  LOAD_GLOBAL hash               # 224
  LOAD_CONST 2                   # 225
  LOAD_CONST 40                  # 226
  BINARY_POWER                   # 227
  CALL 1                         # 228
  LOAD_GLOBAL hash               # 229
  LOAD_CONST True                # 230
  CALL 1                         # 231
  CALL 5                         # 232
  POP_TOP                        # 233
  LOAD_GLOBAL print              # 234
  LOAD_GLOBAL hash               # 235
  LOAD_CONST 1.0                 # 236
  CALL 1                         # 237
  LOAD_GLOBAL hash               # 238
  LOAD_CONST 1                   # 239
  CALL 1                         # 240
  COMPARE_OP ==                  # 241
  LOAD_GLOBAL hash               # 242
  LOAD_CONST 1.5                 # 243
  CALL 1                         # 244
  LOAD_GLOBAL hash               # 245
  LOAD_CONST 2.25                # 246
  UNARY_NEGATIVE                 # 247
  CALL 1                         # 248
  LOAD_GLOBAL hash               # 249
  LOAD_CONST 0.1                 # 250
  CALL 1                         # 251
  CALL 4                         # 252
  POP_TOP                        # 253
  LOAD_GLOBAL print              # 254
  LOAD_GLOBAL hash               # 255
  LOAD_CONST 1                   # 256
  LOAD_CONST 2                   # 257
  BUILD_TUPLE 2                  # 258
  CALL 1                         # 259
  LOAD_GLOBAL hash               # 260
  LOAD_CONST 1                   # 261
  LOAD_CONST 2                   # 262
  BUILD_TUPLE 2                  # 263
  CALL 1                         # 264
  COMPARE_OP ==                  # 265
  LOAD_GLOBAL hash               # 266
  LOAD_CONST 1                   # 267
  LOAD_CONST 2                   # 268
  BUILD_TUPLE 2                  # 269
  CALL 1                         # 270
  LOAD_GLOBAL hash               # 271
  LOAD_CONST 1.0                 # 272
  LOAD_CONST 2.0                 # 273
  BUILD_TUPLE 2                  # 274
  CALL 1                         # 275
  COMPARE_OP ==                  # 276
  CALL 2                         # 277
  POP_TOP                        # 278
  LOAD_CONST None                # 279
  RETURN_VALUE                   # 280
.end
