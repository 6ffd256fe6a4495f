.global range
.global sieve
.global p
.global print
.global len

.func <module>
  MAKE_FUNCTION sieve            # 0
  STORE_GLOBAL sieve             # 1
  LOAD_GLOBAL sieve              # 2
  LOAD_CONST 100                 # 3
  CALL 1                         # 4
  STORE_GLOBAL p                 # 5
  LOAD_GLOBAL print              # 6
  LOAD_GLOBAL p                  # 7
  CALL 1                         # 8
  POP_TOP                        # 9
  LOAD_GLOBAL print              # 10
  LOAD_GLOBAL len                # 11
  LOAD_GLOBAL sieve              # 12
  LOAD_CONST 10000               # 13
  CALL 1                         # 14
  CALL 1                         # 15
  CALL 1                         # 16
  POP_TOP                        # 17
  LOAD_CONST None                # 18
  RETURN_VALUE                   # 19
.end

.func sieve n
.locals is_prime i j primes k
  LOAD_CONST True                # 0
  BUILD_LIST 1                   # 1
  LOAD_FAST n                    # 2
  LOAD_CONST 1                   # 3
  BINARY_ADD                     # 4
  BINARY_MULTIPLY                # 5
  STORE_FAST is_prime            # 6
  LOAD_CONST False               # 7
  LOAD_FAST is_prime             # 8
  LOAD_CONST 0                   # 9
  STORE_SUBSCR                   # 10
  LOAD_CONST False               # 11
  LOAD_FAST is_prime             # 12
  LOAD_CONST 1                   # 13
  STORE_SUBSCR                   # 14
  LOAD_CONST 2                   # 15
  STORE_FAST i                   # 16
L17:
  LOAD_FAST i                    # 17
  LOAD_FAST i                    # 18
  BINARY_MULTIPLY                # 19
  LOAD_FAST n                    # 20
  COMPARE_OP <=                  # 21
  POP_JUMP_IF_FALSE L49          # 22
  LOAD_FAST is_prime             # 23
  LOAD_FAST i                    # 24
  BINARY_SUBSCR                  # 25
  POP_JUMP_IF_FALSE L44          # 26
  LOAD_FAST i                    # 27
  LOAD_FAST i                    # 28
  BINARY_MULTIPLY                # 29
  STORE_FAST j                   # 30
L31:
  LOAD_FAST j                    # 31
  LOAD_FAST n                    # 32
  COMPARE_OP <=                  # 33
  POP_JUMP_IF_FALSE L44          # 34
  LOAD_CONST False               # 35
  LOAD_FAST is_prime             # 36
  LOAD_FAST j                    # 37
  STORE_SUBSCR                   # 38
  LOAD_FAST j                    # 39
  LOAD_FAST i                    # 40
  INPLACE_ADD                    # 41
  STORE_FAST j                   # 42
  JUMP L31                       # 43
L44:
  LOAD_FAST i                    # 44
  LOAD_CONST 1                   # 45
  INPLACE_ADD                    # 46
  STORE_FAST i                   # 47
  JUMP L17                       # 48
L49:
  BUILD_LIST 0                   # 49
  STORE_FAST primes              # 50
  LOAD_GLOBAL range              # 51
  LOAD_FAST n                    # 52
  LOAD_CONST 1                   # 53
  BINARY_ADD                     # 54
  CALL 1                         # 55
  GET_ITER                       # 56
L57:
  FOR_ITER L68                   # 57
  STORE_FAST k                   # 58
  LOAD_FAST is_prime             # 59
  LOAD_FAST k                    # 60
  BINARY_SUBSCR                  # 61
  POP_JUMP_IF_FALSE L67          # 62
  LOAD_FAST primes               # 63
  LOAD_FAST k                    # 64
  CALL_METHOD append 1           # 65
  POP_TOP                        # 66
L67:
  JUMP L57                       # 67
L68:
  LOAD_FAST primes               # 68
  RETURN_VALUE                   # 69
  LOAD_CONST None                # 70
  RETURN_VALUE                   # 71
.end
