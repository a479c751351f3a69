from typing import List, Tuple
def assign_benches(bookings: List[Tuple[int, int]], cleanup: int) -> List[int]:
    order = sorted(range(len(bookings)), key=lambda index: bookings[index])
    free_from = []
    bench_of = {}
    for index in order:
        start, end = bookings[index]
        for bench, ready in enumerate(free_from):
            if ready <= start:
                free_from[bench] = end + cleanup
                bench_of[index] = bench + 1
                break
        else:
            free_from.append(end + cleanup)
            bench_of[index] = len(free_from)
    return [bench_of[index] for index in range(len(bookings))]
