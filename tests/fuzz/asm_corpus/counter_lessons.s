# labs/programs/counter.s -- the counter lessons' program, in gillab assembly
# (runtime/bytecode/assembler.h). `lab counter` and `lab counter-call` run it, and
# //tests:interpreter_test checks what each eval-breaker policy lets through with it.
#
#   setup()               makes the Lock the barrier uses; run it once, first
#   add(n, threads)       counter = counter + 1, n times (count(n))
#   add_call(n, threads)  counter = counter + one(), n times (count_call(n)): a
#                         call, so a poll point, between the read and the write
# Both wait at a barrier until `threads` threads are running before they add.
# `lab explore` runs count and count_call themselves: under the explorer only one
# thread runs at a time, so a barrier would wait forever.
.global counter = 0
.global ready = 0
.global lock

.func setup
  LOAD_GLOBAL Lock
  CALL 0
  STORE_GLOBAL lock
  LOAD_CONST None
  RETURN_VALUE
.end

.func one
  LOAD_CONST 1
  RETURN_VALUE
.end

.func barrier n                 # wait until all n threads are running
  LOAD_GLOBAL lock
  CALL_METHOD acquire 0
  POP_TOP
  LOAD_GLOBAL ready
  LOAD_CONST 1
  BINARY_ADD
  STORE_GLOBAL ready
  LOAD_GLOBAL lock
  CALL_METHOD release 0
  POP_TOP
spin:
  LOAD_GLOBAL ready
  LOAD_FAST n
  COMPARE_OP <
  POP_JUMP_IF_TRUE spin
  LOAD_CONST None
  RETURN_VALUE
.end

.func add n threads             # wait for the others, then count(n)
  LOAD_GLOBAL barrier
  LOAD_FAST threads
  CALL 1
  POP_TOP
  LOAD_GLOBAL count
  LOAD_FAST n
  CALL 1
  RETURN_VALUE
.end

.func add_call n threads        # wait for the others, then count_call(n)
  LOAD_GLOBAL barrier
  LOAD_FAST threads
  CALL 1
  POP_TOP
  LOAD_GLOBAL count_call
  LOAD_FAST n
  CALL 1
  RETURN_VALUE
.end

.func count n                   # counter = counter + 1, n times
.locals i
  LOAD_CONST 0
  STORE_FAST i
loop:
  LOAD_FAST i
  LOAD_FAST n
  COMPARE_OP <
  POP_JUMP_IF_FALSE done
  LOAD_GLOBAL counter
  LOAD_CONST 1
  BINARY_ADD
  STORE_GLOBAL counter
  LOAD_FAST i
  LOAD_CONST 1
  BINARY_ADD
  STORE_FAST i
  JUMP loop
done:
  LOAD_CONST None
  RETURN_VALUE
.end

.func count_call n              # counter = counter + one(), n times
.locals i
  LOAD_CONST 0
  STORE_FAST i
loop:
  LOAD_FAST i
  LOAD_FAST n
  COMPARE_OP <
  POP_JUMP_IF_FALSE done
  LOAD_GLOBAL counter
  LOAD_GLOBAL one
  CALL 0
  BINARY_ADD
  STORE_GLOBAL counter
  LOAD_FAST i
  LOAD_CONST 1
  BINARY_ADD
  STORE_FAST i
  JUMP loop
done:
  LOAD_CONST None
  RETURN_VALUE
.end
