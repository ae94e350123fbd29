"""On equal weights declares the longer word the winner instead of printing DRAW."""
t = int(input())
for _ in range(t):
    s, p = input().split()
    ws = sum(ord(c) - 96 for c in s)
    wp = sum(ord(c) - 96 for c in p)
    if ws == wp and len(s) != len(p):
        ws, wp = len(s), len(p)
    print("NASTYA" if ws > wp else "PETYA" if wp > ws else "DRAW")
