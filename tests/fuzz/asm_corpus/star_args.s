.global f
.global print
.global g
.global sorted
.global h
.global nums
.global opts
.global total
.global range
.global wrapper
.global lam
.global max
.global min

.func <module>
  MAKE_FUNCTION f                # 0
  STORE_GLOBAL f                 # 1
  LOAD_GLOBAL print              # 2
  LOAD_GLOBAL f                  # 3
  CALL 0                         # 4
  LOAD_GLOBAL f                  # 5
  LOAD_CONST 1                   # 6
  CALL 1                         # 7
  LOAD_GLOBAL f                  # 8
  LOAD_CONST 1                   # 9
  LOAD_CONST 2                   # 10
  LOAD_CONST 3                   # 11
  CALL 3                         # 12
  CALL 3                         # 13
  POP_TOP                        # 14
  LOAD_CONST 2                   # 15
  BUILD_TUPLE 1                  # 16
  MAKE_FUNCTION g (defaults)     # 17
  STORE_GLOBAL g                 # 18
  LOAD_GLOBAL print              # 19
  LOAD_GLOBAL g                  # 20
  LOAD_CONST 1                   # 21
  CALL 1                         # 22
  LOAD_GLOBAL g                  # 23
  LOAD_CONST 1                   # 24
  LOAD_CONST 3                   # 25
  LOAD_CONST 4                   # 26
  LOAD_CONST 5                   # 27
  CALL 4                         # 28
  LOAD_GLOBAL g                  # 29
  LOAD_CONST 1                   # 30
  LOAD_CONST 9                   # 31
  CALL_KW x 2                    # 32
  LOAD_GLOBAL g                  # 33
  LOAD_CONST 1                   # 34
  LOAD_CONST 2                   # 35
  LOAD_CONST 3                   # 36
  LOAD_CONST 4                   # 37
  LOAD_CONST 5                   # 38
  CALL_KW y,z 5                  # 39
  LOAD_GLOBAL g                  # 40
  LOAD_CONST 0                   # 41
  LOAD_CONST 1                   # 42
  CALL_KW a,b 2                  # 43
  CALL 5                         # 44
  POP_TOP                        # 45
  MAKE_FUNCTION h                # 46
  STORE_GLOBAL h                 # 47
  LOAD_GLOBAL print              # 48
  LOAD_GLOBAL h                  # 49
  CALL 0                         # 50
  LOAD_GLOBAL h                  # 51
  LOAD_CONST 1                   # 52
  LOAD_CONST 2                   # 53
  CALL_KW a,b 2                  # 54
  CALL 2                         # 55
  POP_TOP                        # 56
  LOAD_CONST 1                   # 57
  LOAD_CONST 2                   # 58
  LOAD_CONST 3                   # 59
  BUILD_LIST 3                   # 60
  STORE_GLOBAL nums              # 61
  LOAD_GLOBAL print              # 62
  BUILD_LIST 0                   # 63
  DUP_TOP                        # 64
  LOAD_GLOBAL nums               # 65
  INPLACE_ADD                    # 66
  POP_TOP                        # 67
  CALL_FUNCTION_EX 0             # 68
  POP_TOP                        # 69
  LOAD_GLOBAL print              # 70
  BUILD_LIST 0                   # 71
  DUP_TOP                        # 72
  LOAD_GLOBAL nums               # 73
  INPLACE_ADD                    # 74
  POP_TOP                        # 75
  BUILD_MAP 0                    # 76
  DUP_TOP                        # 77
  LOAD_CONST "-"                 # 78
  ROT_TWO                        # 79
  LOAD_CONST "sep"               # 80
  STORE_SUBSCR                   # 81
  CALL_FUNCTION_EX 1             # 82
  POP_TOP                        # 83
  LOAD_GLOBAL print              # 84
  LOAD_GLOBAL f                  # 85
  BUILD_LIST 0                   # 86
  DUP_TOP                        # 87
  LOAD_GLOBAL nums               # 88
  INPLACE_ADD                    # 89
  POP_TOP                        # 90
  DUP_TOP                        # 91
  LOAD_CONST 4                   # 92
  LIST_APPEND                    # 93
  DUP_TOP                        # 94
  LOAD_CONST "ab"                # 95
  INPLACE_ADD                    # 96
  POP_TOP                        # 97
  CALL_FUNCTION_EX 0             # 98
  CALL 1                         # 99
  POP_TOP                        # 100
  LOAD_CONST "sep"               # 101
  LOAD_CONST "+"                 # 102
  LOAD_CONST "end"               # 103
  LOAD_CONST "!\n"               # 104
  BUILD_MAP 2                    # 105
  STORE_GLOBAL opts              # 106
  LOAD_GLOBAL print              # 107
  BUILD_LIST 0                   # 108
  DUP_TOP                        # 109
  LOAD_CONST 1                   # 110
  LIST_APPEND                    # 111
  DUP_TOP                        # 112
  LOAD_CONST 2                   # 113
  LIST_APPEND                    # 114
  BUILD_MAP 0                    # 115
  DUP_TOP                        # 116
  LOAD_GLOBAL opts               # 117
  DICT_MERGE                     # 118
  CALL_FUNCTION_EX 1             # 119
  POP_TOP                        # 120
  LOAD_GLOBAL print              # 121
  LOAD_GLOBAL g                  # 122
  BUILD_LIST 0                   # 123
  DUP_TOP                        # 124
  LOAD_CONST 10                  # 125
  LOAD_CONST 20                  # 126
  LOAD_CONST 30                  # 127
  BUILD_LIST 3                   # 128
  INPLACE_ADD                    # 129
  POP_TOP                        # 130
  BUILD_MAP 0                    # 131
  DUP_TOP                        # 132
  LOAD_CONST "k"                 # 133
  LOAD_CONST 1                   # 134
  BUILD_MAP 1                    # 135
  DICT_MERGE                     # 136
  CALL_FUNCTION_EX 1             # 137
  CALL 1                         # 138
  POP_TOP                        # 139
  MAKE_FUNCTION total            # 140
  STORE_GLOBAL total             # 141
  LOAD_GLOBAL print              # 142
  LOAD_GLOBAL total              # 143
  BUILD_LIST 0                   # 144
  DUP_TOP                        # 145
  LOAD_GLOBAL range              # 146
  LOAD_CONST 5                   # 147
  CALL 1                         # 148
  INPLACE_ADD                    # 149
  POP_TOP                        # 150
  CALL_FUNCTION_EX 0             # 151
  LOAD_GLOBAL total              # 152
  CALL 0                         # 153
  CALL 2                         # 154
  POP_TOP                        # 155
  MAKE_FUNCTION wrapper          # 156
  STORE_GLOBAL wrapper           # 157
  LOAD_GLOBAL print              # 158
  LOAD_GLOBAL wrapper            # 159
  LOAD_CONST 1                   # 160
  LOAD_CONST 2                   # 161
  LOAD_CONST 3                   # 162
  LOAD_CONST 4                   # 163
  CALL_KW q 4                    # 164
  CALL 1                         # 165
  POP_TOP                        # 166
  MAKE_FUNCTION <lambda>         # 167
  STORE_GLOBAL lam               # 168
  LOAD_GLOBAL print              # 169
  LOAD_GLOBAL lam                # 170
  LOAD_CONST 1                   # 171
  LOAD_CONST 2                   # 172
  CALL_KW z 2                    # 173
  CALL 1                         # 174
  POP_TOP                        # 175
  LOAD_GLOBAL print              # 176
  LOAD_GLOBAL max                # 177
  BUILD_LIST 0                   # 178
  DUP_TOP                        # 179
  LOAD_CONST 3                   # 180
  LOAD_CONST 9                   # 181
  LOAD_CONST 2                   # 182
  BUILD_LIST 3                   # 183
  INPLACE_ADD                    # 184
  POP_TOP                        # 185
  CALL_FUNCTION_EX 0             # 186
  LOAD_GLOBAL min                # 187
  BUILD_LIST 0                   # 188
  DUP_TOP                        # 189
  LOAD_CONST "zyx"               # 190
  INPLACE_ADD                    # 191
  POP_TOP                        # 192
  CALL_FUNCTION_EX 0             # 193
  CALL 2                         # 194
  POP_TOP                        # 195
  LOAD_CONST None                # 196
  RETURN_VALUE                   # 197
.end

.func f args
  LOAD_FAST args                 # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
.end

.func g a b rest opts
  LOAD_FAST a                    # 0
  LOAD_FAST b                    # 1
  LOAD_FAST rest                 # 2
  LOAD_FAST opts                 # 3
  BUILD_TUPLE 4                  # 4
  RETURN_VALUE                   # 5
  LOAD_CONST None                # 6
  RETURN_VALUE                   # 7
.end

.func h kw
  LOAD_GLOBAL sorted             # 0
  LOAD_FAST kw                   # 1
  CALL_METHOD items 0            # 2
  CALL 1                         # 3
  RETURN_VALUE                   # 4
  LOAD_CONST None                # 5
  RETURN_VALUE                   # 6
.end

.func total xs
.locals s x
  LOAD_CONST 0                   # 0
  STORE_FAST s                   # 1
  LOAD_FAST xs                   # 2
  GET_ITER                       # 3
L4:
  FOR_ITER L11                   # 4
  STORE_FAST x                   # 5
  LOAD_FAST s                    # 6
  LOAD_FAST x                    # 7
  INPLACE_ADD                    # 8
  STORE_FAST s                   # 9
  JUMP L4                        # 10
L11:
  LOAD_FAST s                    # 11
  RETURN_VALUE                   # 12
  LOAD_CONST None                # 13
  RETURN_VALUE                   # 14
.end

.func wrapper args kwargs
  LOAD_GLOBAL g                  # 0
  BUILD_LIST 0                   # 1
  DUP_TOP                        # 2
  LOAD_FAST args                 # 3
  INPLACE_ADD                    # 4
  POP_TOP                        # 5
  BUILD_MAP 0                    # 6
  DUP_TOP                        # 7
  LOAD_FAST kwargs               # 8
  DICT_MERGE                     # 9
  CALL_FUNCTION_EX 1             # 10
  RETURN_VALUE                   # 11
  LOAD_CONST None                # 12
  RETURN_VALUE                   # 13
.end

.func <lambda> a k
  LOAD_FAST a                    # 0
  LOAD_FAST k                    # 1
  BUILD_TUPLE 2                  # 2
  RETURN_VALUE                   # 3
.end
