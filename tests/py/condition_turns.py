# Three threads print in turn, round after round: a shared `turn` and one
# Condition. Each waits until it is its turn, prints, passes the turn on and
# wakes the others.
import threading

turn = 0
cond = threading.Condition()
N = 3
ROUNDS = 3


def player(me):
    global turn
    for r in range(ROUNDS):
        with cond:
            cond.wait_for(lambda: turn % N == me)
            print("round", r, "player", me)
            turn += 1
            cond.notify_all()


players = [threading.Thread(target=player, args=(i,)) for i in range(N)]
for p in players:
    p.start()
for p in players:
    p.join()
print("turns taken:", turn)
