from typing import Optional
def playlist_nth_song(playlist: list, k: int) -> Optional[str]:
    def length(entries):
        total = 0
        for entry in entries:
            if isinstance(entry, str):
                total += 1
            else:
                total += entry[0] * length(entry[1])
        return total

    def find(entries, k):
        for entry in entries:
            if isinstance(entry, str):
                if k == 0:
                    return entry
                k -= 1
            else:
                size = length(entry[1])
                block = entry[0] * size
                if k < block:
                    return find(entry[1], k % size)
                k -= block
        return None

    return find(playlist, k)
