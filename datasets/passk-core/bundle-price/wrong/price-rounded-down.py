# mistake: rounds the price down (total * 9 // 10) instead of rounding the discount down
def bundle_price(bundle: list) -> int:
    total = sum(bundle_price(item) if isinstance(item, list) else item for item in bundle)
    return total * 9 // 10
