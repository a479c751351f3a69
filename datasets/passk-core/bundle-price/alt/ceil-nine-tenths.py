def bundle_price(bundle: list) -> int:
    total = 0
    for item in bundle:
        if isinstance(item, list):
            item = bundle_price(item)
        total += item
    # total - floor(total / 10) is the ceiling of nine tenths of the total
    return -(-9 * total // 10)
