.global scores
.global print
.global min
.global max
.global sum
.global len
.global words
.global sorted
.global range
.global any
.global all
.global enumerate
.global i
.global w
.global names
.global values
.global zip
.global n
.global v
.global list
.global dict
.global tuple
.global original
.global copy
.global t
.global pairs

.func <module>
  LOAD_CONST 72                  # 0
  LOAD_CONST 95                  # 1
  LOAD_CONST 88                  # 2
  LOAD_CONST 61                  # 3
  LOAD_CONST 95                  # 4
  BUILD_LIST 5                   # 5
  STORE_GLOBAL scores            # 6
  LOAD_GLOBAL print              # 7
  LOAD_GLOBAL min                # 8
  LOAD_GLOBAL scores             # 9
  CALL 1                         # 10
  LOAD_GLOBAL max                # 11
  LOAD_GLOBAL scores             # 12
  CALL 1                         # 13
  LOAD_GLOBAL sum                # 14
  LOAD_GLOBAL scores             # 15
  CALL 1                         # 16
  LOAD_GLOBAL len                # 17
  LOAD_GLOBAL scores             # 18
  CALL 1                         # 19
  CALL 4                         # 20
  POP_TOP                        # 21
  LOAD_GLOBAL print              # 22
  LOAD_GLOBAL min                # 23
  LOAD_CONST 4                   # 24
  LOAD_CONST 2                   # 25
  LOAD_CONST 8                   # 26
  CALL 3                         # 27
  LOAD_GLOBAL max                # 28
  LOAD_CONST "gil"               # 29
  CALL 1                         # 30
  LOAD_GLOBAL min                # 31
  BUILD_LIST 0                   # 32
  LOAD_CONST "empty"             # 33
  CALL_KW default 2              # 34
  LOAD_GLOBAL max                # 35
  BUILD_LIST 0                   # 36
  LOAD_CONST 0                   # 37
  CALL_KW default 2              # 38
  CALL 4                         # 39
  POP_TOP                        # 40
  LOAD_CONST "refcount"          # 41
  LOAD_CONST "gc"                # 42
  LOAD_CONST "arena"             # 43
  LOAD_CONST "pool"              # 44
  BUILD_LIST 4                   # 45
  STORE_GLOBAL words             # 46
  LOAD_GLOBAL print              # 47
  LOAD_GLOBAL min                # 48
  LOAD_GLOBAL words              # 49
  LOAD_GLOBAL len                # 50
  CALL_KW key 2                  # 51
  LOAD_GLOBAL max                # 52
  LOAD_GLOBAL words              # 53
  LOAD_GLOBAL len                # 54
  CALL_KW key 2                  # 55
  LOAD_GLOBAL sorted             # 56
  LOAD_GLOBAL words              # 57
  LOAD_GLOBAL len                # 58
  CALL_KW key 2                  # 59
  CALL 3                         # 60
  POP_TOP                        # 61
  LOAD_GLOBAL print              # 62
  LOAD_GLOBAL sorted             # 63
  LOAD_GLOBAL words              # 64
  CALL 1                         # 65
  LOAD_GLOBAL sorted             # 66
  LOAD_GLOBAL words              # 67
  LOAD_CONST True                # 68
  CALL_KW reverse 2              # 69
  LOAD_GLOBAL sorted             # 70
  LOAD_GLOBAL scores             # 71
  LOAD_CONST True                # 72
  CALL_KW reverse 2              # 73
  CALL 3                         # 74
  POP_TOP                        # 75
  LOAD_GLOBAL print              # 76
  LOAD_GLOBAL sum                # 77
  LOAD_CONST 0.5                 # 78
  LOAD_CONST 0.25                # 79
  BUILD_LIST 2                   # 80
  CALL 1                         # 81
  LOAD_GLOBAL sum                # 82
  LOAD_CONST 1                   # 83
  BUILD_LIST 1                   # 84
  LOAD_CONST 2                   # 85
  LOAD_CONST 3                   # 86
  BUILD_LIST 2                   # 87
  BUILD_LIST 2                   # 88
  BUILD_LIST 0                   # 89
  CALL 2                         # 90
  LOAD_GLOBAL sum                # 91
  LOAD_GLOBAL range              # 92
  LOAD_CONST 101                 # 93
  CALL 1                         # 94
  CALL 1                         # 95
  LOAD_GLOBAL sum                # 96
  BUILD_LIST 0                   # 97
  LOAD_CONST 10                  # 98
  CALL 2                         # 99
  CALL 4                         # 100
  POP_TOP                        # 101
  LOAD_GLOBAL print              # 102
  LOAD_GLOBAL any                # 103
  LOAD_CONST 0                   # 104
  LOAD_CONST ""                  # 105
  LOAD_CONST None                # 106
  BUILD_LIST 3                   # 107
  CALL 1                         # 108
  LOAD_GLOBAL any                # 109
  LOAD_CONST 0                   # 110
  LOAD_CONST 1                   # 111
  BUILD_LIST 2                   # 112
  CALL 1                         # 113
  LOAD_GLOBAL all                # 114
  LOAD_CONST 1                   # 115
  LOAD_CONST "x"                 # 116
  BUILD_LIST 2                   # 117
  CALL 1                         # 118
  LOAD_GLOBAL all                # 119
  LOAD_CONST 1                   # 120
  LOAD_CONST 0                   # 121
  BUILD_LIST 2                   # 122
  CALL 1                         # 123
  LOAD_GLOBAL any                # 124
  BUILD_LIST 0                   # 125
  CALL 1                         # 126
  LOAD_GLOBAL all                # 127
  BUILD_LIST 0                   # 128
  CALL 1                         # 129
  CALL 6                         # 130
  POP_TOP                        # 131
  LOAD_GLOBAL enumerate          # 132
  LOAD_GLOBAL words              # 133
  CALL 1                         # 134
  GET_ITER                       # 135
L136:
  FOR_ITER L146                  # 136
  UNPACK_SEQUENCE 2              # 137
  STORE_GLOBAL i                 # 138
  STORE_GLOBAL w                 # 139
  LOAD_GLOBAL print              # 140
  LOAD_GLOBAL i                  # 141
  LOAD_GLOBAL w                  # 142
  CALL 2                         # 143
  POP_TOP                        # 144
  JUMP L136                      # 145
L146:
  LOAD_GLOBAL enumerate          # 146
  LOAD_GLOBAL words              # 147
  LOAD_CONST 1                   # 148
  CALL_KW start 2                # 149
  GET_ITER                       # 150
L151:
  FOR_ITER L162                  # 151
  UNPACK_SEQUENCE 2              # 152
  STORE_GLOBAL i                 # 153
  STORE_GLOBAL w                 # 154
  LOAD_GLOBAL print              # 155
  LOAD_GLOBAL i                  # 156
  LOAD_GLOBAL w                  # 157
  LOAD_CONST "; "                # 158
  CALL_KW end 3                  # 159
  POP_TOP                        # 160
  JUMP L151                      # 161
L162:
  LOAD_GLOBAL print              # 162
  CALL 0                         # 163
  POP_TOP                        # 164
  LOAD_CONST "a"                 # 165
  LOAD_CONST "b"                 # 166
  LOAD_CONST "c"                 # 167
  BUILD_LIST 3                   # 168
  STORE_GLOBAL names             # 169
  LOAD_CONST 1                   # 170
  LOAD_CONST 2                   # 171
  BUILD_LIST 2                   # 172
  STORE_GLOBAL values            # 173
  LOAD_GLOBAL zip                # 174
  LOAD_GLOBAL names              # 175
  LOAD_GLOBAL values             # 176
  CALL 2                         # 177
  GET_ITER                       # 178
L179:
  FOR_ITER L189                  # 179
  UNPACK_SEQUENCE 2              # 180
  STORE_GLOBAL n                 # 181
  STORE_GLOBAL v                 # 182
  LOAD_GLOBAL print              # 183
  LOAD_GLOBAL n                  # 184
  LOAD_GLOBAL v                  # 185
  CALL 2                         # 186
  POP_TOP                        # 187
  JUMP L179                      # 188
L189:
  LOAD_GLOBAL print              # 189
  LOAD_GLOBAL list               # 190
  LOAD_GLOBAL zip                # 191
  LOAD_GLOBAL names              # 192
  LOAD_GLOBAL values             # 193
  LOAD_CONST "xy"                # 194
  CALL 3                         # 195
  CALL 1                         # 196
  LOAD_GLOBAL list               # 197
  LOAD_GLOBAL zip                # 198
  CALL 0                         # 199
  CALL 1                         # 200
  CALL 2                         # 201
  POP_TOP                        # 202
  LOAD_GLOBAL print              # 203
  LOAD_GLOBAL dict               # 204
  LOAD_GLOBAL zip                # 205
  LOAD_GLOBAL names              # 206
  LOAD_GLOBAL values             # 207
  CALL 2                         # 208
  CALL 1                         # 209
  CALL 1                         # 210
  POP_TOP                        # 211
  LOAD_GLOBAL print              # 212
  LOAD_GLOBAL list               # 213
  LOAD_CONST "abc"               # 214
  CALL 1                         # 215
  LOAD_GLOBAL list               # 216
  LOAD_GLOBAL range              # 217
  LOAD_CONST 4                   # 218
  CALL 1                         # 219
  CALL 1                         # 220
  LOAD_GLOBAL list               # 221
  LOAD_CONST 1                   # 222
  LOAD_CONST 2                   # 223
  BUILD_TUPLE 2                  # 224
  CALL 1                         # 225
  LOAD_GLOBAL list               # 226
  LOAD_CONST "k"                 # 227
  LOAD_CONST 1                   # 228
  BUILD_MAP 1                    # 229
  CALL 1                         # 230
  LOAD_GLOBAL list               # 231
  CALL 0                         # 232
  CALL 5                         # 233
  POP_TOP                        # 234
  LOAD_GLOBAL print              # 235
  LOAD_GLOBAL tuple              # 236
  LOAD_CONST 1                   # 237
  LOAD_CONST 2                   # 238
  BUILD_LIST 2                   # 239
  CALL 1                         # 240
  LOAD_GLOBAL tuple              # 241
  LOAD_CONST "hi"                # 242
  CALL 1                         # 243
  LOAD_GLOBAL tuple              # 244
  CALL 0                         # 245
  LOAD_GLOBAL tuple              # 246
  LOAD_GLOBAL range              # 247
  LOAD_CONST 3                   # 248
  CALL 1                         # 249
  CALL 1                         # 250
  CALL 4                         # 251
  POP_TOP                        # 252
  LOAD_GLOBAL print              # 253
  LOAD_GLOBAL dict               # 254
  LOAD_CONST "a"                 # 255
  LOAD_CONST 1                   # 256
  BUILD_TUPLE 2                  # 257
  LOAD_CONST "b"                 # 258
  LOAD_CONST 2                   # 259
  BUILD_TUPLE 2                  # 260
  BUILD_LIST 2                   # 261
  CALL 1                         # 262
  LOAD_GLOBAL dict               # 263
  LOAD_CONST "k"                 # 264
  LOAD_CONST 1                   # 265
  BUILD_LIST 1                   # 266
  BUILD_MAP 1                    # 267
  CALL 1                         # 268
  LOAD_GLOBAL dict               # 269
  CALL 0                         # 270
  LOAD_GLOBAL dict               # 271
  LOAD_CONST 1                   # 272
  LOAD_CONST 2                   # 273
  BUILD_LIST 2                   # 274
  BUILD_LIST 1                   # 275
  CALL 1                         # 276
  CALL 4                         # 277
  POP_TOP                        # 278
  LOAD_CONST 1                   # 279
  LOAD_CONST 2                   # 280
  LOAD_CONST 3                   # 281
  BUILD_LIST 3                   # 282
  STORE_GLOBAL original          # 283
  LOAD_GLOBAL list               # 284
  LOAD_GLOBAL original           # 285
  CALL 1                         # 286
  STORE_GLOBAL copy              # 287
  LOAD_GLOBAL print              # 288
  LOAD_GLOBAL copy               # 289
  LOAD_GLOBAL original           # 290
  COMPARE_OP ==                  # 291
  LOAD_GLOBAL copy               # 292
  LOAD_GLOBAL original           # 293
  COMPARE_OP is                  # 294
  CALL 2                         # 295
  POP_TOP                        # 296
  LOAD_CONST 1                   # 297
  LOAD_CONST 2                   # 298
  BUILD_TUPLE 2                  # 299
  STORE_GLOBAL t                 # 300
  LOAD_GLOBAL print              # 301
  LOAD_GLOBAL tuple              # 302
  LOAD_GLOBAL t                  # 303
  CALL 1                         # 304
  LOAD_GLOBAL t                  # 305
  COMPARE_OP is                  # 306
  CALL 1                         # 307
  POP_TOP                        # 308
  LOAD_CONST "b"                 # 309
  LOAD_CONST 2                   # 310
  BUILD_TUPLE 2                  # 311
  LOAD_CONST "a"                 # 312
  LOAD_CONST 2                   # 313
  BUILD_TUPLE 2                  # 314
  LOAD_CONST "c"                 # 315
  LOAD_CONST 1                   # 316
  BUILD_TUPLE 2                  # 317
  BUILD_LIST 3                   # 318
  STORE_GLOBAL pairs             # 319
  LOAD_GLOBAL print              # 320
  LOAD_GLOBAL sorted             # 321
  LOAD_GLOBAL pairs              # 322
  MAKE_FUNCTION <lambda>         # 323
  CALL_KW key 2                  # 324
  CALL 1                         # 325
  POP_TOP                        # 326
  LOAD_GLOBAL print              # 327
  LOAD_GLOBAL sorted             # 328
  LOAD_GLOBAL pairs              # 329
  MAKE_FUNCTION <lambda>         # 330
  LOAD_CONST True                # 331
  CALL_KW key,reverse 3          # 332
  CALL 1                         # 333
  POP_TOP                        # 334
  LOAD_CONST None                # 335
  RETURN_VALUE                   # 336
.end

.func <lambda> p
  LOAD_FAST p                    # 0
  LOAD_CONST 1                   # 1
  BINARY_SUBSCR                  # 2
  RETURN_VALUE                   # 3
.end

.func <lambda> p
  LOAD_FAST p                    # 0
  LOAD_CONST 1                   # 1
  BINARY_SUBSCR                  # 2
  RETURN_VALUE                   # 3
.end
