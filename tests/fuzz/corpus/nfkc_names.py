# NFKC names: the ligature, full-width letters, a script letter
ﬁ = 1
ｘｙ = fi + 1
ℌ = xy
print(fi, xy, H)
