x = []
for i in range(100000):
    x = [x]
x = None
t = ()
for i in range(100000):
    t = (t,)
t = None
d = {}
for i in range(100000):
    d = {0: d}
print('freed')
