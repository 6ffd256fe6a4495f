.global a
.global b
.global print
.global len
.global c
.global d
.global alias
.global e

.func <module>
  LOAD_CONST 1                   # 0
  LOAD_CONST 2                   # 1
  LOAD_CONST 3                   # 2
  LOAD_CONST 4                   # 3
  LOAD_CONST 5                   # 4
  BUILD_LIST 5                   # 5
  STORE_GLOBAL a                 # 6
  LOAD_GLOBAL a                  # 7
  STORE_GLOBAL b                 # 8
  LOAD_CONST "x"                 # 9
  LOAD_CONST "y"                 # 10
  LOAD_CONST "z"                 # 11
  BUILD_LIST 3                   # 12
  LOAD_GLOBAL a                  # 13
  LOAD_CONST 1                   # 14
  LOAD_CONST 3                   # 15
  BUILD_SLICE 2                  # 16
  STORE_SUBSCR                   # 17
  LOAD_GLOBAL print              # 18
  LOAD_GLOBAL a                  # 19
  LOAD_GLOBAL b                  # 20
  LOAD_GLOBAL a                  # 21
  LOAD_GLOBAL b                  # 22
  COMPARE_OP is                  # 23
  CALL 3                         # 24
  POP_TOP                        # 25
  BUILD_LIST 0                   # 26
  LOAD_GLOBAL a                  # 27
  LOAD_CONST 1                   # 28
  LOAD_CONST 4                   # 29
  BUILD_SLICE 2                  # 30
  STORE_SUBSCR                   # 31
  LOAD_GLOBAL print              # 32
  LOAD_GLOBAL a                  # 33
  CALL 1                         # 34
  POP_TOP                        # 35
  LOAD_CONST -1                  # 36
  LOAD_CONST 0                   # 37
  BUILD_LIST 2                   # 38
  LOAD_GLOBAL a                  # 39
  LOAD_CONST None                # 40
  LOAD_CONST 0                   # 41
  BUILD_SLICE 2                  # 42
  STORE_SUBSCR                   # 43
  LOAD_GLOBAL print              # 44
  LOAD_GLOBAL a                  # 45
  CALL 1                         # 46
  POP_TOP                        # 47
  LOAD_CONST 6                   # 48
  LOAD_CONST 7                   # 49
  BUILD_TUPLE 2                  # 50
  LOAD_GLOBAL a                  # 51
  LOAD_GLOBAL len                # 52
  LOAD_GLOBAL a                  # 53
  CALL 1                         # 54
  LOAD_CONST None                # 55
  BUILD_SLICE 2                  # 56
  STORE_SUBSCR                   # 57
  LOAD_GLOBAL print              # 58
  LOAD_GLOBAL a                  # 59
  CALL 1                         # 60
  POP_TOP                        # 61
  LOAD_CONST "ab"                # 62
  LOAD_GLOBAL a                  # 63
  LOAD_CONST 2                   # 64
  LOAD_CONST 2                   # 65
  BUILD_SLICE 2                  # 66
  STORE_SUBSCR                   # 67
  LOAD_GLOBAL print              # 68
  LOAD_GLOBAL a                  # 69
  CALL 1                         # 70
  POP_TOP                        # 71
  LOAD_CONST 0                   # 72
  LOAD_CONST 0                   # 73
  LOAD_CONST 0                   # 74
  LOAD_CONST 0                   # 75
  LOAD_CONST 0                   # 76
  LOAD_CONST 0                   # 77
  BUILD_LIST 6                   # 78
  STORE_GLOBAL c                 # 79
  LOAD_CONST 1                   # 80
  LOAD_CONST 2                   # 81
  LOAD_CONST 3                   # 82
  BUILD_LIST 3                   # 83
  LOAD_GLOBAL c                  # 84
  LOAD_CONST None                # 85
  LOAD_CONST None                # 86
  LOAD_CONST 2                   # 87
  BUILD_SLICE 3                  # 88
  STORE_SUBSCR                   # 89
  LOAD_GLOBAL print              # 90
  LOAD_GLOBAL c                  # 91
  CALL 1                         # 92
  POP_TOP                        # 93
  LOAD_CONST 7                   # 94
  LOAD_CONST 8                   # 95
  LOAD_CONST 9                   # 96
  BUILD_TUPLE 3                  # 97
  LOAD_GLOBAL c                  # 98
  LOAD_CONST None                # 99
  LOAD_CONST None                # 100
  LOAD_CONST -2                  # 101
  BUILD_SLICE 3                  # 102
  STORE_SUBSCR                   # 103
  LOAD_GLOBAL print              # 104
  LOAD_GLOBAL c                  # 105
  CALL 1                         # 106
  POP_TOP                        # 107
  LOAD_CONST 1                   # 108
  LOAD_CONST 2                   # 109
  BUILD_LIST 2                   # 110
  STORE_GLOBAL d                 # 111
  LOAD_GLOBAL d                  # 112
  LOAD_GLOBAL d                  # 113
  LOAD_CONST None                # 114
  LOAD_CONST 0                   # 115
  BUILD_SLICE 2                  # 116
  STORE_SUBSCR                   # 117
  LOAD_GLOBAL print              # 118
  LOAD_GLOBAL d                  # 119
  CALL 1                         # 120
  POP_TOP                        # 121
  LOAD_GLOBAL d                  # 122
  LOAD_GLOBAL d                  # 123
  LOAD_CONST 1                   # 124
  LOAD_CONST None                # 125
  BUILD_SLICE 2                  # 126
  STORE_SUBSCR                   # 127
  LOAD_GLOBAL print              # 128
  LOAD_GLOBAL d                  # 129
  CALL 1                         # 130
  POP_TOP                        # 131
  LOAD_GLOBAL d                  # 132
  STORE_GLOBAL alias             # 133
  BUILD_LIST 0                   # 134
  LOAD_GLOBAL d                  # 135
  LOAD_CONST None                # 136
  LOAD_CONST None                # 137
  BUILD_SLICE 2                  # 138
  STORE_SUBSCR                   # 139
  LOAD_GLOBAL print              # 140
  LOAD_GLOBAL d                  # 141
  LOAD_GLOBAL alias              # 142
  LOAD_GLOBAL len                # 143
  LOAD_GLOBAL alias              # 144
  CALL 1                         # 145
  CALL 3                         # 146
  POP_TOP                        # 147
  LOAD_CONST 1                   # 148
  LOAD_CONST 2                   # 149
  LOAD_CONST 3                   # 150
  BUILD_LIST 3                   # 151
  STORE_GLOBAL e                 # 152
  LOAD_GLOBAL e                  # 153
  DUP_TOP                        # 154
  LOAD_CONST None                # 155
  LOAD_CONST 2                   # 156
  BUILD_SLICE 2                  # 157
  DUP_TOP                        # 158
  ROT_THREE                      # 159
  BINARY_SUBSCR                  # 160
  LOAD_CONST 9                   # 161
  BUILD_LIST 1                   # 162
  INPLACE_ADD                    # 163
  ROT_THREE                      # 164
  STORE_SUBSCR                   # 165
  LOAD_GLOBAL print              # 166
  LOAD_GLOBAL e                  # 167
  CALL 1                         # 168
  POP_TOP                        # 169
  LOAD_CONST None                # 170
  RETURN_VALUE                   # 171
.end
