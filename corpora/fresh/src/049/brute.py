# Builds both alternating patterns of the word's length (starting with a vowel and starting with
# a consonant) and checks whether the word's vowel/consonant pattern equals one of them.
t = int(input())
for _ in range(t):
    s = input().strip()
    pattern = "".join("V" if c in "aeiou" else "C" for c in s)
    n = len(s)
    starts_v = ("VC" * n)[:n]
    starts_c = ("CV" * n)[:n]
    print("YES" if pattern in (starts_v, starts_c) else "NO")
