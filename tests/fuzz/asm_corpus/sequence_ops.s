.global print
.global sorted
.global row
.global grid
.global xs
.global inf
.global nan

.func <module>
  LOAD_GLOBAL print              # 0
  LOAD_CONST 1                   # 1
  LOAD_CONST 2                   # 2
  BUILD_LIST 2                   # 3
  LOAD_CONST 1                   # 4
  LOAD_CONST 3                   # 5
  BUILD_LIST 2                   # 6
  COMPARE_OP <                   # 7
  LOAD_CONST 1                   # 8
  LOAD_CONST 2                   # 9
  BUILD_TUPLE 2                  # 10
  LOAD_CONST 1                   # 11
  LOAD_CONST 3                   # 12
  BUILD_TUPLE 2                  # 13
  COMPARE_OP <                   # 14
  LOAD_CONST 1                   # 15
  LOAD_CONST 2                   # 16
  BUILD_LIST 2                   # 17
  LOAD_CONST 1                   # 18
  LOAD_CONST 2                   # 19
  BUILD_LIST 2                   # 20
  COMPARE_OP <=                  # 21
  LOAD_CONST 1                   # 22
  LOAD_CONST 2                   # 23
  BUILD_LIST 2                   # 24
  LOAD_CONST 1                   # 25
  LOAD_CONST 2                   # 26
  BUILD_LIST 2                   # 27
  COMPARE_OP >                   # 28
  CALL 4                         # 29
  POP_TOP                        # 30
  LOAD_GLOBAL print              # 31
  LOAD_CONST 1                   # 32
  BUILD_LIST 1                   # 33
  LOAD_CONST 1                   # 34
  LOAD_CONST 0                   # 35
  BUILD_LIST 2                   # 36
  COMPARE_OP <                   # 37
  BUILD_LIST 0                   # 38
  LOAD_CONST 0                   # 39
  BUILD_LIST 1                   # 40
  COMPARE_OP <                   # 41
  LOAD_CONST 2                   # 42
  BUILD_TUPLE 1                  # 43
  LOAD_CONST 1                   # 44
  LOAD_CONST 9                   # 45
  BUILD_TUPLE 2                  # 46
  COMPARE_OP >                   # 47
  LOAD_CONST 1                   # 48
  LOAD_CONST 2                   # 49
  BUILD_LIST 2                   # 50
  LOAD_CONST 1                   # 51
  LOAD_CONST 2                   # 52
  LOAD_CONST 3                   # 53
  BUILD_LIST 3                   # 54
  COMPARE_OP >=                  # 55
  CALL 4                         # 56
  POP_TOP                        # 57
  LOAD_GLOBAL print              # 58
  LOAD_CONST 1                   # 59
  LOAD_CONST 2                   # 60
  BUILD_LIST 2                   # 61
  LOAD_CONST 0                   # 62
  BUILD_LIST 1                   # 63
  BUILD_LIST 2                   # 64
  LOAD_CONST 1                   # 65
  LOAD_CONST 2                   # 66
  BUILD_LIST 2                   # 67
  LOAD_CONST 1                   # 68
  BUILD_LIST 1                   # 69
  BUILD_LIST 2                   # 70
  COMPARE_OP <                   # 71
  LOAD_CONST "a"                 # 72
  LOAD_CONST 1                   # 73
  BUILD_TUPLE 2                  # 74
  LOAD_CONST "a"                 # 75
  LOAD_CONST 2                   # 76
  BUILD_TUPLE 2                  # 77
  COMPARE_OP <                   # 78
  LOAD_CONST "b"                 # 79
  BUILD_TUPLE 1                  # 80
  LOAD_CONST "a"                 # 81
  LOAD_CONST "z"                 # 82
  BUILD_TUPLE 2                  # 83
  COMPARE_OP >                   # 84
  CALL 3                         # 85
  POP_TOP                        # 86
  LOAD_GLOBAL print              # 87
  LOAD_CONST 1                   # 88
  LOAD_CONST 2.5                 # 89
  BUILD_LIST 2                   # 90
  LOAD_CONST 1                   # 91
  LOAD_CONST 3                   # 92
  BUILD_LIST 2                   # 93
  COMPARE_OP <                   # 94
  LOAD_CONST True                # 95
  LOAD_CONST 0                   # 96
  BUILD_TUPLE 2                  # 97
  LOAD_CONST 1                   # 98
  LOAD_CONST 0.0                 # 99
  BUILD_TUPLE 2                  # 100
  COMPARE_OP ==                  # 101
  LOAD_CONST 1                   # 102
  LOAD_CONST "x"                 # 103
  BUILD_LIST 2                   # 104
  LOAD_CONST 1                   # 105
  LOAD_CONST "y"                 # 106
  BUILD_LIST 2                   # 107
  COMPARE_OP !=                  # 108
  CALL 3                         # 109
  POP_TOP                        # 110
  LOAD_GLOBAL print              # 111
  LOAD_GLOBAL sorted             # 112
  LOAD_CONST 2                   # 113
  LOAD_CONST 1                   # 114
  BUILD_LIST 2                   # 115
  LOAD_CONST 1                   # 116
  LOAD_CONST 5                   # 117
  BUILD_LIST 2                   # 118
  LOAD_CONST 1                   # 119
  LOAD_CONST 2                   # 120
  BUILD_LIST 2                   # 121
  LOAD_CONST 1                   # 122
  BUILD_LIST 1                   # 123
  BUILD_LIST 4                   # 124
  CALL 1                         # 125
  CALL 1                         # 126
  POP_TOP                        # 127
  LOAD_GLOBAL print              # 128
  LOAD_GLOBAL sorted             # 129
  LOAD_CONST 1                   # 130
  LOAD_CONST "b"                 # 131
  BUILD_TUPLE 2                  # 132
  LOAD_CONST 1                   # 133
  LOAD_CONST "a"                 # 134
  BUILD_TUPLE 2                  # 135
  LOAD_CONST 0                   # 136
  LOAD_CONST "z"                 # 137
  BUILD_TUPLE 2                  # 138
  BUILD_LIST 3                   # 139
  CALL 1                         # 140
  CALL 1                         # 141
  POP_TOP                        # 142
  LOAD_GLOBAL print              # 143
  LOAD_CONST 3                   # 144
  LOAD_CONST "x"                 # 145
  BINARY_MULTIPLY                # 146
  LOAD_CONST "ab"                # 147
  LOAD_CONST 2                   # 148
  BINARY_MULTIPLY                # 149
  LOAD_CONST 2                   # 150
  LOAD_CONST 1                   # 151
  BUILD_LIST 1                   # 152
  BINARY_MULTIPLY                # 153
  LOAD_CONST 1                   # 154
  LOAD_CONST 2                   # 155
  BUILD_LIST 2                   # 156
  LOAD_CONST 2                   # 157
  BINARY_MULTIPLY                # 158
  LOAD_CONST 1                   # 159
  LOAD_CONST 2                   # 160
  BUILD_TUPLE 2                  # 161
  LOAD_CONST 2                   # 162
  BINARY_MULTIPLY                # 163
  LOAD_CONST 2                   # 164
  LOAD_CONST 0                   # 165
  BUILD_TUPLE 1                  # 166
  BINARY_MULTIPLY                # 167
  CALL 6                         # 168
  POP_TOP                        # 169
  LOAD_GLOBAL print              # 170
  LOAD_CONST 0                   # 171
  BUILD_LIST 1                   # 172
  LOAD_CONST True                # 173
  BINARY_MULTIPLY                # 174
  LOAD_CONST "ab"                # 175
  LOAD_CONST -1                  # 176
  BINARY_MULTIPLY                # 177
  LOAD_CONST 1                   # 178
  LOAD_CONST 2                   # 179
  BUILD_LIST 2                   # 180
  LOAD_CONST 0                   # 181
  BINARY_MULTIPLY                # 182
  BUILD_TUPLE 0                  # 183
  LOAD_CONST 5                   # 184
  BINARY_MULTIPLY                # 185
  LOAD_CONST ""                  # 186
  LOAD_CONST 3                   # 187
  BINARY_MULTIPLY                # 188
  CALL 5                         # 189
  POP_TOP                        # 190
  LOAD_CONST 0                   # 191
  BUILD_LIST 1                   # 192
  LOAD_CONST 3                   # 193
  BINARY_MULTIPLY                # 194
  STORE_GLOBAL row               # 195
  LOAD_GLOBAL row                # 196
  BUILD_LIST 1                   # 197
  LOAD_CONST 2                   # 198
  BINARY_MULTIPLY                # 199
  STORE_GLOBAL grid              # 200
  LOAD_CONST 9                   # 201
  LOAD_GLOBAL row                # 202
  LOAD_CONST 0                   # 203
  STORE_SUBSCR                   # 204
  LOAD_GLOBAL print              # 205
  LOAD_GLOBAL grid               # 206
  CALL 1                         # 207
  POP_TOP                        # 208
  LOAD_GLOBAL print              # 209
  LOAD_CONST 1                   # 210
  BUILD_LIST 1                   # 211
  LOAD_CONST 2                   # 212
  BUILD_LIST 1                   # 213
  BINARY_ADD                     # 214
  LOAD_CONST 1                   # 215
  BUILD_TUPLE 1                  # 216
  LOAD_CONST 2                   # 217
  LOAD_CONST 3                   # 218
  BUILD_TUPLE 2                  # 219
  BINARY_ADD                     # 220
  LOAD_CONST "a"                 # 221
  LOAD_CONST "b"                 # 222
  BINARY_ADD                     # 223
  BUILD_LIST 0                   # 224
  BUILD_LIST 0                   # 225
  BINARY_ADD                     # 226
  BUILD_TUPLE 0                  # 227
  BUILD_TUPLE 0                  # 228
  BINARY_ADD                     # 229
  CALL 5                         # 230
  POP_TOP                        # 231
  LOAD_CONST 10                  # 232
  LOAD_CONST 20                  # 233
  LOAD_CONST 30                  # 234
  LOAD_CONST 40                  # 235
  LOAD_CONST 50                  # 236
  BUILD_LIST 5                   # 237
  STORE_GLOBAL xs                # 238
  LOAD_GLOBAL print              # 239
  LOAD_GLOBAL xs                 # 240
  LOAD_CONST 0                   # 241
  CALL_METHOD pop 1              # 242
  LOAD_GLOBAL xs                 # 243
  CALL 2                         # 244
  POP_TOP                        # 245
  LOAD_GLOBAL print              # 246
  LOAD_GLOBAL xs                 # 247
  LOAD_CONST -1                  # 248
  CALL_METHOD pop 1              # 249
  LOAD_GLOBAL xs                 # 250
  CALL 2                         # 251
  POP_TOP                        # 252
  LOAD_GLOBAL print              # 253
  LOAD_GLOBAL xs                 # 254
  LOAD_CONST 1                   # 255
  CALL_METHOD pop 1              # 256
  LOAD_GLOBAL xs                 # 257
  CALL 2                         # 258
  POP_TOP                        # 259
  LOAD_GLOBAL print              # 260
  LOAD_GLOBAL xs                 # 261
  CALL_METHOD pop 0              # 262
  LOAD_GLOBAL xs                 # 263
  CALL 2                         # 264
  POP_TOP                        # 265
  LOAD_GLOBAL print              # 266
  LOAD_GLOBAL xs                 # 267
  LOAD_CONST 0                   # 268
  CALL_METHOD pop 1              # 269
  LOAD_GLOBAL xs                 # 270
  CALL 2                         # 271
  POP_TOP                        # 272
  LOAD_CONST 1e+300              # 273
  LOAD_CONST 1e+300              # 274
  BINARY_MULTIPLY                # 275
  STORE_GLOBAL inf               # 276
  LOAD_GLOBAL inf                # 277
  LOAD_GLOBAL inf                # 278
  BINARY_SUBTRACT                # 279
  STORE_GLOBAL nan               # 280
  LOAD_GLOBAL print              # 281
  LOAD_GLOBAL nan                # 282
  LOAD_GLOBAL nan                # 283
  COMPARE_OP ==                  # 284
  LOAD_GLOBAL nan                # 285
  LOAD_GLOBAL nan                # 286
  COMPARE_OP !=                  # 287
  LOAD_GLOBAL nan                # 288
  BUILD_LIST 1                   # 289
  LOAD_GLOBAL nan                # 290
  BUILD_LIST 1                   # 291
  COMPARE_OP ==                  # 292
  LOAD_GLOBAL nan                # 293
  LOAD_CONST 1                   # 294
  COMPARE_OP <                   # 295
  LOAD_GLOBAL nan                # 296
  LOAD_CONST 1                   # 297
  COMPARE_OP >=                  # 298
  LOAD_CONST 1                   # 299
  LOAD_GLOBAL nan                # 300
  COMPARE_OP <=                  # 301
  CALL 6                         # 302
  POP_TOP                        # 303
  LOAD_GLOBAL print              # 304
  LOAD_GLOBAL inf                # 305
  LOAD_CONST 1e+308              # 306
  COMPARE_OP >                   # 307
  LOAD_GLOBAL inf                # 308
  UNARY_NEGATIVE                 # 309
  LOAD_CONST 0                   # 310
  COMPARE_OP <                   # 311
  LOAD_GLOBAL inf                # 312
  LOAD_GLOBAL inf                # 313
  COMPARE_OP ==                  # 314
  CALL 3                         # 315
  POP_TOP                        # 316
  LOAD_CONST None                # 317
  RETURN_VALUE                   # 318
.end
