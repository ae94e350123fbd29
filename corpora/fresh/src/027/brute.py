# For k = |s|, |s| - 1, ...: depth-first search over rows of exactly k beads taken from s,
# trying colours in alphabetical order; the first complete row found is the smallest one.
import sys

sys.setrecursionlimit(10000)


def smallest_row(cnt, k):
    row = []
    failed = set()  # (counts, prev) from which no row of the needed length exists

    def dfs(prev):
        if len(row) == k:
            return True
        key = (tuple(cnt), prev)
        if key in failed:
            return False
        for c in range(26):
            if cnt[c] and c != prev:
                cnt[c] -= 1
                row.append(c)
                if dfs(c):
                    return True
                row.pop()
                cnt[c] += 1
        failed.add(key)
        return False

    return "".join(chr(97 + c) for c in row) if dfs(-1) else None


t = int(input())
for _ in range(t):
    s = input().strip()
    for k in range(len(s), 0, -1):
        cnt = [0] * 26
        for ch in s:
            cnt[ord(ch) - 97] += 1
        row = smallest_row(cnt, k)
        if row is not None:
            print(row)
            break
