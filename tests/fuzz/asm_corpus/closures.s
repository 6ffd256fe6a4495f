.global make_counter
.global inc_a
.global peek_a
.global inc_b
.global peek_b
.global print
.global late
.global f
.global early
.global adder
.global outer
.global accumulate
.global level
.global read_level
.global reader
.global range
.global fib_upto
.global make

.func <module>
  MAKE_FUNCTION make_counter     # 0
  STORE_GLOBAL make_counter      # 1
  LOAD_GLOBAL make_counter       # 2
  CALL 0                         # 3
  UNPACK_SEQUENCE 2              # 4
  STORE_GLOBAL inc_a             # 5
  STORE_GLOBAL peek_a            # 6
  LOAD_GLOBAL make_counter       # 7
  CALL 0                         # 8
  UNPACK_SEQUENCE 2              # 9
  STORE_GLOBAL inc_b             # 10
  STORE_GLOBAL peek_b            # 11
  LOAD_GLOBAL inc_a              # 12
  CALL 0                         # 13
  POP_TOP                        # 14
  LOAD_GLOBAL inc_a              # 15
  CALL 0                         # 16
  POP_TOP                        # 17
  LOAD_GLOBAL inc_b              # 18
  CALL 0                         # 19
  POP_TOP                        # 20
  LOAD_GLOBAL print              # 21
  LOAD_GLOBAL peek_a             # 22
  CALL 0                         # 23
  LOAD_GLOBAL peek_b             # 24
  CALL 0                         # 25
  LOAD_GLOBAL inc_a              # 26
  CALL 0                         # 27
  LOAD_GLOBAL peek_a             # 28
  CALL 0                         # 29
  CALL 4                         # 30
  POP_TOP                        # 31
  MAKE_FUNCTION late             # 32
  STORE_GLOBAL late              # 33
  LOAD_GLOBAL print              # 34
  LOAD_CONST "late:"             # 35
  LOAD_CONST " "                 # 36
  CALL_KW end 2                  # 37
  POP_TOP                        # 38
  LOAD_GLOBAL late               # 39
  CALL 0                         # 40
  GET_ITER                       # 41
L42:
  FOR_ITER L51                   # 42
  STORE_GLOBAL f                 # 43
  LOAD_GLOBAL print              # 44
  LOAD_GLOBAL f                  # 45
  CALL 0                         # 46
  LOAD_CONST " "                 # 47
  CALL_KW end 2                  # 48
  POP_TOP                        # 49
  JUMP L42                       # 50
L51:
  LOAD_GLOBAL print              # 51
  CALL 0                         # 52
  POP_TOP                        # 53
  MAKE_FUNCTION early            # 54
  STORE_GLOBAL early             # 55
  LOAD_GLOBAL early              # 56
  CALL 0                         # 57
  GET_ITER                       # 58
L59:
  FOR_ITER L68                   # 59
  STORE_GLOBAL f                 # 60
  LOAD_GLOBAL print              # 61
  LOAD_GLOBAL f                  # 62
  CALL 0                         # 63
  LOAD_CONST " "                 # 64
  CALL_KW end 2                  # 65
  POP_TOP                        # 66
  JUMP L59                       # 67
L68:
  LOAD_GLOBAL print              # 68
  CALL 0                         # 69
  POP_TOP                        # 70
  MAKE_FUNCTION adder            # 71
  STORE_GLOBAL adder             # 72
  LOAD_GLOBAL print              # 73
  LOAD_GLOBAL adder              # 74
  LOAD_CONST 2                   # 75
  CALL 1                         # 76
  LOAD_CONST 1                   # 77
  CALL 1                         # 78
  CALL 1                         # 79
  POP_TOP                        # 80
  MAKE_FUNCTION outer            # 81
  STORE_GLOBAL outer             # 82
  LOAD_GLOBAL print              # 83
  LOAD_GLOBAL outer              # 84
  CALL 0                         # 85
  CALL 0                         # 86
  CALL 1                         # 87
  POP_TOP                        # 88
  MAKE_FUNCTION accumulate       # 89
  STORE_GLOBAL accumulate        # 90
  LOAD_GLOBAL print              # 91
  LOAD_GLOBAL accumulate         # 92
  CALL 0                         # 93
  CALL 1                         # 94
  POP_TOP                        # 95
  LOAD_CONST "first"             # 96
  STORE_GLOBAL level             # 97
  MAKE_FUNCTION read_level       # 98
  STORE_GLOBAL read_level        # 99
  LOAD_GLOBAL read_level         # 100
  CALL 0                         # 101
  STORE_GLOBAL reader            # 102
  LOAD_CONST "second"            # 103
  STORE_GLOBAL level             # 104
  LOAD_GLOBAL print              # 105
  LOAD_GLOBAL reader             # 106
  CALL 0                         # 107
  CALL 1                         # 108
  POP_TOP                        # 109
  MAKE_FUNCTION fib_upto         # 110
  STORE_GLOBAL fib_upto          # 111
  LOAD_GLOBAL print              # 112
  LOAD_GLOBAL fib_upto           # 113
  LOAD_CONST 10                  # 114
  CALL 1                         # 115
  CALL 1                         # 116
  POP_TOP                        # 117
  MAKE_FUNCTION make             # 118
  STORE_GLOBAL make              # 119
  LOAD_GLOBAL print              # 120
  LOAD_GLOBAL make               # 121
  CALL 0                         # 122
  LOAD_GLOBAL make               # 123
  CALL 0                         # 124
  COMPARE_OP is                  # 125
  LOAD_GLOBAL make               # 126
  CALL 0                         # 127
  CALL 0                         # 128
  LOAD_GLOBAL make               # 129
  CALL 0                         # 130
  CALL 0                         # 131
  COMPARE_OP ==                  # 132
  CALL 2                         # 133
  POP_TOP                        # 134
  LOAD_CONST None                # 135
  RETURN_VALUE                   # 136
.end

.func make_counter
.locals increment peek
  LOAD_CONST 0                   # 0
  STORE_DEREF count              # 1
  LOAD_CLOSURE count             # 2
  BUILD_TUPLE 1                  # 3
  MAKE_FUNCTION make_counter.<locals>.increment (closure) # 4
  STORE_FAST increment           # 5
  LOAD_CLOSURE count             # 6
  BUILD_TUPLE 1                  # 7
  MAKE_FUNCTION make_counter.<locals>.peek (closure) # 8
  STORE_FAST peek                # 9
  LOAD_FAST increment            # 10
  LOAD_FAST peek                 # 11
  BUILD_TUPLE 2                  # 12
  RETURN_VALUE                   # 13
  LOAD_CONST None                # 14
  RETURN_VALUE                   # 15
.end

.func increment
  LOAD_DEREF count               # 0
  LOAD_CONST 1                   # 1
  INPLACE_ADD                    # 2
  STORE_DEREF count              # 3
  LOAD_DEREF count               # 4
  RETURN_VALUE                   # 5
  LOAD_CONST None                # 6
  RETURN_VALUE                   # 7
.end

.func peek
  LOAD_DEREF count               # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
.end

.func late
.locals funcs show
  BUILD_LIST 0                   # 0
  STORE_FAST funcs               # 1
  LOAD_CONST 1                   # 2
  LOAD_CONST 2                   # 3
  LOAD_CONST 3                   # 4
  BUILD_LIST 3                   # 5
  GET_ITER                       # 6
L7:
  FOR_ITER L18                   # 7
  STORE_DEREF i                  # 8
  LOAD_CLOSURE i                 # 9
  BUILD_TUPLE 1                  # 10
  MAKE_FUNCTION late.<locals>.show (closure) # 11
  STORE_FAST show                # 12
  LOAD_FAST funcs                # 13
  LOAD_FAST show                 # 14
  CALL_METHOD append 1           # 15
  POP_TOP                        # 16
  JUMP L7                        # 17
L18:
  LOAD_FAST funcs                # 18
  RETURN_VALUE                   # 19
  LOAD_CONST None                # 20
  RETURN_VALUE                   # 21
.end

.func show
  LOAD_DEREF i                   # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
.end

.func early
.locals funcs i show
  BUILD_LIST 0                   # 0
  STORE_FAST funcs               # 1
  LOAD_CONST 1                   # 2
  LOAD_CONST 2                   # 3
  LOAD_CONST 3                   # 4
  BUILD_LIST 3                   # 5
  GET_ITER                       # 6
L7:
  FOR_ITER L18                   # 7
  STORE_FAST i                   # 8
  LOAD_FAST i                    # 9
  BUILD_TUPLE 1                  # 10
  MAKE_FUNCTION early.<locals>.show (defaults) # 11
  STORE_FAST show                # 12
  LOAD_FAST funcs                # 13
  LOAD_FAST show                 # 14
  CALL_METHOD append 1           # 15
  POP_TOP                        # 16
  JUMP L7                        # 17
L18:
  LOAD_FAST funcs                # 18
  RETURN_VALUE                   # 19
  LOAD_CONST None                # 20
  RETURN_VALUE                   # 21
.end

.func show i
  LOAD_FAST i                    # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
.end

.func adder n
.locals add
  LOAD_CLOSURE n                 # 0
  BUILD_TUPLE 1                  # 1
  MAKE_FUNCTION adder.<locals>.add (closure) # 2
  STORE_FAST add                 # 3
  LOAD_DEREF n                   # 4
  LOAD_CONST 10                  # 5
  BINARY_MULTIPLY                # 6
  STORE_DEREF n                  # 7
  LOAD_FAST add                  # 8
  RETURN_VALUE                   # 9
  LOAD_CONST None                # 10
  RETURN_VALUE                   # 11
.end

.func add x
  LOAD_FAST x                    # 0
  LOAD_DEREF n                   # 1
  BINARY_ADD                     # 2
  RETURN_VALUE                   # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end

.func outer
.locals middle
  LOAD_CONST "from outer"        # 0
  STORE_DEREF message            # 1
  LOAD_CLOSURE message           # 2
  BUILD_TUPLE 1                  # 3
  MAKE_FUNCTION outer.<locals>.middle (closure) # 4
  STORE_FAST middle              # 5
  LOAD_FAST middle               # 6
  CALL 0                         # 7
  RETURN_VALUE                   # 8
  LOAD_CONST None                # 9
  RETURN_VALUE                   # 10
.end

.func middle
.locals inner
  LOAD_CLOSURE message           # 0
  BUILD_TUPLE 1                  # 1
  MAKE_FUNCTION outer.<locals>.middle.<locals>.inner (closure) # 2
  STORE_FAST inner               # 3
  LOAD_FAST inner                # 4
  RETURN_VALUE                   # 5
  LOAD_CONST None                # 6
  RETURN_VALUE                   # 7
.end

.func inner
  LOAD_DEREF message             # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
.end

.func accumulate
.locals add_all
  LOAD_CONST 0                   # 0
  STORE_DEREF total              # 1
  LOAD_CLOSURE total             # 2
  BUILD_TUPLE 1                  # 3
  MAKE_FUNCTION accumulate.<locals>.add_all (closure) # 4
  STORE_FAST add_all             # 5
  LOAD_FAST add_all              # 6
  LOAD_CONST 1                   # 7
  LOAD_CONST 2                   # 8
  LOAD_CONST 3                   # 9
  BUILD_LIST 3                   # 10
  CALL 1                         # 11
  POP_TOP                        # 12
  LOAD_FAST add_all              # 13
  LOAD_CONST 10                  # 14
  BUILD_LIST 1                   # 15
  CALL 1                         # 16
  RETURN_VALUE                   # 17
  LOAD_CONST None                # 18
  RETURN_VALUE                   # 19
.end

.func add_all items
.locals item
  LOAD_FAST items                # 0
  GET_ITER                       # 1
L2:
  FOR_ITER L9                    # 2
  STORE_FAST item                # 3
  LOAD_DEREF total               # 4
  LOAD_FAST item                 # 5
  INPLACE_ADD                    # 6
  STORE_DEREF total              # 7
  JUMP L2                        # 8
L9:
  LOAD_DEREF total               # 9
  RETURN_VALUE                   # 10
  LOAD_CONST None                # 11
  RETURN_VALUE                   # 12
.end

.func read_level
.locals inner
  MAKE_FUNCTION read_level.<locals>.inner # 0
  STORE_FAST inner               # 1
  LOAD_FAST inner                # 2
  RETURN_VALUE                   # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end

.func inner
  LOAD_GLOBAL level              # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
.end

.func fib_upto n
.locals result k
  LOAD_CLOSURE fib               # 0
  BUILD_TUPLE 1                  # 1
  MAKE_FUNCTION fib_upto.<locals>.fib (closure) # 2
  STORE_DEREF fib                # 3
  BUILD_LIST 0                   # 4
  STORE_FAST result              # 5
  LOAD_GLOBAL range              # 6
  LOAD_FAST n                    # 7
  CALL 1                         # 8
  GET_ITER                       # 9
L10:
  FOR_ITER L19                   # 10
  STORE_FAST k                   # 11
  LOAD_FAST result               # 12
  LOAD_DEREF fib                 # 13
  LOAD_FAST k                    # 14
  CALL 1                         # 15
  CALL_METHOD append 1           # 16
  POP_TOP                        # 17
  JUMP L10                       # 18
L19:
  LOAD_FAST result               # 19
  RETURN_VALUE                   # 20
  LOAD_CONST None                # 21
  RETURN_VALUE                   # 22
.end

.func fib k
  LOAD_FAST k                    # 0
  LOAD_CONST 2                   # 1
  COMPARE_OP <                   # 2
  POP_JUMP_IF_FALSE L6           # 3
  LOAD_FAST k                    # 4
  RETURN_VALUE                   # 5
L6:
  LOAD_DEREF fib                 # 6
  LOAD_FAST k                    # 7
  LOAD_CONST 1                   # 8
  BINARY_SUBTRACT                # 9
  CALL 1                         # 10
  LOAD_DEREF fib                 # 11
  LOAD_FAST k                    # 12
  LOAD_CONST 2                   # 13
  BINARY_SUBTRACT                # 14
  CALL 1                         # 15
  BINARY_ADD                     # 16
  RETURN_VALUE                   # 17
  LOAD_CONST None                # 18
  RETURN_VALUE                   # 19
.end

.func make
.locals f
  MAKE_FUNCTION make.<locals>.f  # 0
  STORE_FAST f                   # 1
  LOAD_FAST f                    # 2
  RETURN_VALUE                   # 3
  LOAD_CONST None                # 4
  RETURN_VALUE                   # 5
.end

.func f
  LOAD_CONST 1                   # 0
  RETURN_VALUE                   # 1
  LOAD_CONST None                # 2
  RETURN_VALUE                   # 3
.end
