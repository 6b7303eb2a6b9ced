import LatihCore
print("hi")
