.global print
.global len
.global repr

.func <module>
  LOAD_GLOBAL print              # 0
  LOAD_CONST "tab\tafter"        # 1
  CALL 1                         # 2
  POP_TOP                        # 3
  LOAD_GLOBAL print              # 4
  LOAD_CONST "single ' quote"    # 5
  CALL 1                         # 6
  POP_TOP                        # 7
  LOAD_GLOBAL print              # 8
  LOAD_CONST "double \" quote"   # 9
  CALL 1                         # 10
  POP_TOP                        # 11
  LOAD_GLOBAL print              # 12
  LOAD_CONST "back\\slash"       # 13
  CALL 1                         # 14
  POP_TOP                        # 15
  LOAD_GLOBAL print              # 16
  LOAD_CONST "raw \\n stays"     # 17
  CALL 1                         # 18
  POP_TOP                        # 19
  LOAD_GLOBAL print              # 20
  LOAD_CONST "triple\nquoted"    # 21
  CALL 1                         # 22
  POP_TOP                        # 23
  LOAD_GLOBAL print              # 24
  LOAD_CONST "also \"triple\" 'quoted' " # 25
  CALL 1                         # 26
  POP_TOP                        # 27
  LOAD_GLOBAL print              # 28
  LOAD_GLOBAL len                # 29
  LOAD_CONST "\n"                # 30
  CALL 1                         # 31
  LOAD_GLOBAL len                # 32
  LOAD_CONST "\\n"               # 33
  CALL 1                         # 34
  CALL 2                         # 35
  POP_TOP                        # 36
  LOAD_GLOBAL print              # 37
  LOAD_GLOBAL repr               # 38
  LOAD_CONST "\n\t\\"            # 39
  CALL 1                         # 40
  CALL 1                         # 41
  POP_TOP                        # 42
  LOAD_CONST None                # 43
  RETURN_VALUE                   # 44
.end
