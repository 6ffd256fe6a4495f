.global square
.global add
.global print
.global ops
.global sorted
.global name
.global apply_twice
.global start
.global from_start
.global append_to
.global first
.global second
.global append_fresh
.global describe
.global multiplier
.global times3

.func <module>
  MAKE_FUNCTION <lambda>         # 0
  STORE_GLOBAL square            # 1
  LOAD_CONST 10                  # 2
  BUILD_TUPLE 1                  # 3
  MAKE_FUNCTION <lambda> (defaults) # 4
  STORE_GLOBAL add               # 5
  LOAD_GLOBAL print              # 6
  LOAD_GLOBAL square             # 7
  LOAD_CONST 7                   # 8
  CALL 1                         # 9
  LOAD_GLOBAL add                # 10
  LOAD_CONST 1                   # 11
  CALL 1                         # 12
  LOAD_GLOBAL add                # 13
  LOAD_CONST 1                   # 14
  LOAD_CONST 2                   # 15
  CALL 2                         # 16
  LOAD_GLOBAL add                # 17
  LOAD_CONST 5                   # 18
  LOAD_CONST 1                   # 19
  CALL_KW b,a 2                  # 20
  CALL 4                         # 21
  POP_TOP                        # 22
  LOAD_GLOBAL print              # 23
  MAKE_FUNCTION <lambda>         # 24
  CALL 0                         # 25
  CALL 1                         # 26
  POP_TOP                        # 27
  LOAD_CONST "double"            # 28
  MAKE_FUNCTION <lambda>         # 29
  LOAD_CONST "negate"            # 30
  MAKE_FUNCTION <lambda>         # 31
  LOAD_CONST "square"            # 32
  LOAD_GLOBAL square             # 33
  BUILD_MAP 3                    # 34
  STORE_GLOBAL ops               # 35
  LOAD_GLOBAL sorted             # 36
  LOAD_GLOBAL ops                # 37
  CALL 1                         # 38
  GET_ITER                       # 39
L40:
  FOR_ITER L52                   # 40
  STORE_GLOBAL name              # 41
  LOAD_GLOBAL print              # 42
  LOAD_GLOBAL name               # 43
  LOAD_GLOBAL ops                # 44
  LOAD_GLOBAL name               # 45
  BINARY_SUBSCR                  # 46
  LOAD_CONST 6                   # 47
  CALL 1                         # 48
  CALL 2                         # 49
  POP_TOP                        # 50
  JUMP L40                       # 51
L52:
  MAKE_FUNCTION apply_twice      # 52
  STORE_GLOBAL apply_twice       # 53
  LOAD_GLOBAL print              # 54
  LOAD_GLOBAL apply_twice        # 55
  MAKE_FUNCTION <lambda>         # 56
  LOAD_CONST "hi"                # 57
  CALL 2                         # 58
  LOAD_GLOBAL apply_twice        # 59
  LOAD_GLOBAL square             # 60
  LOAD_CONST 3                   # 61
  CALL 2                         # 62
  CALL 2                         # 63
  POP_TOP                        # 64
  LOAD_CONST 5                   # 65
  STORE_GLOBAL start             # 66
  LOAD_GLOBAL start              # 67
  BUILD_TUPLE 1                  # 68
  MAKE_FUNCTION from_start (defaults) # 69
  STORE_GLOBAL from_start        # 70
  LOAD_CONST 100                 # 71
  STORE_GLOBAL start             # 72
  LOAD_GLOBAL print              # 73
  LOAD_GLOBAL from_start         # 74
  CALL 0                         # 75
  LOAD_GLOBAL from_start         # 76
  LOAD_CONST 1                   # 77
  CALL 1                         # 78
  CALL 2                         # 79
  POP_TOP                        # 80
  BUILD_LIST 0                   # 81
  BUILD_TUPLE 1                  # 82
  MAKE_FUNCTION append_to (defaults) # 83
  STORE_GLOBAL append_to         # 84
  LOAD_GLOBAL append_to          # 85
  LOAD_CONST 1                   # 86
  CALL 1                         # 87
  STORE_GLOBAL first             # 88
  LOAD_GLOBAL append_to          # 89
  LOAD_CONST 2                   # 90
  CALL 1                         # 91
  STORE_GLOBAL second            # 92
  LOAD_GLOBAL print              # 93
  LOAD_GLOBAL first              # 94
  LOAD_GLOBAL second             # 95
  LOAD_GLOBAL first              # 96
  LOAD_GLOBAL second             # 97
  COMPARE_OP is                  # 98
  CALL 3                         # 99
  POP_TOP                        # 100
  LOAD_CONST None                # 101
  BUILD_TUPLE 1                  # 102
  MAKE_FUNCTION append_fresh (defaults) # 103
  STORE_GLOBAL append_fresh      # 104
  LOAD_GLOBAL print              # 105
  LOAD_GLOBAL append_fresh       # 106
  LOAD_CONST 1                   # 107
  CALL 1                         # 108
  LOAD_GLOBAL append_fresh       # 109
  LOAD_CONST 2                   # 110
  CALL 1                         # 111
  CALL 2                         # 112
  POP_TOP                        # 113
  LOAD_CONST "thing"             # 114
  LOAD_CONST 1                   # 115
  LOAD_CONST "kg"                # 116
  BUILD_TUPLE 3                  # 117
  MAKE_FUNCTION describe (defaults) # 118
  STORE_GLOBAL describe          # 119
  LOAD_GLOBAL print              # 120
  LOAD_GLOBAL describe           # 121
  LOAD_CONST "box"               # 122
  CALL 1                         # 123
  CALL 1                         # 124
  POP_TOP                        # 125
  LOAD_GLOBAL print              # 126
  LOAD_GLOBAL describe           # 127
  LOAD_CONST "cat"               # 128
  LOAD_CONST "pet"               # 129
  LOAD_CONST "lb"                # 130
  CALL_KW unit 3                 # 131
  CALL 1                         # 132
  POP_TOP                        # 133
  LOAD_GLOBAL print              # 134
  LOAD_GLOBAL describe           # 135
  LOAD_CONST 3                   # 136
  LOAD_CONST "crate"             # 137
  CALL_KW size,name 2            # 138
  CALL 1                         # 139
  POP_TOP                        # 140
  MAKE_FUNCTION multiplier       # 141
  STORE_GLOBAL multiplier        # 142
  LOAD_GLOBAL multiplier         # 143
  LOAD_CONST 3                   # 144
  CALL 1                         # 145
  STORE_GLOBAL times3            # 146
  LOAD_GLOBAL print              # 147
  LOAD_GLOBAL times3             # 148
  LOAD_CONST 5                   # 149
  CALL 1                         # 150
  LOAD_GLOBAL multiplier         # 151
  LOAD_CONST 4                   # 152
  CALL 1                         # 153
  LOAD_CONST 5                   # 154
  CALL 1                         # 155
  CALL 2                         # 156
  POP_TOP                        # 157
  LOAD_CONST None                # 158
  RETURN_VALUE                   # 159
.end

.func <lambda> x
  LOAD_FAST x                    # 0
  LOAD_FAST x                    # 1
  BINARY_MULTIPLY                # 2
  RETURN_VALUE                   # 3
.end

.func <lambda> a b
  LOAD_FAST a                    # 0
  LOAD_FAST b                    # 1
  BINARY_ADD                     # 2
  RETURN_VALUE                   # 3
.end

.func <lambda>
  LOAD_CONST "no parameters"     # 0
  RETURN_VALUE                   # 1
.end

.func <lambda> x
  LOAD_CONST 2                   # 0
  LOAD_FAST x                    # 1
  BINARY_MULTIPLY                # 2
  RETURN_VALUE                   # 3
.end

.func <lambda> x
  LOAD_FAST x                    # 0
  UNARY_NEGATIVE                 # 1
  RETURN_VALUE                   # 2
.end

.func apply_twice f x
  LOAD_FAST f                    # 0
  LOAD_FAST f                    # 1
  LOAD_FAST x                    # 2
  CALL 1                         # 3
  CALL 1                         # 4
  RETURN_VALUE                   # 5
  LOAD_CONST None                # 6
  RETURN_VALUE                   # 7
.end

.func <lambda> s
  LOAD_FAST s                    # 0
  LOAD_CONST "!"                 # 1
  BINARY_ADD                     # 2
  RETURN_VALUE                   # 3
.end

.func from_start n
  LOAD_FAST n                    # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
.end

.func append_to item bucket
  LOAD_FAST bucket               # 0
  LOAD_FAST item                 # 1
  CALL_METHOD append 1           # 2
  POP_TOP                        # 3
  LOAD_FAST bucket               # 4
  RETURN_VALUE                   # 5
  LOAD_CONST None                # 6
  RETURN_VALUE                   # 7
.end

.func append_fresh item bucket
  LOAD_FAST bucket               # 0
  LOAD_CONST None                # 1
  COMPARE_OP is                  # 2
  POP_JUMP_IF_FALSE L6           # 3
  BUILD_LIST 0                   # 4
  STORE_FAST bucket              # 5
L6:
  LOAD_FAST bucket               # 6
  LOAD_FAST item                 # 7
  CALL_METHOD append 1           # 8
  POP_TOP                        # 9
  LOAD_FAST bucket               # 10
  RETURN_VALUE                   # 11
  LOAD_CONST None                # 12
  RETURN_VALUE                   # 13
.end

.func describe name kind size unit
  LOAD_FAST name                 # 0
  FORMAT_VALUE 0                 # 1
  LOAD_CONST ": a "              # 2
  LOAD_FAST kind                 # 3
  FORMAT_VALUE 0                 # 4
  LOAD_CONST " of "              # 5
  LOAD_FAST size                 # 6
  FORMAT_VALUE 0                 # 7
  LOAD_CONST " "                 # 8
  LOAD_FAST unit                 # 9
  FORMAT_VALUE 0                 # 10
  BUILD_STRING 7                 # 11
  RETURN_VALUE                   # 12
  LOAD_CONST None                # 13
  RETURN_VALUE                   # 14
.end

.func multiplier n
  LOAD_CLOSURE n                 # 0
  BUILD_TUPLE 1                  # 1
  MAKE_FUNCTION multiplier.<locals>.<lambda> (closure) # 2
  RETURN_VALUE                   # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end

.func <lambda> x
  LOAD_FAST x                    # 0
  LOAD_DEREF n                   # 1
  BINARY_MULTIPLY                # 2
  RETURN_VALUE                   # 3
.end
