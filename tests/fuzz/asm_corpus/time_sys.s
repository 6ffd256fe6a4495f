.global sys.setswitchinterval
.global print
.global sys.getswitchinterval
.global time.sleep
.global time.monotonic_ns
.global start
.global nap

.func <module>
  LOAD_GLOBAL sys.setswitchinterval # 0
  LOAD_CONST 0.001               # 1
  CALL 1                         # 2
  POP_TOP                        # 3
  LOAD_GLOBAL print              # 4
  LOAD_GLOBAL sys.getswitchinterval # 5
  CALL 0                         # 6
  CALL 1                         # 7
  POP_TOP                        # 8
  LOAD_GLOBAL time.sleep         # 9
  LOAD_CONST 0.001               # 10
  CALL 1                         # 11
  POP_TOP                        # 12
  LOAD_GLOBAL time.monotonic_ns  # 13
  CALL 0                         # 14
  STORE_GLOBAL start             # 15
  LOAD_GLOBAL time.sleep         # 16
  LOAD_CONST 0.002               # 17
  CALL 1                         # 18
  POP_TOP                        # 19
  LOAD_GLOBAL print              # 20
  LOAD_GLOBAL time.monotonic_ns  # 21
  CALL 0                         # 22
  LOAD_GLOBAL start              # 23
  BINARY_SUBTRACT                # 24
  LOAD_CONST 2000000             # 25
  COMPARE_OP >=                  # 26
  CALL 1                         # 27
  POP_TOP                        # 28
  LOAD_GLOBAL time.sleep         # 29
  STORE_GLOBAL nap               # 30
  LOAD_GLOBAL nap                # 31
  LOAD_CONST 0                   # 32
  CALL 1                         # 33
  POP_TOP                        # 34
  LOAD_GLOBAL print              # 35
  LOAD_CONST "slept"             # 36
  CALL 1                         # 37
  POP_TOP                        # 38
  LOAD_CONST None                # 39
  RETURN_VALUE                   # 40
.end
