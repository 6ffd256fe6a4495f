.global xs
.global print
.global copy
.global len
.global s
.global t
.global n
.global slice
.global sl
.global word
.global rotate
.global m

.func <module>
  LOAD_CONST 0                   # 0
  LOAD_CONST 1                   # 1
  LOAD_CONST 2                   # 2
  LOAD_CONST 3                   # 3
  LOAD_CONST 4                   # 4
  LOAD_CONST 5                   # 5
  LOAD_CONST 6                   # 6
  LOAD_CONST 7                   # 7
  LOAD_CONST 8                   # 8
  LOAD_CONST 9                   # 9
  BUILD_LIST 10                  # 10
  STORE_GLOBAL xs                # 11
  LOAD_GLOBAL print              # 12
  LOAD_GLOBAL xs                 # 13
  LOAD_CONST 2                   # 14
  LOAD_CONST 5                   # 15
  BUILD_SLICE 2                  # 16
  BINARY_SUBSCR                  # 17
  LOAD_GLOBAL xs                 # 18
  LOAD_CONST None                # 19
  LOAD_CONST 3                   # 20
  BUILD_SLICE 2                  # 21
  BINARY_SUBSCR                  # 22
  LOAD_GLOBAL xs                 # 23
  LOAD_CONST 7                   # 24
  LOAD_CONST None                # 25
  BUILD_SLICE 2                  # 26
  BINARY_SUBSCR                  # 27
  LOAD_GLOBAL xs                 # 28
  LOAD_CONST None                # 29
  LOAD_CONST None                # 30
  LOAD_CONST 2                   # 31
  BUILD_SLICE 3                  # 32
  BINARY_SUBSCR                  # 33
  LOAD_GLOBAL xs                 # 34
  LOAD_CONST 1                   # 35
  LOAD_CONST None                # 36
  LOAD_CONST 2                   # 37
  BUILD_SLICE 3                  # 38
  BINARY_SUBSCR                  # 39
  CALL 5                         # 40
  POP_TOP                        # 41
  LOAD_GLOBAL print              # 42
  LOAD_GLOBAL xs                 # 43
  LOAD_CONST None                # 44
  LOAD_CONST None                # 45
  LOAD_CONST -1                  # 46
  BUILD_SLICE 3                  # 47
  BINARY_SUBSCR                  # 48
  LOAD_GLOBAL xs                 # 49
  LOAD_CONST -3                  # 50
  LOAD_CONST None                # 51
  BUILD_SLICE 2                  # 52
  BINARY_SUBSCR                  # 53
  LOAD_GLOBAL xs                 # 54
  LOAD_CONST None                # 55
  LOAD_CONST -3                  # 56
  BUILD_SLICE 2                  # 57
  BINARY_SUBSCR                  # 58
  LOAD_GLOBAL xs                 # 59
  LOAD_CONST -4                  # 60
  LOAD_CONST -1                  # 61
  BUILD_SLICE 2                  # 62
  BINARY_SUBSCR                  # 63
  LOAD_GLOBAL xs                 # 64
  LOAD_CONST 5                   # 65
  LOAD_CONST 2                   # 66
  BUILD_SLICE 2                  # 67
  BINARY_SUBSCR                  # 68
  CALL 5                         # 69
  POP_TOP                        # 70
  LOAD_GLOBAL print              # 71
  LOAD_GLOBAL xs                 # 72
  LOAD_CONST 1                   # 73
  LOAD_CONST 8                   # 74
  LOAD_CONST 3                   # 75
  BUILD_SLICE 3                  # 76
  BINARY_SUBSCR                  # 77
  LOAD_GLOBAL xs                 # 78
  LOAD_CONST 8                   # 79
  LOAD_CONST 1                   # 80
  LOAD_CONST -2                  # 81
  BUILD_SLICE 3                  # 82
  BINARY_SUBSCR                  # 83
  LOAD_GLOBAL xs                 # 84
  LOAD_CONST -1                  # 85
  LOAD_CONST -4                  # 86
  LOAD_CONST -1                  # 87
  BUILD_SLICE 3                  # 88
  BINARY_SUBSCR                  # 89
  LOAD_GLOBAL xs                 # 90
  LOAD_CONST None                # 91
  LOAD_CONST None                # 92
  LOAD_CONST -3                  # 93
  BUILD_SLICE 3                  # 94
  BINARY_SUBSCR                  # 95
  CALL 4                         # 96
  POP_TOP                        # 97
  LOAD_GLOBAL print              # 98
  LOAD_GLOBAL xs                 # 99
  LOAD_CONST -100                # 100
  LOAD_CONST 100                 # 101
  BUILD_SLICE 2                  # 102
  BINARY_SUBSCR                  # 103
  LOAD_GLOBAL xs                 # 104
  LOAD_CONST 100                 # 105
  LOAD_CONST None                # 106
  BUILD_SLICE 2                  # 107
  BINARY_SUBSCR                  # 108
  LOAD_GLOBAL xs                 # 109
  LOAD_CONST None                # 110
  LOAD_CONST -100                # 111
  BUILD_SLICE 2                  # 112
  BINARY_SUBSCR                  # 113
  LOAD_GLOBAL xs                 # 114
  LOAD_CONST None                # 115
  LOAD_CONST None                # 116
  LOAD_CONST -100                # 117
  BUILD_SLICE 3                  # 118
  BINARY_SUBSCR                  # 119
  LOAD_GLOBAL xs                 # 120
  LOAD_CONST 3                   # 121
  LOAD_CONST 3                   # 122
  BUILD_SLICE 2                  # 123
  BINARY_SUBSCR                  # 124
  CALL 5                         # 125
  POP_TOP                        # 126
  LOAD_GLOBAL xs                 # 127
  LOAD_CONST None                # 128
  LOAD_CONST None                # 129
  BUILD_SLICE 2                  # 130
  BINARY_SUBSCR                  # 131
  STORE_GLOBAL copy              # 132
  LOAD_GLOBAL copy               # 133
  LOAD_CONST 10                  # 134
  CALL_METHOD append 1           # 135
  POP_TOP                        # 136
  LOAD_GLOBAL print              # 137
  LOAD_GLOBAL len                # 138
  LOAD_GLOBAL xs                 # 139
  CALL 1                         # 140
  LOAD_GLOBAL len                # 141
  LOAD_GLOBAL copy               # 142
  CALL 1                         # 143
  LOAD_GLOBAL copy               # 144
  LOAD_GLOBAL xs                 # 145
  COMPARE_OP is                  # 146
  LOAD_GLOBAL copy               # 147
  LOAD_GLOBAL xs                 # 148
  LOAD_CONST None                # 149
  LOAD_CONST None                # 150
  BUILD_SLICE 2                  # 151
  BINARY_SUBSCR                  # 152
  LOAD_CONST 10                  # 153
  BUILD_LIST 1                   # 154
  BINARY_ADD                     # 155
  COMPARE_OP ==                  # 156
  CALL 4                         # 157
  POP_TOP                        # 158
  LOAD_CONST "hello, world"      # 159
  STORE_GLOBAL s                 # 160
  LOAD_GLOBAL print              # 161
  LOAD_GLOBAL s                  # 162
  LOAD_CONST None                # 163
  LOAD_CONST 5                   # 164
  BUILD_SLICE 2                  # 165
  BINARY_SUBSCR                  # 166
  LOAD_GLOBAL s                  # 167
  LOAD_CONST 7                   # 168
  LOAD_CONST None                # 169
  BUILD_SLICE 2                  # 170
  BINARY_SUBSCR                  # 171
  LOAD_GLOBAL s                  # 172
  LOAD_CONST None                # 173
  LOAD_CONST None                # 174
  LOAD_CONST -1                  # 175
  BUILD_SLICE 3                  # 176
  BINARY_SUBSCR                  # 177
  LOAD_GLOBAL s                  # 178
  LOAD_CONST None                # 179
  LOAD_CONST None                # 180
  LOAD_CONST 2                   # 181
  BUILD_SLICE 3                  # 182
  BINARY_SUBSCR                  # 183
  LOAD_GLOBAL s                  # 184
  LOAD_CONST -5                  # 185
  LOAD_CONST None                # 186
  BUILD_SLICE 2                  # 187
  BINARY_SUBSCR                  # 188
  LOAD_GLOBAL s                  # 189
  LOAD_CONST 3                   # 190
  LOAD_CONST 3                   # 191
  BUILD_SLICE 2                  # 192
  BINARY_SUBSCR                  # 193
  LOAD_CONST ""                  # 194
  COMPARE_OP ==                  # 195
  CALL 6                         # 196
  POP_TOP                        # 197
  LOAD_CONST 1                   # 198
  LOAD_CONST 2                   # 199
  LOAD_CONST 3                   # 200
  LOAD_CONST 4                   # 201
  LOAD_CONST 5                   # 202
  BUILD_TUPLE 5                  # 203
  STORE_GLOBAL t                 # 204
  LOAD_GLOBAL print              # 205
  LOAD_GLOBAL t                  # 206
  LOAD_CONST 1                   # 207
  LOAD_CONST 3                   # 208
  BUILD_SLICE 2                  # 209
  BINARY_SUBSCR                  # 210
  LOAD_GLOBAL t                  # 211
  LOAD_CONST None                # 212
  LOAD_CONST None                # 213
  LOAD_CONST -1                  # 214
  BUILD_SLICE 3                  # 215
  BINARY_SUBSCR                  # 216
  LOAD_GLOBAL t                  # 217
  LOAD_CONST None                # 218
  LOAD_CONST None                # 219
  BUILD_SLICE 2                  # 220
  BINARY_SUBSCR                  # 221
  LOAD_GLOBAL t                  # 222
  LOAD_CONST 4                   # 223
  LOAD_CONST None                # 224
  BUILD_SLICE 2                  # 225
  BINARY_SUBSCR                  # 226
  LOAD_GLOBAL t                  # 227
  LOAD_CONST None                # 228
  LOAD_CONST 0                   # 229
  BUILD_SLICE 2                  # 230
  BINARY_SUBSCR                  # 231
  LOAD_GLOBAL t                  # 232
  LOAD_CONST None                # 233
  LOAD_CONST None                # 234
  LOAD_CONST 2                   # 235
  BUILD_SLICE 3                  # 236
  BINARY_SUBSCR                  # 237
  CALL 6                         # 238
  POP_TOP                        # 239
  LOAD_CONST 3                   # 240
  STORE_GLOBAL n                 # 241
  LOAD_GLOBAL print              # 242
  LOAD_GLOBAL xs                 # 243
  LOAD_GLOBAL n                  # 244
  LOAD_GLOBAL n                  # 245
  LOAD_CONST 2                   # 246
  BINARY_MULTIPLY                # 247
  BUILD_SLICE 2                  # 248
  BINARY_SUBSCR                  # 249
  LOAD_GLOBAL xs                 # 250
  LOAD_CONST None                # 251
  LOAD_GLOBAL n                  # 252
  BUILD_SLICE 2                  # 253
  BINARY_SUBSCR                  # 254
  LOAD_GLOBAL xs                 # 255
  LOAD_GLOBAL n                  # 256
  LOAD_CONST None                # 257
  BUILD_SLICE 2                  # 258
  BINARY_SUBSCR                  # 259
  LOAD_GLOBAL xs                 # 260
  LOAD_CONST None                # 261
  LOAD_CONST None                # 262
  LOAD_CONST None                # 263
  BUILD_SLICE 3                  # 264
  BINARY_SUBSCR                  # 265
  CALL 4                         # 266
  POP_TOP                        # 267
  LOAD_GLOBAL print              # 268
  LOAD_GLOBAL slice              # 269
  LOAD_CONST 1                   # 270
  LOAD_CONST 5                   # 271
  CALL 2                         # 272
  LOAD_GLOBAL slice              # 273
  LOAD_CONST 4                   # 274
  CALL 1                         # 275
  LOAD_GLOBAL slice              # 276
  LOAD_CONST None                # 277
  LOAD_CONST None                # 278
  LOAD_CONST -1                  # 279
  CALL 3                         # 280
  LOAD_GLOBAL slice              # 281
  LOAD_CONST 1                   # 282
  LOAD_CONST 2                   # 283
  CALL 2                         # 284
  LOAD_GLOBAL slice              # 285
  LOAD_CONST 1                   # 286
  LOAD_CONST 2                   # 287
  CALL 2                         # 288
  COMPARE_OP ==                  # 289
  CALL 4                         # 290
  POP_TOP                        # 291
  LOAD_GLOBAL slice              # 292
  LOAD_CONST 2                   # 293
  LOAD_CONST 8                   # 294
  LOAD_CONST 2                   # 295
  CALL 3                         # 296
  STORE_GLOBAL sl                # 297
  LOAD_GLOBAL print              # 298
  LOAD_GLOBAL xs                 # 299
  LOAD_GLOBAL sl                 # 300
  BINARY_SUBSCR                  # 301
  LOAD_GLOBAL s                  # 302
  LOAD_GLOBAL sl                 # 303
  BINARY_SUBSCR                  # 304
  LOAD_GLOBAL t                  # 305
  LOAD_GLOBAL slice              # 306
  LOAD_CONST 3                   # 307
  CALL 1                         # 308
  BINARY_SUBSCR                  # 309
  CALL 3                         # 310
  POP_TOP                        # 311
  LOAD_CONST "level"             # 312
  LOAD_CONST "gillab"            # 313
  LOAD_CONST "noon"              # 314
  BUILD_LIST 3                   # 315
  GET_ITER                       # 316
L317:
  FOR_ITER L332                  # 317
  STORE_GLOBAL word              # 318
  LOAD_GLOBAL print              # 319
  LOAD_GLOBAL word               # 320
  LOAD_GLOBAL word               # 321
  LOAD_GLOBAL word               # 322
  LOAD_CONST None                # 323
  LOAD_CONST None                # 324
  LOAD_CONST -1                  # 325
  BUILD_SLICE 3                  # 326
  BINARY_SUBSCR                  # 327
  COMPARE_OP ==                  # 328
  CALL 2                         # 329
  POP_TOP                        # 330
  JUMP L317                      # 331
L332:
  MAKE_FUNCTION rotate           # 332
  STORE_GLOBAL rotate            # 333
  LOAD_GLOBAL print              # 334
  LOAD_GLOBAL rotate             # 335
  LOAD_CONST 1                   # 336
  LOAD_CONST 2                   # 337
  LOAD_CONST 3                   # 338
  LOAD_CONST 4                   # 339
  LOAD_CONST 5                   # 340
  BUILD_LIST 5                   # 341
  LOAD_CONST 2                   # 342
  CALL 2                         # 343
  LOAD_GLOBAL rotate             # 344
  LOAD_CONST "abcdef"            # 345
  LOAD_CONST -1                  # 346
  CALL 2                         # 347
  CALL 2                         # 348
  POP_TOP                        # 349
  LOAD_CONST 1                   # 350
  LOAD_CONST 2                   # 351
  LOAD_CONST 3                   # 352
  BUILD_LIST 3                   # 353
  LOAD_CONST 4                   # 354
  LOAD_CONST 5                   # 355
  LOAD_CONST 6                   # 356
  BUILD_LIST 3                   # 357
  LOAD_CONST 7                   # 358
  LOAD_CONST 8                   # 359
  LOAD_CONST 9                   # 360
  BUILD_LIST 3                   # 361
  BUILD_LIST 3                   # 362
  STORE_GLOBAL m                 # 363
  LOAD_GLOBAL print              # 364
  LOAD_GLOBAL m                  # 365
  LOAD_CONST 1                   # 366
  LOAD_CONST None                # 367
  BUILD_SLICE 2                  # 368
  BINARY_SUBSCR                  # 369
  LOAD_CONST 0                   # 370
  BINARY_SUBSCR                  # 371
  LOAD_CONST 1                   # 372
  LOAD_CONST None                # 373
  BUILD_SLICE 2                  # 374
  BINARY_SUBSCR                  # 375
  LOAD_GLOBAL m                  # 376
  LOAD_CONST None                # 377
  LOAD_CONST None                # 378
  LOAD_CONST -1                  # 379
  BUILD_SLICE 3                  # 380
  BINARY_SUBSCR                  # 381
  LOAD_CONST 0                   # 382
  BINARY_SUBSCR                  # 383
  LOAD_CONST None                # 384
  LOAD_CONST None                # 385
  LOAD_CONST -1                  # 386
  BUILD_SLICE 3                  # 387
  BINARY_SUBSCR                  # 388
  CALL 2                         # 389
  POP_TOP                        # 390
  LOAD_CONST None                # 391
  RETURN_VALUE                   # 392
.end

.func rotate items k
  LOAD_FAST k                    # 0
  LOAD_GLOBAL len                # 1
  LOAD_FAST items                # 2
  CALL 1                         # 3
  BINARY_MODULO                  # 4
  STORE_FAST k                   # 5
  LOAD_FAST items                # 6
  LOAD_FAST k                    # 7
  LOAD_CONST None                # 8
  BUILD_SLICE 2                  # 9
  BINARY_SUBSCR                  # 10
  LOAD_FAST items                # 11
  LOAD_CONST None                # 12
  LOAD_FAST k                    # 13
  BUILD_SLICE 2                  # 14
  BINARY_SUBSCR                  # 15
  BINARY_ADD                     # 16
  RETURN_VALUE                   # 17
  LOAD_CONST None                # 18
  RETURN_VALUE                   # 19
.end
