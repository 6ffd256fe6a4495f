.global IO_CALLS
.global done
.global loops
.global cpu
.global range
.global time.monotonic_ns
.global time.sleep
.global sorted
.global io_latencies
.global threading.Thread
.global print
.global main

.func <module>
  LOAD_CONST 100                 # 0
  STORE_GLOBAL IO_CALLS          # 1
  LOAD_CONST False               # 2
  STORE_GLOBAL done              # 3
  LOAD_CONST 0                   # 4
  STORE_GLOBAL loops             # 5
  MAKE_FUNCTION cpu              # 6
  STORE_GLOBAL cpu               # 7
  MAKE_FUNCTION io_latencies     # 8
  STORE_GLOBAL io_latencies      # 9
  MAKE_FUNCTION main             # 10
  STORE_GLOBAL main              # 11
  LOAD_GLOBAL main               # 12
  CALL 0                         # 13
  POP_TOP                        # 14
  LOAD_CONST None                # 15
  RETURN_VALUE                   # 16
.end

.func cpu
.locals n
  LOAD_CONST 0                   # 0
  STORE_FAST n                   # 1
L2:
  LOAD_GLOBAL done               # 2
  UNARY_NOT                      # 3
  POP_JUMP_IF_FALSE L10          # 4
  LOAD_FAST n                    # 5
  LOAD_CONST 1                   # 6
  BINARY_ADD                     # 7
  STORE_FAST n                   # 8
  JUMP L2                        # 9
L10:
  LOAD_FAST n                    # 10
  STORE_GLOBAL loops             # 11
  LOAD_CONST None                # 12
  RETURN_VALUE                   # 13
.end

.func io_latencies
.locals latencies _ start
  BUILD_LIST 0                   # 0
  STORE_FAST latencies           # 1
  LOAD_GLOBAL range              # 2
  LOAD_GLOBAL IO_CALLS           # 3
  CALL 1                         # 4
  GET_ITER                       # 5
L6:
  FOR_ITER L23                   # 6
  STORE_FAST _                   # 7
  LOAD_GLOBAL time.monotonic_ns  # 8
  CALL 0                         # 9
  STORE_FAST start               # 10
  LOAD_GLOBAL time.sleep         # 11
  LOAD_CONST 1e-04               # 12
  CALL 1                         # 13
  POP_TOP                        # 14
  LOAD_FAST latencies            # 15
  LOAD_GLOBAL time.monotonic_ns  # 16
  CALL 0                         # 17
  LOAD_FAST start                # 18
  BINARY_SUBTRACT                # 19
  CALL_METHOD append 1           # 20
  POP_TOP                        # 21
  JUMP L6                        # 22
L23:
  LOAD_GLOBAL sorted             # 23
  LOAD_FAST latencies            # 24
  CALL 1                         # 25
  RETURN_VALUE                   # 26
  LOAD_CONST None                # 27
  RETURN_VALUE                   # 28
.end

.func main
.locals alone spinner start busy elapsed p50 p99 alone_p50 rate
  LOAD_GLOBAL io_latencies       # 0
  CALL 0                         # 1
  STORE_FAST alone               # 2
  LOAD_GLOBAL threading.Thread   # 3
  LOAD_GLOBAL cpu                # 4
  CALL_KW target 1               # 5
  STORE_FAST spinner             # 6
  LOAD_GLOBAL time.monotonic_ns  # 7
  CALL 0                         # 8
  STORE_FAST start               # 9
  LOAD_FAST spinner              # 10
  CALL_METHOD start 0            # 11
  POP_TOP                        # 12
  LOAD_GLOBAL io_latencies       # 13
  CALL 0                         # 14
  STORE_FAST busy                # 15
  LOAD_CONST True                # 16
  STORE_GLOBAL done              # 17
  LOAD_FAST spinner              # 18
  CALL_METHOD join 0             # 19
  POP_TOP                        # 20
  LOAD_GLOBAL time.monotonic_ns  # 21
  CALL 0                         # 22
  LOAD_FAST start                # 23
  BINARY_SUBTRACT                # 24
  STORE_FAST elapsed             # 25
  LOAD_FAST busy                 # 26
  LOAD_GLOBAL IO_CALLS           # 27
  LOAD_CONST 2                   # 28
  BINARY_FLOOR_DIVIDE            # 29
  BINARY_SUBSCR                  # 30
  LOAD_CONST 1000                # 31
  BINARY_FLOOR_DIVIDE            # 32
  STORE_FAST p50                 # 33
  LOAD_FAST busy                 # 34
  LOAD_GLOBAL IO_CALLS           # 35
  LOAD_CONST 99                  # 36
  BINARY_MULTIPLY                # 37
  LOAD_CONST 100                 # 38
  BINARY_FLOOR_DIVIDE            # 39
  BINARY_SUBSCR                  # 40
  LOAD_CONST 1000                # 41
  BINARY_FLOOR_DIVIDE            # 42
  STORE_FAST p99                 # 43
  LOAD_FAST alone                # 44
  LOAD_GLOBAL IO_CALLS           # 45
  LOAD_CONST 2                   # 46
  BINARY_FLOOR_DIVIDE            # 47
  BINARY_SUBSCR                  # 48
  LOAD_CONST 1000                # 49
  BINARY_FLOOR_DIVIDE            # 50
  STORE_FAST alone_p50           # 51
  LOAD_GLOBAL loops              # 52
  LOAD_CONST 1000000000          # 53
  BINARY_MULTIPLY                # 54
  LOAD_FAST elapsed              # 55
  BINARY_FLOOR_DIVIDE            # 56
  STORE_FAST rate                # 57
  LOAD_GLOBAL print              # 58
  LOAD_GLOBAL IO_CALLS           # 59
  FORMAT_VALUE 0                 # 60
  LOAD_CONST " sleeps of 100 us: p50 " # 61
  LOAD_FAST alone_p50            # 62
  FORMAT_VALUE 0                 # 63
  LOAD_CONST " us alone; next to a CPU-bound thread p50 " # 64
  LOAD_FAST p50                  # 65
  FORMAT_VALUE 0                 # 66
  LOAD_CONST " us, p99 "         # 67
  LOAD_FAST p99                  # 68
  FORMAT_VALUE 0                 # 69
  LOAD_CONST " us; the CPU-bound thread ran " # 70
  LOAD_FAST rate                 # 71
  FORMAT_VALUE 0                 # 72
  LOAD_CONST " loops/s"          # 73
  BUILD_STRING 10                # 74
  CALL 1                         # 75
  POP_TOP                        # 76
  LOAD_GLOBAL print              # 77
  LOAD_CONST "result: alone_p50_us=" # 78
  LOAD_FAST alone_p50            # 79
  FORMAT_VALUE 0                 # 80
  LOAD_CONST " p50_us="          # 81
  LOAD_FAST p50                  # 82
  FORMAT_VALUE 0                 # 83
  LOAD_CONST " p99_us="          # 84
  LOAD_FAST p99                  # 85
  FORMAT_VALUE 0                 # 86
  LOAD_CONST " cpu_loops_per_s=" # 87
  LOAD_FAST rate                 # 88
  FORMAT_VALUE 0                 # 89
  BUILD_STRING 8                 # 90
  CALL 1                         # 91
  POP_TOP                        # 92
  LOAD_CONST None                # 93
  RETURN_VALUE                   # 94
.end
