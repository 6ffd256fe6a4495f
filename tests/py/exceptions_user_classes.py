# Exception classes of one's own: a hierarchy, extra attributes, __str__.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance}, asked {amount}")
        self.balance = balance
        self.amount = amount

    def shortfall(self):
        return self.amount - self.balance

class AccountLocked(BankError):
    def __str__(self):
        return "account " + str(self.args[0]) + " is locked"

class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.locked = False

    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked(self.number)
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return amount

acct = Account(7, 100)
for amount in [30, 200, 50]:
    try:
        acct.withdraw(amount)
        print("withdrew", amount, "left", acct.balance)
    except InsufficientFunds as e:
        print("refused:", e, "| short by", e.shortfall(), "| args", e.args)
acct.locked = True
try:
    acct.withdraw(1)
except BankError as e:
    print(type(e).__name__, "->", e, "|", repr(e))

print(issubclass(InsufficientFunds, BankError), issubclass(BankError, Exception))
print(issubclass(BankError, InsufficientFunds), issubclass(KeyError, LookupError))
print(InsufficientFunds.__name__, BankError.__base__.__name__)

# Without an __init__ of its own, the arguments are its args.
class Plain(Exception):
    pass
e = Plain("a", 2)
print(e.args, str(e), repr(e), type(e))

# An __init__ that does not call super(): args are still the call's arguments.
class Coded(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise Coded(404)
except Coded as e:
    print(e.code, e.args, str(e))

# Attributes set on an exception, and one raised twice.
err = ValueError("reused")
err.note = "extra"
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err, e.note)

# Catching by a base that the error's class inherits from.
def risky(kind):
    if kind == 1:
        raise InsufficientFunds(0, 1)
    if kind == 2:
        raise AccountLocked(3)
    raise KeyError(kind)

for kind in [1, 2, 3]:
    try:
        risky(kind)
    except BankError as e:
        print("bank error", type(e).__name__)
    except Exception as e:
        print("other error", type(e).__name__, e)

# issubclass, as isinstance: a class or a tuple of classes.
class A:
    pass
class B(A):
    pass
print(issubclass(B, A), issubclass(A, (int, B)), issubclass(bool, int), issubclass(B, object))
print(isinstance(B(), (int, A)), isinstance(1, (str, float)))
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(e)
