.global s
.global t
.global print
.global len
.global repr
.global str

.func <module>
  LOAD_CONST "hello"             # 0
  STORE_GLOBAL s                 # 1
  LOAD_CONST "world"             # 2
  STORE_GLOBAL t                 # 3
  LOAD_GLOBAL print              # 4
  LOAD_GLOBAL s                  # 5
  LOAD_CONST " "                 # 6
  BINARY_ADD                     # 7
  LOAD_GLOBAL t                  # 8
  BINARY_ADD                     # 9
  LOAD_GLOBAL len                # 10
  LOAD_GLOBAL s                  # 11
  CALL 1                         # 12
  LOAD_GLOBAL s                  # 13
  LOAD_CONST 0                   # 14
  BINARY_SUBSCR                  # 15
  LOAD_GLOBAL s                  # 16
  LOAD_CONST -1                  # 17
  BINARY_SUBSCR                  # 18
  LOAD_GLOBAL s                  # 19
  LOAD_CONST 1                   # 20
  BINARY_SUBSCR                  # 21
  CALL 5                         # 22
  POP_TOP                        # 23
  LOAD_GLOBAL print              # 24
  LOAD_CONST "ab"                # 25
  LOAD_CONST 3                   # 26
  BINARY_MULTIPLY                # 27
  LOAD_CONST ""                  # 28
  LOAD_CONST 5                   # 29
  BINARY_MULTIPLY                # 30
  LOAD_CONST "x"                 # 31
  LOAD_CONST 0                   # 32
  BINARY_MULTIPLY                # 33
  CALL 3                         # 34
  POP_TOP                        # 35
  LOAD_GLOBAL print              # 36
  LOAD_CONST "ell"               # 37
  LOAD_GLOBAL s                  # 38
  COMPARE_OP in                  # 39
  LOAD_CONST "z"                 # 40
  LOAD_GLOBAL s                  # 41
  COMPARE_OP in                  # 42
  LOAD_CONST "z"                 # 43
  LOAD_GLOBAL s                  # 44
  COMPARE_OP not_in              # 45
  CALL 3                         # 46
  POP_TOP                        # 47
  LOAD_GLOBAL print              # 48
  LOAD_GLOBAL repr               # 49
  LOAD_CONST "it's"              # 50
  CALL 1                         # 51
  LOAD_GLOBAL repr               # 52
  LOAD_CONST "say \"hi\""        # 53
  CALL 1                         # 54
  LOAD_GLOBAL repr               # 55
  LOAD_CONST "both ' and \""     # 56
  CALL 1                         # 57
  LOAD_GLOBAL repr               # 58
  LOAD_CONST "tab\there"         # 59
  CALL 1                         # 60
  CALL 4                         # 61
  POP_TOP                        # 62
  LOAD_GLOBAL print              # 63
  LOAD_CONST "line1\nline2"      # 64
  CALL 1                         # 65
  POP_TOP                        # 66
  LOAD_GLOBAL print              # 67
  LOAD_CONST "abc"               # 68
  CALL 1                         # 69
  POP_TOP                        # 70
  LOAD_GLOBAL print              # 71
  LOAD_GLOBAL str                # 72
  LOAD_CONST 42                  # 73
  CALL 1                         # 74
  LOAD_GLOBAL str                # 75
  LOAD_CONST 1.5                 # 76
  CALL 1                         # 77
  LOAD_GLOBAL str                # 78
  LOAD_CONST None                # 79
  CALL 1                         # 80
  LOAD_GLOBAL str                # 81
  LOAD_CONST True                # 82
  CALL 1                         # 83
  LOAD_GLOBAL str                # 84
  LOAD_CONST 1                   # 85
  LOAD_CONST 2                   # 86
  BUILD_LIST 2                   # 87
  CALL 1                         # 88
  CALL 5                         # 89
  POP_TOP                        # 90
  LOAD_GLOBAL print              # 91
  LOAD_GLOBAL repr               # 92
  LOAD_CONST 42                  # 93
  CALL 1                         # 94
  LOAD_GLOBAL repr               # 95
  LOAD_CONST "q"                 # 96
  CALL 1                         # 97
  LOAD_GLOBAL repr               # 98
  LOAD_CONST 1                   # 99
  LOAD_CONST "a"                 # 100
  BUILD_LIST 2                   # 101
  CALL 1                         # 102
  CALL 3                         # 103
  POP_TOP                        # 104
  LOAD_GLOBAL print              # 105
  LOAD_CONST "AB"                # 106
  LOAD_CONST "café"             # 107
  CALL 2                         # 108
  POP_TOP                        # 109
  LOAD_CONST None                # 110
  RETURN_VALUE                   # 111
.end
